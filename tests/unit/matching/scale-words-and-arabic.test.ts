/**
 * A figure written with a scale word in a language that has no number table of its own (CLDR's
 * compact notation, scripts/lib/compact-scales.ts): "12 ألف" is 12,000, as in the claim, where it was
 * read 12 and taken for a conflicting count. And Arabic sentences against claims known only in
 * English, through FreeDict's Arabic word list (scripts/build-lexicon.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

const counts = (text: string, lang: string) => analyseText(text, lang).figures.filter((f) => f.kind === 'n').map((f) => f.key);

describe('scale words after a figure, in languages without a number table', () => {
  it('reads the figure with its scale', () => {
    expect(counts('أرسلت كوريا الشمالية نحو 12 ألف جندي إلى روسيا', 'ar')).toEqual(['n12000']);
    expect(counts('وصل 3 آلاف لاجئ و5 ملايين دولار', 'ar')).toEqual(['n3000', 'n5000000']);
    expect(counts('כ-12 אלף חיילים נשלחו לרוסיה', 'he')).toEqual(['n12000']);
    expect(counts('Pemerintah menyalurkan 5 juta dosis vaksin', 'id')).toEqual(['n5000000']);
    expect(counts('Україна отримала 3 мільйони доз вакцини', 'uk')).toEqual(['n3000000']);
    expect(counts('बाढ़ से 10 लाख लोग प्रभावित हुए', 'hi')).toEqual(['n1000000']);
    expect(counts('Guvernul a alocat 2 miliarde de lei', 'ro')).toEqual(['n2000000000']);
  });

  it('reads the short scale words CLDR writes after a figure, of three letters or more', () => {
    // "5 млн" had read as 5, and conflicted with a claim's 5,000,000.
    expect(counts('Ущерб составил 5 млн рублей и 2 млрд долларов', 'ru')).toEqual(['n5000000', 'n2000000000']);
    expect(counts('Il governo stanzia 3 mld di euro', 'it')).toEqual(['n3000000000']);
    expect(counts('Der Schaden beträgt 5 Mio. Euro', 'de')).toEqual(['n5000000']);
    expect(counts('Valtio myönsi 4 milj. euroa', 'fi')).toEqual(['n4000000']);
    // Shorter ones are letters of other things: "5 M" stays 5.
    expect(counts('Il a couru 5 M de plus', 'fr')).toEqual(['n5']);
  });

  it('reads a scale word alone as no figure', () => {
    expect(counts('ألف كاتب هذا الكتاب', 'ar')).toEqual([]);
  });

  it('finds a claim whose figure is written in digits in a sentence that writes it with a scale word', () => {
    const claims: IndexClaim[] = [{ id: 'doses', statement: { id: 'Pemerintah telah menyalurkan 5.000.000 dosis vaksin ke daerah terpencil.' }, versions: [] }];
    const highlighted = highlightedClaims(ClaimMatcher.build(claims));
    expect(highlighted('Pemerintah telah menyalurkan 5 juta dosis vaksin ke daerah terpencil.', 'id')).toEqual(['doses']);
    expect(highlighted('Pemerintah telah menyalurkan 7 juta dosis vaksin ke daerah terpencil.', 'id')).toEqual([]);
  });
});

describe("dates in a language's own month names (CLDR), read in that language's text only", () => {
  const keys = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

  it('reads the day, the month and the year', () => {
    expect(keys('أجريت الانتخابات في 17 مارس 2024', 'ar')).toEqual(['m3', 'd3-17', 'y2024']);
    // The Levant's names: "آذار" is March.
    expect(keys('أجريت الانتخابات في 17 آذار 2024', 'ar')).toEqual(['m3', 'd3-17', 'y2024']);
    expect(keys('चुनाव 17 मार्च 2024 को होंगे', 'hi')).toEqual(['m3', 'd3-17', 'y2024']);
    expect(keys('Wybory odbędą się 17 marca 2024 roku', 'pl')).toEqual(['m3', 'd3-17', 'y2024']);
  });

  it('reads no month in another language: "marca" is a brand in Spanish', () => {
    expect(keys('La marca vendió 17 coches en 2024', 'es')).toEqual(['n17', 'y2024']);
  });
});

describe('a share written as the language writes it', () => {
  const keys = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

  it('reads the unit or the sign before the figure as a share', () => {
    expect(keys('Enflasyon yüzde 48,6 oldu', 'tr')).toEqual(['n48.6%']);
    expect(keys('Enflasyon %48,6 oldu', 'tr')).toEqual(['n48.6%']);
    expect(keys('Ukosefu wa ajira uliongezeka kwa asilimia 5', 'sw')).toEqual(['n5%']);
  });

  it("reads the unit as the languages read with the same word list write it: Bosnian's \"posto\", Croatian's \"procenata\"", () => {
    expect(keys('Plate nastavnika će iduće godine porasti za 12 posto, saopćila je vlada.', 'bs')).toEqual(['n12%']);
    expect(keys('Plaće će porasti za 12 procenata.', 'hr')).toEqual(['n12%']);
    // A language read with no other's list asks its own locale only: "posto" is no unit in Portuguese.
    expect(keys('O preço do posto 12 subiu.', 'pt')).toEqual(['n12']);
  });

  it('reads the unit in a case CLDR does not spell, as the language stems it: "w 95 procentach", "в 12 процентах"', () => {
    expect(keys('Szczepionka okazała się skuteczna w 95 procentach.', 'pl')).toEqual(['n95%']);
    expect(keys('Вакцина эффективна в 95 процентах случаев.', 'ru')).toEqual(['n95%']);
    // English's stemmer keeps "percentage" apart from "percent".
    expect(keys('Turnout fell by 12 percentage points.', 'en')).toEqual(['n12']);
  });

  it('reads no figure in the unit itself', () => {
    // "τοις εκατό", per hundred: not the figure 100 beside the share.
    expect(keys('Η ανεργία αυξήθηκε κατά 5 τοις εκατό', 'el')).toEqual(['n5%']);
  });

  it("reads Arabic's percent sign and separators as ASCII's", () => {
    expect(keys('ارتفعت البطالة بنسبة ٥٪', 'ar')).toEqual(['n5%']);
    expect(keys('نما الاقتصاد بنسبة ٢٫٥٪', 'ar')).toEqual(['n2.5%']);
    expect(keys('أرسلت كوريا الشمالية ١٢٬٠٠٠ جندي', 'ar')).toEqual(['n12000']);
    // CLDR's long unit is the sign alone: the words Arabic news writes for it.
    expect(keys('رفعت الحكومة الأجور بنسبة 5 في المئة', 'ar')).toEqual(['n5%']);
    expect(keys('رفعت الحكومة الأجور 5 بالمائة', 'ar')).toEqual(['n5%']);
  });

  it('finds a claim that writes the share with the sign in a sentence that writes it with the word', () => {
    const claims: IndexClaim[] = [{ id: 'inflation', statement: { tr: 'Türkiye’de yıllık enflasyon ekim ayında %48,6 oldu.' }, versions: [] }];
    const highlighted = highlightedClaims(ClaimMatcher.build(claims));
    expect(highlighted('Türkiye’de yıllık enflasyon ekim ayında yüzde 48,6 oldu.', 'tr')).toEqual(['inflation']);
    expect(highlighted('Türkiye’de yıllık enflasyon ekim ayında yüzde 61,4 oldu.', 'tr')).toEqual([]);
  });
});

// Claims known only in English, as an English-language fact-checker's library holds them.
const CLAIMS: IndexClaim[] = [
  { id: 'troops', statement: { en: 'North Korea has sent about 12,000 soldiers to Russia.' }, versions: [] },
  { id: 'vaccine', statement: { en: 'The new vaccine was tested on 40,000 children in Africa.' }, versions: [] },
];

describe('Arabic sentences against claims known only in English (FreeDict ara-eng and eng-ara)', () => {
  const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));

  it('finds the claim restated in Arabic, its figure written with a scale word', () => {
    expect(highlighted('أرسلت كوريا الشمالية نحو 12 ألف جندي إلى روسيا.', 'ar')).toEqual(['troops']);
    expect(highlighted('تم اختبار اللقاح الجديد على 40 ألف طفل في أفريقيا.', 'ar')).toEqual(['vaccine']);
  });

  it('does not take another cargo or another figure for the claim', () => {
    expect(highlighted('أرسلت روسيا 12 ألف طن من القمح إلى مصر.', 'ar')).toEqual([]);
    expect(highlighted('أرسلت كوريا الشمالية نحو 3 آلاف جندي إلى روسيا.', 'ar')).toEqual([]);
  });
});
