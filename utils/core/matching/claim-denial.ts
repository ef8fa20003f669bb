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

const docDenies = (doc: IndexedDoc) => doc.negated && textHasDenial(foldText(doc.text), doc.lang);

export function claimDenied(index: ClaimIndex, doc: IndexedDoc): boolean {
  let denied = memo.get(doc);
  if (denied !== undefined) return denied;
  const claim = doc.claim;
  let statements = 0;
  denied = false;
  // A claim's statements come first among its documents (claim-index.ts); only they are decoded.
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    const other = index.docs.at(d)!;
    if (other.via !== 'statement') break;
    statements++;
    if (docDenies(other)) denied = true;
  }
  if (statements === 0) denied = docDenies(doc);
  memo.set(doc, denied);
  return denied;
}
