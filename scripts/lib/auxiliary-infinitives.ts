/**
 * The infinitives of the auxiliary verbs, which Snowball's French, Spanish, Italian and Portuguese
 * stop lists leave out while keeping every conjugated form ("été", "est", "sont", but not "être"):
 * its English and German lists have "be", "have", "sein", "haben". Shared, "être" counted as a word
 * a sentence and a claim have in common, and the card listed it as such. Added to the matching stop
 * lists of these languages (language-assets.ts); forms as written.
 */
export const AUXILIARY_INFINITIVES: Record<string, readonly string[]> = {
  fr: ['être', 'avoir'],
  es: ['ser', 'estar', 'haber'],
  it: ['essere', 'avere'],
  pt: ['ser', 'estar', 'ter', 'haver'],
};
