import type { FactsWords } from '@/utils/core/facts/facts-words-types';
import { DEVANAGARI_WORDS, LATIN_STOPWORDS } from './bundled-detect-words';
import { CLAUSE_WORDS } from './bundled-clause-words';
import { FEATURE_CUES, FEATURE_ENDINGS, PLACE_CONJUNCTIONS, PLACE_PREPOSITIONS } from './bundled-place-words';

/**
 * The facts reader's word lists, as a module: what Node reads (scripts/lib/node-language-data.ts) and
 * what the build writes to the extension's `words/facts.*` files (scripts/lib/language-assets.ts).
 * No extension entry point imports this module: they read those files on first use
 * (setFactsWordsSource), so that the background does not parse these strings at every worker start.
 * source-words.ts, date-words.ts and figure-words.ts make their sets and maps from them.
 */
const words = (list: string) => list.split(' ');

export const BUNDLED_FACTS_WORDS: FactsWords = {
  /** Reporting verbs after "a/ont/avait" (French participles) or alone (English). */
  speechFr: [
    'declare', 'affirme', 'indique', 'annonce', 'estime', 'predit', 'dementi', 'rejete', 'nie', 'rapporte', 'precise', 'assure',
    'confirme', 'souligne', 'ajoute', 'explique', 'averti', 'accuse', 'denonce', 'reconnu', 'revele', 'signale', 'ecrit', 'dit',
    'raconte', 'admis', 'promis', 'menace', 'prevenu', 'publie', 'communique', 'qualifie', 'repete', 'insiste', 'jure', 'soutenu',
  ],
  speechFrPresent: ['affirme', 'declare', 'indique', 'estime', 'assure', 'rapporte', 'precise', 'explique', 'annonce', 'dit', 'selon', 'ecrit', 'souligne', 'avertit', 'affirment', 'declarent', 'indiquent', 'estiment', 'assurent', 'rapportent', 'disent', 'ecrivent', 'annoncent', 'precisent', 'expliquent', 'soulignent', 'avertissent'],
  speechEn: [
    'said', 'says', 'told', 'tells', 'stated', 'states', 'claimed', 'claims', 'announced', 'announces', 'reported', 'reports',
    'estimated', 'estimates', 'warned', 'warns', 'added', 'confirmed', 'confirms', 'denied', 'denies', 'insisted', 'predicted',
    'wrote', 'writes', 'noted', 'alleged', 'accused', 'accuses', 'believes', 'believed', 'revealed', 'disclosed', 'rejected',
  ],
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'has', 'have', 'had'],
  adverbs: ['egalement', 'deja', 'aussi', 'precedemment', 'recemment', 'encore', 'pourtant', 'notamment', 'also', 'previously', 'recently', 'earlier', 'already', 'repeatedly', 'publiquement', 'publicly', 'pas', 'ne', 'n', 'not', 'officiellement', 'officially'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'on', 'he', 'she', 'they', 'it', 'we', 'i', 'je', 'nous', 'vous', 'you', 'celui', 'celle', 'ce', 'cela', 'ceci', 'this', 'that', 'qui', 'who', 'which', 'lequel', 'laquelle'],
  ...CLAUSE_WORDS,
  /** Source kinds, each with the words (single or joined by spaces) that signal it; first match wins. */
  kinds: [
    ['military-intelligence', ['renseignement militaire', 'military intelligence', 'gur', 'hur']],
    ['intelligence', ['renseignement', 'renseignements', 'intelligence', 'spy agency', 'spy service', 'espionnage', 'services secrets', 'secret service', 'spy', 'spies']],
    ['media', ['medias', 'media', 'presse', 'press', 'journaux', 'newspapers', 'outlets', 'television', 'tv', 'agence de presse', 'news agency', 'reports', 'reporters', 'journalistes', 'journalists']],
    ['defence-ministry', ['ministere de la defense', 'defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'pentagone', 'pentagon']],
    ['foreign-ministry', ['ministere des affaires etrangeres', 'foreign ministry', 'state department', 'departement d etat', 'diplomatie']],
    ['interior-ministry', ['ministere de l interieur', 'interior ministry', 'home office', 'ministry of the interior', 'home ministry', 'ministry of interior']],
    ['health-ministry', ['ministere de la sante', 'health ministry', 'ministry of health']],
    ['weather-service', ['meteorologique', 'meteo', 'weather service', 'met office', 'meteorological', 'weather agency']],
    ['military', ['armee', 'army', 'military', 'etat major', 'forces armees', 'armed forces', 'general staff', 'militaires']],
    ['presidency', ['kremlin', 'maison blanche', 'white house', 'elysee', 'presidence', 'presidency']],
    ['government', ['gouvernement', 'government', 'officials', 'responsables', 'autorites', 'authorities', 'officiels', 'executif', 'administration']],
    ['police', ['police', 'gendarmerie']],
    ['unions', ['syndicats', 'unions', 'intersyndicale']],
  ],
  /** Acronyms of agencies that outlets use alone: the country and kind they stand for. */
  acronyms: {
    nis: 'kr-intelligence', cia: 'us-intelligence', fbi: 'us-police', nsa: 'us-intelligence', fsb: 'ru-intelligence', svr: 'ru-intelligence',
    gru: 'ru-military-intelligence', sbu: 'ua-intelligence', gur: 'ua-military-intelligence', hur: 'ua-military-intelligence',
    mi6: 'gb-intelligence', mi5: 'gb-intelligence', dgse: 'fr-intelligence', dgsi: 'fr-intelligence', mossad: 'il-intelligence',
    bnd: 'de-intelligence', kcna: 'kp-media', yonhap: 'kr-media', tass: 'ru-media', ria: 'ru-media', xinhua: 'cn-media',
    who: 'who', oms: 'who', imf: 'imf', fmi: 'imf', aiea: 'iaea', iaea: 'iaea', cicr: 'icrc', icrc: 'icrc', unhcr: 'unhcr', hcr: 'unhcr',
    otan: 'nato', nato: 'nato', onu: 'un', un: 'un', ue: 'eu', eu: 'eu', pentagone: 'us-defence-ministry', pentagon: 'us-defence-ministry',
    kremlin: 'ru-presidency', 'maison blanche': 'us-presidency', 'white house': 'us-presidency', elysee: 'fr-presidency',
  },
  /** International bodies by their French and English names. */
  bodies: [
    ['who', ['organisation mondiale de la sante', 'world health organization', 'world health organisation']],
    ['un', ['nations unies', 'united nations']],
    ['eu', ['union europeenne', 'european union', 'commission europeenne', 'european commission']],
    ['imf', ['fonds monetaire international', 'international monetary fund']],
    ['iaea', ['agence internationale de l energie atomique', 'international atomic energy agency']],
    ['icrc', ['croix rouge', 'red cross']],
    ['unhcr', ['haut commissariat des nations unies pour les refugies', 'un refugee agency', 'un refugee agency']],
    ['nato', ['organisation du traite de l atlantique nord', 'north atlantic treaty organization']],
    ['unicef', ['unicef']],
    ['amnesty', ['amnesty international']],
    ['hrw', ['human rights watch']],
  ],
  /** Words that make a capitalised run a body, not a person ("World Health Organization"). */
  bodyWords: [
    'organization', 'organisation', 'union', 'office', 'ministry', 'ministere', 'council', 'conseil', 'agency', 'agence', 'service', 'centre',
    'center', 'institute', 'institut', 'bank', 'banque', 'fund', 'fonds', 'court', 'cour', 'tribunal', 'party', 'parti', 'commission',
    'committee', 'comite', 'department', 'departement', 'association', 'federation', 'forces', 'army', 'news', 'times', 'post', 'press',
    'group', 'groupe', 'university', 'universite', 'house', 'watch', 'international', 'national', 'nationale', 'foundation', 'fondation',
  ],
  /** Titles that precede a person's name; a phrase with a title and no name is keyed by its title and country. */
  titles: [
    'president', 'presidente', 'premier', 'ministre', 'minister', 'secretaire', 'secretary', 'porte', 'parole', 'spokesperson',
    'spokesman', 'spokeswoman', 'chef', 'chief', 'head', 'directeur', 'director', 'general', 'commandant', 'commander', 'ambassadeur',
    'ambassador', 'senateur', 'senator', 'depute', 'chancelier', 'chancellor', 'roi', 'king', 'maire', 'mayor', 'dirigeant', 'leader',
  ],
  /**
   * "According to X" in the other languages the matcher has word lists for: the words before the
   * source. English and French are read by their own rules (sources.ts). "segundo" and "secondo" are
   * also ordinals ("o segundo trimestre"): sources.ts takes none after a determiner or before a number.
   */
  accordingTo: {
    de: ['laut', 'nach angaben'], es: ['segun informo', 'segun informaron', 'segun dijo', 'segun explico', 'segun confirmo', 'segun anuncio', 'segun indico', 'segun senalo', 'segun ha informado', 'segun ha confirmado', 'segun han informado', 'segun', 'de acuerdo con'],
    it: ['secondo quanto riferito da', 'secondo quanto riportato da', 'secondo quanto riferisce', 'secondo quanto riporta', 'secondo', 'stando a', 'stando al', 'stando ai', 'stando alla', 'stando alle', 'stando agli', 'stando allo'],
    nl: ['volgens'], pt: ['segundo informou', 'segundo disse', 'conforme informou', 'conforme disse', 'segundo', 'de acordo com', 'conforme'], sv: ['enligt'],
    da: ['ifølge', 'i følge'],
    nb: ['ifølge', 'i følge'],
    pl: ['według', 'zdaniem'],
    cs: ['podle'],
    sk: ['podla'],
    ro: ['potrivit', 'conform'],
    hr: ['prema podacima', 'prema navodima', 'prema rijecima', 'prema procjeni', 'prema procjenama', 'prema'], sr: ['prema podacima', 'prema navodima', 'prema recima', 'prema proceni', 'prema', 'према подацима', 'према наводима', 'према речима', 'према процени', 'према'],
    bs: ['prema podacima', 'prema navodima', 'prema rijecima', 'prema'], sl: ['po navedbah', 'po podatkih', 'po besedah', 'po porocanju', 'po informacijah'],
    ca: ['segons ha confirmat', 'segons ha explicat', 'segons ha informat', 'segons han informat', 'segons ha dit', 'segons va dir', 'segons va explicar', 'segons va informar', 'segons', 'd acord amb'], bg: ['според', 'по данни на', 'както съобщи', 'както съобщиха'], id: ['menurut'], ms: ['menurut'], tl: ['ayon sa'],
    ru: ['по данным', 'по словам', 'по информации', 'по сообщению', 'согласно', 'как сообщил', 'как сообщила', 'как сообщили', 'как сообщает', 'как сообщают', 'как заявил', 'как заявила', 'как заявили'],
    uk: ['за даними', 'за словами', 'за інформацією', 'згідно з', 'як повідомив', 'як повідомила', 'як повідомили', 'як повідомляє'],
    el: ['συμφωνα με', 'οπως ανεφερε', 'οπως ανακοινωσε', 'οπως δηλωσε', 'οπως αναφερει'], ar: ['بحسب', 'حسب'],
  },
  /**
   * Articles of those languages: after one, "secondo" and "segundo" are ordinals, not "according to";
   * between a preposition and a place, one still makes the place a location ("nach der Ukraine").
   */
  determiners: words('il lo la l i gli le un uno una o a os as um uma el los las del al do da no na nel nella die der dem den das de het ο η το του της των τον την τους τις τα οι'),
  /**
   * Where a source named after "laut", "volgens" ends in a language that puts the verb second ("Laut
   * Pentagon sind bereits…", "Volgens de inlichtingendienst heeft…"): its finite verbs and conjunctions.
   */
  sourceEnds: {
    de: words('hat haben hatte hatten ist sind war waren wird werden wurde wurden sei seien soll sollen sollte kann konnte muss gibt gab lag und oder aber dass'),
    nl: words('heeft hebben had hadden is zijn was waren wordt worden werd werden zal zullen zou kan moet en of maar dat'),
    sv: words('är var har hade blir blev ska skulle kan kunde måste finns fanns och eller men att'),
    da: words('er var har havde bliver blev skal skulle kan kunne må findes fandtes og eller men at'),
    nb: words('er var har hadde blir ble skal skulle kan kunne må finnes fantes og eller men at'),
  },
  /**
   * "According to" written after the source, in the languages that put it there ("Galatasaray'ın
   * açıklamasına göre", "poliisin mukaan", "a rendőrség szerint", "politsei andmetel").
   */
  accordingToAfter: {
    tr: ['gore'],
    fi: ['mukaan'],
    hu: ['szerint'],
    et: ['andmetel', 'sonul', 'teatel'],
    lt: ['teigimu', 'duomenimis'],
  },
  /**
   * Reporting verbs that follow the statement, with their subject after them (", oplyser det svenske
   * politi", ", ha riferito la protezione civile romena", "– podała agencja ČTK", ", so das
   * Ministerium"), folded as tokens' `lower` has them; a phrase is its words joined by spaces. English
   * and French are read by their own rules (sources.ts).
   */
  reportingAfter: {
    de: words('so sagte sagten erklarte erklarten teilte teilten berichtete berichteten meldete meldeten hiess schrieb betonte warnte warnt schatzt bestatigte bestatigten'),
    nl: words('aldus zei zeiden meldt meldde meldden verklaarde oordeelde schrijft schreef stelt stelde laat liet waarschuwt waarschuwde bevestigt bevestigde'),
    sv: words('uppger uppgav sager sade sa meddelar meddelade skriver skrev rapporterar rapporterade varnar varnade bekraftar bekraftade'),
    da: words('oplyser oplyste siger sagde meddeler meddelte skriver skrev rapporterer rapporterede advarer advarede bekræfter bekræftede'),
    nb: words('opplyser opplyste sier sa melder meldte skriver skrev rapporterer rapporterte advarer advarte bekrefter bekreftet'),
    pl: words('podał podała podało podali podaje poinformował poinformowała poinformowało poinformowali informuje powiedział powiedziała powiedziało przekazał przekazała przekazało oswiadczył oswiadczyła oswiadczyło napisał napisała twierdzi zapowiedział zapowiedziała zapowiedziało zapowiedzieli ogłosił ogłosiła ogłosiło ostrzega ostrzegł ostrzegła szacuje potwierdził potwierdziła potwierdziło potwierdzili'),
    cs: words('oznamil oznamila uvedl uvedla uvadi rekl rekla sdelil sdelila informoval informovala napsal napsala varuje varoval varovala odhaduje potvrdil potvrdila'),
    sk: words('oznamil oznamila uviedol uviedla povedal povedala informoval informovala potvrdil potvrdila'),
    ro: ['a declarat', 'a anuntat', 'a precizat', 'a transmis', 'a spus', 'a decis', 'a informat', 'au declarat', 'au anuntat', 'informeaza', 'precizeaza', 'a confirmat', 'au confirmat', 'a comunicat', 'a afirmat', 'a raportat'],
    hr: ['priopcila je', 'priopcio je', 'priopcili su', 'izvijestio je', 'izvijestila je', 'izvijestilo je', 'izvijestili su', 'izvijestile su', 'objavili su', 'rekli su', 'rekao je', 'rekla je', 'izjavio je', 'izjavila je', 'potvrdio je', 'potvrdila je', 'potvrdili su', 'objavio je', 'objavila je', 'javlja', 'navodi'],
    it: ['ha fatto sapere', 'hanno fatto sapere', 'ha detto', 'ha dichiarato', 'ha confermato', 'ha riferito', 'ha spiegato', 'ha annunciato', 'ha comunicato', 'ha stabilito', 'ha affermato', 'ha reso noto', 'hanno detto', 'hanno riferito', 'hanno dichiarato', 'hanno reso noto', 'riferisce', 'spiega', 'dichiara', 'ha parlato', 'parla', 'parlano'],
    pt: words('disse disseram afirmou afirmaram informou informaram anunciou anunciaram declarou declararam explicou garantiu revelou confirmou confirmaram alertou alertaram estimou garante garantem'),
    es: words('dijo dijeron afirmo afirmaron informo informaron anuncio anunciaron declaro declararon explico aseguro senalo indico confirmo confirmaron advirtio alerto estimo'),
    ru: words('сообщил сообщила сообщило сообщили сообщает сообщают заявил заявила заявило заявили заявляет рассказал рассказала рассказали передает передают пишет отметил отметила отметили уточнил уточнила уточнили объявил объявила объявило объявили подтвердил подтвердила подтвердило подтвердили предупредил предупредила'),
    uk: words('повідомив повідомила повідомило повідомили повідомляє повідомляють заявив заявила заявило заявили розповів розповіла розповіли зазначив зазначила зазначили підтвердив підтвердила підтвердило підтвердили оголосив оголосила оголосило оголосили пише передає'),
    be: words('паведаміу паведаміла паведамілі паведамляе заявіу заявіла заявілі'),
    bg: words('съобщи съобщиха съобщава съобщават заяви заявиха каза казаха обяви обявиха потвърди потвърдиха посочи посочиха предаде предава информира пише'),
    el: words('ανακοινωσε ανακοινωσαν δηλωσε δηλωσαν ανεφερε ανεφεραν μεταδιδει μεταδιδουν μετεδωσε ειπε ειπαν επιβεβαιωσε επιβεβαιωσαν ενημερωσε γνωστοποιησε τονισε σημειωσε'),
    lt: words('pranese pranesa teige teigia sake patvirtino paskelbe skelbia informavo nurode pazymejo raso'),
    lv: words('zino pazinoja pazino sacija teica apstiprinaja informeja noradija pavestija raksta vesta'),
    et: words('teatas teatasid teatab teatavad utles utlesid kinnitas kinnitasid markis teavitas kirjutab vahendab'),
    fi: words('kertoi kertoivat kertoo ilmoitti ilmoittivat ilmoittaa sanoi sanoivat vahvisti vahvistivat tiedotti totesi arvioi varoitti'),
    id: words('kata ujar tutur ungkap'),
    sr: ['saopstio je', 'saopstila je', 'saopstilo je', 'saopstili su', 'rekao je', 'rekla je', 'izjavio je', 'izjavila je', 'potvrdio je', 'potvrdila je', 'potvrdilo je', 'potvrdili su', 'naveo je', 'navela je', 'navelo je', 'objavio je', 'objavila je', 'objavilo je', 'javlja', 'prenosi', 'саопштио је', 'саопштила је', 'саопштило је', 'саопштили су', 'рекао је', 'рекла је', 'изјавио је', 'изјавила је', 'потврдио је', 'потврдила је', 'потврдило је', 'навео је', 'навела је', 'навело је', 'објавио је', 'објавила је', 'објавило је', 'јавља', 'преноси'],
    sl: ['je sporocil', 'je sporocila', 'je sporocilo', 'so sporocili', 'je dejal', 'je dejala', 'je povedal', 'je povedala', 'je potrdil', 'je potrdila', 'je potrdilo', 'so potrdili', 'je zapisal', 'je zapisala', 'je navedel', 'je navedla', 'je objavil', 'je objavila', 'poroca', 'porocajo', 'pravi'],
    hu: ['kozolte', 'kozoltek', 'mondta', 'mondtak', 'jelentette', 'jelentettek', 'nyilatkozta', 'tajekoztatott', 'erositette meg', 'erositettek meg', 'szamolt be', 'szamoltak be', 'irta', 'irja', 'jelezte', 'hangsulyozta', 'tudatta', 'kozli'],
    ca: ['va dir', 'van dir', 'ha dit', 'han dit', 'ha informat', 'han informat', 'va informar', 'ha anunciat', 'va anunciar', 'ha explicat', 'va explicar', 'ha confirmat', 'va confirmar', 'ha assegurat', 'va assegurar', 'afirma', 'explica', 'informa'],
    bs: ['saopstio je', 'saopstila je', 'saopstilo je', 'saopstili su', 'rekao je', 'rekla je', 'izjavio je', 'izjavila je', 'potvrdio je', 'potvrdila je', 'potvrdilo je', 'potvrdili su', 'naveo je', 'navela je', 'navelo je', 'objavio je', 'objavila je', 'objavilo je', 'javlja', 'prenosi'],
  },
  locative: PLACE_PREPOSITIONS,
  conjunctions: PLACE_CONJUNCTIONS,
  featureCues: FEATURE_CUES,
  featureEndings: FEATURE_ENDINGS,
  /**
   * Reporting verbs that end the sentence, their subject just before them, after a comma: Turkish puts
   * the verb last ("…, Kıyı Emniyeti Genel Müdürlüğü açıkladı."). Folded as tokens' `lower` has them.
   */
  reportingFinal: {
    tr: words('acıkladı bildirdi duyurdu belirtti kaydetti aktardı dedi'),
  },
  /**
   * Words that carry a source's name on past a capitalised word or before an article ("Laut Angaben
   * der Polizei", "het ministerie van Landbouw", "Institutului Național pentru Fizica Pământului"):
   * its prepositions of belonging. Polish and Romanian capitalise every word of a body's name, as
   * German does its nouns; Czech, Slovak and Croatian only the first ("Ministerstvo zahraničních
   * věcí"), so they have none: a lowercase word does not end a source there.
   */
  sourceLinks: {
    de: words('von vom des der für zur zum'),
    nl: words('van voor bij'),
    sv: words('för av vid'),
    da: words('for af ved'),
    nb: words('for av ved'),
    pl: words('i z ds do'),
    ro: words('pentru de din a al ale si'),
  },
  /** Weekdays to their day, Sunday 0; other languages' come from CLDR (date-words.ts, weekdayNamesOf). */
  weekdays: {
    lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 0,
    monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0,
    lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6, domingo: 0,
    montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonntag: 0,
  },
  seasons: {
    printemps: 'spring', ete: 'summer', automne: 'autumn', hiver: 'winter',
    spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
  },
  /** Words before a date that bound it: "d'ici le 1er novembre" = by 1 November. */
  datePrefixes: [
    ['d ici', 'by'], ['d ici a', 'by'], ['by', 'by'], ['avant', 'before'], ['before', 'before'], ['jusqu au', 'until'], ['jusqu a', 'until'],
    ['until', 'until'], ['till', 'until'], ['depuis', 'since'], ['since', 'since'], ['a partir du', 'from'], ['from', 'from'], ['des', 'from'],
    ['apres', 'after'], ['after', 'after'], ['au plus tard', 'by'], ['no later than', 'by'], ['fin', 'end of'], ['end of', 'end of'],
    ['debut', 'early'], ['early', 'early'], ['mi', 'mid'], ['mid', 'mid'], ['late', 'late'], ['in late', 'late'], ['in early', 'early'],
    // Spanish, Italian, Portuguese, German and Dutch (with the article "desde el", "bis zum" take).
    ['desde', 'since'], ['desde el', 'since'], ['dal', 'since'], ['seit', 'since'], ['sinds', 'since'],
    ['hasta', 'until'], ['bis', 'until'], ['bis zum', 'until'], ['tot', 'until'], ['entro', 'by'],
    // Polish, Czech and Slovak "od środy", Swedish "sedan i måndags", Danish and Norwegian "siden mandag".
    ['od', 'since'], ['sedan', 'since'], ['siden', 'since'],
    // Polish, Czech and Slovak "do 2028 roku" (by).
    ['do', 'by'],
  ],
  /** Relative periods, as the lexer splits them, to an English label and a day offset range. */
  relative: [
    ['au cours des derniers jours', 'in the last few days', [-7, 0]], ['ces derniers jours', 'in the last few days', [-7, 0]],
    ['les derniers jours', 'in the last few days', [-7, 0]], ['in recent days', 'in the last few days', [-7, 0]],
    ['in the past few days', 'in the last few days', [-7, 0]], ['in the last few days', 'in the last few days', [-7, 0]],
    ['over the past few days', 'in the last few days', [-7, 0]], ['over the last few days', 'in the last few days', [-7, 0]],
    ['dans les prochains jours', 'in the coming days', [0, 7]], ['in the coming days', 'in the coming days', [0, 7]],
    ['la semaine derniere', 'last week', [-7, -1]], ['last week', 'last week', [-7, -1]], ['la semaine prochaine', 'next week', [1, 7]],
    ['next week', 'next week', [1, 7]], ['cette semaine', 'this week', [-3, 3]], ['this week', 'this week', [-3, 3]],
    ['le mois dernier', 'last month', [-31, -1]], ['last month', 'last month', [-31, -1]], ['le mois prochain', 'next month', [1, 31]],
    ['next month', 'next month', [1, 31]], ['ce mois ci', 'this month'], ['this month', 'this month'],
    ['l an dernier', 'last year'], ['l annee derniere', 'last year'], ['last year', 'last year'], ['l an prochain', 'next year'],
    ['l annee prochaine', 'next year'], ['next year', 'next year'], ['cette annee', 'this year'], ['this year', 'this year'],
    ['hier', 'yesterday', [-1, -1]], ['yesterday', 'yesterday', [-1, -1]], ['avant hier', 'the day before yesterday', [-2, -2]],
    ['aujourd hui', 'today', [0, 0]], ['today', 'today', [0, 0]], ['demain', 'tomorrow', [1, 1]], ['tomorrow', 'tomorrow', [1, 1]],
    ['ce week end', 'this weekend'], ['this weekend', 'this weekend'], ['le week end dernier', 'last weekend'], ['last weekend', 'last weekend'],
    ['recemment', 'recently'], ['recently', 'recently'],
  ],
  /** Hedges, French and English, a few Spanish and German. */
  hedges: [
    ['about', ['environ', 'quelque', 'quelques', 'approximativement', 'a peu pres', 'autour de', 'grosso modo', 'about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'circa', 'aproximadamente', 'unos', 'unas', 'alrededor de', 'etwa', 'rund', 'ungefahr', 'circa', 'quasi']],
    ['nearly', ['pres de', 'presque', 'pas loin de', 'nearly', 'almost', 'close to', 'casi', 'cerca de', 'fast', 'beinahe']],
    ['up-to', ['jusqu a', 'jusqu au', 'up to', 'as many as', 'hasta']],
    ['at-least', ['au moins', 'pas moins de', 'at least', 'no fewer than', 'no less than', 'al menos', 'mindestens']],
    ['more-than', ['plus de', 'plus d', 'au dela de', 'more than', 'over', 'upwards of', 'in excess of', 'mas de', 'uber', 'mehr als']],
    ['less-than', ['moins de', 'moins d', 'less than', 'fewer than', 'under', 'menos de', 'weniger als']],
    ['at-most', ['pas plus de', 'pas de plus de', 'au plus', 'au maximum', 'no more than', 'at most', 'not more than', 'a maximum of']],
    ['total', ['un total de', 'au total', 'a total of', 'in total']],
  ],
  /** Units to an English name; measure units (true) are part of the figure's text. */
  units: [
    ['soldiers', false, ['soldats', 'soldat', 'fantassins', 'militaires', 'troupes', 'combattants', 'hommes', 'soldiers', 'soldier', 'troops', 'servicemen', 'infantrymen', 'fighters', 'soldados', 'tropas', 'soldaten']],
    ['special forces', false, ['forces speciales', 'special forces', 'membres des forces speciales']],
    ['people', false, ['personnes', 'gens', 'habitants', 'people', 'persons', 'residents', 'personas', 'menschen']],
    ['civilians', false, ['civils', 'civilians', 'civiles']],
    ['dead', false, ['morts', 'tues', 'victimes', 'dead', 'killed', 'deaths', 'muertos', 'tote']],
    ['wounded', false, ['blesses', 'wounded', 'injured', 'heridos']],
    ['km/h', true, ['km h', 'kmh', 'kilometres per hour', 'kilometres an hour', 'kilometers per hour', 'kilometers an hour']],
    ['km', true, ['kilometres', 'kilometre', 'km', 'kilometers', 'kilometer', 'kilometros']],
    ['mm', true, ['mm', 'millimetres', 'millimeters', 'millimetre', 'millimeter']],
    ['miles', true, ['miles', 'mile']],
    ['m', true, ['metres', 'meters', 'm']],
    ['hours', true, ['heures', 'heure', 'hours', 'hour', 'h', 'horas', 'stunden']],
    ['days', true, ['jours', 'jour', 'days', 'day', 'dias', 'tage']],
    ['weeks', true, ['semaines', 'weeks', 'semanas', 'wochen']],
    ['months', true, ['mois', 'months', 'meses', 'monate']],
    ['years', true, ['ans', 'annees', 'years', 'anos', 'jahre']],
    ['%', true, ['pour cent', 'percent', 'per cent', 'pourcent', 'por ciento', 'prozent']],
    ['tonnes', true, ['tonnes', 'tons', 'toneladas']],
    ['EUR', true, ['euros', 'euro', 'eur']],
    ['USD', true, ['dollars', 'dollar', 'usd', 'dolares']],
    ['GBP', true, ['livres sterling', 'livres', 'pounds', 'gbp']],
    ['RUB', true, ['roubles', 'rubles', 'rub']],
    ['UAH', true, ['hryvnias', 'hryvnia', 'uah']],
    ['KRW', true, ['wons', 'won', 'krw']],
    ['CNY', true, ['yuans', 'yuan', 'cny']],
    ['JPY', true, ['yens', 'yen', 'jpy']],
    ['CHF', true, ['francs suisses', 'chf']],
  ],
  currencySymbols: { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₩': 'KRW' },
  latinStopwords: LATIN_STOPWORDS,
  devanagariWords: DEVANAGARI_WORDS,
};
