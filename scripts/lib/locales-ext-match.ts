/** Interface strings of possible matches and match explanations (merged into locales-source.ts). */
export const EXT_MATCH_MESSAGES: Record<string, { en: string; fr: string }> = {
  possibleTitle: { en: 'Possible matches ($1)', fr: 'Correspondances possibles ($1)' },
  possibleHint: {
    en: 'Sentences that may state a known claim. Confirm to highlight them on this page, or dismiss them.',
    fr: 'Des phrases qui avancent peut-être une affirmation connue. Confirmez pour les surligner sur cette page, ou écartez-les.',
  },
  possibleClaim: { en: 'Claim: $1', fr: 'Affirmation : $1' },
  possibleConfirm: { en: 'Confirm', fr: 'Confirmer' },
  possibleDismiss: { en: 'Dismiss', fr: 'Écarter' },
  possibleFailed: { en: 'Your answer could not be saved: $1', fr: 'Votre réponse n’a pas pu être enregistrée : $1' },
  whyTitle: { en: 'Why this sentence was matched', fr: 'Pourquoi cette phrase a été retenue' },
  whyNames: { en: 'Names in common: $1', fr: 'Noms en commun : $1' },
  whyFigures: { en: 'Figures in common: $1', fr: 'Chiffres en commun : $1' },
  whyWords: { en: 'Words in common: $1', fr: 'Mots en commun : $1' },
  whyContradicts: { en: 'Contradicts the claim on: $1', fr: 'Contredit l’affirmation sur : $1' },
};
