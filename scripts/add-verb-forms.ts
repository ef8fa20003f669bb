/**
 * Writes utils/core/lexicon/fr-en-forms.json and it-en-forms.json, the conjugated forms of the
 * verbs the French and Italian word lists hold, from Verbiste's conjugation tables as Debian ships
 * them (verbiste): "reconnu", "tient", "tiendra", "prévoit", "élus" of "reconnaître", "tenir",
 * "prévoir", "élire". Snowball's stemmers keep these forms apart from the infinitive ("reconnu" and
 * "reconnaitr"), and the dictionaries list only the infinitive, so a French claim saying "a reconnu"
 * had no word of an English sentence saying "recognized". build-lexicon-related.ts gives each form's
 * stem the infinitive's related stems, and groups them with the infinitive's towards French.
 *
 * One form is kept for each stem of the verb's that is not the infinitive's, in the tenses news uses
 * (TENSES), of MIN_STEM letters or more; a stem that another word of the list has ("somm" of
 * "sommes" and "somme") is that word's, and one that two verbs share is left out, as are the
 * auxiliaries (stop words).
 *
 *   sudo apt-get install -y verbiste
 *   npx tsx scripts/add-verb-forms.ts [VERBISTE_DIR]   (default /usr/share/verbiste-0.1)
 *   npx tsx scripts/build-lexicon-related.ts fr-en it-en
 *
 * Verbiste: Copyright (C) 2003-2016 Pierre Sarrazin, GPL-2.0-or-later (compatible with the lists'
 * GPL-3.0-or-later); the licence text of the forms files and of the word lists says so.
 */
import '@/scripts/lib/node-language-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { languageTools } from '@/utils/core/matching/languages';
import { lexiconSource } from './lib/language-assets';

const DIR = process.argv[2] ?? '/usr/share/verbiste-0.1';
const LANGS = ['fr', 'it'] as const;
const LICENCE_NOTE = " Verb forms in the related-stems table: Verbiste's conjugation tables (scripts/add-verb-forms.ts), Copyright (C) 2003-2016 Pierre Sarrazin, GPL-2.0-or-later.";
const LICENCE = 'Verbiste, Copyright (C) 2003-2016 Pierre Sarrazin, GPL-2.0-or-later (http://sarrazip.com/dev/verbiste.html).';

/** The tenses news is written in: the literary ones (imperfect subjunctive, the simple past's first
 *  and second persons plural) give rare forms whose stems are short and stray ("reconnûmes": "reconnum"). */
const TENSES = ['infinitive-present', 'indicative>present', 'imperfect', 'future', 'simple-past', 'conditional>present', 'subjunctive>present', 'present-participle', 'past-participle'];
/** Stems shorter than this stand for too many words to be a verb's. */
const MIN_STEM = 3;

/** Template name -> its endings in TENSES, variants apart. */
function templates(xml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of xml.matchAll(/<template name="([^"]+)">([\s\S]*?)<\/template>/g)) {
    const endings: string[] = [];
    for (const tense of TENSES) {
      const [mood, name] = tense.includes('>') ? tense.split('>') : ['', tense];
      const scope = mood ? (m[2]!.match(new RegExp(`<${mood}>([\\s\\S]*?)</${mood}>`))?.[1] ?? '') : m[2]!;
      const body = scope.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`))?.[1] ?? '';
      const persons = [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => [...p[1]!.matchAll(/<i>([^<]*)<\/i>/g)].map((e) => e[1]!));
      persons.forEach((variants, person) => {
        if (name === 'simple-past' && (person === 3 || person === 4)) return;
        endings.push(...variants);
      });
    }
    out.set(m[1]!, [...new Set(endings)]);
  }
  return out;
}

/** Infinitive -> its conjugated forms, from Verbiste's verbs-LANG.xml and conjugation-LANG.xml. */
export function verbForms(dir: string, lang: string): Map<string, string[]> {
  const table = templates(readFileSync(join(dir, `conjugation-${lang}.xml`), 'utf8'));
  const out = new Map<string, string[]>();
  for (const m of readFileSync(join(dir, `verbs-${lang}.xml`), 'utf8').matchAll(/<v><i>([^<]+)<\/i>\s*<t>([^<]+)<\/t>/g)) {
    const [infinitive, name] = [m[1]!, m[2]!];
    const suffix = name.slice(name.indexOf(':') + 1);
    const endings = table.get(name);
    if (!endings || !infinitive.endsWith(suffix)) continue;
    const radical = infinitive.slice(0, infinitive.length - suffix.length);
    out.set(infinitive, endings.map((e) => radical + e));
  }
  return out;
}

/** Where a pair's verb forms are kept for build-lexicon-related.ts ('fr-en'); not shipped. */
export const verbFormsSource = (pair: string) => `utils/core/lexicon/${pair}-forms.json`;

if (process.argv[1]?.endsWith('add-verb-forms.ts')) {
  (async () => {
    await ensureLanguages([...LANGS]);
    for (const lang of LANGS) {
      const pair = `${lang}-en`;
      const list = (JSON.parse(readFileSync(lexiconSource(pair), 'utf8')) as Record<string, Record<string, string>>)[lang]!;
      const stem = languageTools(lang).stem;
      // A form's stem that another word of the list has ("somm" of "sommes" and "somme") is that
      // word's; one that a listed form has ("reconnu", an adjective) is the verb's too.
      const otherWords = new Map<string, string[]>();
      for (const word of Object.keys(list)) otherWords.set(stem(word), [...(otherWords.get(stem(word)) ?? []), word]);
      const byStem = new Map<string, Set<string>>();
      const formsOf = new Map<string, Map<string, string>>();
      for (const [infinitive, forms] of verbForms(DIR, lang)) {
        // The auxiliaries ("avoir", "être") are stop words, and so are most of their forms.
        if (!Object.hasOwn(list, infinitive) || languageTools(lang).isStopWord(infinitive)) continue;
        const own = new Map<string, string>();
        for (const form of forms) {
          const s = stem(form);
          if (s === stem(infinitive) || own.has(s) || s.length < MIN_STEM) continue;
          const listed = otherWords.get(s);
          if (listed && !listed.every((w) => forms.includes(w))) continue;
          own.set(s, form);
          byStem.set(s, (byStem.get(s) ?? new Set()).add(infinitive));
        }
        formsOf.set(infinitive, own);
      }
      const out: Record<string, string> = {};
      let count = 0;
      for (const [infinitive, own] of formsOf) {
        const kept = [...own].filter(([s]) => byStem.get(s)!.size === 1).map(([, form]) => form);
        if (kept.length) (out[infinitive] = kept.join(' ')), (count += kept.length);
      }
      const listFile = lexiconSource(pair);
      const listData = JSON.parse(readFileSync(listFile, 'utf8')) as { license: string };
      if (!listData.license.includes(LICENCE_NOTE)) (listData.license += LICENCE_NOTE), writeFileSync(listFile, JSON.stringify(listData) + '\n');
      const file = verbFormsSource(pair);
      writeFileSync(file, JSON.stringify({ about: `Conjugated forms of the verbs of ${pair}.json, one for each stem of its own (scripts/add-verb-forms.ts); read by build-lexicon-related.ts, not shipped.`, license: LICENCE, forms: out }) + '\n');
      console.log(`${file}: ${count} forms of ${Object.keys(out).length} verbs`);
    }
  })();
}
