/**
 * How languages that inflect names change a place's name: which ones do, and the consonants a Slavic
 * locative softens. The fact reader (place-grammar.ts) and the matcher's country keys
 * (matching/local-countries.ts) read a name so.
 */

/**
 * Languages that inflect a name ("w Szwecji", "z Česka", "do Wrocławia", "Ruotsissa", "Suediei"):
 * one of their capitalised words is also read as a one-word place that it extends by up to three
 * letters, or whose last vowel it replaces (sound keys fold "Szwecji" to "szweci", "Szwecja" to "szwecia").
 */
export const INFLECTING = new Set('pl cs sk hr sl sr bs lt lv fi et hu ro tr'.split(' '));

/**
 * The consonant a Slavic locative softens before its ending, sound-folded, and the name's own: "w
 * Pradze" is Praga and "w Kopenhadze" Kopenhaga (Polish dz for g), "v Praze" Praha (Czech z for h),
 * "w Ameryce" Ameryka (c for k).
 */
export const ALTERNATIONS: Record<string, readonly (readonly [string, string])[]> = {
  pl: [['dz', 'g'], ['c', 'k']],
  cs: [['z', 'h'], ['z', 'g'], ['c', 'k']],
  sk: [['z', 'h'], ['z', 'g'], ['c', 'k']],
  // Croatian, Serbian and Bosnian: "u Rijeci" is Rijeka, "u Pragu" Prag.
  hr: [['c', 'k'], ['z', 'g'], ['s', 'h']],
  sr: [['c', 'k'], ['z', 'g'], ['s', 'h']],
  bs: [['c', 'k'], ['z', 'g'], ['s', 'h']],
  // Finnish and Estonian consonant gradation: "Helsingin", "Helsingis" are Helsinki.
  fi: [['ng', 'nk']],
  et: [['ng', 'nk']],
};

/**
 * What `stems` has for a name's sound key `word` written with an ending of up to three letters, or
 * with the consonant a Slavic locative softens (ALTERNATIONS), keeping `shortest` letters or more:
 * "szwecji" for "szwecj", "polsce" for "polsk". Given several maps, the shortest ending first, and at
 * each ending the maps in order ("Calamy" is the town Calama before it is Callao cut further).
 */
export function inflectedLookup<T>(word: string, stems: ReadonlyMap<string, T> | readonly ReadonlyMap<string, T>[], lang: string, shortest: number): T | undefined {
  const lists = Array.isArray(stems) ? (stems as readonly ReadonlyMap<string, T>[]) : [stems as ReadonlyMap<string, T>];
  for (let cut = 0; cut <= 3 && word.length - cut >= shortest; cut++) {
    const stem = word.slice(0, word.length - cut);
    for (const list of lists) {
      const found = list.get(stem);
      if (found !== undefined) return found;
      for (const [inflected, plain] of ALTERNATIONS[lang] ?? []) {
        const other = stem.endsWith(inflected) ? list.get(stem.slice(0, -inflected.length) + plain) : undefined;
        if (other !== undefined) return other;
      }
    }
  }
  return undefined;
}
