import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/utils/core/facts/extract';

/** The states, regions and provinces of every country (ISO 3166-2, scripts/lib/gazetteer-subdivisions.ts). */
const places = (quote: string, lang: string) => extractFacts(quote, { lang }).places.map((p) => p.name);

describe('states, regions and provinces in the card’s places', () => {
  it.each([
    // Under the English name, or the country's own, in any language.
    ['en', 'The storm hit Queensland and New South Wales on Monday.', ['Queensland', 'New South Wales']],
    ['en', 'Flooding closed roads in Zeeland and Lower Saxony.', ['Zeeland', 'Lower Saxony']],
    ['de', 'In Sachsen hat die Elbe die Sechs-Meter-Marke überschritten.', ['Saxony']],
    ['de', 'In Nordrhein-Westfalen fiel der Unterricht aus.', ['North Rhine-Westphalia']],
    ['es', 'El incendio de Andalucía obligó a evacuar a 300 personas en Castilla y León.', ['Andalusia', 'Castile and León']],
    // Under another language's name, in that language: four words long too.
    ['fr', 'Le fleuve a débordé en Rhénanie-du-Nord-Westphalie et en Bavière.', ['North Rhine-Westphalia', 'Bavaria']],
    ['it', 'In Lombardia e in Baviera nevica.', ['Lombardy', 'Bavaria']],
  ])('[%s] %s', (lang, quote, expected) => {
    expect(places(quote, lang)).toEqual(expected);
  });

  it('reads another language’s name of a region in no other language', () => {
    expect(places('The river burst its banks in Rhénanie-du-Nord-Westphalie.', 'en')).toEqual([]);
  });

  it('takes a district named as its city for the city', () => {
    // Portugal's district of Lisbon is "Lisboa" in the data, as the city is in Portuguese.
    expect(places('Cerca de 80% dos comboios foram cancelados em Lisboa.', 'pt')).toEqual(['Lisbon']);
  });

  it('leaves out regions named as common words are', () => {
    // Burkina Faso's "Centre" and France's "Nord" would make a place of a capitalised word.
    expect(places('The Centre for Disease Control said on Monday that cases rose.', 'en')).toEqual([]);
    expect(places('Il Nord ha votato per il centrodestra.', 'it')).toEqual([]);
    // A short region's name is not read inflected: Romanian "Napoli" is no "Napo" (Ecuador's province).
    expect(places('Seismul a fost resimțit și la Napoli.', 'ro')).not.toContain('Napo');
  });
});

describe('towns of 15,000 people or more', () => {
  it.each([
    ['en', 'Firefighters were battling a blaze near the hilltop town of Ronda on Friday.', ['Ronda']],
    ['de', 'In Pirna wurden Teile der Altstadt geräumt.', ['Pirna']],
    // Inflected after a preposition, as the language writes it.
    ['pl', 'Most w Raciborzu zamknięto w poniedziałek.', ['Racibórz']],
    ['cs', 'Vlak vykolejil v Kolíně.', ['Kolín']],
  ])('[%s] %s', (lang, quote, expected) => {
    expect(places(quote, lang)).toEqual(expected);
  });

  it('reads a town only where a preposition of place puts it', () => {
    // Moore, Oklahoma has 60,000 people; "Moore said" is a person speaking.
    expect(places('Moore said the storm had destroyed two schools.', 'en')).toEqual([]);
    expect(places('Two schools were destroyed in Moore on Monday.', 'en')).toEqual(['Moore']);
  });

  it('matches a town as written, but for accents and case', () => {
    // Blomberg, a German town, has Bloomberg's sound key.
    expect(places('P&G said the report, on Bloomberg, was speculation.', 'en')).toEqual([]);
    expect(places('The bridge in Raciborz was closed.', 'en')).toEqual(['Racibórz']);
  });
});

describe('seas, rivers, islands and ranges (WordNet)', () => {
  it.each([
    ['en', 'Barges on the Rhine were stranded near Kaub.', ['Rhine']],
    ['fr', 'Le niveau du Rhin a baissé à Strasbourg.', ['Rhine', 'Strasbourg']],
    ['es', 'Los excursionistas se perdieron en los Pirineos.', ['Pyrenees']],
    ['en', 'A tanker leaked oil into the Baltic Sea off Gotland.', ['Baltic Sea', 'Gotland']],
  ])('[%s] %s', (lang, quote, expected) => {
    expect(places(quote, lang)).toEqual(expected);
  });

  it('reads a name that is a person’s or a common word’s too only after a preposition of place', () => {
    // The Isle of Man's parish of Michael, England's river Ouse (folded, "Use").
    expect(places('King, Michael (2003). A history, second edition.', 'en')).toEqual([]);
    expect(places('Use the arrow keys to navigate suggestions.', 'en')).toEqual([]);
  });

  it('reads no state inside a longer name', () => {
    expect(places('The New York Times reported the deal on Monday.', 'en')).toEqual([]);
    expect(places('Tesla just won a huge victory in New Jersey.', 'en')).toEqual(['New Jersey']);
  });
});
