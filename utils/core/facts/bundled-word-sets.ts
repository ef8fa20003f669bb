import type { FactsSetName } from '@/utils/core/facts/facts-words-types';

/**
 * Word lists of the facts reader, each one string of space-separated folded words, by name: data the
 * build writes into the extension's `words/facts.*` files (bundled-facts-words.ts), made into sets on
 * first use (facts-words.ts factsSet), not carried in the background's code. Each name is the list its
 * module used to hold: places.ts, lead-sources.ts, source-name.ts, dates.ts, figures.ts,
 * verb-sources.ts, source-key.ts, sources.ts (the comment beside each use says what it is for).
 */
export const WORD_SETS: Record<FactsSetName, string> = {
  siteFillers: 'militaire military aerienne air naval navale occupe occupee ukrainien russe frontalier frontaliere d entrainement training ground voisin voisine de du of the',
  placePrepositions: 'en a au aux dans de du des d sur vers depuis pour par chez entre contre in to from of at on into',
  reports: 'informations affirmations rapports estimations declarations propos reports claims estimates assessment statement',
  phraseStop: 'selon that qui que qu dont which who lorsque quand when avec with sur on dans in a ont has have et and mais but',
  badStart: 'for my our his her their its those these this that it ces ce cet cette mon ma mes ses son sa leur pour en in on at as if si when',
  verbInside: 'ont has have had avait was were is est sont are will would could',
  yearCues: 'en in since depuis seit desde sinds dal bis hasta tot by ici avant before after apres fin debut until jusqu of de from annee an year au mid early late vuonna vuosina vuoteen vuodesta i til fra innen till sedan siden fram frem w we v ve u od do z ze iz od в во до с от през din pana nel nell dall entro em ate vanaf ja og och und y e et and ve',
  weakMonthCues: 'en in fin debut mi of by since until depuis ici avant before early late mid apres after from',
  notUnits: 'will would have were from with that which more than dans pour avec sont seront etaient selon plus mais also aussi deja already into onto pres environ',
  pronounsAfter: 'er sie ele ela eles elas lui lei loro hij zij ze han hon on ona oni ono ellos ellas',
  keyArticles: 'le la les l the un une des a an de du d of s et and pour for en in au aux sur on',
  sourceForwardStop: 'qui que qu dont lorsque quand which who that when while dans pour avec sur mais but because car a ont has have on in au aux citing as pravdepodobne uz okoli priblizno dalam pada sekitar bahwa otprilike okolo prawdopodobnie juz около уже примерно вероятно близько вже ймовірно',
  sourceBackwardStop: 'que qu qui mais but that because car donc si if when lorsque quand where ou while et and selon',
  notSources: 'lesquelles lesquels lequel laquelle moi nous eux lui elle elles him her them me us',
  subjectStart: 'le la les l the un une a an leur leurs son sa ses notre nos ce cette ces its their his her our this these those',
  notSubjectStart: 'de d du en dans pour par sur of in at from on by for to with',
  /** verb-sources.ts: Italian, Spanish and Portuguese pronouns of the statement before a reporting verb ("lo ha confermato"). */
  clitics: 'lo l o jak kako как як kaip ako kot kakor',
  /** sources.ts: parts of a day after its name, between a verb and its subject ("a annoncé lundi soir le ministère"). */
  dayParts: 'matin soir midi morning evening night afternoon',
  /** places.ts: words that name a settlement or site, whose name follows "de" or "of". */
  siteWords: 'village ville localite commune bourgade hameau town city camp base port aeroport airport terrain site region oblast province district',
  siteNames: 'comune paese frazione borgo localita localidad pueblo municipio aldea aldeia vila localidade freguesia concelho poble municipi localitat satul comuna localitatea dorp plaats gemeente deelgemeente byn orten samhallet landsbyen bygda tettstedet wsi wies miejscowosci miejscowosc gminie gmina obci obec obce vesnici vesnice dedine dedina selu selo mjestu mestu naselju opcini opcina kraju село селе деревня деревне поселок поселке станица станице селі селище селищі селото χωριο χωρια χωριου οικισμο οικισμου desa kampung kelurahan kecamatan',
  /** places.ts: besides directions and sites, the words a place of several words may start with. */
  compositeStarts: 'frontiere border north-eastern south-eastern north-western south-western',
  /** places.ts: English directions that start a place's part ("Northern", "Southeastern"). */
  directionsEn: 'northern southern eastern western central northeastern northwestern southeastern southwestern',
  /** sources.ts: after these articles a word is no reporting verb ("an estimated", "le dit rapport"). */
  articlesBeforeVerb: 'a an the un une le la les',
  /** sources.ts: a passive's auxiliaries ("No deaths were reported" reports nothing of its subject). */
  passive: 'was were is are be been being ete',
  /** dates.ts: a weekday's "last" and "next" after it ("lundi dernier", "mardi prochain"). */
  lastWords: 'dernier derniere passe passee',
  nextWords: 'prochain prochaine',
  /** figures.ts: determiners before a small number in words, which is no figure ("les deux", "both"). */
  figureDeterminers: 'les ces the these those both leurs their nos our',
  /** figures.ts: the words that join the two ends of a range, and that start one. */
  rangeJoin: 'a to et and y bis e',
  rangeStart: 'entre between de from',
  /** source-name.ts: copulas and auxiliaries after a source's name ("X est", "X will"). */
  copulas: 'est sont etait is are was were will would va vont',
  afterLocation: 'de d du des et ou à au aux en pour par pendant avec sans dans sur vers depuis où qui que qu contre entre le la les l un une ce cette selon après avant lors afin près and or in to from for with during on at by of as after before since where which that against between the a an near into over under while until jusqu but mais off along around across through beyond towards toward via',
  partyBefore: 'aux_cotes_de au_cote_de alongside allie_de allies_de ally_of allies_of',
  beforeEnglishMonth: 'in of by since until early late mid',
  bodyTail: 'service agency services chief officials ministry',
  pluralDeterminers: 'les des ces leurs plusieurs',
  afterPluralHead: 'at of from for in with',
  turkishAfterPlace: 've ile arasında arasındaki uzerinde uzerindeki yakınında yakınlarında acıklarında acıgında cevresinde sınırında kıyısında icinde',
  invertedPresent: 'ajoute poursuit insiste souligne conclut reconnait rappelle affirme precise note observe confie ajoutent poursuivent soulignent precisent',
  romanceOf: 'de del di della dello dei degli delle dell do da dos das',
  beforeDate: 'le la l les the en in on au du of a el il',
  definite: 'le la l les the',
  sourceGeneric: 'le la l les the de du des d of s',
  released: 'publie partage diffuse geolocalise verifie authentifie analyse transmis fourni obtenu released published shared posted obtained verified geolocated authenticated analysed analyzed provided circulated',
};
