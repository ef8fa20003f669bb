import { describe, expect, it } from 'vitest';
import { lex } from '@/utils/core/matching/lex';
import { stripAccents, unifyTypography } from '@/utils/core/matching/normalise-text';

const TEXTS = [
  'North Korean soldiers train in Russia, says Ukraine\'s HUR; 11,000 of them since 1 November.',
  'Les soldats nord-coréens à Koursk: 11 000 hommes, 1er novembre, 15% du PIB, 1,5 milliard.',
  'The $1.5bn deal, 2tn in debt, £100m and €20M; 155mm shells, the 3rd and 21st; COVID-19 and iPhone15.',
  'Über 30.000 amerikanische Soldaten, ÉTATS-UNIS, Ærø, straße, İstanbul, ǅemal.',
  'Северная Корея, 北朝鮮の兵士1万1000人, 1만1000명, เกาหลีเหนือ, १२,००० सैनिक.',
  'MIXEDcase Words ALLCAPS lowercase 42 4.2 4,2 0.5% x1 X1 x-ray ABC123def',
];

describe('lex: lowercase and folded forms of a token', () => {
  it('are those of lowercasing the token as written and stripping its accents, whatever the fast path took', () => {
    let tokens = 0;
    for (const text of TEXTS) {
      const unified = unifyTypography(text);
      for (const t of lex(unified)) {
        expect(t.text).toBe(unified.slice(t.start, t.end));
        expect(t.accented).toBe(t.text.toLowerCase());
        expect(t.lower).toBe(stripAccents(t.accented));
        tokens++;
      }
    }
    expect(tokens).toBeGreaterThan(60);
  });

  it("keeps an apostrophe between two Cyrillic letters in its word (Ukrainian \"п'ять\"), and splits the others", () => {
    const words = (text: string) => lex(unifyTypography(text)).map((t) => t.lower);
    expect(words("П'ять сімʼї, дев’ять осіб")).toEqual(["п'ять", "сім'і", "дев'ять", 'осіб']);
    expect(words("qu'environ, l'armée, Ukraine's, 'Київ'")).toEqual(['qu', 'environ', 'l', 'armee', 'ukraine', 's', 'киів']);
  });
});
