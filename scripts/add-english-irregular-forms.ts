/**
 * Gives the English side of every word list (utils/core/lexicon/XX-en.json) the irregular forms of
 * its verbs, from WordNet 3.0's verb exception list as Debian ships it (wordnet-base): "bought" gets
 * the translations of "buy", "kept" those of "keep", "led" those of "lead". The English
 * stemmer leaves these forms as they are, and the dictionaries list only the dictionary form, so an
 * English sentence saying "bought" had no word of a French claim saying "acheté". A form the list
 * already has keeps its own translations. Run build-lexicon-related.ts after it.
 *
 *   sudo apt-get install -y wordnet-base
 *   npx tsx scripts/add-english-irregular-forms.ts [WORDNET_DIR]   (default /usr/share/wordnet)
 *   npx tsx scripts/build-lexicon-related.ts
 *
 * WordNet 3.0 Copyright 2006 by Princeton University (WordNet 3.0 licence: use, copy, modify and
 * distribute with its notice); the licence text of each file says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToEnglishSides } from './lib/english-list-sides';

const DIR = process.argv[2] ?? '/usr/share/wordnet';
/** Verbs only ("bought buy"): with the nouns' list ("gunmen gunman") or the adjectives' ("deadliest
 *  deadly") too, CheckThat! 2020 dev MAP@5 fell from 0.8327 to 0.8301 (more capitalised words of English
 *  tweets had a translation, person-names.ts). */
const LISTS = ['verb.exc'];
const NOTE = "; English irregular verb forms from WordNet 3.0's exception list, each with its dictionary form's translations (scripts/add-english-irregular-forms.ts)";
const LICENCE_NOTE = ' English irregular forms: WordNet 3.0 licence (WordNet 3.0 Copyright 2006 by Princeton University, https://wordnet.princeton.edu/license-and-commercial-use).';

/** Irregular form -> its first dictionary form, one-word forms only ("better good well": "good"). */
export function irregularForms(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of LISTS) {
    for (const line of readFileSync(join(dir, list), 'utf8').split('\n')) {
      const [form, lemma] = line.trim().split(' ');
      if (!form || !lemma || form.includes('_') || lemma.includes('_') || form === lemma || out.has(form)) continue;
      out.set(form, lemma);
    }
  }
  return out;
}

const forms = irregularForms(DIR);
addToEnglishSides('English irregular forms', NOTE, LICENCE_NOTE, (en) => {
  let added = 0;
  for (const [form, lemma] of forms) {
    if (Object.hasOwn(en, form) || !Object.hasOwn(en, lemma)) continue;
    en[form] = en[lemma]!;
    added++;
  }
  return added;
});
