/**
 * The lookup key of a published verdict label: the same key for every accent, case, punctuation and
 * slug variant ("Falso.", "FALSO", "falso\r", "really_false", "Plutôt faux", "plutot-faux"), in any
 * script. Letters of other scripts are kept (Arabic, Devanagari, Han…), only their optional marks
 * and joiners go.
 */
const FOLDED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss' };

export function verdictKey(label: string): string {
  return label
    .normalize('NFKD')
    // Latin combining accents only: Devanagari and Bengali vowel signs are letters of the word.
    .replace(/[\u0300-\u036f]/g, '')
    // Arabic short vowels and tatweel, and the zero-width (non-)joiners Persian writes inside words
    // ("شاخ‌دار" and "شاخدار" are one label).
    .replace(/[\u064b-\u065f\u0670\u0640\u200c\u200d]/g, '')
    // Arabic and Persian forms of kaf and yeh are one letter to a reader.
    .replace(/\u0643/g, '\u06a9')
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .normalize('NFC')
    .toLowerCase()
    // Letters no decomposition takes apart, written without their stroke or dot as often as with it
    // ("yanlis" for "yanlış", "falsz" for "fałsz").
    .replace(/[ıłøđß]/g, (c) => FOLDED[c]!)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/**
 * Where a label that is a sentence ends its verdict: "FALSO: As imagens…", "Faux. Cette photo…", "Sesat - video…",
 * and a rating exported with its definition after a line break or a wider space ("False  Content that has no basis in fact").
 */
const VERDICT_END = /[.:;!?()\[\]«»"“”。：；！？،؛\u2013\u2014]|\s-\s|\s*[\r\n]\s*|\s{2,}/;

/** The words before the first sentence stop, or undefined when the label has none. */
export function leadingVerdict(label: string): string | undefined {
  const match = VERDICT_END.exec(label);
  if (!match || match.index === 0) return undefined;
  return label.slice(0, match.index);
}

/** The alternatives of a label that gives its verdict in two wordings ("Lajm i rrejshëm / i pavërtetë"), or undefined. */
export function alternativeVerdicts(label: string): string[] | undefined {
  const parts = label.split(/\s+\/\s+/);
  return parts.length > 1 ? parts : undefined;
}

/** The words in a bracket that opens the label: "[HOAKS] Mark Zuckerberg…", "(Falso) …", "【錯誤】…". */
export function bracketedVerdict(label: string): string | undefined {
  return /^\s*[[(«"“【「]\s*([^\])»"”】」]{1,40}?)\s*[\])»"”】」]/u.exec(label)?.[1];
}
