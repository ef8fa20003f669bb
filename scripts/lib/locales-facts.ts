/** Interface strings of the fact differences (merged into locales-source.ts). */
export const FACTS_MESSAGES: Record<string, { en: string; fr: string }> = {
  fact_hedge: { en: 'Precision', fr: 'Précision' },
  cardSourcesDisagree: {
    en: 'The outlets do not attribute this claim to the same source.',
    fr: 'Les médias n’attribuent pas cette affirmation à la même source.',
  },
};
