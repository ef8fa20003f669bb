import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/utils/core/facts/extract';

/** The source a card shows, as written: not the words of the clause around it (source-span.ts, sources.ts). */
const sources = (q: string, lang: string) => extractFacts(q, { lang }).attributions.map((a) => a.name);

describe('where a source read after "according to" ends', () => {
  it.each([
    // Danish, Dutch: a lowercase noun after its adjectives, then the clause's verb or adverb.
    ['da', 'Ifølge den svenske kystbevogtning dækker olien nu et område på omkring 12 kilometer ud for Gotland.', ['den svenske kystbevogtning']],
    ['nl', 'De spoorlijn blijft volgens de Tsjechische spoorbeheerder zeker tot vrijdag dicht.', ['de Tsjechische spoorbeheerder']],
    ['nl', 'In de bergen ging volgens de Andalusische hulpdiensten ruim 4.000 hectare verloren.', ['de Andalusische hulpdiensten']],
    // A noun in -e before the clause's auxiliary is the noun, not an adjective.
    ['nl', 'Volgens de politie zijn er drie doden.', ['de politie']],
    ['da', 'Ifølge politiet er tre personer døde.', ['politiet']],
    // A Scandinavian name's genitive or adjective first, its noun in lower case.
    ['nb', 'Ifølge Statens vegvesen er E6 over Sennalandet stengt.', ['Statens vegvesen']],
    ['nb', 'Ifølge Meteorologisk institutt kan vindkastene komme opp i 35 meter per sekund.', ['Meteorologisk institutt']],
    // A Slovak or Czech body's adjectives and noun, and no further; a capitalised adjective inside it.
    ['sk', 'Podľa Slovenského hydrometeorologického ústavu hladina rieky dosiahla 412 centimetrov.', ['Slovenského hydrometeorologického ústavu']],
    ['cs', 'Podle slovenské Horské záchranné služby hrozí lavinové nebezpečí i ve Vysokých Tatrách.', ['slovenské Horské záchranné služby']],
  ])('%s: %s', (lang, quote, want) => {
    expect(sources(quote, lang)).toEqual(want);
  });
});

describe('the source inside a phrase read as one', () => {
  it.each([
    // The agent of "announced by", "reported by".
    ['ro', 'Candidatul independent a câștigat 41,2% din voturi, potrivit rezultatelor parțiale anunțate luni de Biroul Electoral Central.', ['Biroul Electoral Central']],
    ['it', 'I migranti sono stati sbarcati a Lampedusa, secondo quanto riferito dalla Prefettura di Agrigento.', ['Prefettura di Agrigento']],
    ['en', 'According to figures published by the health ministry, 40 people died.', ['the health ministry']],
    ['fr', "Selon des chiffres publiés par le ministère de l'Intérieur, 40 personnes sont mortes.", ["le ministère de l'Intérieur"]],
    // "de" inside a name, and Romanian "de la" (from), are no agents.
    ['ro', 'Potrivit Inspectoratului General pentru Situații de Urgență, 300 de persoane au fost evacuate.', ['Inspectoratului General pentru Situații de Urgență']],
    ['ro', 'Au votat 83,9%, potrivit autorității electorale de la Stockholm.', ['autorității electorale de la Stockholm']],
    // Turkish: a name with its case after an apostrophe, then "statement" and "according to".
    ['tr', "Galatasaray'ın açıklamasına göre kulüp 32 milyon euro ödeyecek.", ['Galatasaray']],
    ['tr', "Yunan Sahil Güvenliği'nden yapılan açıklamaya göre gemi altı saat sürüklendi.", ['Yunan Sahil Güvenliği']],
  ])('%s: %s', (lang, quote, want) => {
    expect(sources(quote, lang)).toEqual(want);
  });

  it('keeps a source without an agent whole', () => {
    expect(sources('Según el Instituto Nacional de Estadística, el paro bajó.', 'es')).toEqual(['el Instituto Nacional de Estadística']);
  });
});

