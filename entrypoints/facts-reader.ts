import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { BUNDLED_FACTS_READER } from '@/utils/core/facts/bundled-facts-reader';
import { FACTS_READER_GLOBAL } from '@/utils/core/facts/facts-reader-script';

/**
 * The facts reader as a script (`facts-reader.js`), which the background loads when it first reads
 * facts (utils/store/facts-reader-files.ts) instead of parsing it at every worker start. Its modules
 * that the matcher runs too are the background's own (scripts/lib/facts-reader-build.ts).
 * A classic script: WXT's IIFE leaves what main returns in a global variable of that name.
 */
export default defineUnlistedScript({
  globalName: FACTS_READER_GLOBAL,
  main: () => BUNDLED_FACTS_READER,
});
