export { anchor, maxEdits, type AnchorMatch, type AnchorSelectors } from '@/utils/anchoring/anchor';
export { describe, CONTEXT_LENGTH, type DescribedSelectors } from '@/utils/anchoring/describe';
export { anchorRange, cssSelectorMatches, describeRange, pageOffsetOf, textContentBlock, textContentPage } from '@/utils/anchoring/dom';
