/**
 * A name most wordings of a claim share is often an ordinary word written with a capital ("South" of
 * South Sudan): a sentence in another language that has that word, translated ("Sudán del Sur"),
 * keeps the claim's core name (claim-core.ts).
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

const CLAIMS: IndexClaim[] = [
  {
    id: 'lifted',
    statement: { en: 'The United States will lift its trade sanctions on Sudan after nearly 20 years of hostile relations, Obama administration officials said.' },
    versions: [
      { id: 'l1', outletId: 'a', lang: 'en', quote: 'Washington is set to ease its two-decade-old trade embargo on Sudan, US officials said on Thursday' },
      { id: 'l2', outletId: 'b', lang: 'fr', quote: 'Les États-Unis vont lever les sanctions commerciales imposées au Soudan depuis près de vingt ans' },
    ],
  },
  {
    id: 'commitments',
    statement: {
      en: 'In return, Sudan will improve access for aid groups, stop supporting rebels in South Sudan, stop bombing insurgent territory and cooperate with US intelligence.',
      fr: "En échange, le Soudan améliorera l'accès des organisations humanitaires, cessera de soutenir les rebelles au Soudan du Sud et de bombarder les zones insurgées, et coopérera avec le renseignement américain.",
    },
    versions: [
      { id: 'c1', outletId: 'c', lang: 'en', quote: 'In return, Sudan will improve access for aid groups, stop supporting rebels in neighboring South Sudan, cease the bombing of insurgent territory and cooperate with American intelligence agents.' },
      { id: 'c2', outletId: 'a', lang: 'en', quote: 'Khartoum has pledged to let aid agencies in, end its backing for South Sudanese rebels and work with American intelligence' },
      { id: 'c3', outletId: 'b', lang: 'fr', quote: "En échange, Khartoum s'engage à faciliter l'accès des organisations humanitaires, à cesser de soutenir les rebelles du Soudan du Sud et à coopérer avec le renseignement américain" },
    ],
  },
  {
    id: 'darfur',
    statement: { en: 'Sudanese security services killed more than 10 civilians in Darfur in the past week, according to Sudan researcher Eric Reeves.' },
    versions: [{ id: 'd1', outletId: 'a', lang: 'en', quote: 'Sudan researcher Eric Reeves said government forces had killed at least ten civilians in Darfur in the past week' }],
  },
];
const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));

describe('core names written as translated words', () => {
  it('highlights a Spanish sentence that names South Sudan as "Sudán del Sur"', () => {
    const text = 'A cambio, Jartum se compromete a facilitar el acceso de las organizaciones humanitarias y a dejar de apoyar a los rebeldes de Sudán del Sur.';
    expect(highlighted(text, 'es')).toEqual(['commitments']);
  });
});
