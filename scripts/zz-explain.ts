/**
 * npx tsx scripts/explain-cross-case.ts FILE CASE_ID [CLAIM_ID]
 *
 * Why a case of a training file misses (or finds) a claim: per content word of the case, its stem and
 * what it reaches among the claim's documents' stems (its own, through the word lists, through
 * cognates); the claim's stems that nothing reaches; and the features of the claim's best document.
 * Training files only.
 */
import '@/scripts/lib/node-language-data';
import { readFileSync } from 'node:fs';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { claimsFromCaseFile, type CaseFile } from '@/scripts/lib/evaluate-cases';
import { computeTerms } from '@/utils/core/matching/word-terms';
import { translatedStems } from '@/utils/core/matching/cross-language';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';
import { cognateTerms } from '@/utils/core/matching/cognates';
import { FEATURES, SHIPPED_MODEL } from '@/utils/core/matching/model';
import { ensureLanguages } from '@/utils/core/language/language-data';

const [path, caseId, claimArg] = process.argv.slice(2);
if (!path || !caseId) {
  console.error('usage: npx tsx scripts/explain-cross-case.ts FILE CASE [CLAIM]  (a training claim-match-cases file, a case id in it)');
  process.exit(2);
}
const file = JSON.parse(readFileSync(path!, 'utf8')) as CaseFile;
const k = file.cases.find((c) => c.id === caseId)!;
const claimId = claimArg ?? k.expect[0]!;
const claim = file.claims.find((c) => c.id === claimId)!;
(async () => {
  await ensureLanguages([...new Set(['en', 'fr', k.lang ?? 'en', ...Object.keys(claim.statement), ...claim.versions.map((v) => v.lang ?? 'en')])]);
  const matcher = ClaimMatcher.build(claimsFromCaseFile(file));
  const index = matcher.claimIndex;
  const lang = k.lang!;
  console.log(`CASE ${k.id} [${lang}]: ${k.text}\nCLAIM ${claimId}`);
  const docs = [...Object.entries(claim.statement).map(([l, t]) => ({ lang: l, quote: t, source: 'statement' })), ...claim.versions.filter((v) => v.source !== k.source)];
  const docStems = new Map<string, string>();
  for (const d of docs) {
    const a = analyseText(d.quote, d.lang);
    console.log(`  DOC ${d.source} [${d.lang}]: ${d.quote}`);
    console.log(`     stems: ${a.words.filter((w) => !w.stop).map((w) => w.stem).join(' ')}  figures: ${a.figures.map((f) => f.key).join(' ')}`);
    for (const w of a.words) if (!w.stop) docStems.set(w.stem, w.surface);
  }
  const a = analyseText(k.text, lang);
  // Every other language of the claim's wordings, as the scan translates into each language of the index.
  const others = [...new Set(docs.map((d) => d.lang))].filter((l) => l !== lang) as LexiconLang[];
  if (others.length === 0) others.push(lang === 'en' ? 'fr' : 'en');
  const reached = new Set<string>();
  console.log(`  figures of case: ${a.figures.map((f) => f.key).join(' ')}`);
  for (const w of a.words) {
    if (w.stop) continue;
    const tr = others.flatMap((other) => translatedStems(w.stem, lang, other));
    const cog = cognateTerms(w.stem, index).map((t) => index.termList[t]!);
    const all = computeTerms(w.stem, lang, others, index).map((t) => index.termList[t]!);
    const hits = [...new Set([w.stem, ...all])].filter((s) => docStems.has(s));
    hits.forEach((h) => reached.add(h));
    console.log(`  ${hits.length ? '+' : ' '} ${w.surface} (${w.stem}${w.entity ? ' ~' + w.entity : ''}) -> [${tr.join(' ')}] cog [${cog.join(' ')}] hits [${hits.join(' ')}]`);
  }
  console.log(`  claim stems not reached: ${[...docStems.keys()].filter((s) => !reached.has(s)).join(' ')}`);
  const spans = matcher.scoredSpans(k.text, { excludeOutletIds: [k.source], lang }, -Infinity).filter((s) => s.claimId === claimId);
  spans.sort((x, y) => y.logit - x.logit);
  for (const t of spans.slice(0, 6)) console.log("   span", t.logit.toFixed(2), index.docs.at(t.doc)!.text.slice(0, 60), "|", FEATURES.map((f, i) => [f, t.x[i]!, SHIPPED_MODEL.w[i]!] as const).filter(([, v, w]) => v !== 0 && w !== 0).map(([f, v, w]) => `${f}=${v.toFixed(2)}(${(v * w).toFixed(2)})`).join(" "));
  const s = spans[0];
  if (!s) return console.log('  not a candidate');
  console.log(`  logit ${s.logit.toFixed(2)} (highlight ${matcher.model.highlightLogit.toFixed(2)}), doc ${index.docs.at(s.doc)!.text}`);
  console.log('  ' + FEATURES.map((f, i) => [f, s.x[i]!, SHIPPED_MODEL.w[i]!] as const).filter(([, v, w]) => v !== 0 && w !== 0).map(([f, v, w]) => `${f}=${v.toFixed(2)}(${(v * w).toFixed(2)})`).join(' '));
})();
