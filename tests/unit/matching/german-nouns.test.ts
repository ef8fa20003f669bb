/**
 * German writes every noun with a capital. A noun the shipped word lists translate ("Amtsenthebung",
 * "Präsident") is no name, so a German sentence that names the claim's subject is not taken for one
 * about another subject because of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { claimsFromCaseFile, type CaseFile } from '@/scripts/lib/evaluate-cases';

/** The claims of a training story (tests/fixtures/matching/train/korea-impeachment.json, case korea:13). */
const file = JSON.parse(readFileSync('tests/fixtures/matching/train/korea-impeachment.json', 'utf8')) as CaseFile;
const matcher = ClaimMatcher.build(claimsFromCaseFile(file));
const highlighted = (text: string, source: string) =>
  matcher.scan(text, { lang: 'de', excludeOutletIds: [source] }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

describe('German nouns', () => {
  it('highlights a German sentence on the failed impeachment, whose nouns are capitalised', () => {
    const text = 'Südkoreas Präsident Yoon Suk Yeol bleibt vorerst im Amt: Der Antrag auf Amtsenthebung verfehlte im Parlament die nötige Zweidrittelmehrheit, weil seine Partei den Saal verließ.';
    expect(highlighted(text, 'zeitung-c')).toEqual(['yoon-impeachment-failed']);
  });

  it('still does not highlight the same sentence about another country’s president', () => {
    const text = 'Taiwans Präsident Lai Ching-te bleibt vorerst im Amt: Der Antrag auf Amtsenthebung verfehlte im Parlament die nötige Zweidrittelmehrheit, weil seine Partei den Saal verließ.';
    expect(highlighted(text, 'zeitung-c')).toEqual([]);
  });
});
