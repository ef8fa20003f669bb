import { describe, expect, it } from 'vitest';
import { saveAnnotation } from '@/utils/store/save-annotation';
import { validateRequest } from '@/utils/protocol/validate-request';
import { DRAFT_CONTEXT_CHARS, textBefore, type AnnotationDraft } from '@/utils/protocol/annotation-draft';
import { claim, freshDb } from '../library/library-fixtures';

const PREVIOUS = [
  'Le Centre ukrainien pour la communication stratégique a publié le 18 octobre une vidéo.',
  'Le chef du renseignement militaire ukrainien, Kyrylo Budanov, a déclaré que le premier groupe serait déployé dans l’oblast de Koursk.',
].join('\n');
const QUOTE = '« Près de 11 000 soldats nord-coréens sont en Russie », a-t-il déclaré.';

const draft = (context?: string): AnnotationDraft => ({
  page: { url: 'https://news.example/a', title: 'A', siteName: 'Example', publishedAt: '2024-10-22', lang: 'fr' },
  selectors: { quote: { type: 'TextQuoteSelector', exact: QUOTE } },
  target: { kind: 'existing', claimId: 'c1' },
  note: '',
  tags: [],
  ...(context !== undefined ? { context } : {}),
});

describe('an annotation saved with the page text before it', () => {
  it('gets the source the previous paragraph names when its quote says "a-t-il déclaré"', async () => {
    const db = freshDb();
    await db.claims.put(claim('c1'));
    const saved = await saveAnnotation(db, draft(`${PREVIOUS}\n`));
    const v = (await db.versions.get(saved.versionId))!;
    expect(v.attributions).toEqual([{ name: 'Le chef du renseignement militaire ukrainien, Kyrylo Budanov', key: 'p-budanov' }]);
    expect(v.figures.map((f) => f.value)).toEqual([11000]);
    // The version keeps what the extractor read of the context (for a later extraction); the annotation does not.
    expect(v.context).toBe(`${PREVIOUS}\n`);
    expect(JSON.stringify(await db.annotations.get(saved.annotationId))).not.toContain('Koursk');
  });

  it('without the page text, attributes nothing to "il"', async () => {
    const db = freshDb();
    await db.claims.put(claim('c1'));
    const saved = await saveAnnotation(db, draft());
    expect((await db.versions.get(saved.versionId))!.attributions).toEqual([]);
  });

  it('the background accepts a bounded context and refuses a longer one', () => {
    expect(validateRequest({ type: 'saveAnnotation', draft: draft(PREVIOUS) }).ok).toBe(true);
    const r = validateRequest({ type: 'saveAnnotation', draft: draft('x'.repeat(DRAFT_CONTEXT_CHARS + 1)) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/context must be text of at most 2000 characters/);
    expect(validateRequest({ type: 'saveAnnotation', draft: { ...draft(), context: 42 } }).ok).toBe(false);
    const reattach = (context: unknown) => validateRequest({ type: 'reattachAnnotation', annotationId: 'a1', selectors: draft().selectors, context });
    expect(reattach(PREVIOUS).ok).toBe(true);
    expect(reattach('x'.repeat(DRAFT_CONTEXT_CHARS + 1)).ok).toBe(false);
  });

  it('the content script sends the last 2,000 characters before the selection', () => {
    const page = `${'a'.repeat(3000)}\n${PREVIOUS}\n${QUOTE}`;
    const before = textBefore(page, page.indexOf(QUOTE));
    expect(before.length).toBe(DRAFT_CONTEXT_CHARS);
    expect(before.endsWith(`${PREVIOUS}\n`)).toBe(true);
    expect(textBefore('😀'.repeat(1500), 3000).startsWith('😀')).toBe(true);
  });
});
