/** Strips what carries no claim content in social-media text and selections: links; keeps hashtag and handle words. */
export function cleanQuery(text: string): string {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\bpic\.twitter\.com\/\S+/gi, ' ')
    // "#FakeNews" / "@JoeBiden": keep the words, split camel case.
    .replace(/[#@]([\p{L}\p{N}_]+)/gu, (_, w: string) => w.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
}
