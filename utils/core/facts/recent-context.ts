/**
 * The part of an article before a quote that is kept with the version (an annotation's, a file's) for
 * the facts reader (context-sources.ts). Apart from that reader: storing a version trims its context
 * with this, and the background loads the reader only when it reads facts (utils/core/facts/facts-reader.ts).
 */

/** How much of the article before the quote is read: characters, then paragraphs (3 before the quote's own). */
export const CONTEXT_CHARS = 2000;
const CONTEXT_PARAGRAPHS = 4;

/** The part of the context a reader still has in mind: the last paragraphs, bounded in characters. */
export function recentContext(context: string): string {
  const tail = context.slice(-CONTEXT_CHARS);
  const paragraphs = tail.split(/\n/);
  return paragraphs.slice(-CONTEXT_PARAGRAPHS).join('\n');
}
