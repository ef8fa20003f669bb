import { readFileSync } from 'node:fs';
import { contextsOf, readArticles } from '@/scripts/lib/facts-articles';
import { extractVersionFacts } from '@/utils/core/facts/version-facts';
const [file, dir] = process.argv.slice(2);
const d = JSON.parse(readFileSync(file!, 'utf8'));
const ctx = contextsOf(d.versions.map((v: any) => ({ quote: v.quote, page: v.url })), readArticles(dir!), 2000);
d.versions.forEach((v: any, i: number) => {
  const got = extractVersionFacts(v.quote, v.publishedAt, v.lang, ctx[i]).attributions.map((a) => a.name);
  console.log(`${ctx[i] === undefined ? 'NOCTX ' : ''}${v.quote.slice(0, 60)}\n   want ${JSON.stringify(v.attributions.map((a: any) => a.name))}  got ${JSON.stringify(got)}`);
});
