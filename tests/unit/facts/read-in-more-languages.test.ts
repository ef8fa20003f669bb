import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/utils/core/facts/extract';

/** Places, sources, dates and figures read at stop 43: city names by language, prepositions, endings, verbs, weekdays, groups. */
const facts = (q: string, lang?: string) => {
  const f = extractFacts(q, { lang });
  return { sources: f.attributions.map((a) => a.name), places: f.places.map((p) => p.name) };
};

describe('places as each language writes and marks them', () => {
  it.each([
    // Cities and islands as each language writes them (CLDR's exemplar cities), only in that language.
    ['fr', 'Le sommet a eu lieu à Londres, puis à Moscou, à Lisbonne et au Caire.', ['London', 'Moscow', 'Lisbon', 'Cairo']],
    ['de', 'Die Produktion wird von Prag nach Lissabon verlagert.', ['Prague', 'Lisbon']],
    ['it', 'Il vertice di Londra e le proteste a Mosca.', ['London', 'Moscow']],
    ['sv', 'Kokainet hittades ombord på en segelbåt nära Azorerna.', ['Azores']],
    ['nl', 'De vleugelspeler verhuist van Lissabon naar Istanboel.', ['Lisbon', 'Istanbul']],
    // The quote language's name before another place of the same key: German "Wien" is Vienna, not the state.
    ['de', 'Der Zug nach Wien fiel am Montag aus.', ['Vienna']],
    // A Slavic locative softens the name's last consonant: Praha, Praga and Kopenhaga.
    ['cs', 'Bez proudu zůstalo 250 000 odběrných míst v Praze.', ['Prague']],
    ['pl', 'Sąd orzekł w Pradze, a lotnisko w Kopenhadze było zamknięte.', ['Prague', 'Copenhagen']],
    ['cs', 'Ústavní soud v Brně zrušil část zákona.', ['Brno']],
    // The second of two places shares the first one's preposition.
    ['pl', 'Strajkują szpitale w Krakowie i Wrocławiu.', ['Kraków', 'Wrocław']],
    ['en', 'Turnout in Cluj-Napoca and Iași stayed below 35%.', ['Cluj-Napoca', 'Iași']], // GeoNames writes a cedilla, the gazetteer Romanian's comma
    // Continents under each language's name (CLDR region names), inflected too; "between" locates.
    ['nl', 'Het aantal grensoverschrijdingen naar Europa is gedaald.', ['Europe']],
    ['pl', 'Pomoc trafi do szpitali w Afryce.', ['Africa']],
    ['pl', 'Odwołano pociągi między Berlinem a Warszawą.', ['Berlin', 'Warsaw']],
    // A continent inside a name is no place: the competition "Europa League".
    ['it', 'La Roma ha perso la finale di Europa League a Dublino.', ['Dublin']],
    // Turkish: a place with a locating ending, not the subject nor the object.
    ['tr', "Porto, İstanbul'da oynanan finalde Roma'yı yendi.", ['Istanbul']],
    // Finnish and Estonian: a name in a case ending is where things happen, also before a verb; consonant
    // gradation ("Helsingin" for Helsinki). A word that only starts like a name is none ("Myrsky" is no Miri).
    ['fi', 'Junaliikenne Tampereen ja Helsingin välillä keskeytettiin maanantaina.', ['Tampere', 'Helsinki']],
    ['fi', 'Myrsky kaatoi puita Tampereella.', ['Tampere']],
    ['et', 'Tormi tõttu jäi Helsingis ja Tallinnas elektrita 9000 majapidamist.', ['Helsinki', 'Tallinn']],
    // Lithuanian replaces the nominative's ending: "Kaunas", "Kaune"; "Vilnius", "Vilniaus".
    ['lt', 'Kaune streikavo 300 mokytojų, o Vilniaus mokyklos dirbo.', ['Kaunas', 'Vilnius']],
    // A name ending in a vowel too: "Lenkija", "Lenkijos" (Poland); Latvian "Polija", "Poliju".
    ['lt', 'Sunkvežimiai stovi eilėje tarp Lenkijos ir Baltarusijos.', ['Poland', 'Belarus']],
    ['lv', 'Robeža starp Poliju un Baltkrieviju ir slēgta.', ['Poland', 'Belarus']],
    // Swedish "norr om", "söder om": north of, south of.
    ['sv', 'Bron stängdes söder om Göteborg.', ['Göteborg']],
    // Hungarian: a name with a case ending is no verb's subject.
    ['hu', 'Debrecenben csütörtökön leállt a villamosforgalom.', ['Debrecen']],
    // Cyrillic names the gazetteer knows in Latin letters, inflected after a preposition; Ukrainian "г" is "h".
    ['ru', 'В Клайпеде и Каунасе прошли митинги.', ['Klaipėda', 'Kaunas']],
    ['uk', 'Навчання пройшли в Одесі та Полтаві.', ['Odessa', 'Poltava']],
    ['el', 'Ακυρώθηκαν 20 πτήσεις προς το Παρίσι.', ['Paris']],
    // Estonian's postpositions of place, like "and", show that the name before them is no subject.
    ['et', 'Laevaliiklus Tallinna ja Helsingi vahel katkes.', ['Tallinn', 'Helsinki']],
    // Names of two or three words, each inflected; Serbian Cyrillic as Serbian Latin letters write it.
    ['hr', 'Izvađeno je dvije tone uginule ribe kod Slavonskog Broda.', ['Slavonski Brod']],
    ['sl', 'Tri tone poginulih rib so pobrali pri Slavonskem Brodu.', ['Slavonski Brod']],
    ['sr', 'Извориште у Сремској Митровици привремено је затворено.', ['Sremska Mitrovica']],
    ['pl', 'Pożar wybuchł w nocy w Nowym Sączu.', ['Nowy Sącz']],
    ['sk', 'Nehoda sa stala v pondelok v Banskej Bystrici.', ['Banská Bystrica']],
    ['ru', 'Пожар произошёл в Нижнем Новгороде в среду.', ['Nizhniy Novgorod']],
    // Towns of 5,000 people or more after a preposition of place.
    ['pl', 'Na przejście w Terespolu czeka 1200 ciężarówek.', ['Terespol']],
    ['en', 'From a base in Kodiak, the cutter patrols the Bering Sea.', ['Kodiak', 'Bering Sea']],
    // A river, a mountain, a lake, a strait or an island after the word for it, in any language, named as an atlas does.
    ['es', 'El puente sobre el río Hron se derrumbó el jueves.', ['Hron']],
    ['de', 'Am Fuß des Vulkans Villarrica brennen die Wälder.', ['Mount Villarrica']],
    ['id', 'Lahar dingin dari Gunung Marapi menerjang dua desa di Selat Bosporus.', ['Mount Marapi', 'Bosporus']],
    ['it', "L'invaso di Ancipa è sceso al 12% della sua capacità.", ['Lake Ancipa']],
    ['de', 'Auf der Insel Sylt wurden 200.000 Kubikmeter Sand weggespült.', ['Sylt']],
    ['fr', "Le séisme s'est produit sous l'île de Nouvelle-Bretagne.", ['Nouvelle-Bretagne']],
    // A peninsula, a glacier, a pass; after the name where a language writes the word there; in one word with it.
    ['fr', 'Le glacier de Morteratsch a reculé de 30 mètres.', ['Morteratsch Glacier']],
    ['ro', 'Autocarul s-a răsturnat în Pasul Tihuța.', ['Tihuța Pass']],
    ['ca', "L'incendi crema a la serra de Collserola.", ['Serra de Collserola']],
    ['et', 'Kalurid jäid pühapäeval Võrtsu järvel jäätükile.', ['Lake Võrtsu']],
    ['tr', "Van Gölü'nde bir tekne battı.", ['Lake Van']],
    ['fi', 'Kalastajat pelastettiin Saimaan järvellä sunnuntaina.', ['Lake Saimaa']],
    ['lv', 'Zvejnieki palika uz ledus Lubāna ezerā.', ['Lake Lubāna']],
    ['da', 'Et jordskælv ramte Snæfellsnes-halvøen i nat.', ['Snæfellsnes Peninsula']],
    ['de', 'Am Brennerpass stauten sich die Lastwagen.', ['Brenner Pass']],
    ['nb', 'Skipet mistet motorkraften i Taiwanstredet natt til mandag.', ['Taiwan Strait']],
    ['fi', 'Veneet ajelehtivat Päijännejärvellä.', ['Lake Päijänne']],
    // A settlement after the word for it, as written (in Latin letters), and the list it starts (stop 60).
    ['el', 'Με μηνύματα του 112 εκκενώθηκαν τα χωριά Ροβιές και Κεχριές.', ['Rovies', 'Kechries']],
    ['it', 'Le ricerche sono riprese nel comune di Castelbuono.', ['Castelbuono']],
    ['pl', 'Do wypadku doszło w miejscowości Zawoja w niedzielę.', ['Zawoja']],
    ['id', 'Longsor terjadi di desa Sembalun pada Minggu.', ['Sembalun']],
    ['da', 'Koleraen har spredt sig til Blantyre og Machinga.', ['Blantyre', 'Machinga']],
    // Written with a capital, the word is the name's own; Romania's places with Romanian's comma below.
    ['id', 'Air mencapai 2,5 meter di Kampung Melayu kemarin.', []],
    ['en', 'The ship docked in Constanța on Monday.', ['Constanța']],
    // A declined name after "and" is no name as written; German writes every noun with a capital.
    ['pl', 'Przepisy obowiązywały w Pradze i Czeskim Krumlowie.', ['Prague']],
    ['de', 'Die Helfer sind vor Ort Tag und Nacht im Einsatz.', []],
    // Not a feature: a cue and a name apart, a compound where no preposition of place puts it, the verb "pass", and the company Rio Tinto.
    ['de', 'Er zeigte am Zoll seinen Reisepass vor.', []],
    ['en', 'The bill will pass Congress on Monday.', []],
    ['en', "The plateau hosts the country's largest lake, in the caldera of Taupo.", []],
    ['en', 'Rio Tinto said on Monday that output fell.', []],
  ])('[%s] %s', (lang, quote, places) => {
    expect(facts(quote, lang).places).toEqual(places);
  });

  it('reads other languages’ city names in no other language', () => {
    expect(facts('Die Produktion wird nach Lisboa verlagert.', 'de').places).toEqual([]);
    expect(facts('The concert was in Lissabon.', 'en').places).toEqual([]);
  });

  it('reads a place after a preposition of place as where things happen, whatever word follows', () => {
    expect(facts('The meeting in London ended without a deal.', 'en').places).toEqual(['London']);
    expect(facts('Des manifestations ont eu lieu à Bruxelles mardi.', 'fr').places).toEqual(['Brussels']);
    // Without one, a place before a verb still acts: "Moscow denied".
    expect(facts('Moscow denied the reports.', 'en').places).toEqual([]);
    // A comma before "and" starts another clause, whose subject the place is.
    expect(facts('A maioria em Estocolmo, e Lisboa garante o centro.', 'pt').places).toEqual(['Stockholm']);
  });

});

