import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

// Claims known only in English, as an English-language fact-checker's library holds them.
const CLAIMS: IndexClaim[] = [
  { id: 'wolves', statement: { en: 'Sweden plans to cull 75 wolves this winter, the largest hunt in decades.' }, versions: [] },
  { id: 'dam', statement: { en: 'The new dam on the Blue Nile will hold 74 billion cubic metres of water, the government says.' }, versions: [] },
  { id: 'vaccine', statement: { en: 'The government says the new vaccine was 95% effective in the final trial.' }, versions: [] },
];

const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));

describe('Danish, Finnish, Czech, Turkish, Greek and Russian sentences against claims known only in English (FreeDict word lists)', () => {
  it('finds the claim restated in each language', () => {
    expect(highlighted('Sverige vil skyde 75 ulve i vinter, den største jagt i årtier.', 'da')).toEqual(['wolves']);
    expect(highlighted('Ruotsi aikoo kaataa 75 sutta tänä talvena, mikä on suurin metsästys vuosikymmeniin.', 'fi')).toEqual(['wolves']);
    expect(highlighted('Nová přehrada na Modrém Nilu pojme 74 miliard kubických metrů vody, tvrdí vláda.', 'cs')).toEqual(['dam']);
    expect(highlighted('Η Σουηδία σχεδιάζει να θανατώσει 75 λύκους αυτόν τον χειμώνα, το μεγαλύτερο κυνήγι εδώ και δεκαετίες.', 'el')).toEqual(['wolves']);
    expect(highlighted('Hükümete göre Mavi Nil üzerindeki yeni baraj 74 milyar metreküp su tutacak.', 'tr')).toEqual(['dam']);
    expect(highlighted('Швеция планирует отстрелять 75 волков этой зимой, это крупнейшая охота за десятилетия.', 'ru')).toEqual(['wolves']);
  });

  it('does not take another animal, river or vaccine for the claim', () => {
    expect(highlighted('Norge vil skyde 75 elge i vinter.', 'da')).toEqual([]);
    expect(highlighted('Nová přehrada na Mekongu pojme 74 milionů kubických metrů vody.', 'cs')).toEqual([]);
    expect(highlighted('Норвегия планирует отстрелять 75 лосей этой зимой.', 'ru')).toEqual([]);
  });
});

describe('dates in Russian, Ukrainian and Greek (CLDR month names)', () => {
  const keys = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

  it('reads the month name as the month, day and year beside it', () => {
    expect(keys('Выборы пройдут 17 марта 2024 года.', 'ru')).toEqual(['m3', 'd3-17', 'y2024']);
    expect(keys('Вибори відбудуться 17 березня 2024 року.', 'uk')).toEqual(['m3', 'd3-17', 'y2024']);
    expect(keys('Οι εκλογές θα γίνουν στις 17 Μαρτίου 2024.', 'el')).toEqual(['m3', 'd3-17', 'y2024']);
    expect(keys('The election will be held on 17 March 2024.', 'en')).toEqual(['m3', 'd3-17', 'y2024']);
  });
});
