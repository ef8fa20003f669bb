/**
 * A claim known in one language other than English, found in a sentence of another (issue 9: "every
 * language its statement and versions have"): the word lists all go to English, so a German sentence
 * reaches an Italian claim through it (cross-language.ts, pivotStems). And a denial read as the
 * negation it is.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { lexiconsNeeded, translationTargets } from '@/utils/core/matching/cross-language';
import { F } from '@/utils/core/matching/model';
import { analyseText } from '@/utils/core/matching/analyse-text';

const matcher = ClaimMatcher.build([
  { id: 'vaccine', statement: { it: 'Il ministero della salute ha ritirato dal mercato un vaccino contaminato.' }, versions: [] },
  { id: 'strike', statement: { nl: 'De vakbond zegt dat drieduizend chauffeurs hebben gestaakt.' }, versions: [] },
]);
const highlighted = (text: string, lang: string) => matcher.scan(text, { lang }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

describe('claims known only in a language other than English, and sentences in another', () => {
  it('finds a German and a Spanish sentence stating a claim known only in Italian', () => {
    expect(highlighted('Das Gesundheitsministerium hat einen verunreinigten Impfstoff vom Markt zurückgezogen.', 'de')).toEqual(['vaccine']);
    expect(highlighted('El ministerio de sanidad retiró del mercado una vacuna contaminada.', 'es')).toEqual(['vaccine']);
  });

  it('finds a Portuguese and a Spanish sentence stating a claim known only in Dutch, figures in words', () => {
    expect(highlighted('O sindicato diz que três mil motoristas fizeram greve.', 'pt')).toEqual(['strike']);
    expect(highlighted('El sindicato dice que tres mil conductores hicieron huelga.', 'es')).toEqual(['strike']);
  });

  it('leaves a sentence about another ministry, and a strike of others in another year', () => {
    expect(highlighted('Das Verkehrsministerium hat einen neuen Zug vorgestellt.', 'de')).toEqual([]);
    expect(highlighted('O sindicato diz que três mil professores fizeram greve em 2019.', 'pt')).toEqual([]);
  });

  it('reaches the news sense of a word that two of its English senses agree on, not only its first two', () => {
    // Dutch "leven" is "noise" and "ado" first, then "live" and "life"; both of these are German "Leben".
    const fire = ClaimMatcher.build([
      { id: 'deaths', statement: { de: 'Beim Brand im Hafen kamen vier Menschen ums Leben.' }, versions: [] },
      { id: 'budget', statement: { de: 'Der Bürgermeister hat den Haushalt für das nächste Jahr vorgestellt.' }, versions: [] },
    ]);
    const found = (text: string) => fire.scan(text, { lang: 'nl' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
    expect(found('Bij de brand in de haven kwamen vier mensen om het leven.')).toEqual(['deaths']);
    expect(found('Vier mensen leven al jaren onder de brug.')).toEqual([]);
  });

  it('translates into every language of the index that a list reaches, and reads the lists of both', () => {
    expect([...translationTargets('de', new Set(['it', 'en']))].sort()).toEqual(['en', 'it']);
    expect(translationTargets('de', new Set(['ja']))).toEqual([]);
    expect(lexiconsNeeded(['de'], ['it']).sort()).toEqual(['de', 'it']);
  });
});

describe('a denial and a negation say the same', () => {
  const dam = ClaimMatcher.build([{ id: 'dam', statement: { en: 'The operator denied that the Corlo dam was at risk of collapse.' }, versions: [] }]);
  const mismatch = (text: string) => dam.scoredSpans(text, { lang: 'en' }, -Infinity).map((s) => s.x[F.denialMismatch]);

  it('reads "the dam is not at risk" as the denial, and "the dam is at risk" as its opposite', () => {
    expect(mismatch('Engineers say the Corlo dam is not at risk of collapse.')).toEqual([0]);
    expect(mismatch('Engineers say the Corlo dam is at risk of collapse.')).toEqual([1]);
  });

  it('reads denials and negations in the languages of more news, ruling out among them', () => {
    expect(analyseText('De minister ontkent dat de dijk is doorgebroken.', 'nl').denied).toBe(true);
    expect(analyseText('Ministern förnekar att dammen har brustit.', 'sv').denied).toBe(true);
    expect(analyseText('Minister zaprzeczył, że tama pękła.', 'pl').denied).toBe(true);
    expect(analyseText('Las autoridades han descartado que la presa pueda ceder.', 'es').denied).toBe(true);
    expect(analyseText('Dammen har inte brustit.', 'sv').negated).toBe(true);
    expect(analyseText('De dijk is niet doorgebroken.', 'nl').negated).toBe(true);
    expect(analyseText('De dijk is doorgebroken.', 'nl').negated).toBe(false);
  });
});
