/**
 * The language guesser's words (utils/core/language/detect-language.ts), as a module: data the build
 * writes into the extension's `words/facts.*` files with the facts reader's lists (bundled-facts-words.ts),
 * read when a text without a language is first guessed, not parsed at every worker start.
 */

/**
 * The most frequent function words of Latin-script languages (articles, pronouns, prepositions,
 * conjunctions, common verbs), written as in running text. A word several languages share ("de",
 * "la", "en") splits its vote among them.
 */
export const LATIN_STOPWORDS: Record<string, string> = {
  en: 'the a of and to is in that it was for on are with as his they at be this have from or had by not but what all were we when your can said there an which she do their if will up about out them then so these her would has him into more its than who been now people could after over also did our no most because',
  fr: 'le la de en les des est et du une dans que qui pour pas sur au avec il elle ce cette sont ont par plus ne aux ces mais ou nous vous leur été fait être comme sa ses son tout même aussi selon après très entre',
  es: 'el la en de los las del que y es por una con para al lo se su como más pero sus le ya fue este esta ha son entre cuando muy sin sobre también hasta hay donde desde todo nos durante estos según tras está han',
  pt: 'o os as do da dos das que e é em um uma para com não por mais ao se na no nas nos foi como mas seu sua ele ela são tem já também está pelo pela entre ser isso após até quando muito segundo',
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch als sie wird werden bei nach aus wie sind hat noch nur einer oder um über wurde habe zum zur vor dass an in es war am',
  it: 'il di che è e la per un una non sono gli del della le al si da con ma anche come più questo ha nel alla dei delle nella ho essere sul stato degli perché dopo tra lo',
  nl: 'de het een van en is dat op te zijn niet met voor die er aan ook als bij maar om dan nog wel uit naar door worden wordt heeft hebben deze over tot kan zich haar',
  da: 'og det er at en til på af med ikke den som har de for var jeg men fra han vi et blev også kan eller efter hvor sig være nu skal bliver sine dansk',
  no: 'og det er at en til på av med ikke den som har de for var jeg men fra han vi et ble også kan eller etter hvor seg være nå skal blir sine norsk ikkje',
  sv: 'och att det är som en på av för med till den har inte om ett var jag men från han vi de så kan också eller efter sig vara nu ska blir sina',
  tr: 've bir bu da de için ile olarak daha çok olan gibi ama en ne o var ki kadar sonra değil mi ya şu her göre olduğu yapılan tarafından iddia',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada oleh sebagai bisa adalah sudah telah mereka atau kami kita tersebut saat usai jadi soal bagi hingga masih para tak belum bahwa setelah uang rupiah warga',
  pl: 'i w nie na się z że do to jest jak co o ale po od tak za przez są jego jej już było dla może tylko być przy',
  ro: 'și în de la nu cu să pe că din este mai care au sunt fost pentru dar după acest această fi',
  ca: 'el els les de que i és per amb una al del dels no com més però seu la va ha han aquest aquesta també són',
  cs: 'a je se na že to do jako ale by jsou pro jeho není také byl bylo od po jak',
  hu: 'a az és hogy nem is egy meg van de volt csak már el mint ki ezt azt még lesz',
  fi: 'ja on ei se että oli hän mutta kun ovat tai myös mukaan joka jotka ole olla',
  sw: 'na ya wa kwa ni za la katika hiyo kuwa hii ambao pia lakini',
  tl: 'ang ng sa na mga at si ay ni hindi para ito kay',
  vi: 'của và là có không được trong cho những một các người này với đã',
};

/** Marathi and Nepali share Devanagari with Hindi; their commonest words tell them apart. */
export const DEVANAGARI_WORDS: Record<string, string> = {
  hi: 'है हैं का की के में और से को ने यह कि पर भी था थे नहीं',
  mr: 'आहे आणि या च्या हे की नाही आहेत होते केली केले',
  ne: 'छ र को का मा पनि हो गरेको भएको छन् थियो',
};
