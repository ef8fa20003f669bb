/** Interface strings of fact-checker verdicts and ClaimReview read from pages (merged into locales-source.ts). */
export const CLAIMREVIEW_MESSAGES: Record<string, { en: string; fr: string; description?: string }> = {
  crVerdictsNotUnderstood: {
    en: 'Verdicts not understood: $1. Those claims are imported as unverified, with the fact-checker’s own label shown beside the status.',
    fr: 'Verdicts non compris : $1. Ces affirmations sont importées comme non vérifiées, avec le verdict du vérificateur affiché à côté du statut.',
  },
  crPublishedLabel: { en: 'fact-checker’s verdict:', fr: 'verdict du vérificateur :' },
  crPageHeading: { en: 'Fact-checks on this page ($1)', fr: 'Vérifications sur cette page ($1)' },
  crPageNone: { en: 'This page carries no fact-check markup.', fr: 'Cette page ne porte pas de vérification balisée.' },
  crAdd: { en: 'Add this fact-check', fr: 'Ajouter cette vérification' },
  crAdded: { en: 'Added to your library', fr: 'Ajoutée à votre bibliothèque' },
  crUpdated: { en: 'Updated in your library', fr: 'Mise à jour dans votre bibliothèque' },
  crKnown: { en: 'Already in your library', fr: 'Déjà dans votre bibliothèque' },
  crOtherSource: { en: 'Not changed: this claim comes from another source', fr: 'Non modifiée : cette affirmation vient d’une autre source' },
  crKept: { en: 'Not changed: you edited this claim', fr: 'Non modifiée : vous avez modifié cette affirmation' },
  crFactChecker: { en: 'Fact-checker: $1', fr: 'Vérificateur : $1' },
  crClaimant: { en: 'Claimed by: $1', fr: 'Affirmé par : $1' },
  crAppeared: { en: 'Appeared on:', fr: 'Paru sur :' },
  crCapped: { en: 'Only the first $1 fact-checks of this page are shown.', fr: 'Seules les $1 premières vérifications de cette page sont affichées.' },
  crAutoAdd: {
    en: 'Add the fact-checks that pages publish about themselves without asking',
    fr: 'Ajouter sans demander les vérifications que les pages publient sur elles-mêmes',
  },
  crSaveAppearance: { en: 'Save this sentence as this outlet’s version', fr: 'Enregistrer cette phrase comme version de ce média' },
  crAppearanceSaved: { en: 'Saved as this outlet’s version', fr: 'Enregistrée comme version de ce média' },
  crAppearanceNotSaved: { en: 'Not saved: this version already has a quote', fr: 'Non enregistrée : cette version a déjà une citation' },
  crSourcePage: { en: 'Read from the page:', fr: 'Lue sur la page :' },
  crAddFailed: { en: 'This fact-check could not be added: $1', fr: 'Cette vérification n’a pas pu être ajoutée : $1' },
};
