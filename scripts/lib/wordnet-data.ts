/**
 * The data the gazetteer's build reads more than once (scripts/lib/gazetteer-subdivisions.ts,
 * gazetteer-features.ts), read once: WordNet 3.0's synsets as Debian ships them (wordnet-base,
 * /usr/share/wordnet; WordNet 3.0 licence, Princeton University) and the shipped word lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Synset {
  /** Its words as WordNet writes them, case kept, spaces for underscores ("Rhine River"). */
  words: string[];
  /** The synsets it is an instance of ("@i") and a kind of ("@"), by offset. */
  instanceOf: string[];
  kindOf: string[];
}

const synsets = new Map<string, Map<string, Synset>>();

/** A part of speech's synsets ('noun', 'verb', 'adj', 'adv') by offset. */
export function wordnetSynsets(wordnet: string, part: string): Map<string, Synset> {
  const path = join(wordnet, `data.${part}`);
  let out = synsets.get(path);
  if (out) return out;
  out = new Map();
  for (const line of readFileSync(path, 'latin1').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, k) => fields[4 + 2 * k]!.replace(/\(.*\)$/, '').replace(/_/g, ' '));
    const at = 4 + 2 * count;
    const instanceOf: string[] = [];
    const kindOf: string[] = [];
    for (let k = 0; k < Number(fields[at]); k++) {
      const symbol = fields[at + 1 + 4 * k];
      if (symbol === '@i') instanceOf.push(fields[at + 2 + 4 * k]!);
      else if (symbol === '@') kindOf.push(fields[at + 2 + 4 * k]!);
    }
    out.set(fields[0]!, { words, instanceOf, kindOf });
  }
  synsets.set(path, out);
  return out;
}

let lists: [string, Record<string, string>][] | undefined;

/** Each shipped word list's side in its own language ('fr', headword -> translations), by language. */
export function wordLists(): [string, Record<string, string>][] {
  const dir = new URL('../../utils/core/lexicon/', import.meta.url).pathname;
  return (lists ??= readdirSync(dir)
    .filter((f) => /^[a-z]{2}-en\.json$/.test(f))
    .sort()
    .map((file) => {
      const lang = file.slice(0, 2);
      return [lang, (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Record<string, string>>)[lang] ?? {}];
    }));
}
