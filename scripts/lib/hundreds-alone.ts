/**
 * Which of a language's words for a hundred are 100 alone (build-number-words.ts): those that spell a
 * hundred itself (the last word of the spelling of 100: "sto", "o sută", "cent"), and where the hundreds are one
 * word ("zweihundert", "tvåhundra") what follows the word for 2 there, when a hundred's spelling ends
 * with it too ("hundert Menschen", "hundra personer"; not Spanish "cientos", hundreds, of "doscientos",
 * where a hundred is "cien"). The forms that only follow a number ("pět set", "două sute", "deux
 * cents") are weak, no figure alone: Romanian "sute de oameni" is hundreds of people, not a hundred.
 */
import { words } from './gender-number-words';

export function hundredsAlone(spell: (n: number) => string, units: Record<string, number>, hundreds: Set<string>, weak: Set<string>): void {
  const hundred = words(spell(100));
  const alone = new Set(hundreds.has(hundred[hundred.length - 1]!) ? [hundred[hundred.length - 1]!] : []);
  const [twoHundred, ...others] = words(spell(200));
  const two = words(spell(2)).join('');
  const rest = twoHundred?.slice(two.length) ?? '';
  if (others.length === 0 && twoHundred!.startsWith(two) && rest.length >= 4 && !(rest in units) && hundred.join('').endsWith(rest)) {
    hundreds.add(rest);
    alone.add(rest);
  }
  for (const form of hundreds) if (!alone.has(form)) weak.add(form);
}
