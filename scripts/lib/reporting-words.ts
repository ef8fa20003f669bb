/**
 * Words that attribute a statement rather than make it: "said", "according to", "a déclaré",
 * "selon", "sagte", "según". Snowball's stop lists keep them (they were written for search, where
 * "said" may be looked for); a claim's "officials said" and a page's "police said" share no content,
 * yet counted as shared they made highlights of sentences with another subject (the pearl farm's
 * "its owner said" for a dress's "6,000 pearls", the football clubs' "their owners said" for the
 * US officials' sanctions). stopwords-iso's lists, which the matcher used before, held most of them.
 * Added to every matching stop list of these languages (language-assets.ts); forms as written.
 */
export const REPORTING_WORDS: Record<string, readonly string[]> = {
  en: ['said', 'says', 'saying', 'told', 'according', 'added', 'stated'],
  fr: ['dit', 'déclaré', 'selon', 'affirmé', 'indiqué', 'ajouté', 'expliqué', 'estimé'],
  de: ['sagte', 'sagt', 'sagten', 'laut', 'erklärte', 'erklärt', 'hieß'],
  es: ['dijo', 'dice', 'según', 'afirmó', 'declaró', 'señaló', 'agregó', 'añadió'],
  it: ['detto', 'dice', 'secondo', 'dichiarato', 'affermato', 'aggiunto'],
  pt: ['disse', 'diz', 'segundo', 'afirmou', 'declarou', 'acrescentou'],
};
