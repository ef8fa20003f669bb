import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/utils/core/claim-differences';
import { extractVersionFacts } from '@/utils/core/facts/version-facts';
import type { RecoupeDocument, Version } from '@/utils/core/model';

const base = (id: string, quote: string): Version => ({
  id, claimId: 'c', outletId: id, url: `https://example.org/${id}`, title: '', publishedAt: '2024-10-22', quote, lang: 'en',
  ...extractVersionFacts(quote, '2024-10-22'), origin: 'user', createdAt: '', updatedAt: '',
});
const kinds = (versions: Version[]) => compareVersions(versions).differences.map((d) => d.kind).sort();

describe('differences from extracted facts', () => {
  it('"about 11,000" and "nearly 11,000" agree on the figure and differ in hedge', () => {
    const a = base('a', 'About 11,000 North Korean soldiers are training in eastern Russia.');
    const b = base('b', 'Près de 11 000 soldats nord-coréens sont dans l’est de la Russie.');
    expect(kinds([a, b])).toEqual(['hedge']);
    const { marks } = compareVersions([a, b]);
    expect(marks.get('a')!.find((m) => m.kind === 'figure')).toMatchObject({ label: 'About 11,000', differs: true });
  });

  it('10,000 and 11,000 differ on the figure', () => {
    expect(kinds([base('a', 'about 10,000 soldiers'), base('b', 'about 11,000 soldiers')])).toEqual(['figure']);
  });

  it('the same source named in two languages agrees; the service and the media differ', () => {
    const nis = base('a', 'Up to 12,000 soldiers will go, according to South Korea’s spy agency.');
    const nisFr = base('b', "jusqu'à 12 000 soldats, selon le Service national de renseignement (NIS) sud-coréen");
    const media = base('c', 'Les médias sud-coréens avaient rapporté que le Nord enverrait jusqu’à 12 000 soldats');
    expect(kinds([nis, nisFr])).toEqual([]);
    expect(kinds([nis, media])).toEqual(['attribution']);
  });

  it('one version naming two places is no disagreement; a spokesperson and his body are one source', () => {
    expect(kinds([base('a', 'Troops were sent to Russia and Ukraine.'), base('b', 'No figure here.')])).toEqual([]);
    const body = base('a', 'Le Kremlin a démenti les informations.');
    const spokesman = base('b', 'La Russie a démenti, selon le porte-parole du Kremlin, Dmitri Peskov.');
    expect(kinds([body, spokesman])).toEqual([]);
    expect(kinds([body, base('c', 'Le Pentagone a démenti les informations.')])).toEqual(['attribution']);
  });

  it('the starter versions with their facts removed and extracted again mark the differences the hand-entered facts mark, for figures and dates', () => {
    const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
    for (const claimId of ['ready-by-november', 'zelensky-10000', 'budanov-11000', 'total-12000']) {
      const hand = starter.versions.filter((v) => v.claimId === claimId);
      const extracted = hand.map((v) => ({ ...v, ...extractVersionFacts(v.quote, v.publishedAt, v.lang, v.context) }));
      const pick = (vs: Version[]) => kinds(vs).filter((k) => k === 'figure' || k === 'date' || k === 'hedge');
      expect(pick(extracted), claimId).toEqual(pick(hand));
    }
  });
});
