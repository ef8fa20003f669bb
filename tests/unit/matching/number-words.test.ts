/**
 * Figures spelled in words in the languages n2words spells (scripts/build-number-words.ts): a German
 * or Italian sentence that writes the figure in words agrees with a claim that writes it in digits,
 * and disagrees with one that states another figure; a number word of one language is no figure in
 * a text of another ("once" is 11 in Spanish, an adverb in English).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { numberTables } from '@/scripts/build-number-words';
import shipped from '@/utils/core/matching/number-words-data.json';
import { F } from '@/utils/core/matching/model';

const CLAIMS: IndexClaim[] = [
  { id: 'hamburg', statement: { de: 'Beim Brand im Krankenhaus von Hamburg starben 22 Patienten.' }, versions: [] },
  { id: 'napoli', statement: { it: "Nell'incendio dell'ospedale di Napoli sono morti 3 pazienti." }, versions: [] },
  { id: 'gdp-quarter', statement: { en: 'Sweden’s economy shrank for the 4th quarter in a row, the statistics office said.' }, versions: [] },
];
const matcher = ClaimMatcher.build(CLAIMS);
const found = (text: string, lang: string) =>
  matcher
    .scan(text, { lang })
    .filter((m) => m.level === 'highlight' || m.level === 'possible')
    .map((m) => m.claimId);
const figures = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

describe('number words of the text’s language', () => {
  it('finds a German sentence that spells the claim’s figure, not one that spells another', () => {
    expect(found('Beim Brand im Krankenhaus von Hamburg starben zweiundzwanzig Patienten.', 'de')).toEqual(['hamburg']);
    expect(found('Beim Brand im Krankenhaus von Hamburg starben dreiundzwanzig Patienten.', 'de')).toEqual([]);
  });

  it('finds an Italian sentence that spells the claim’s figure, not one that spells another', () => {
    expect(found("Nell'incendio dell'ospedale di Napoli sono morti tre pazienti.", 'it')).toEqual(['napoli']);
    expect(found("Nell'incendio dell'ospedale di Napoli sono morti sette pazienti.", 'it')).toEqual([]);
  });

  it('reads units, compounds, hundreds and scales of Portuguese and Dutch', () => {
    expect(figures('Morreram três pessoas e duzentos feridos; o custo foi de dois milhões.', 'pt')).toEqual(['n3', 'n200', 'n2000000']);
    expect(figures('Er waren tweeëntwintig slachtoffers en drie miljard euro schade.', 'nl')).toEqual(['n22', 'n3000000000']);
  });

  it('reads a number word only in its own language', () => {
    expect(figures('El consejo aprobó once distritos.', 'es')).toEqual(['n11']);
    expect(figures('The council once again approved the budget.', 'en')).toEqual([]);
    expect(figures('Elf Menschen wurden verletzt.', 'de')).toEqual(['n11']);
    expect(figures('The elf in the film is played by a famous actor.', 'en')).toEqual([]);
  });

  it('keeps the article that is also 1 a figure only before a scale word', () => {
    expect(figures('Eine Frau hat eine Million Euro gewonnen.', 'de')).toEqual(['n1000000']);
    expect(figures('Een man kreeg een boete.', 'nl')).toEqual([]);
  });

  it('ships the tables the build script makes from n2words and CLDR', async () => {
    const built = await numberTables();
    expect(Object.keys(shipped.langs).sort()).toEqual(Object.keys(built).sort());
    for (const [lang, table] of Object.entries(built)) expect(shipped.langs[lang as keyof typeof shipped.langs], lang).toEqual(table);
  });
});

describe('spelled ordinals', () => {
  it('finds a sentence that spells the claim’s rank, in the claim’s language or another, not one that spells another rank', () => {
    expect(found('Sweden’s economy shrank for the fourth quarter in a row, the statistics office said.', 'en')).toEqual(['gdp-quarter']);
    expect(found('L’économie suédoise s’est contractée pour le quatrième trimestre consécutif, selon l’office statistique.', 'fr')).toEqual(['gdp-quarter']);
    expect(found('Sweden’s economy shrank for the fifth quarter in a row, the statistics office said.', 'en')).toEqual([]);
  });

  it('reads the forms the language’s stemmer folds together, and a unit closing a round number', () => {
    expect(figures('Die Wirtschaft schrumpfte im vierten Quartal zum fünften Mal.', 'de')).toEqual(['n4', 'n5']);
    expect(figures('Il quinto governo cadde nella quarta settimana.', 'it')).toEqual(['n5', 'n4']);
    expect(figures('It was the twenty-first attempt, and the vingt et unième in French.', 'en')).toEqual(['n21', 'n20']);
    expect(figures('Le vingt et unième siècle.', 'fr')).toEqual(['n21']);
  });

  it('leaves first and second, fractions and the days named by an ordinal alone', () => {
    expect(figures('The prime minister won a second term, his first since 2019.', 'en')).toEqual(['y2019']);
    expect(figures('Le Premier ministre a été réélu.', 'fr')).toEqual([]);
    expect(figures('Two thirds of voters agreed.', 'en')).toEqual(['n2']);
    // After "a", "an" or "every" an ordinal is a share's denominator, not a rank.
    expect(figures('A third of voters agreed, and an eighth of them every fifth day.', 'en')).toEqual([]);
    expect(figures('It is the third largest city.', 'en')).toEqual(['n3']);
    expect(figures('Foi a sétima edição do festival.', 'pt')).toEqual(['n7']);
    expect(figures('O governo anunciou na quinta-feira e na sexta-feira.', 'pt')).toEqual([]);
    expect(figures('Secondo la polizia, non ci sono feriti.', 'it')).toEqual([]);
  });
});

describe('decades, and number words that are weak only in other languages', () => {
  const SANCTIONS: IndexClaim[] = [
    { id: 'sanctions', statement: { en: 'The United States will lift its trade sanctions on Sudan after 20 years of hostile relations.' }, versions: [] },
  ];
  const sudan = ClaimMatcher.build(SANCTIONS);
  const logit = (text: string, lang: string) => Math.max(-Infinity, ...sudan.scoredSpans(text, { lang }, -Infinity).map((s) => s.logit));

  it('reads a number of decades as that many tens of years, in the languages with a word list', () => {
    expect(figures('Washington will end two decades of sanctions on Sudan.', 'en')).toEqual(['n20']);
    expect(figures('It was the deadliest attack in more than a decade.', 'en')).toEqual(['n10']);
    expect(figures('Washington met fin à deux décennies de sanctions.', 'fr')).toEqual(['n20']);
    expect(figures('Nach fast zwei Jahrzehnten heben die USA die Sanktionen auf.', 'de')).toEqual(['n20']);
    // Spanish "década" stems as "decir" does: it is read as written.
    expect(figures('El embargo que pesa sobre Sudán desde hace casi dos décadas.', 'es')).toEqual(['n20']);
    expect(figures('Dice que el embargo terminará.', 'es')).toEqual([]);
    // An ordinal before it is a rank, not a count: "the second decade".
    expect(figures('The second decade of the century.', 'en')).toEqual([]);
  });

  it('agrees a sentence that counts decades with a claim that counts years, and not with one of another count', () => {
    const agrees = sudan.scoredSpans('The US will lift its trade sanctions on Sudan after two decades of hostile relations.', { lang: 'en' }, -Infinity);
    expect(agrees.some((s) => s.x[F.figureAgrees] === 1 && s.x[F.conflictCount] === 0)).toBe(true);
    const three = sudan.scoredSpans('The US will lift its trade sanctions on Sudan after three decades of hostile relations.', { lang: 'en' }, -Infinity);
    expect(three.every((s) => s.x[F.figureAgrees] === 0)).toBe(true);
    expect(logit('The US will lift its trade sanctions on Sudan after two decades of hostile relations.', 'en')).toBeGreaterThan(logit('The US will lift its trade sanctions on Sudan after three decades of hostile relations.', 'en'));
  });

  it('reads "six" in English and French, "dos" in Spanish, and leaves them to other languages', () => {
    expect(figures('Martial law lasted six hours.', 'en')).toEqual(['n6']);
    expect(figures('La loi martiale a duré six heures.', 'fr')).toEqual(['n6']);
    expect(figures('Dos ladrones murieron.', 'es')).toEqual(['n2']);
    expect(figures('Il a mal au dos depuis des années.', 'fr')).toEqual([]);
  });
});

describe('amounts written as one word, as half or one of a scale, or as a scale of a scale', () => {
  it('reads thousands written in one word, and leaves the nouns that hold the same word', () => {
    expect(figures('Sono oltre quattromila le persone costrette a lasciare la casa.', 'it')).toEqual(['n4000']);
    expect(figures('Dreihundertfünfzigtausend Menschen sind ohne Strom.', 'de')).toEqual(['n350000']);
    expect(figures('Er zijn vierduizend mensen geëvacueerd.', 'nl')).toEqual(['n4000']);
    expect(figures('Fyratusen personer har evakuerats.', 'sv')).toEqual(['n4000']);
    expect(figures('Tausende Menschen demonstrierten, Zehntausende schauten zu.', 'de')).toEqual([]);
    expect(figures('La manifestazione di Milano.', 'it')).toEqual([]);
  });

  it('reads half a million, and one of a scale after an article, in the languages that write it so', () => {
    expect(figures('Foodwatch speaks of half a million cans.', 'en')).toEqual(['n500000']);
    expect(figures('Foodwatch fala em meio milhão de latas.', 'pt')).toEqual(['n500000']);
    expect(figures('Foodwatch mówi o pół miliona puszek.', 'pl')).toEqual(['n500000']);
    expect(figures('Foodwatch talar om över en halv miljon burkar.', 'sv')).toEqual(['n500000']);
    expect(figures('Foodwatch spricht von einer halben Million Dosen.', 'de')).toEqual(['n500000']);
    expect(figures('Supera il miliardo di euro il conto dei danni.', 'it')).toEqual(['n1000000000']);
    expect(figures('The damage passed a billion euros.', 'en')).toEqual(['n1000000000']);
    // Not half of anything else, and not a coin.
    expect(figures('The meeting ended at half past nine.', 'en')).toEqual(['n9']);
    expect(figures('Le cent est une pièce.', 'fr')).toEqual([]);
  });

  it("reads numbers in words in languages n2words does not spell, from CLDR's spelled-out rules", () => {
    expect(figures('Gāzes sprādzienā gāja bojā divi cilvēki un 14 tika ievainoti.', 'lv')).toEqual(['n2', 'n14']);
    expect(figures('Žuvo du žmonės, dar keturiolika sužeisti.', 'lt')).toEqual(['n2', 'n14']);
    expect(figures('Четирима моряци все още се издирват.', 'bg')).toEqual(['n4']);
    expect(figures('Õnnetuses hukkus kaks inimest.', 'et')).toEqual(['n2']);
    expect(figures('U nesreći su poginula tri radnika.', 'hr')).toEqual(['n3']);
    expect(figures('Загинули сім людей.', 'uk')).toEqual(['n7']);
    // Ukrainian's apostrophe inside a word, however it is typed: "п'ять" is five, "п'ятницю" (Friday) no figure.
    expect(figures("Загинули п'ять людей, ще девʼять поранені в п’ятницю.", 'uk')).toEqual(['n5', 'n9']);
  });

  it('reads the Slavic numerals of a group of people as counts: "семеро", "Деветима", "dvojica", "troje"', () => {
    expect(figures("Серед загиблих семеро українців, п'ятьох урятовано.", 'uk')).toEqual(['n7', 'n5']);
    expect(figures('Двое погибших и трое раненых.', 'ru')).toEqual(['n2', 'n3']);
    expect(figures('Деветима моряци са спасени.', 'bg')).toEqual(['n9']);
    expect(figures('Dvojica rudara su poginula, za petoricom se traga.', 'hr')).toEqual(['n2', 'n5']);
    expect(figures('Четворица рудара су спасена.', 'sr')).toEqual(['n4']);
    expect(figures('W lawinie zginęło troje turystów.', 'pl')).toEqual(['n3']);
  });

  it('reads one and a half in one word, alone and before a scale word: "полтора миллиона", "anderthalb Millionen"', () => {
    expect(figures('Эвакуированы полтора миллиона человек.', 'ru')).toEqual(['n1500000']);
    expect(figures('Anderthalb Millionen Menschen sind betroffen.', 'de')).toEqual(['n1500000']);
    expect(figures('Без світла залишилися півтора мільйона людей.', 'uk')).toEqual(['n1500000']);
    expect(figures('Vesi nousi puolitoista metriä.', 'fi')).toEqual(['n1.5']);
  });

  it('reads no sum of two small units: Portuguese "dois dos quais" is two (Spanish "dos" is read everywhere), French "dix-sept" still 17', () => {
    expect(figures('Há 14 portugueses, dois dos quais infetados.', 'pt')).toEqual(['n14', 'n2']);
    expect(figures('Dix-sept soldats et vingt et un blessés.', 'fr')).toEqual(['n17', 'n21']);
    expect(figures('Twenty-one people, one hundred and five cars.', 'en')).toEqual(['n21', 'n105']);
    // Croatian "što" (what) folds to "sto" (a hundred): no figure.
    expect(figures('Nitko ne zna što se dogodilo.', 'hr')).toEqual([]);
  });

  it('reads an English share of a scale as its value, not as the scale: "a quarter of a million" is 250,000', () => {
    expect(figures('Up to a quarter of a million patients could have had their details taken.', 'en')).toEqual(['n250000']);
    expect(figures('Three quarters of a million people lost power.', 'en')).toEqual(['n750000']);
    expect(figures('Two fifths of a billion euros were spent.', 'en')).toEqual(['n400000000']);
    // A share of something else is no figure of a scale, and "a third of voters" stays what it was.
    expect(figures('A quarter of the money went to the region.', 'en')).toEqual([]);
    expect(figures('A third of a century later, a million people came.', 'en')).toEqual(['n1000000']);
  });

  it('reads "mil millones" as a thousand millions, as "1.000 millones" reads', () => {
    expect(figures('Los daños superan los mil millones de euros.', 'es')).toEqual(['n1000000000']);
    expect(figures('Los daños superan los 1.000 millones de euros.', 'es')).toEqual(['n1000000000']);
    expect(figures('Los daños superan los dos mil millones de euros.', 'es')).toEqual(['n2000000000']);
  });

  it('agrees an amount written in words with the claim that writes it in digits, and finds the sentence', () => {
    const veneto = ClaimMatcher.build([
      { id: 'evacuated', statement: { it: 'A Bassano del Grappa sono state evacuate oltre 4.000 persone.' }, versions: [] },
      { id: 'damage', statement: { es: 'Los daños de las inundaciones en el Véneto superan los 1.000 millones de euros.' }, versions: [] },
    ]);
    const agrees = (text: string, lang: string, id: string) => veneto.scoredSpans(text, { lang }, -Infinity).filter((s) => s.claimId === id);
    expect(agrees('A Bassano del Grappa sono state evacuate oltre quattromila persone.', 'it', 'evacuated').some((s) => s.x[F.figureAgrees] === 1)).toBe(true);
    const damage = agrees('Los daños de las inundaciones en el Véneto superan los mil millones de euros.', 'es', 'damage');
    expect(damage.some((s) => s.x[F.figureAgrees] === 1 && s.x[F.conflictCount] === 0)).toBe(true);
    expect(veneto.scan('Los daños de las inundaciones en el Véneto superan los mil millones de euros.', { lang: 'es' }).map((m) => m.claimId)).toEqual(['damage']);
  });
});
