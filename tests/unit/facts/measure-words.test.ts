import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/utils/core/claim-differences';
import { measureWords } from '@/utils/core/facts/measure-words';
import { extractVersionFacts } from '@/utils/core/facts/version-facts';
import type { Version } from '@/utils/core/model';

const version = (id: string, quote: string, lang: string): Version => ({
  id, claimId: 'c', outletId: id, url: `https://example.org/${id}`, title: '', publishedAt: '2024-10-22', quote, lang,
  ...extractVersionFacts(quote, '2024-10-22', lang), origin: 'user', createdAt: '', updatedAt: '',
});
const kinds = (versions: Version[]) => compareVersions(versions).differences.map((d) => d.kind).sort();
const units = (quote: string, lang: string) => extractVersionFacts(quote, '2024-10-22', lang).figures?.map((f) => [f.value, f.unit]);

describe('measure units in the quote’s own language', () => {
  it('reads Italian, Portuguese and Dutch distances, durations and shares as the same measures', () => {
    expect(units('La colonna si estende per 12 chilometri.', 'it')).toEqual([[12, 'km']]);
    expect(units('A fila tinha 12 quilômetros.', 'pt-BR')).toEqual([[12, 'km']]);
    expect(units('Het duurde 3 jaar en 40 procent van de inwoners vertrok.', 'nl')).toEqual([[3, 'years'], [40, '%']]);
  });

  it('reads a speed as km/h, not as a distance in km, and rain in millimetres', () => {
    expect(units('Vântul a atins în rafale 110 km/h.', 'ro')).toEqual([[110, 'km/h']]);
    expect(units('Des rafales à 130 kilomètres par heure.', 'fr')).toEqual([[130, 'km/h']]);
    expect(units('Winds of 90 km/h brought 120 mm of rain.', 'en')).toEqual([[90, 'km/h'], [120, 'mm']]);
    // The same speed in French and in English marks no difference; another speed does.
    expect(kinds([version('a', 'Des rafales à 130 km/h.', 'fr'), version('b', 'Gusts of 130 km/h.', 'en')])).toEqual([]);
    expect(kinds([version('a', 'Des rafales à 130 km/h.', 'fr'), version('b', 'Gusts of 150 km/h.', 'en')])).toEqual(['figure']);
  });

  it('marks no difference between the same distance written in Italian and in French', () => {
    const it_ = version('a', 'La colonna si estende per 12 chilometri.', 'it');
    const fr = version('b', 'La colonne s’étend sur 12 kilomètres.', 'fr');
    expect(kinds([it_, fr])).toEqual([]);
    expect(kinds([it_, version('c', 'La colonne s’étend sur 15 kilomètres.', 'fr')])).toEqual(['figure']);
  });

  it('is empty for no language or one the platform does not know, and keeps short words out', () => {
    expect(measureWords(undefined).size).toBe(0);
    expect(measureWords('not a tag').size).toBe(0);
    expect(measureWords('fr').get('kilometres')).toBe('km');
    expect(measureWords('fr').has('an')).toBe(false);
  });
});
