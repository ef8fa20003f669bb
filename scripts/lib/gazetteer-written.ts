/** How the gazetteer's files keep a place's names in other languages (scripts/build-gazetteer.ts). */
import { soundPhrase } from '@/utils/core/facts/place-key';

/** A place under other languages' names, as the files keep it: each key and name with its languages. */
export function writtenPlace(p: { name: string; country?: string; names: Record<string, string[]> }) {
  return { name: p.name, ...(p.country ? { country: p.country } : {}), keys: byWritten(p.names, soundPhrase), names: byWritten(p.names, (n) => n) };
}

/** Names by language, as each written form (through `as`) with its languages, space-separated. */
function byWritten(names: Record<string, string[]>, as: (name: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, ns] of Object.entries(names)) for (const n of ns) out[as(n)] = out[as(n)] ? `${out[as(n)]} ${lang}` : lang;
  return out;
}
