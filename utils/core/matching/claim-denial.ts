/**
 * Whether a claim is a denial ("North Korea denied sending troops"): read from its statements, the
 * claim's own words, when it has any; an outlet's wording of it may deny in other words ("says it
 * never sent") and must not make the claim look like an assertion. A claim with no statement is read
 * from the wording itself. The sentence side is Analysis.denied (analyse-text.ts).
 */
import { textHasDenial } from './cues';
import type { ClaimIndex, IndexedDoc } from './index-types';
import { foldText } from './normalise-text';

/** Per document object: a document belongs to one claim for its lifetime (an edit analyses the whole claim again). */
const memo = new WeakMap<IndexedDoc, boolean>();

/** Whether the document's own text denies. */
export const textDenies = (doc: IndexedDoc): boolean => doc.negated && textHasDenial(foldText(doc.text), doc.lang);

/** The same, from the list's column where it keeps one (a loaded index reads no text for it). */
export const docDenies = (index: ClaimIndex, d: number): boolean => index.docs.denies?.(d) ?? textDenies(index.docs.at(d)!);

export function claimDenied(index: ClaimIndex, docId: number): boolean {
  const doc = index.docs.at(docId)!;
  let denied = memo.get(doc);
  if (denied !== undefined) return denied;
  const claim = doc.claim;
  let statements = 0;
  denied = false;
  // A claim's statements come first among its documents (claim-index.ts); only they are decoded.
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    if (index.docs.at(d)!.via !== 'statement') break;
    statements++;
    if (docDenies(index, d)) denied = true;
  }
  if (statements === 0) denied = docDenies(index, docId);
  memo.set(doc, denied);
  return denied;
}
