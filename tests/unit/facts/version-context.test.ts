import { describe, expect, it } from 'vitest';
import { reattachAnnotation, saveAnnotation } from '@/utils/store/save-annotation';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { parseImport } from '@/utils/core/import/parse-import';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import type { RecoupeDb } from '@/utils/store/db';
import type { Version } from '@/utils/core/model';
import { claim, freshDb, outlet, version } from '../library/library-fixtures';

const CONTEXT = 'Le chef du renseignement militaire ukrainien, Kyrylo Budanov, a déclaré que le premier groupe serait déployé dans l’oblast de Koursk. ';
const QUOTE = 'Il a déclaré que près de 11 000 soldats nord-coréens étaient en Russie';

async function annotate(db: RecoupeDb, context?: string) {
  await db.claims.put(claim('c1'));
  return saveAnnotation(db, {
    page: { url: 'https://news.example/a', title: 'A', siteName: 'Example', publishedAt: '2024-10-22', lang: 'fr' },
    selectors: { quote: { type: 'TextQuoteSelector', exact: QUOTE } },
    target: { kind: 'existing', claimId: 'c1' },
    note: '',
    tags: [],
    ...(context ? { context } : {}),
  });
}

async function importInto(db: RecoupeDb, versions: Version[]) {
  const parsed = parseImport(exportRecoupeJson({ outlets: [outlet('outlet-a', 'Outlet A')], claims: [claim('c1')], versions, annotations: [] }));
  if (!parsed.ok) throw new Error(parsed.error.message);
  expect((await applyImport(db, await planImport(db, parsed.value))).ok).toBe(true);
}

// As a file exported elsewhere would give it: the outlet is the file's, the facts are gone.
const noFacts = (v: Version): Version => {
  const out: Version = { ...v, outletId: 'outlet-a', figures: [], places: [], attributions: [], dates: [] };
  delete out.factsExtracted;
  return out;
};

describe('the text before an annotated quote is kept with its version', () => {
  it('an annotation keeps its context, and the source it names survives an export without facts and an import', async () => {
    const db = freshDb();
    const saved = await annotate(db, CONTEXT);
    const v = (await db.versions.get(saved.versionId))!;
    expect(v.context).toBe(CONTEXT);
    expect(v.attributions.map((a) => a.key)).toEqual(['p-budanov']);

    const other = freshDb();
    await importInto(other, [noFacts(v)]);
    const back = (await other.versions.get(v.id))!;
    expect(back.context).toBe(CONTEXT);
    expect(back.attributions).toEqual(v.attributions);
    expect(back.figures).toEqual(v.figures);
  });

  it('without its context, the same version imported without facts names no source', async () => {
    const db = freshDb();
    const saved = await annotate(db, CONTEXT);
    const v = (await db.versions.get(saved.versionId))!;
    delete v.context;
    const other = freshDb();
    await importInto(other, [noFacts(v)]);
    expect((await other.versions.get(v.id))!.attributions).toEqual([]);
  });

  it('a file’s context is kept only as far as the extractor reads it (last paragraphs, 2,000 characters)', async () => {
    const db = freshDb();
    const long = Array.from({ length: 12 }, (_, i) => `Paragraphe ${i} : ${'mot '.repeat(60)}`).join('\n');
    await importInto(db, [version('v1', 'c1', { quote: QUOTE, context: `${long}\n${CONTEXT}` })]);
    const kept = (await db.versions.get('v1'))!.context!;
    expect(kept.length).toBeLessThanOrEqual(2000);
    expect(kept.endsWith(CONTEXT)).toBe(true);
    expect(kept.split('\n').length).toBeLessThanOrEqual(4);
    expect(kept).not.toContain('Paragraphe 0 ');
  });

  it('an annotation attached again to another passage takes that passage’s context, not the old one', async () => {
    const db = freshDb();
    const saved = await annotate(db, CONTEXT);
    const quote = { type: 'TextQuoteSelector' as const, exact: 'Elle a déclaré que 12 000 soldats étaient en Russie' };
    await reattachAnnotation(db, saved.annotationId, { quote }, 'La ministre des Affaires étrangères, Mélanie Joly, a déclaré mardi que le Canada était inquiet. ');
    const moved = (await db.versions.get(saved.versionId))!;
    expect(moved.context).toContain('Mélanie Joly');
    expect(moved.attributions.map((a) => a.name)).toEqual(['La ministre des Affaires étrangères, Mélanie Joly']);
    await reattachAnnotation(db, saved.annotationId, { quote: { ...quote, exact: QUOTE } });
    expect((await db.versions.get(saved.versionId))!.context).toBeUndefined();
  });
});
