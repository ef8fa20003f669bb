import { describe, expect, it } from 'vitest';
import { saveAnnotation } from '@/utils/store/save-annotation';
import { updateVersion } from '@/utils/store/claim-edits';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { parseImport } from '@/utils/core/import/parse-import';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { claim, freshDb, outlet, version } from '../library/library-fixtures';

const QUOTE = 'Nearly 11,000 North Korean soldiers are in eastern Russia, according to South Korea’s spy agency.';

describe('facts are extracted when a version is saved, imported or edited without facts', () => {
  it('an annotation saved from a page gets the facts of its quote', async () => {
    const db = freshDb();
    await db.claims.put(claim('c1'));
    const saved = await saveAnnotation(db, {
      page: { url: 'https://news.example/a', title: 'A', siteName: 'Example', publishedAt: '2024-10-22', lang: 'en' },
      selectors: { quote: { type: 'TextQuoteSelector', exact: QUOTE } },
      target: { kind: 'existing', claimId: 'c1' },
      note: '',
      tags: [],
    });
    const v = (await db.versions.get(saved.versionId))!;
    expect(v.figures).toMatchObject([{ value: 11000, qualifier: 'Nearly', unit: 'soldiers' }]);
    expect(v.places).toEqual(['Eastern Russia']);
    expect(v.attributions).toMatchObject([{ name: 'South Korea’s spy agency', key: 'kr-intelligence' }]);
    expect(v.factsExtracted).toBe(true);
  });

  it('an imported version without facts gets them; one with facts keeps them', async () => {
    const db = freshDb();
    const file = exportRecoupeJson({
      outlets: [outlet('outlet-a', 'Outlet A')],
      claims: [claim('c1')],
      versions: [version('v1', 'c1', { quote: QUOTE }), version('v2', 'c1', { quote: QUOTE, places: ['Typed by hand'] })],
      annotations: [],
    });
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const result = await applyImport(db, await planImport(db, parsed.value));
    expect(result.ok).toBe(true);
    expect((await db.versions.get('v1'))!.figures[0]!.value).toBe(11000);
    expect((await db.versions.get('v2'))!.places).toEqual(['Typed by hand']);
    expect((await db.versions.get('v2'))!.figures).toEqual([]);
  });

  it('a corrected fact is the user’s: a new quote does not overwrite it', async () => {
    const db = freshDb();
    await db.claims.put(claim('c1'));
    await db.versions.put(version('v1', 'c1', { quote: 'no facts here' }));
    // Edited and still without facts: extracted.
    let r = await updateVersion(db, 'v1', { quote: QUOTE }, (await db.versions.get('v1'))!.updatedAt);
    expect(r.ok && r.record.places).toEqual(['Eastern Russia']);
    // A new quote re-extracts facts that were extracted.
    r = await updateVersion(db, 'v1', { quote: 'About 12,000 troops in Kursk Oblast.' }, (await db.versions.get('v1'))!.updatedAt);
    expect(r.ok && r.record.figures.map((f) => f.value)).toEqual([12000]);
    // The user corrects the places: kept, marked, and never replaced by a later extraction.
    const stored = (await db.versions.get('v1'))!;
    r = await updateVersion(db, 'v1', { ...stored, places: ['Kursk'] }, stored.updatedAt);
    expect(r.ok && r.record.factsByUser).toBe(true);
    r = await updateVersion(db, 'v1', { quote: 'Some 3,000 troops in Belgorod.' }, (await db.versions.get('v1'))!.updatedAt);
    expect(r.ok && r.record.places).toEqual(['Kursk']);
    expect(r.ok && r.record.figures.map((f) => f.value)).toEqual([12000]);
  });
});
