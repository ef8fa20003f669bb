/**
 * The interface strings, English and French, in one place: `npx tsx scripts/write-locales.ts`
 * writes public/_locales/{en,fr}/messages.json from it, and a unit test checks both stay complete.
 */
export const MESSAGES: Record<string, { en: string; fr: string; description?: string }> = {
  extName: { en: 'Recoupe', fr: 'Recoupe' },
  extDescription: {
    en: 'See how every outlet words the same claim, and whether it holds up, where you read the news.',
    fr: 'Voyez comment chaque média formule la même affirmation, et si elle tient, là où vous lisez.',
  },
  commandNextClaim: { en: 'Go to the next claim on the page', fr: 'Aller à l’affirmation suivante de la page' },
  commandAnnotate: { en: 'Annotate the selected text', fr: 'Annoter le texte sélectionné' },
  cardFacts: { en: 'Facts stated', fr: 'Faits avancés' },
  fact_figure: { en: 'Figure', fr: 'Chiffre' },
  fact_place: { en: 'Place', fr: 'Lieu' },
  fact_attribution: { en: 'Source', fr: 'Source' },
  fact_date: { en: 'Date', fr: 'Date' },
  cardDiffers: { en: '(differs between outlets)', fr: '(diffère selon les médias)' },
  cardReadSource: { en: 'Read on $1', fr: 'Lire sur $1' },
  cardNoLink: { en: 'No web address for this source', fr: 'Pas d’adresse web pour cette source' },
  cardClose: { en: 'Close', fr: 'Fermer' },
  cardWhy: { en: 'Why:', fr: 'Pourquoi :' },
  cardOtherOutlets: { en: 'How other outlets word it ($1)', fr: 'Comment d’autres médias le formulent ($1)' },
  cardNoOtherOutlets: { en: 'No other outlet’s version yet', fr: 'Pas encore de version d’un autre média' },
  cardDifferences: { en: 'Where the outlets differ', fr: 'Où les médias divergent' },
  cardVersus: { en: 'vs', fr: 'contre' },
  cardThisPage: { en: 'this page', fr: 'cette page' },
  cardRelated: { en: 'Other figures reported on the same question', fr: 'Autres chiffres avancés sur la même question' },
  cardOpened: { en: 'Claim card opened: $1', fr: 'Fiche de l’affirmation ouverte : $1' },
  navNoClaims: { en: 'Recoupe found no known claim on this page.', fr: 'Recoupe n’a trouvé aucune affirmation connue sur cette page.' },
  navAnnounce: {
    en: 'Claim $1 of $2, $3: $4. Press Enter to open its card.',
    fr: 'Affirmation $1 sur $2, $3 : $4. Appuyez sur Entrée pour ouvrir sa fiche.',
  },
  popupNotAPage: {
    en: 'Recoupe works on web pages (http and https). If this is one, reload it.',
    fr: 'Recoupe fonctionne sur les pages web (http et https). S’il s’agit d’une telle page, rechargez-la.',
  },
  popupLoading: { en: 'Loading…', fr: 'Chargement…' },
  popupOnThisSite: { en: 'On for $1', fr: 'Actif sur $1' },
  popupOff: { en: 'Recoupe is off for this site.', fr: 'Recoupe est désactivé pour ce site.' },
  popupNoClaims: { en: 'No known claim found on this page.', fr: 'Aucune affirmation connue sur cette page.' },
  popupFound: { en: 'Claims on this page: $1', fr: 'Affirmations sur cette page : $1' },
  popupOpenLibrary: { en: 'Open the library', fr: 'Ouvrir la bibliothèque' },
};