describe('sources named by a verb in more languages', () => {
  it.each([
    // A verb that ends the sentence, its subject before it (Turkish).
    ['tr', "Gemi trafiği 6 saat askıya alındı, Kıyı Emniyeti Genel Müdürlüğü açıkladı.", 'Kıyı Emniyeti Genel Müdürlüğü'],
    // More forms of the verbs after the statement: Polish neuter, Swedish "reports".
    ['pl', 'Sztorm zerwał linie energetyczne, poinformowało RCB.', 'RCB'],
    ['sv', 'Domstolen underkände taket på 90 dagar, rapporterar tjeckisk radio.', 'tjeckisk radio'],
    // Reporting verbs before their subject in the languages read since stop 58, a day skipped before it.
    ['ru', 'Поезда задерживаются на два часа, сообщило в понедельник управление железной дороги.', 'управление железной дороги'],
    ['uk', 'Рух поромів припинено, повідомила міська рада.', 'міська рада'],
    ['el', 'Το λιμάνι έκλεισε, ανακοίνωσε την Τρίτη το Λιμενικό.', 'το Λιμενικό'],
    ['sr', 'Most je zatvoren za saobraćaj, saopštila je policija.', 'policija'],
    ['sl', 'Cesta bo zaprta do petka, je sporočila policija.', 'policija'],
    ['hu', 'A hidat lezárták, közölte a rendőrség.', 'a rendőrség'],
    ['fi', 'Lautta oli myöhässä kolme tuntia, kertoi varustamo.', 'varustamo'],
    ['lt', 'Keltas vėlavo tris valandas, pranešė bendrovė.', 'bendrovė'],
    // The body a Slavic verb reports from, without the preposition before it (stop 60).
    ['ru', 'Движение по трассе перекрыто, сообщили в МЧС России.', 'МЧС России'],
    ['sl', 'Cesta bo zaprta do petka, so sporočili z Direkcije RS za infrastrukturo.', 'Direkcije RS za infrastrukturo'],
    // An adverb or a preposition after the source's name ends it (stop 60).
    ['sk', 'Vodič podľa rumunskej polície pravdepodobne nezvládol riadenie.', 'rumunskej polície'],
    ['id', 'Semua pendaki selamat, kata Kementerian Luar Negeri dalam keterangan tertulis.', 'Kementerian Luar Negeri'],
    // "As X reported, …": the subject after the verb, not the word "as".
    ['pl', 'Prom nie wypłynął. Jak poinformowała straż graniczna, na pokładzie było 200 osób.', 'straż graniczna'],
    ['lt', 'Rinkimai vyko sekmadienį. Kaip pranešė BNS, prie Seimo susirinko apie 200 žmonių.', 'BNS'],
  ])('[%s] %s', (lang, quote, source) => {
    expect(facts(quote, lang).sources).toEqual([source]);
  });

  it('reads Norwegian written "no" as "nb"', () => {
    const quote = 'Fergen ble innstilt i Bergen på grunn av uværet, opplyser rederiet.';
    expect(facts(quote, 'no')).toEqual(facts(quote, 'nb'));
    expect(facts(quote, 'no-NO')).toEqual({ sources: ['rederiet'], places: ['Bergen'] });
  });

  it('takes no subject of a verb in the middle of a Turkish sentence', () => {
    expect(facts('Bakan bunu dün açıkladı.', 'tr').sources).toEqual([]);
  });

});

