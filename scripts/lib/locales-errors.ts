/** Errors a user can meet, in English and French (merged into locales-source.ts). */
export const ERROR_MESSAGES: Record<string, { en: string; fr: string }> = {
  errClaimGone: {
    en: 'This claim ($1) is no longer in your library: it was deleted or merged. Reload the page to refresh the highlights.',
    fr: 'Cette affirmation ($1) n’est plus dans votre bibliothèque : elle a été supprimée ou fusionnée. Rechargez la page pour mettre à jour les surlignages.',
  },
  errNoSelection: { en: 'Select some text of the page first.', fr: 'Sélectionnez d’abord du texte de la page.' },
  errNotHttp: { en: 'Only pages with an http or https address can be annotated.', fr: 'Seules les pages dont l’adresse commence par http ou https peuvent être annotées.' },
  errPickedClaimGone: {
    en: 'That claim is no longer in your library: pick another one or create a new claim.',
    fr: 'Cette affirmation n’est plus dans votre bibliothèque : choisissez-en une autre ou créez-en une nouvelle.',
  },
  errNeedStatement: { en: 'Write the claim’s statement before saving.', fr: 'Écrivez l’énoncé de l’affirmation avant d’enregistrer.' },
  errChangedElsewhere: {
    en: 'This claim was changed elsewhere meanwhile: close the form, open it again and save once more.',
    fr: 'Cette affirmation a été modifiée ailleurs entre-temps : fermez le formulaire, rouvrez-le et enregistrez de nouveau.',
  },
  errAnnotationGone: { en: 'That annotation is no longer in your library.', fr: 'Cette annotation n’est plus dans votre bibliothèque.' },
  errNoBackground: {
    en: 'Recoupe’s background did not answer. Reload the page; if it goes on, restart the browser.',
    fr: 'L’arrière-plan de Recoupe n’a pas répondu. Rechargez la page ; si cela continue, redémarrez le navigateur.',
  },
  errNotOnPage: { en: 'Recoupe is not running on this page. Reload the page and try again.', fr: 'Recoupe ne fonctionne pas sur cette page. Rechargez-la et réessayez.' },
  errStarterUnreadable: {
    en: 'The starter dataset could not be read ($1). Reinstall Recoupe to restore it.',
    fr: 'Les données de départ n’ont pas pu être lues ($1). Réinstallez Recoupe pour les rétablir.',
  },
  errQuota: {
    en: 'Your browser has no storage space left for Recoupe. Nothing already saved was lost; free some disk space, or export and delete claims you no longer need, then try again.',
    fr: 'Votre navigateur n’a plus d’espace de stockage pour Recoupe. Rien de ce qui était enregistré n’est perdu ; libérez de l’espace disque, ou exportez puis supprimez les affirmations dont vous n’avez plus besoin, et réessayez.',
  },
  errDbBusy: {
    en: 'Recoupe’s database is being upgraded or is held by another Recoupe tab. Nothing was lost; close other Recoupe tabs and try again.',
    fr: 'La base de données de Recoupe est en cours de mise à niveau ou tenue par un autre onglet Recoupe. Rien n’est perdu ; fermez les autres onglets Recoupe et réessayez.',
  },
  importErr_empty: { en: 'The file is empty: nothing was imported.', fr: 'Le fichier est vide : rien n’a été importé.' },
  importErr_too_large: { en: 'The file is larger than Recoupe imports: nothing was imported. Split it into smaller files.', fr: 'Le fichier dépasse la taille que Recoupe importe : rien n’a été importé. Découpez-le en fichiers plus petits.' },
  importErr_too_deep: { en: 'The file nests data deeper than any export does: nothing was imported.', fr: 'Le fichier imbrique ses données plus profondément qu’aucun export : rien n’a été importé.' },
  importErr_too_many_records: { en: 'The file holds more records than Recoupe imports at once: nothing was imported. Split it into smaller files.', fr: 'Le fichier contient plus d’enregistrements que Recoupe n’en importe d’un coup : rien n’a été importé. Découpez-le en fichiers plus petits.' },
  importErr_binary: { en: 'This is not a text file (JSON or CSV): nothing was imported. Pick an export file.', fr: 'Ce n’est pas un fichier texte (JSON ou CSV) : rien n’a été importé. Choisissez un fichier d’export.' },
  importErr_truncated: { en: 'The file ends too early, as if cut off: nothing was imported. Export it again.', fr: 'Le fichier s’arrête trop tôt, comme s’il était coupé : rien n’a été importé. Exportez-le de nouveau.' },
  importErr_malformed: { en: 'The file is not valid JSON or CSV: nothing was imported.', fr: 'Le fichier n’est pas du JSON ou du CSV valide : rien n’a été importé.' },
  importErr_wrong_extension: { en: 'The file’s content does not match its name’s extension: nothing was imported.', fr: 'Le contenu du fichier ne correspond pas à l’extension de son nom : rien n’a été importé.' },
  importErr_unknown_format: { en: 'Recoupe does not recognise this file (Recoupe JSON, W3C Web Annotation, ClaimReview or CSV expected): nothing was imported.', fr: 'Recoupe ne reconnaît pas ce fichier (Recoupe JSON, W3C Web Annotation, ClaimReview ou CSV attendu) : rien n’a été importé.' },
  importErr_unsupported_version: { en: 'This file was made by a newer Recoupe: update Recoupe, then import it again. Nothing was imported.', fr: 'Ce fichier vient d’une version plus récente de Recoupe : mettez Recoupe à jour, puis importez-le de nouveau. Rien n’a été importé.' },
  importErrDetail: { en: 'Details: $1', fr: 'Détails : $1' },
};
