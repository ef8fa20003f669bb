import type { VersionFactFields } from '@/utils/core/facts/facts-reader';
import { placeKey } from '@/utils/core/facts/gazetteer';
import { tokens } from '@/utils/core/facts/text';

/**
 * Precision, recall and F1 of extracted facts against expected ones, per kind. How two facts match:
 * figures by value; places by place key (spelling-tolerant); sources when their names share content
 * words (half the shorter name's); dates by English label. `sourceNames` counts the sources again, as
 * a reader sees them in the card: a match needs the same content words, so a name read too long
 * ("den svenske kystbevogtning dækker olien", "Galatasaray'ın açıklamasına") is wrong there.
 */

export type Kind = 'figures' | 'places' | 'attributions' | 'sourceNames' | 'dates';
export const KINDS: Kind[] = ['figures', 'places', 'attributions', 'sourceNames', 'dates'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const STOP = new Set(['le', 'la', 'les', 'l', 'the', 'de', 'du', 'des', 'd', 'of', 'et', 'and', 'a', 'un', 'une', 'pour', 'for', 's', 'en', 'in']);
const words = (name: string) => new Set(tokens(name).map((t) => t.lower).filter((w) => w.length > 1 && !STOP.has(w)));

/** The same content words: the name as written, but for its articles and case. */
function sameName(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  return wa.size === wb.size && [...wa].every((w) => wb.has(w));
}

export function sameSource(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared > 0 && shared >= Math.min(wa.size, wb.size) / 2;
}

function keysOf(kind: Kind, facts: VersionFactFields): string[] {
  if (kind === 'figures') return facts.figures.map((f) => String(f.value));
  if (kind === 'places') return facts.places.map(placeKey);
  if (kind === 'dates') return facts.dates.map((d) => d.toLowerCase().trim());
  return facts.attributions.map((a) => a.name);
}

export function countKind(kind: Kind, got: VersionFactFields, want: VersionFactFields): Counts {
  const g = keysOf(kind, got);
  const w = keysOf(kind, want);
  const eq = kind === 'attributions' ? sameSource : kind === 'sourceNames' ? sameName : (x: string, y: string) => x === y;
  const used = new Set<number>();
  let tp = 0;
  for (const x of g) {
    const k = w.findIndex((y, i) => !used.has(i) && eq(x, y));
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return { tp, fp: g.length - tp, fn: w.length - tp };
}

export function scores(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Expected sources the quote itself names (the others come from the article around it). */
export function statedInQuote(want: VersionFactFields, quote: string): VersionFactFields {
  const q = words(quote);
  return { ...want, attributions: want.attributions.filter((a) => [...words(a.name)].some((w) => q.has(w) && w.length > 3)) };
}