describe('sources in English and French, read on data collected later', () => {
  const sources = (q: string, lang: string) => extractFacts(q, { lang }).attributions.map((a) => a.name);

  it('reads a subject after the verb that starts with a possessive, and no place before the comma for it', () => {
    expect(sources('Plus de 2 000 internes ont cessé le travail dans les hôpitaux de Varsovie et de Cracovie, a annoncé leur syndicat.', 'fr')).toEqual(['leur syndicat']);
  });

  it('starts a subject before the verb at its article, after a phrase of place or time', () => {
    expect(sources('In Kyiv the defence ministry said the attack failed.', 'en')).toEqual(['the defence ministry']);
    expect(sources('Dans un communiqué le ministère a indiqué que 40 personnes sont mortes.', 'fr')).toEqual(['le ministère']);
  });

  it('leaves the day out of a subject before the verb', () => {
    expect(sources('Moscow on Thursday denied that its delegation had agreed.', 'en')).toEqual(['Moscow']);
    expect(sources('The ministry on Monday said that 40 people died.', 'en')).toEqual(['The ministry']);
  });

  it('reads no source in a reflexive verb ("s’est déclaré": broke out)', () => {
    expect(sources("L'incendie qui s'est déclaré mardi soir n'était pas maîtrisé, a indiqué l'autorité portuaire.", 'fr')).toEqual(["l'autorité portuaire"]);
  });

  it('ends a source after "according to" where the statement starts without a comma', () => {
    // A definite noun in Swedish or Danish, then the verb; an indefinite adjective goes on to its noun.
    expect(sources('Enligt valmyndigheten fick han 41,7 procent av rösterna.', 'sv')).toEqual(['valmyndigheten']);
    expect(sources('Ifølge politiet har tre personer mistet livet.', 'da')).toEqual(['politiet']);
    expect(sources('Kokainet, som enligt portugisisk polis har ett gatuvärde på 200 miljoner euro, hittades.', 'sv')).toEqual(['portugisisk polis']);
    // Czech: a verb in the past tense after a name in the genitive.
    expect(sources('Podle České inspekce životního prostředí uhynuly ryby na úseku 15 kilometrů.', 'cs')).toEqual(['České inspekce životního prostředí']);
    // A reporting verb after the statement, with a day before its subject, and Croatian's auxiliary after the verb.
    expect(sources('Doi români din Constanța sunt dispăruți, a confirmat marți Ministerul Afacerilor Externe.', 'ro')).toEqual(['Ministerul Afacerilor Externe']);
    expect(sources('Los agricultores irán hasta La Jonquera, anunció este viernes la organización agraria COAG.', 'es')).toEqual(['la organización agraria COAG']);
    expect(sources('Iz kuća je evakuirano oko 600 ljudi, priopćila je policija.', 'hr')).toEqual(['policija']);
    // The statement's pronoun opening the next sentence: "Lo ha confermato…" (it was confirmed by…).
    expect(sources("C'è anche un alpinista di 34 anni. Lo ha confermato la Provincia di Bolzano.", 'it')).toEqual(['la Provincia di Bolzano']);
    // An elided article before a word in lower case starts the statement, not one after "de".
    expect(sources("Secondo il sindacato l'adesione negli ospedali è del 70%.", 'it')).toEqual(['il sindacato']);
    expect(sources("Le taux a atteint 66,7 %, selon le ministère de l'Intérieur.", 'fr')).toEqual(["le ministère de l'Intérieur"]);
  });
});

