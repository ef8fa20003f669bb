/**
 * A German weak verb's forms reach the other language as its dictionary form does
 * (german-verb-forms.ts): Snowball's German stemmer leaves "schickte", "aufgelistet" and "inspiziert"
 * as they are, and the word list knows only "schicken", "auflisten" and "inspizieren". Dutch alike:
 * "geëvacueerd", "ingestort" and "werkte" for "evacueren", "instorten" and "werken".
 */
import { describe, expect, it } from 'vitest';
import { translatedStems } from '@/utils/core/matching/cross-language';
import { weakVerbStems } from '@/utils/core/matching/german-verb-forms';
import { languageTools } from '@/utils/core/matching/languages';
import { ClaimMatcher } from '@/utils/core/matching/index';

const stem = (word: string) => languageTools('de').stem(word.toLowerCase());

describe('German weak verb forms', () => {
  it('translate as their verb does: past tense, participle with and without a separable prefix, third person', () => {
    // "aufgelistet" is not in the list, "auflisten" is.
    expect(translatedStems(stem('aufgelistet'), 'de', 'en')).toContain('enumer');
    expect(translatedStems(stem('inspiziert'), 'de', 'en')).toContain('inspect');
    expect(translatedStems(stem('mitteilte'), 'de', 'en')).toContain('announc');
    expect(translatedStems(stem('ausgelöst'), 'de', 'en').length).toBeGreaterThan(0);
    expect(translatedStems(stem('räumten'), 'de', 'en')).toContain('clear');
  });

  it('are read in German and Dutch only, and a stem the list knows keeps its own translations', () => {
    expect(weakVerbStems('umgeleitet', 'de')).toContain('umleit');
    expect(weakVerbStems('vermisst', 'de')).toContain('vermiss');
    expect(weakVerbStems('umgeleitet', 'sv')).toEqual([]);
    // "Arbeit" is a noun the list knows: its translations are its own, not those of a verb "arbei".
    expect(translatedStems(stem('Arbeit'), 'de', 'en')).toContain('work')
    expect(translatedStems(stem('Bericht'), 'de', 'en')).toContain('report');
  });
});

describe('Dutch weak verb forms', () => {
  const nl = (word: string) => languageTools('nl').stem(word.toLowerCase());

  it('translate as their verb does: participles with and without a separable prefix, past tense', () => {
    expect(weakVerbStems(nl('geëvacueerd'), 'nl')).toContain('evacuer');
    expect(translatedStems(nl('geëvacueerd'), 'nl', 'en')).toContain('evacu');
    expect(translatedStems(nl('evacueerden'), 'nl', 'en')).toContain('evacu');
    expect(translatedStems(nl('ingestort'), 'nl', 'en')).toContain('collaps');
    expect(translatedStems(nl('werkte'), 'nl', 'en')).toContain('work');
  });

  it('let a Dutch sentence in the past state a claim known only in English', () => {
    const matcher = ClaimMatcher.build([
      { id: 'evacuated', statement: { en: 'Hundreds of residents were evacuated after the bridge collapsed.' }, versions: [] },
      { id: 'budget', statement: { en: 'The mayor presented the budget for next year.' }, versions: [] },
    ]);
    const found = (text: string) => matcher.scan(text, { lang: 'nl' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
    expect(found('Honderden bewoners werden geëvacueerd nadat de brug was ingestort.')).toEqual(['evacuated']);
    expect(found('Honderden bewoners protesteerden tegen de nieuwe brug.')).toEqual([]);
  });
});
