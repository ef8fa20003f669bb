import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/utils/core/claim-differences';
import type { RecoupeDocument } from '@/utils/core/model';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const versionsOf = (claimId: string) => starter.versions.filter((v) => v.claimId === claimId);

describe('differences between outlets', () => {
  it('marks the 12,000 figure attributed to the NIS by one outlet and to South Korean media by another', () => {
    const { differences, marks } = compareVersions(versionsOf('total-12000'));
    const attribution = differences.find((d) => d.kind === 'attribution');
    expect(attribution?.values.length).toBeGreaterThanOrEqual(2);
    expect(attribution!.values.map((v) => v.key).join(' ')).toMatch(/nis/);
    // Both outlets state 12,000: the figure itself does not differ.
    expect(differences.find((d) => d.kind === 'figure')).toBeUndefined();
    expect([...marks.values()].flat().some((m) => m.kind === 'attribution' && m.differs)).toBe(true);
  });

  it('marks Sergeyevka against “location unknown” and “by November” against “by 1 November”', () => {
    const place = compareVersions(versionsOf('video-location')).differences.find((d) => d.kind === 'place');
    expect(place?.values.length).toBeGreaterThanOrEqual(2);
    const date = compareVersions(versionsOf('ready-by-november')).differences.find((d) => d.kind === 'date');
    expect(date?.values.length).toBe(2);
  });

  it('sets no outlet against itself: one outlet naming the Donbas in its headline and the village in a paragraph', () => {
    const v = versionsOf('flag-tsukuryne');
    expect(new Set(v.map((x) => x.outletId)).size).toBe(1);
    expect(new Set(v.flatMap((x) => x.places ?? [])).size).toBe(2);
    const { differences, marks } = compareVersions(v);
    expect(differences).toEqual([]);
    expect([...marks.values()].flat().some((m) => m.differs)).toBe(false);
    // Another outlet naming only the village makes it a difference again: it does not name the Donbas.
    const other = { ...v[1]!, id: 'other-outlet-version', outletId: 'another-outlet' };
    expect(compareVersions([...v, other]).differences.map((d) => d.kind)).toEqual(['place']);
  });

  it('sets no source named in Spanish against one named in English: the keys read only English and French', () => {
    const base = { claimId: 'c', quote: '', figures: [], places: [], dates: [] };
    const en = { ...base, id: 'en', outletId: 'wire', lang: 'en', attributions: [{ name: "South Korea's National Intelligence Service" }] };
    const es = { ...base, id: 'es', outletId: 'diario', lang: 'es', attributions: [{ name: 'la inteligencia surcoreana' }] };
    expect(compareVersions([en, es] as never).differences).toEqual([]);
    // Two Spanish outlets citing different sources still differ; so do English and French ones.
    const es2 = { ...es, id: 'es2', outletId: 'otro', attributions: [{ name: 'los medios surcoreanos' }] };
    expect(compareVersions([en, es, es2] as never).differences.map((d) => d.kind)).toEqual(['attribution']);
    const fr = { ...base, id: 'fr', outletId: 'journal', lang: 'fr', attributions: [{ name: 'les médias sud-coréens' }] };
    expect(compareVersions([en, fr] as never).differences.map((d) => d.kind)).toEqual(['attribution']);
  });

  it('sets no country against a city in it, and still two cities or two countries against each other', () => {
    const base = { claimId: 'c', quote: '', figures: [], attributions: [], dates: [] };
    const wire = { ...base, id: 'a', outletId: 'wire', lang: 'en', places: ['Russia'] };
    const daily = { ...base, id: 'b', outletId: 'daily', lang: 'fr', places: ['Koursk'] };
    const { differences, marks } = compareVersions([wire, daily] as never);
    expect(differences).toEqual([]);
    expect([...marks.values()].flat().some((m) => m.differs)).toBe(false);
    // Another outlet in Belgorod: Kursk and Belgorod differ; Russia, which holds both, is marked on neither side.
    const third = { ...base, id: 'c3', outletId: 'gazette', lang: 'en', places: ['Belgorod'] };
    const both = compareVersions([wire, daily, third] as never);
    expect(both.differences.map((d) => d.values.map((v) => v.label).sort())).toEqual([['Belgorod', 'Koursk']]);
    expect(both.marks.get('a')).toEqual([expect.objectContaining({ label: 'Russia', differs: false })]);
    const ukraine = { ...base, id: 'd', outletId: 'weekly', lang: 'en', places: ['Ukraine'] };
    expect(compareVersions([wire, ukraine] as never).differences.map((d) => d.kind)).toEqual(['place']);
  });

  it('lists differing figures from smallest to largest, whatever order the outlets come in', () => {
    const base = { claimId: 'c', quote: '', places: [], attributions: [], dates: [] };
    const outlet = (id: string, value: number) => ({ ...base, id, outletId: `o-${id}`, lang: 'en', figures: [{ value, unit: 'soldiers', text: value.toLocaleString('en') }] });
    // Versions as the database lists them, by id: "v1", "v10", "v11", "v2".
    const { differences } = compareVersions([outlet('v1', 12_000), outlet('v10', 1_500), outlet('v11', 11_000), outlet('v2', 2_600)] as never);
    expect(differences.find((d) => d.kind === 'figure')?.values.map((v) => v.label)).toEqual(['1,500', '2,600', '11,000', '12,000']);
  });

  it('marks nothing where all outlets agree', () => {
    const v = versionsOf('zelensky-10000');
    expect(v.length).toBeGreaterThan(1);
    expect(compareVersions(v).differences.filter((d) => d.kind === 'figure')).toEqual([]);
  });
});