describe('a source in a clause of its own, and verbs that report nothing', () => {
  it.each([
    // German: "wie" and the source, its reporting verb last.
    ['de', 'Eine Fähre trieb im Sturm. Wie die griechische Küstenwache am Dienstag mitteilte, brachten Schlepper sie nach Chios.', ['die griechische Küstenwache']],
    ['de', 'Binnenschiffe können nur noch 30 Prozent laden, wie der Bundesverband der Deutschen Binnenschifffahrt mitteilte.', ['der Bundesverband der Deutschen Binnenschifffahrt']],
    ['de', 'Die Notenbank hat den Leitzins gesenkt, wie die Nachrichtenagentur Reuters aus Prag berichtete.', ['die Nachrichtenagentur Reuters']],
    // "Wie" that asks is no source.
    ['de', 'Es ist nicht klar, wie viele Menschen betroffen sind.', []],
    ['de', 'Er fragte, wie die Regierung das bezahlen wolle.', []],
    // A passive reports nothing of its subject; the source is the one who said it.
    ['en', "No deaths were reported, Italy's Civil Protection Department said.", ["Italy's Civil Protection Department"]],
    // Warning is reporting, in Swedish as in English.
    ['sv', 'Oljan kan nå kusten i Kalmar län, varnar SMHI.', ['SMHI']],
  ])('%s: %s', (lang, quote, want) => {
    expect(sources(quote, lang)).toEqual(want);
  });
});

describe('a source after "according to" with an article that is a pronoun elsewhere, and a subject after "and"', () => {
  it.each([
    // Italian "il" and "i" are articles, not the French and English pronouns.
    ['it', 'Secondo il ministero della Salute, i morti sono 40.', ['il ministero della Salute']],
    ['it', "In Germania l'affluenza è stata dell'82,5%, secondo i dati ufficiali.", ['i dati ufficiali']],
    ['it', 'Stando ai vigili del fuoco, il crollo del ponte ha causato 12 feriti.', ['vigili del fuoco']],
    ['it', 'Secondo lui, i morti sono 40.', []],
    // The subject of a clause joined by a comma and "and", capitalised or with its article.
    ['sv', 'På Gotland har alla färjeturer ställts in, och SMHI varnar för vindbyar på upp till 35 meter per sekund.', ['SMHI']],
    ['it', 'La Roma ha perso la finale, e il tecnico giallorosso ha parlato di «una notte amarissima».', ['il tecnico giallorosso']],
    // "și" as the lexer folds it ("si"), like the conjunctions places are read with.
    ['ro', 'Podul a fost închis luni, și Ministerul Transporturilor a anunțat că reparațiile vor dura șase săptămâni.', ['Ministerul Transporturilor']],
    ['it', 'Il treno è partito, e lui ha detto che tutto va bene.', []],
    ['it', 'I prezzi sono saliti del 5%, e 300 persone hanno detto di no.', []],
  ])('%s: %s', (lang, quote, want) => {
    expect(sources(quote, lang)).toEqual(want);
  });
});

describe('"according to" in Cyrillic, Greek and Arabic script, and in Indonesian and Tagalog', () => {
  it.each([
    ['ru', 'По данным Министерства обороны, погибли 12 человек.', ['Министерства обороны']],
    ['ru', 'Как сообщил МЧС, пожар потушен.', ['МЧС']],
    ['ru', 'По его словам, пожар потушен.', []],
    ['uk', 'За даними Генштабу ЗСУ, знищено 12 танків.', ['Генштабу ЗСУ']],
    ['bg', 'Според МВР, загинали са 4 души.', ['МВР']],
    ['el', 'Σύμφωνα με το Λιμενικό Σώμα, 259 επιβάτες απομακρύνθηκαν.', ['το Λιμενικό Σώμα']],
    // Arabic's own comma ends the source.
    ['ar', 'بحسب وزارة الصحة، قتل 12 شخصا.', ['وزارة الصحة']],
    ['id', 'Menurut polisi, 12 orang tewas dalam kecelakaan itu.', ['polisi']],
    ['tl', 'Ayon sa PAGASA, lalakas pa ang bagyo.', ['PAGASA']],
  ])('%s: %s', (lang, quote, want) => {
    expect(sources(quote, lang)).toEqual(want);
  });
});
