import { wordSet } from '@/utils/core/facts/text';
/**
 * Words that say who speaks, and what kind of source a phrase names. The kind, with the country the
 * phrase names, is the source's key: "le Service national de renseignement sud-coréen" and "South
 * Korea's spy agency" are both kr-intelligence; "les médias sud-coréens" is kr-media.
 */

/** Reporting verbs after "a/ont/avait" (French participles) or alone (English), folded. */
export const SPEECH_FR = new Set([
  'declare', 'affirme', 'indique', 'annonce', 'estime', 'predit', 'dementi', 'rejete', 'nie', 'rapporte', 'precise', 'assure',
  'confirme', 'souligne', 'ajoute', 'explique', 'averti', 'accuse', 'denonce', 'reconnu', 'revele', 'signale', 'ecrit', 'dit',
  'raconte', 'admis', 'promis', 'menace', 'prevenu', 'publie', 'communique', 'qualifie', 'repete', 'insiste', 'jure', 'soutenu',
]);
export const SPEECH_FR_PRESENT = new Set(['affirme', 'declare', 'indique', 'estime', 'assure', 'rapporte', 'precise', 'explique', 'annonce', 'dit', 'selon', 'ecrit', 'souligne', 'avertit', 'affirment', 'declarent', 'indiquent', 'estiment', 'assurent', 'rapportent', 'disent', 'ecrivent']);
export const SPEECH_EN = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'claimed', 'claims', 'announced', 'announces', 'reported', 'reports',
  'estimated', 'estimates', 'warned', 'warns', 'added', 'confirmed', 'confirms', 'denied', 'denies', 'insisted', 'predicted',
  'wrote', 'writes', 'noted', 'alleged', 'accused', 'accuses', 'believes', 'believed', 'revealed', 'disclosed', 'rejected',
]);
export const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'has', 'have', 'had']);
export const ADVERBS = new Set(['egalement', 'deja', 'aussi', 'precedemment', 'recemment', 'encore', 'pourtant', 'notamment', 'also', 'previously', 'recently', 'earlier', 'already', 'repeatedly', 'publiquement', 'publicly', 'pas', 'ne', 'n', 'not', 'officiellement', 'officially']);

export const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'he', 'she', 'they', 'it', 'we', 'i', 'je', 'nous', 'vous', 'you', 'celui', 'celle', 'ce', 'cela', 'ceci', 'this', 'that', 'qui', 'who', 'which', 'lequel', 'laquelle']);

/** Source kinds, each with the folded words (single or joined by spaces) that signal it; first match wins. */
export const KINDS: [string, string[]][] = [
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
];

/** Acronyms of agencies that outlets use alone: the country and kind they stand for. */
export const ACRONYMS: Record<string, string> = {
  nis: 'kr-intelligence', cia: 'us-intelligence', fbi: 'us-police', nsa: 'us-intelligence', fsb: 'ru-intelligence', svr: 'ru-intelligence',
  gru: 'ru-military-intelligence', sbu: 'ua-intelligence', gur: 'ua-military-intelligence', hur: 'ua-military-intelligence',
  mi6: 'gb-intelligence', mi5: 'gb-intelligence', dgse: 'fr-intelligence', dgsi: 'fr-intelligence', mossad: 'il-intelligence',
  bnd: 'de-intelligence', kcna: 'kp-media', yonhap: 'kr-media', tass: 'ru-media', ria: 'ru-media', xinhua: 'cn-media',
  who: 'who', oms: 'who', imf: 'imf', fmi: 'imf', aiea: 'iaea', iaea: 'iaea', cicr: 'icrc', icrc: 'icrc', unhcr: 'unhcr', hcr: 'unhcr',
  otan: 'nato', nato: 'nato', onu: 'un', un: 'un', ue: 'eu', eu: 'eu', pentagone: 'us-defence-ministry', pentagon: 'us-defence-ministry',
  kremlin: 'ru-presidency', 'maison blanche': 'us-presidency', 'white house': 'us-presidency', elysee: 'fr-presidency',
};

/** International bodies by their French and English names, folded. */
export const BODIES: [string, string[]][] = [
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
];

/** Titles that precede a person's name; a phrase with a title and no name is keyed by its title and country. */
/** Words that make a capitalised run a body, not a person ("World Health Organization"). */
export const BODY_WORDS = new Set([
  'organization', 'organisation', 'union', 'office', 'ministry', 'ministere', 'council', 'conseil', 'agency', 'agence', 'service', 'centre',
  'center', 'institute', 'institut', 'bank', 'banque', 'fund', 'fonds', 'court', 'cour', 'tribunal', 'party', 'parti', 'commission',
  'committee', 'comite', 'department', 'departement', 'association', 'federation', 'forces', 'army', 'news', 'times', 'post', 'press',
  'group', 'groupe', 'university', 'universite', 'house', 'watch', 'international', 'national', 'nationale', 'foundation', 'fondation',
]);

export const TITLES = new Set([
  'president', 'presidente', 'premier', 'ministre', 'minister', 'secretaire', 'secretary', 'porte', 'parole', 'spokesperson',
  'spokesman', 'spokeswoman', 'chef', 'chief', 'head', 'directeur', 'director', 'general', 'commandant', 'commander', 'ambassadeur',
  'ambassador', 'senateur', 'senator', 'depute', 'chancelier', 'chancellor', 'roi', 'king', 'maire', 'mayor', 'dirigeant', 'leader',
]);

/**
 * "According to X" in the other languages the matcher has word lists for (folded, as tokens' `lower`
 * has them): the words before the source. English and French are read by their own rules (sources.ts).
 * "segundo" and "secondo" are also ordinals ("o segundo trimestre"): sources.ts takes none after a
 * determiner or before a number.
 */
export const ACCORDING_TO: Record<string, string[]> = {
  de: ['laut', 'nach angaben'],
  es: ['segun', 'de acuerdo con'],
  it: ['secondo', 'stando a'],
  nl: ['volgens'],
  pt: ['segundo', 'de acordo com', 'conforme'],
};

/**
 * Articles of those languages: after one, "secondo" and "segundo" are ordinals, not "according to";
 * between a preposition and a place, one still makes the place a location ("nach der Ukraine").
 */
export const DETERMINERS = wordSet('il lo la l i gli le un uno una o a os as um uma el los las del al do da no na nel nella die der dem den das de het');

/**
 * Where a source named after "laut", "volgens" ends in a language that puts the verb second ("Laut
 * Pentagon sind bereits…", "Volgens de inlichtingendienst heeft…"): its finite verbs and conjunctions.
 */
export const SOURCE_ENDS: Record<string, Set<string>> = {
  de: wordSet('hat haben hatte hatten ist sind war waren wird werden wurde wurden sei seien soll sollen sollte kann konnte muss gibt gab lag und oder aber dass'),
  nl: wordSet('heeft hebben had hadden is zijn was waren wordt worden werd werden zal zullen zou kan moet en of maar dat'),
};