describe('dates and figures as more languages write them', () => {
  const dates = (q: string, lang: string) => extractFacts(q, { lang }).dates.map((d) => d.label);
  const figures = (q: string, lang: string) => extractFacts(q, { lang }).figures.map((f) => f.value);

  it.each([
    // A weekday with an ending, or before a part of the day in one word (CLDR's day periods).
    ['sv', 'Domstolen underkände på tisdagen taket.', ['Tuesday']],
    ['sv', 'Flygplatsen stängdes under fredagskvällen.', ['Friday']],
    ['de', 'Im Hafen brennt seit Dienstagabend ein Frachter.', ['since Tuesday']],
    ['nl', 'Er woedt sinds dinsdagavond een brand.', ['since Tuesday']],
    // "od", "since", in Polish and Czech.
    ['pl', 'W Warszawie od środy strajkują lekarze.', ['since Wednesday']],
    ['cs', 'Ve Varšavě stávkují od středy lékaři.', ['since Wednesday']],
    // Month names as written: folded, Polish "mają" (they have) would be "maja" (of May).
    ['pl', 'Szpitale mają dołączyć do protestu.', []],
    ['pl', 'Strajk zaczął się 4 listopada.', ['4 November']],
    // No weekday in a compound that is not a part of the day: the German poll "Sonntagsfrage".
    ['de', 'Die Sonntagsfrage zeigt 30 Prozent.', []],
    // A year after a preposition or an "and" of more languages; Polish "do" bounds it.
    ['fi', 'Sillan on määrä valmistua vuonna 2031.', ['2031']],
    ['nb', 'Tunnelen åpnes i 2030 og 2032.', ['2030', '2032']],
    ['pl', 'Fabryka ma powstać do 2029 roku.', ['by 2029']],
  ])('[%s] %s', (lang, quote, expected) => {
    expect(dates(quote, lang)).toEqual(expected);
  });

  it.each([
    // A number written in groups, or with a scale, is a count, not the year of its value.
    ['fr', 'Environ 2 000 soldats sont arrivés.', [2000]],
    ['en', 'About 2,000 soldiers arrived in 2024.', [2000]],
    ['en', 'The war ended in 1945 and 1,950 people died.', [1950]],
    ['pl', 'Strajkuje ponad 2 tys. lekarzy.', [2000]],
    ['cs', 'Stávkuje 5 tis. lékařů.', [5000]],
    ['pl', 'Budżet to 1,2 mld zł.', [1_200_000_000]],
  ])('[%s] %s', (lang, quote, expected) => {
    expect(figures(quote, lang)).toEqual(expected);
  });
});
