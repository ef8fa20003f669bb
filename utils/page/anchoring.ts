export { anchor, maxEdits, type AnchorMatch, type AnchorSelectors } from '@/utils/core/anchoring/anchor';
export { describe, CONTEXT_LENGTH, type DescribedSelectors } from '@/utils/core/anchoring/describe';
export { anchorRange, cssSelectorMatches, describeRange, pageOffsetOf, textContentBlock, textContentPage } from '@/utils/page/anchor-dom';
