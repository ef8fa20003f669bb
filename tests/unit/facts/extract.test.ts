import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/utils/core/facts/extract';
import { sourceKey } from '@/utils/core/facts/source-key';

const span = (q: string, f: { start: number; end: number }) => q.slice(f.start, f.end);

describe('figures', () => {
  it('reads the hedge, the unit and the span in French and English', () => {
    const fr = "le chef a affirmé qu'environ 11 000 fantassins s'entraînaient";
    const [f] = extractFacts(fr).figures;
    expect(f).toMatchObject({ value: 11000, unit: 'soldiers', qualifier: 'environ', hedge: 'about' });
    expect(span(fr, f!)).toBe('environ 11 000');
    const en = 'nearly 11,000 North Korean troops';
    expect(extractFacts(en).figures[0]).toMatchObject({ value: 11000, qualifier: 'nearly', hedge: 'nearly', unit: 'soldiers' });
  });

  it('reads the number words and scales of the quote’s language, and leaves its dates to the date reader', () => {
    const values = (q: string, lang: string) => extractFacts(q, { lang }).figures.map((f) => f.value);
    expect(values('Am 27. Oktober wurden drei Männer festgenommen.', 'de')).toEqual([3]);
    expect(values('Omkring 1,2 millioner fjerkræ er blevet aflivet.', 'da')).toEqual([1_200_000]);
    expect(values('Yaklaşık 250 bin hane etkilendi.', 'tr')).toEqual([250_000]);
    expect(values('Bank obniżył 4 listopada stopy o 25 punktów bazowych.', 'pl')).toEqual([25]);
  });

  it('reads ranges, percentages, money, scales and numbers in words', () => {
    const facts = (q: string) => extractFacts(q).figures.map(({ value, max, unit }) => ({ value, max, unit }));
    expect(facts('between 10,000 and 12,000 troops')).toEqual([{ value: 10000, max: 12000, unit: 'soldiers' }]);
    expect(facts('entre 1,1 et 1,3 million de manifestants')).toEqual([{ value: 1_100_000, max: 1_300_000, unit: 'manifestants' }]);
    expect(facts('un taux de 66,7 % dimanche')).toEqual([{ value: 66.7, max: undefined, unit: '%' }]);
    expect(facts('$1.5 billion in aid')).toEqual([{ value: 1.5e9, max: undefined, unit: 'USD' }]);
    expect(facts("1,2 million d'euros")).toEqual([{ value: 1.2e6, max: undefined, unit: 'EUR' }]);
    expect(facts('dix mille personnes')).toEqual([{ value: 10000, max: undefined, unit: 'people' }]);
  });

  it('leaves dates, years, ranks and vague amounts out of the figures', () => {
    expect(extractFacts("d'ici le 1er novembre 2024, le premier groupe, des dizaines de soldats, des millions ici").figures).toEqual([]);
  });

  it('reads figures in other languages', () => {
    expect(extractFacts('unos 3.000 soldados').figures[0]).toMatchObject({ value: 3000, hedge: 'about', unit: 'soldiers' });
  });
});

