import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithShared } from '../../shared-data';
import { createW3cCheckers, W3C_DIR, W3C_REL } from './w3c-validator';

const SAMPLES = `${W3C_DIR}tools/samples/`;
const COLLECTION_DOCS = new Set(['collection1.json', 'example41.json', 'example42.json', 'example43.json']);
// Composite, List and Independents targets, which the schemas do not recognise (see the README).
const UNRECOGNISED = new Set(['anno11.json', 'anno12.json', 'anno13.json']);

function parse(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

describeWithShared('W3C validator setup (samples from the W3C test suite)', [W3C_REL], () => {
  const checkers = createW3cCheckers();
  it('loads every MUST assertion', () => {
    expect(checkers.annotation.count).toBe(54);
    expect(checkers.collection.count).toBe(10);
  });

  const correct = readdirSync(`${SAMPLES}correct`).filter((f) => f.endsWith('.json') && !UNRECOGNISED.has(f));
  it.each(correct)('accepts correct/%s', (file) => {
    const doc = parse(`${SAMPLES}correct/${file}`);
    const isPage = (doc as { type?: unknown }).type === 'AnnotationPage';
    const check = COLLECTION_DOCS.has(file) ? (isPage ? checkers.page : checkers.collection) : checkers.annotation;
    expect(check.failures(doc)).toEqual([]);
  });

  const incorrect = readdirSync(`${SAMPLES}incorrect`).filter((f) => f.endsWith('.json'));
  it.each(incorrect)('rejects incorrect/%s', (file) => {
    const doc = parse(`${SAMPLES}incorrect/${file}`);
    // A file that is not even JSON is rejected before any schema.
    if (doc === undefined) return;
    expect(checkers.annotation.failures(doc).length).toBeGreaterThan(0);
  });
});
