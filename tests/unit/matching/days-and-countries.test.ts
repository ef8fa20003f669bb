/**
 * Words that name the same thing in every language: a day of the week (CLDR's names, weekday-keys.ts)
 * and a country in the text's own language (CLDR's region names and the gazetteer's local names,
 * local-countries.ts), inflected or with a prefix; and a list of countries told again with one
 * changed, which is the same list, not another country's claim (country-conflict.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { countriesNamed } from '@/utils/core/matching/country-conflict';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

const stems = (text: string, lang: string) => analyseText(text, lang).words.filter((w) => !w.stop).map((w) => w.stem);
const countries = (text: string, lang: string) => countriesNamed(analyseText(text, lang).words, false, lang);

describe('a day of the week, one word in every language', () => {
  it('reads each language’s name of the day, in one word or two, and inflected', () => {
    for (const [text, lang] of [
      ['El lunes no habrá clases', 'es'],
      ['Lunedì le scuole resteranno chiuse', 'it'],
      ['Die Schulen bleiben am Montag geschlossen', 'de'],
      ['As escolas fecham na segunda-feira', 'pt'],
      ['Schools will be closed on Monday', 'en'],
    ]) {
      expect(stems(text!, lang!)).toContain('monday');
    }
    expect(stems('Школы закрыты в среду', 'ru')).toContain('wednesday');
  });

  it('leaves a name and a word that only look like a day alone', () => {
    // Spanish writes its days in lower case: "Domingo" inside a sentence is a name; "luna" is the moon.
    expect(stems('Plácido Domingo cantó bajo la luna', 'es')).not.toContain('sunday');
    expect(stems('Plácido Domingo cantó bajo la luna', 'es')).not.toContain('monday');
    // "segunda" alone is "second", not Monday.
    expect(stems('A segunda escola fechou', 'pt')).not.toContain('monday');
    // Turkish "salları" (rafts) shares "salı"'s stem (Tuesday) and all its letters but the last.
    expect(stems('Yolcular can salları ile tahliye edildi', 'tr')).not.toContain('tuesday');
    expect(stems('Okullar salı günü kapalı olacak', 'tr')).toContain('tuesday');
    expect(stems('Salı’dan beri kapalı', 'tr')).toContain('tuesday');
  });

  it('finds an Italian claim in a Spanish sentence that names the same day', () => {
    const claims: IndexClaim[] = [
      {
        id: 'schools',
        statement: { it: 'Lunedì le scuole resteranno chiuse in 45 comuni delle province di Belluno e Vicenza.' },
        versions: [{ id: 'v-de', outletId: 'de', lang: 'de', quote: 'In 45 Gemeinden der Provinzen Belluno und Vicenza bleiben die Schulen am Montag geschlossen' }],
      },
    ];
    expect(highlightedClaims(ClaimMatcher.build(claims))('El lunes no habrá clases en 45 localidades de Belluno y Vicenza.', 'es')).toEqual(['schools']);
  });
});

describe('countries in the text’s own language', () => {
  it('keys the names of languages the shared list leaves out, inflected or with a prefix', () => {
    expect(countries('Россия и Соединенные Штаты; войска в Украине и в России', 'ru')).toEqual(['RU', 'US', 'UA']);
    expect(countries('قالت روسيا والولايات المتحدة إن الجنود في بفرنسا', 'ar')).toEqual(['RU', 'US', 'FR']);
    expect(countries('רוסיה ובצרפת', 'he')).toEqual(['RU', 'FR']);
    expect(countries('Do szpitali trafiło dwoje dzieci w Polsce', 'pl')).toEqual(['PL']);
    expect(countries('Οι στρατιώτες της Γαλλίας', 'el')).toEqual(['FR']);
    expect(countries('Deutschlands Soldaten', 'de')).toEqual(['DE']);
    // A name of several words, each with its case's ending.
    expect(countries('Війська Північної Кореї прибули', 'uk')).toEqual(['KP']);
    expect(countries('Żołnierze z Korei Północnej', 'pl')).toEqual(['KP']);
  });

  it('reads them in that language only', () => {
    // Polish "Indie" is India; in English it is a kind of music.
    expect(countries('Indie bands played all night', 'en')).toEqual([]);
    expect(countries('Indie i Chiny', 'pl')).toEqual(['IN', 'CN']);
  });

  it('finds an English claim about two countries in Greek and Polish sentences, and not about a third', () => {
    const claims: IndexClaim[] = [{ id: 'belarus', statement: { en: 'Russia has moved 3,000 troops to Belarus for joint exercises, the defence ministry said.' }, versions: [] }];
    const highlighted = highlightedClaims(ClaimMatcher.build(claims));
    expect(highlighted('Η Ρωσία μετέφερε 3.000 στρατιώτες στη Λευκορωσία για κοινές ασκήσεις, ανακοίνωσε το υπουργείο Άμυνας.', 'el')).toEqual(['belarus']);
    expect(highlighted('Rosja przerzuciła 3000 żołnierzy na Białoruś na wspólne ćwiczenia, podało ministerstwo obrony.', 'pl')).toEqual(['belarus']);
    expect(highlighted('Россия перебросила 3000 военнослужащих в Казахстан для совместных учений.', 'ru')).toEqual([]);
  });
});

describe('a list of countries told again', () => {
  const claims: IndexClaim[] = [
    {
      id: 'countries-12',
      statement: { nl: 'De teruggeroepen producten zijn in twaalf landen verkocht, waaronder Portugal, Polen en Zweden (NVWA).' },
      versions: [{ id: 'v-sv', outletId: 'sv', lang: 'sv', quote: 'Produkterna har sålts i tolv länder, däribland Sverige' }],
    },
  ];
  const highlighted = highlightedClaims(ClaimMatcher.build(claims));

  it('is the claim when it names most of the claim’s countries and one more', () => {
    expect(highlighted('De teruggeroepen voeding is niet alleen in Nederland verkocht: de NVWA telt in totaal 12 landen, van Portugal tot Zweden.', 'nl')).toEqual(['countries-12']);
  });

  it('is another claim when it names none of them', () => {
    expect(highlighted('De teruggeroepen voeding is niet alleen in Nederland verkocht: de NVWA telt in totaal 12 landen, van Spanje tot Noorwegen.', 'nl')).toEqual([]);
  });
});

describe('Hebrew, which glues its one-letter words onto the next', () => {
  it('reads a word, a month, a day and a country under "and", "in" and "the"', () => {
    const a = analyseText('והחיילים הגיעו לרוסיה ב-17 במרץ, ביום שני', 'he');
    expect(a.words.filter((w) => !w.stop).map((w) => w.stem)).toEqual(expect.arrayContaining([analyseText('חיילים', 'he').words[0]!.stem, 'monday']));
    expect(a.figures.map((f) => f.key)).toEqual(expect.arrayContaining(['d3-17']));
    expect(countriesNamed(a.words, false, 'he')).toEqual(['RU']);
    // "והוא" is the stop word "הוא" ("he") with "and" on it.
    expect(analyseText('והוא אמר', 'he').words.filter((w) => !w.stop).map((w) => w.surface)).toEqual(['אמר']);
  });

  it('finds a Hebrew claim in sentences that word it with other prefixes, and not in one that shares a word', () => {
    const claims: IndexClaim[] = [{ id: 'vaccine', statement: { he: 'משרד הבריאות הודיע כי החיסון אושר לשימוש בילדים.' }, versions: [] }];
    const highlighted = highlightedClaims(ClaimMatcher.build(claims));
    // "in the ministry of health they announced that the vaccines were approved for use for children"
    expect(highlighted('במשרד הבריאות הודיעו כי החיסונים אושרו לשימוש לילדים', 'he')).toEqual(['vaccine']);
    expect(highlighted('בחיסון אושר לשימוש לילדים, הודיע המשרד', 'he')).toEqual(['vaccine']);
    expect(highlighted('הילדים הגיעו לבית הספר', 'he')).toEqual([]);
  });
});
