import { extractFacts } from '@/utils/core/facts/extract';
import type { QuoteFacts } from '@/utils/core/facts/types';
import type { VersionFactFields } from '@/utils/core/facts/facts-reader';

export function toVersionFields(facts: QuoteFacts): VersionFactFields {
  return {
    figures: facts.figures.map((f) => ({
      value: f.value,
      ...(f.max !== undefined ? { max: f.max } : {}),
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      text: f.text,
    })),
    places: facts.places.map((p) => p.name),
    attributions: facts.attributions.map((a) => ({ name: a.name, key: a.key })),
    dates: facts.dates.map((d) => d.label),
  };
}

/** The facts of a quote in the library's fields. */
export function extractVersionFacts(quote: string, publishedAt?: string, lang?: string, context?: string): VersionFactFields {
  return toVersionFields(extractFacts(quote, { publishedAt, lang, ...(context ? { context } : {}) }));
}