describe('places', () => {
  const names = (q: string) => extractFacts(q).places.map((p) => p.name);
  it('finds countries, cities and regions in French and English, with their English name', () => {
    expect(names("dans l'est de la Russie")).toEqual(['Eastern Russia']);
    expect(names('déployé dans l’oblast de Koursk')).toEqual(['Kursk Oblast']);
    expect(names('sent to eastern Ukraine and Vladivostok')).toEqual(['Eastern Ukraine', 'Vladivostok']);
    expect(names('près de la frontière entre la Russie et la Chine')).toEqual(['Russia-China border']);
  });
  it('reads place phrases the gazetteer lacks', () => {
    expect(names('dans le village occupé de Tsukuryne')).toEqual(['Tsukuryne']);
    expect(names('filmé dans le camp militaire de Sergueïevski')).toEqual(['Sergueïevski']);
  });
  it('does not take a person or an actor for a place', () => {
    expect(names('le président russe Vladimir Poutine a signé')).toEqual([]);
    expect(names("Pyongyang prévoit d'envoyer des soldats en Russie")).toEqual(['Russia']);
    // A capital before "a" and a participle is a government acting; a place after a preposition is not the verb's subject.
    expect(names('des sources affirment que Moscou a envoyé des conseillers en Syrie')).toEqual(['Syria']);
    expect(names('Le nombre de cas en Europe a été multiplié par trente')).toEqual(['Europe']);
    // A country named as an ally is a party, not where the claim happens.
    expect(names('des milices combattent aux côtés de l’Iran au Yémen')).toEqual(['Yemen']);
    expect(names('British jets flew alongside France over Libya')).toEqual(['Libya']);
  });
  it('gives one key to spellings of one place', () => {
    const [a] = extractFacts('au terrain de Sergeevka').places;
    const [b] = extractFacts('près du village de Sergeyevka').places;
    expect(a!.key).toBe(b!.key);
  });
});

describe('sources', () => {
  const sources = (q: string) => extractFacts(q).attributions.map((a) => a.name);
  it('reads "selon", "according to", reporting verbs and possessives, titles kept', () => {
    expect(sources('10 000 soldats, selon le président Volodymyr Zelensky')).toEqual(['le président Volodymyr Zelensky']);
    expect(sources("le chef du renseignement militaire ukrainien a affirmé qu'environ 11 000")).toEqual(['le chef du renseignement militaire ukrainien']);
    expect(sources('up to 12,000 troops, according to South Korea’s spy agency.')).toEqual(['South Korea’s spy agency']);
    expect(sources('Turnout reached 67% on Sunday, the interior ministry said.')).toEqual(['the interior ministry']);
    expect(sources("Le taux a atteint 66,7 %, a indiqué le ministère de l'Intérieur.")).toEqual(["le ministère de l'Intérieur"]);
    expect(sources('Il a déclaré que près de 11 000 soldats')).toEqual([]);
    // A short name before ", a dénoncé" is the subject; what follows the verb is its object.
    expect(sources('Le ministre des Transports, Patrice Vergriete, a dénoncé une grève « inacceptable ».')).toEqual(['Patrice Vergriete']);
    expect(sources('« Ils seront prêts », a-t-il déclaré.')).toEqual([]);
  });
  it('groups one source named differently and keeps different sources apart', () => {
    const nis = ['NIS', 'le Service national de renseignement (NIS) sud-coréen', "South Korea's spy agency", 'les services de renseignement sud-coréens'];
    expect(new Set(nis.map(sourceKey)).size).toBe(1);
    expect(sourceKey('South Korean media')).not.toBe(sourceKey("South Korea's spy agency"));
    expect(sourceKey('les médias sud-coréens')).toBe(sourceKey('South Korean media'));
    expect(sourceKey('le président Volodymyr Zelensky')).toBe(sourceKey('Zelensky'));
    expect(sourceKey("l'Organisation mondiale de la santé")).toBe(sourceKey('the World Health Organization'));
    expect(sourceKey('the World Health Organization')).not.toBe(sourceKey('Michel Barnier'));
  });
});

describe('dates', () => {
  const dates = (q: string) => extractFacts(q, { publishedAt: '2024-10-22' }).dates.map((d) => [d.label, d.iso]);
  it('reads absolute dates with their bound, placed in the article’s year', () => {
    expect(dates('prêts à combattre d’ici le 1er novembre')).toEqual([['by 1 November', '2024-11-01']]);
    expect(dates("prêts d'ici novembre")).toEqual([['by November', '2024-11']]);
    expect(dates('ready to fight by 1 November')).toEqual([['by 1 November', '2024-11-01']]);
    expect(dates('En juin dernier, le président')).toEqual([['last June', '2024-06']]);
  });
  it('reads dates relative to the article’s date', () => {
    expect(dates('la semaine dernière')).toEqual([['last week', '2024-10-15']]);
    expect(dates('au cours des derniers jours')).toEqual([['in the last few days', '2024-10-15']]);
    expect(dates('a déclaré samedi')).toEqual([['Saturday', '2024-10-19']]);
  });
  it('reads dates in other languages', () => {
    expect(dates('el 3 de noviembre')).toEqual([['3 November', '2024-11-03']]);
  });
});

