/** How the gazetteer's files keep a place's names in other languages (scripts/build-gazetteer.ts). */
import { createRequire } from 'node:module';
import { soundPhrase } from '@/utils/core/facts/place-key';

const require = createRequire(import.meta.url);

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

/** The keys of the names each language reads of these places (a country's or a place's `names` by language). */
export function keysByLanguage(places: readonly { names: Record<string, string[]> }[]): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const p of places) for (const [lang, ns] of Object.entries(p.names)) for (const n of ns) keys.set(lang, (keys.get(lang) ?? new Set()).add(soundPhrase(n)));
  return keys;
}

/** Each CLDR time zone's exemplar city in `lang` (cldr-dates-full), by the zone's id ("Europe/Lisbon"). */
export function zoneNames(lang: string): Map<string, string> {
  const file = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`) as { main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }> };
  const out = new Map<string, string>();
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (!v || typeof v !== 'object') continue;
      const entry = v as Record<string, unknown>;
      if (typeof entry.exemplarCity === 'string') out.set(path + k, entry.exemplarCity);
      else if (!('long' in entry) && !('short' in entry)) walk(entry, `${path}${k}/`);
    }
  };
  walk(file.main[lang]!.dates.timeZoneNames.zone, '');
  return out;
}
