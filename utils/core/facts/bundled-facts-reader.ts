import type { FactsReader } from '@/utils/core/facts/facts-reader';
import { extractVersionFacts } from '@/utils/core/facts/version-facts';
import { compareVersions } from '@/utils/core/claim-differences';

/**
 * The facts reader itself (see facts-reader.ts): Node, the library page and the import worker set it
 * as their source; the background's copy is the script entrypoints/facts-reader.ts builds from it.
 */
export const BUNDLED_FACTS_READER: FactsReader = { extractVersionFacts, compareVersions };
