/**
 * Sentence cues that flip or redirect a statement's meaning while sharing
 * almost all of its words: negation ("cannot confirm" vs "confirms") and
 * compass directions ("North Korea" vs "South Korea", "Corée du Nord" vs
 * "Corée du Sud", "nord-coréens" vs "sud-coréens").
 */

const NEGATORS: Record<string, Set<string>> = {
  fr: new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'ni', 'nullement']),
  en: new Set(['not', 'no', 'never', 'cannot', 'nor', 'none', 'neither', 'nobody', 'nothing']),
  es: new Set(['no', 'nunca', 'jamas', 'ni', 'ningun', 'ninguna', 'tampoco']),
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals']),
  it: new Set(['non', 'mai', 'nessun', 'nessuno', 'nessuna']),
  pt: new Set(['nao', 'nunca', 'jamais', 'nenhum', 'nenhuma']),
};

export type Direction = 'N' | 'S' | 'E' | 'W';

// French "est" (east) is left out: it is far more often the verb "is".
const DIRECTIONS: Record<string, Direction> = {
  north: 'N', northern: 'N', nord: 'N', norte: 'N', nordkorea: 'N',
  south: 'S', southern: 'S', sud: 'S', sur: 'S', suedkorea: 'S', sued: 'S',
  east: 'E', eastern: 'E', oriental: 'E', este: 'E',
  west: 'W', western: 'W', ouest: 'W', occidental: 'W', oeste: 'W',
};

const OPPOSITE: Record<Direction, Direction> = { N: 'S', S: 'N', E: 'W', W: 'E' };

/** Languages where a direction word is ambiguous with a common word. */
const AMBIGUOUS_DIRECTION: Record<string, Set<string>> = {
  fr: new Set(['sur', 'este']),
  en: new Set(['sur', 'este']),
  es: new Set(['oriental', 'occidental']),
};

export function isNegator(lowerWord: string, lang: string, previousLower?: string): boolean {
  if (lowerWord === 't' && previousLower?.endsWith('n')) return true; // English "n't"
  return NEGATORS[lang]?.has(lowerWord) ?? false;
}

export function directionOf(lowerWord: string, lang: string): Direction | undefined {
  if (AMBIGUOUS_DIRECTION[lang]?.has(lowerWord)) return undefined;
  return DIRECTIONS[lowerWord];
}

/**
 * True when both sides qualify the same word with opposite directions and
 * not also with the same one: "South Korea" against "North Korea", "sud-coréen"
 * against "nord-coréen". Entries are "D|head" strings from analyseText. A text
 * that names both (a South Korean agency reporting on North Korea) does not
 * conflict, nor does "South Korean intelligence" with "North Korea sent".
 */
export function directionsConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const entry of a) {
    const [d, head] = entry.split('|') as [Direction, string];
    const opposite = `${OPPOSITE[d]}|${head}`;
    if (!b.has(entry) && b.has(opposite) && !a.has(opposite)) return true;
  }
  return false;
}
