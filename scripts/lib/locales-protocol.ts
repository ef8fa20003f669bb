/** Interface strings of limits the sender applies before a message is sent (merged into locales-source.ts). */
export const PROTOCOL_MESSAGES: Record<string, { en: string; fr: string }> = {
  annSelectionTooLong: {
    en: 'This selection is too long to annotate ($1 characters; at most $2). Select a shorter passage, a sentence or a paragraph.',
    fr: 'Cette sélection est trop longue pour être annotée ($1 caractères ; $2 au plus). Sélectionnez un passage plus court, une phrase ou un paragraphe.',
  },
};