describe('number words the matcher leaves out', () => {
  it('counts "six pays" and "Six countries" but not "neuf" as new', () => {
    expect(extractFacts('Les BRICS ont invité six pays').figures).toMatchObject([{ value: 6, unit: 'pays' }]);
    expect(extractFacts('Six countries were invited').figures).toMatchObject([{ value: 6, unit: 'countries' }]);
    expect(extractFacts('un bâtiment neuf').figures).toEqual([]);
  });
});

describe('sources and places in the other languages of the word lists', () => {
  const facts = (q: string, lang?: string) => {
    const f = extractFacts(q, { lang });
    return { sources: f.attributions.map((a) => a.name), places: f.places.map((p) => p.name) };
  };

  it('ends an English source at its comma when the statement goes on after it', () => {
    expect(facts('According to the NIS, North Korea sent about 12,000 troops to Russia.', 'en')).toEqual({ sources: ['the NIS'], places: ['Russia'] });
    // A name set beside the source after a comma is still part of it.
    expect(facts('According to the Kremlin spokesman, Dmitry Peskov, the reports are false.', 'en').sources).toEqual(['the Kremlin spokesman, Dmitry Peskov']);
  });

  it.each([
    ['es', 'Según la inteligencia surcoreana, Corea del Norte envió unos 12.000 soldados a Rusia, que llegarán a Kursk antes del 1 de noviembre.', 'la inteligencia surcoreana', ['Russia', 'Kursk']],
    ['it', 'Secondo l’intelligence sudcoreana, la Corea del Nord ha inviato circa 12.000 soldati in Russia, attesi a Kursk entro il 1° novembre.', 'l’intelligence sudcoreana', ['Russia', 'Kursk']],
    ['pt', 'Segundo a inteligência sul-coreana, a Coreia do Norte enviou cerca de 12 mil soldados para a Rússia.', 'a inteligência sul-coreana', ['Russia']],
    ['de', 'Nach Angaben des südkoreanischen Geheimdienstes hat Nordkorea rund 12.000 Soldaten nach Russland geschickt, die bis zum 1. November in Kursk eintreffen sollen.', 'des südkoreanischen Geheimdienstes', ['Russia', 'Kursk']],
    ['de', 'Laut Pentagon sind bereits 3.000 Soldaten in Russland.', 'Pentagon', ['Russia']],
    ['nl', 'Volgens de Zuid-Koreaanse inlichtingendienst heeft Noord-Korea ongeveer 12.000 soldaten naar Rusland gestuurd.', 'de Zuid-Koreaanse inlichtingendienst', ['Russia']],
  ])('[%s] %s', (lang, quote, source, places) => {
    expect(facts(quote, lang)).toEqual({ sources: [source], places });
  });

  it.each([
    // The verb that comes second ends the source: after a capitalised name in German and the Nordic
    // languages, before the next subject's article in Dutch.
    ['sv', 'Enligt Sjöfartsverket befann sig 1 236 passagerare ombord när färjan gick på grund i Sverige.', 'Sjöfartsverket', ['Sweden']],
    ['nl', 'Volgens de Turkse krant Hürriyet verhuist de Portugese vleugelspeler voor 32 miljoen euro naar Turkije.', 'de Turkse krant Hürriyet', ['Turkey']],
    ['da', 'Ifølge de hollandske myndigheder er omkring 1,2 millioner fjerkræ blevet aflivet i Holland.', 'de hollandske myndigheder', ['Netherlands']],
    ['de', 'Laut Angaben der Polizei wurden rund 6,5 Tonnen Kokain sichergestellt.', 'Angaben der Polizei', []],
    // Countries in the quote's language, inflected as it writes them after a preposition.
    ['pl', 'Według szwedzkiej straży przybrzeżnej 14 osób zostało rannych w Szwecji.', 'szwedzkiej straży przybrzeżnej', ['Sweden']],
    ['pl', 'Według agencji ČTK bank obniżył stopy procentowe w Czechach.', 'agencji ČTK', ['Czechia']],
    ['cs', 'Podle odborů přišlo o práci 1 850 lidí z Česka.', 'odborů přišlo o práci', ['Czechia']],
    ['ro', 'Potrivit autorității electorale, prezența la vot în Suedia a fost de 84%.', 'autorității electorale', ['Sweden']],
  ])('[%s] %s', (lang, quote, source, places) => {
    expect(facts(quote, lang)).toEqual({ sources: [source], places });
  });

  it.each([
    // A reporting verb after the statement, its subject after it.
    ['da', 'Færgen gik på grund lørdag aften, og 14 personer er blevet bragt på hospitalet, oplyser det svenske politi.', 'det svenske politi'],
    ['it', 'Il terremoto è stato avvertito anche in Moldavia, ha riferito la protezione civile romena.', 'la protezione civile romena'],
    ['pl', 'Bank obniżył stopy procentowe o 25 punktów bazowych – podała agencja ČTK.', 'agencja ČTK'],
    ['de', 'Das Werk soll bis 2027 schließen, teilte das Unternehmen am Montag mit.', 'das Unternehmen'],
    ['pl', 'Powstanie 1 200 nowych miejsc pracy – poinformował w poniedziałek wojewoda dolnośląski.', 'wojewoda dolnośląski'],
    ['nl', 'Alle 48.000 kippen worden geruimd, aldus het ministerie van Landbouw.', 'het ministerie van Landbouw'],
    ['nl', 'Alle 48.000 kippen worden geruimd, aldus de minister van Landbouw.', 'de minister van Landbouw'],
    ['es', 'La ayuda llegará el lunes, dijo el ministro de Defensa.', 'el ministro de Defensa'],
    // A day with its article before the subject; the statement's pronoun before the verb.
    ['es', 'Seis mineros siguen atrapados cerca de Calama, informó el miércoles la empresa operadora.', 'la empresa operadora'],
    ['it', 'Sono saliti a due i morti nel crollo della miniera: lo ha confermato venerdì il ministero cileno delle Miniere.', 'il ministero cileno delle Miniere'],
  ])('[%s] %s', (lang, quote, source) => {
    expect(facts(quote, lang).sources).toEqual([source]);
  });

  it.each([
    // A sentence that opens with its speaker, before a reporting verb of the quote's language.
    ['it', "La Corte di giustizia dell'Ue ha stabilito oggi che i passeggeri hanno diritto a un risarcimento.", "La Corte di giustizia dell'Ue"],
    ['pt', 'O Benfica confirmou esta terça-feira a venda do extremo ao Galatasaray.', 'O Benfica'],
    ['es', 'La policía lo confirmó el martes.', 'La policía'],
  ])('[%s] %s', (lang, quote, source) => {
    expect(facts(quote, lang).sources).toEqual([source]);
  });

  it.each([
    // "According to" written after the source.
    ['fi', 'Poliisin mukaan onnettomuudessa loukkaantui 14 ihmistä.', 'Poliisin'],
    ['hu', 'A rendőrség szerint 14 ember megsérült.', 'A rendőrség'],
    ['tr', "İçişleri Bakanlığı'nın açıklamasına göre 14 kişi yaralandı.", 'İçişleri Bakanlığı'],
    // Turkish: the subject opens the sentence, set off by a comma, its reporting verb last.
    ['tr', 'Orman Genel Müdürlüğü, şimdiye kadar yaklaşık 3 bin hektarın yandığını açıkladı.', 'Orman Genel Müdürlüğü'],
    // Danish "der" before "ifølge" is a relative pronoun, no article.
    ['da', 'Myndighederne har anholdt kaptajnen, der ifølge politiet havde slukket skibets radio.', 'politiet'],
    // French: a day between the reporting verb and its subject.
    ['fr', 'Le taux de participation a atteint 61,3 %, a annoncé lundi la Commission électorale nationale autonome.', 'la Commission électorale nationale autonome'],
    // Dutch: the verb after a capitalised word that is no adjective of a name ends the source.
    ['nl', 'Volgens vakbond FNV Havens liggen op de Maasvlakte ruim 40 containerschepen te wachten.', 'vakbond FNV Havens'],
    ['nl', 'Volgens de Turkse krant Hürriyet verhuist de club naar Istanbul.', 'de Turkse krant Hürriyet'],
    // Czech capitalises a body's first word only: its name goes on in lowercase, a name after it does not.
    ['cs', 'Kamiony podle Policie ČR nyní objíždějí přes Bohumín.', 'Policie ČR'],
    ['cs', 'Úřady podle agentury Kjódó na několik hodin uzavřely letiště.', 'agentury Kjódó'],
  ])('[%s] %s', (lang, quote, source) => {
    expect(facts(quote, lang).sources).toEqual([source]);
  });

  it('reads a Slavic place after an adjective or a noun of its surroundings, and a Croatian locative', () => {
    expect(facts('Lesní požár u chorvatského Splitu zasáhl kemp.', 'cs').places).toEqual(['Split']);
    expect(facts('Rolnicy z okolic Lublina protestowali w Brukseli.', 'pl').places).toEqual(['Lublin', 'Brussels']);
    expect(facts('Gradska uprava u Rijeci ne radi od četvrtka.', 'hr').places).toEqual(['Rijeka']);
  });

  it('names a river as news does: the Danube, not "Danau", which WordNet lists beside it', () => {
    expect(facts('Barges were stuck on the Danube River and the Yangtze.', 'en').places).toEqual(['Danube', 'Yangtze']);
    expect(facts('Die Brücke über die Donau wurde gesperrt.', 'de').places).toEqual(['Danube']);
  });

  it('takes no place with its case ending and no day for the Turkish subject that opens a sentence', () => {
    expect(facts("İstanbul'da, 14 kişi yaralandı, valilik açıkladı.", 'tr').sources).toEqual([]);
    expect(facts('Dün, 14 kişi yaralandı, valilik açıkladı.', 'tr').sources).toEqual([]);
  });

  it('takes no adverb, no pronoun and no clause after a comma for a speaker before the verb', () => {
    expect(facts('Hänen mukaansa 14 ihmistä loukkaantui.', 'fi').sources).toEqual([]);
    expect(facts('Das Problem ist so groß wie nie.', 'de').sources).toEqual([]);
    expect(facts('Ellos dijeron que la ayuda llegará.', 'es').sources).toEqual([]);
  });

  it('takes no conjunction, no pronoun and no verb of another language for a source after the statement', () => {
    expect(facts('Das Werk schließt, und 14 Personen wurden verletzt.', 'de').sources).toEqual([]);
    expect(facts('Il ponte è crollato, ha detto lui.', 'it').sources).toEqual([]);
    expect(facts('The plant will close, aldus the company.', 'en').sources).toEqual([]);
  });

  it('reads a place inflected from an adjective of it for no place, and another language’s country name for none', () => {
    // "Uniunii Europene" is the European Union: not after a preposition, so not Europe.
    expect(facts('A decis Curtea de Justiție a Uniunii Europene.', 'ro').places).toEqual([]);
    // "Niemcy" is Germany in Polish, not in English.
    expect(facts('The band Niemcy played in Paris.', 'en').places).toEqual(['Paris']);
  });

  it('takes an ordinal for no source, and a country doing something for no place', () => {
    expect(facts('No segundo trimestre, a economia cresceu 4,2%.', 'pt').sources).toEqual([]);
    expect(facts('Nel secondo trimestre il PIL è cresciuto del 4,2%.', 'it').sources).toEqual([]);
    expect(facts('Russland bestreitet die Berichte.', 'de').places).toEqual([]);
  });

  it('reads a short word in capitals as a body, not as a city of that name', () => {
    // NIS is South Korea's intelligence service, not Niš in Serbia; Paris in capitals is still Paris.
    expect(facts('1,500 troops arrived in Vladivostok, a figure given in a briefing of the NIS.', 'en').places).toEqual(['Vladivostok']);
    expect(facts('Dat meldt de Zuid-Koreaanse inlichtingendienst NIS.', 'nl').places).toEqual([]);
    expect(facts('Troops were seen in the USA and in PARIS.', 'en').places).toEqual(['United States', 'Paris']);
  });
});

describe('weekdays in the quote’s language, from the platform’s CLDR data', () => {
  const dates = (q: string, lang: string) => extractFacts(q, { lang, publishedAt: '2025-06-04' }).dates.map((d) => ({ label: d.label, iso: d.iso }));

  it.each([
    ['it', 'Il ponte è crollato lunedì a Genova.', 'Monday', '2025-06-02'],
    ['pt', 'A ponte desabou na segunda-feira em Génova.', 'Monday', '2025-06-02'],
    ['nl', 'De brug stortte dinsdag in.', 'Tuesday', '2025-06-03'],
    ['pl', 'Most zawalił się w poniedziałek.', 'Monday', '2025-06-02'],
    ['es', 'El incendio sigue activo desde el domingo.', 'since Sunday', '2025-06-01'],
    // Months as a date writes them, a weekday as a case ending writes it, and yesterday and today.
    ['pl', 'Bank obniżył 4 listopada stopy procentowe.', '4 November', '2025-11-04'],
    ['cs', 'Bez proudu zůstalo 22. října přes 250 000 míst.', '22 October', '2025-10-22'],
    ['pl', 'Prom osiadł na mieliźnie w sobotę.', 'Saturday', '2025-05-31'],
    ['cs', 'Banka ve středu snížila sazbu.', 'Wednesday', '2025-06-04'],
    ['it', 'Il terremoto ha colpito la Romania ieri sera.', 'yesterday', '2025-06-03'],
    ['da', 'Strømsvigtet i Prag i går varede fem timer.', 'yesterday', '2025-06-03'],
    ['tr', 'Prag’da dün elektrik kesintisi yaşandı.', 'yesterday', '2025-06-03'],
  ])('[%s] %s', (lang, quote, label, iso) => {
    expect(dates(quote, lang)).toEqual([{ label, iso }]);
  });

  it('reads no weekday of another language, and none in a language Intl does not know', () => {
    // "segunda" alone is "second" in Portuguese: only the whole name is a weekday.
    expect(dates('Foi a segunda vez que a ponte caiu.', 'pt')).toEqual([]);
    expect(dates('De brug stortte in.', 'xx-invalid-tag!')).toEqual([]);
    // Polish month names only in Polish: "marca" (of March) is the Spanish for a brand.
    expect(dates('La marca lanzó un coche nuevo.', 'es')).toEqual([]);
    expect(dates('Szczyt odbył się 3 marca.', 'pl')).toEqual([{ label: '3 March', iso: '2025-03-03' }]);
  });
});

describe('"according to" words of other languages', () => {
  it('are read only in a quote of their language', () => {
    // "conforme" is Portuguese for "according to" and French for "in line with".
    expect(extractFacts('Une décision conforme au droit européen a été rendue.', { lang: 'fr' }).attributions).toEqual([]);
    expect(extractFacts('Une décision conforme au droit européen a été rendue.').attributions).toEqual([]);
    expect(extractFacts('Conforme o governo, 80% dos comboios circularam.', { lang: 'pt' }).attributions.map((a) => a.name)).toEqual(['o governo']);
  });
});
