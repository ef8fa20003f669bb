/**
 * The facts reader's words of place grammar (bundled-facts-words.ts carries them): its prepositions of place
 * and its conjunctions, by language.
 */

/**
 * Locative prepositions, folded, and the articles that may follow them: "nach Russland geschickt",
 * "a Kursk antes", "naar Rusland gestuurd", "the meeting in London ended", "à Bruxelles mardi" name
 * where things happen whatever word comes next (German and Dutch put the verb after it). Only
 * prepositions of place: English "to", "from" and "by", French "de" and "par" keep places.ts's rules (a name
 * before a verb is its subject; "by Moscow" is an agent); "between" is one ("między Berlinem a Warszawą").
 * Portuguese "a" is left out: before a name it is the article ("a Coreia do Norte enviou"). After a name, one of
 * these or a conjunction is no verb either ("die Elbe bei Dresden", "Lisboa, Porto e Coimbra").
 */
export const PLACE_PREPOSITIONS: Record<string, string> = {
  en: 'in at near inside outside across throughout within between on into onto off along around through towards toward beyond',
  fr: 'a au aux en dans entre',
  de: 'in im ins nach aus bei von vom zu zum zur uber durch gegen an am auf nahe vor zwischen',
  es: 'en a al de del desde hacia hasta para por entre sobre',
  it: 'in a da di nel nella per verso tra fra su presso',
  pt: 'em no na nos nas num numa nesta neste ao de do da para desde ate entre pelo pela',
  nl: 'in naar uit bij van door tegen op nabij tussen',
  sv: 'i på till från vid utanför nära mot genom över mellan om',
  da: 'i på til fra ved udenfor nær mod gennem over mellem',
  nb: 'i på til fra ved utenfor nær mot gjennom over mellom',
  pl: 'w we z ze do na pod nad przy od u ku przez między pomiędzy',
  cs: 'v ve z ze do na pod nad u od k ke pres mezi',
  sk: 'v vo z zo do na pod nad u od k ku cez medzi',
  ro: 'in la din de pe spre langa intre',
  hr: 'u iz na do od kod pod prema između',
  bs: 'u iz na do od kod pod prema između',
  sr: 'u iz na do od kod pod prema između у из на до од код под према између',
  sl: 'v iz na do od pri pod nad med blizu',
  ru: 'в во на из у под над при от к ко через между около возле близ',
  uk: 'в у на з із зі під над при від до через між біля поблизу',
  bg: 'в във на от из до при под над край между около през към',
  el: 'σε στο στη στην στον στα στις στους απο απ προς κοντα μεταξυ ανοιχτα',
  id: 'di ke dari dekat antara dalam',
};

/**
 * "and" and "or": the second of two places shares the first one's preposition ("w Krakowie i Wrocławiu").
 * Where the language has postpositions instead (Finnish, Estonian, Hungarian), its postpositions of place
 * too: like "and", a word that shows the name before it is no verb's subject ("Tallinna ja Helsingi vahel").
 */
export const PLACE_CONJUNCTIONS: Record<string, string> = {
  en: 'and or',
  fr: 'et ou',
  de: 'und oder',
  es: 'y e o',
  it: 'e ed o',
  pt: 'e ou',
  nl: 'en of',
  sv: 'och eller',
  da: 'og eller',
  nb: 'og eller',
  pl: 'i oraz a lub',
  cs: 'a i nebo',
  sk: 'a i alebo',
  ro: 'și sau iar',
  hr: 'i ili',
  bs: 'i ili',
  sr: 'i ili и или',
  sl: 'in ali',
  ru: 'и или',
  uk: 'і й та або',
  bg: 'и или',
  el: 'και κι ή',
  fi: 'ja tai sekä välillä lähellä luona kautta ympärillä edustalla alueella rannikolla lähistöllä',
  et: 'ja ning või vahel lähedal juures kaudu ümber ääres lähistel piiril',
  hu: 'és vagy között közelében mellett alatt felett határán térségében környékén',
  lt: 'ir arba',
  lv: 'un vai',
};

/**
 * The words for a river, a mountain (or volcano), a range, a lake (or reservoir), a strait, an island, a
 * peninsula, a glacier, a valley and a mountain pass that stand before a feature's name in most languages
 * ("río São Francisco", "Vulkans Villarrica", "Gunung Marapi", "invaso di Ancipa", "Selat Bosporus", "Pasul
 * Prislop") and after it in Estonian, Finnish, Hungarian, Turkish, Latvian and Lithuanian ("Peipsi järvel",
 * "Rinjani Yanardağı", "Peipusa ezerā") or after a hyphen ("Reykjanes-halvøen"), in lower case with their
 * accents (French "île" is no Turkish "ile"), read in every language (feature-cues.ts); `sierra`: words an
 * atlas keeps in the name ("Serra de Tramuntana"). Left out: words that are also common words before a
 * capitalised one (Dutch "meer", Spanish "presa" and "hora", German "See" and "Berg", English "pass",
 * French "passe", Italian "col").
 */
export const FEATURE_CUES = {
  river: 'river rio río fiume fleuve rivière rivier fluss flusses rzeka rzeki rzece řeka řeky řece reka reke rieka rieke rieky rijeka rijeke râul râului sungai älven älv floden flod elva elven река реки реке ріка річка річки ποταμός ποταμού ποταμό upė upės upėje upe upes upē folyó joki joen joella jõgi jõe nehri ırmağı',
  mountain: 'mount mont monte volcano volcan volcán volcà vulcano vulcão vulkan vulkans vulkánu vulkanen vulkanet vulcanul vulcanului wulkan wulkanu gunung cerro tulivuori tulivuoren yanardağı dağı вулкан вулкана вулкане гора горы ηφαίστειο ηφαιστείου',
  range: 'mountains montes monti monts',
  lake: 'lake lac lago lagoa jezioro jeziora jeziorze jezero jezera jezeru jazero danau embalse invaso reservoir järv järve järvel järvest järvi järven järvellä ezers ezera ezerā ežeras ežero ežere tó göl gölü озеро озера озере λίμνη λίμνης',
  strait: 'strait détroit estrecho stretto estreito selat meerenge cieśnina пролив πορθμός',
  island: 'island île isla ilha isola insel ostrov ostrvo ostrvu wyspa wyspie pulau otok saari saarella sziget insula insulei adası остров острове острові νήσος νήσο',
  peninsula: 'peninsula péninsule península penisola halbinsel halvø halvøen halvøya halvön niemimaa niemimaalla niemimaan poolsaar poolsaarel poluostrov półwysep półwyspie pussala félsziget yarımadası полуостров полуострове півострів χερσόνησος χερσονήσου',
  glacier: 'glacier glaciar ghiacciaio gletscher gletschers gletsjer ledovec lodowiec ледник льодовик παγετώνας',
  valley: 'valley vallée valle dolina údolí völgy долина',
  pass: 'passo paso pasul pasului przełęcz przełęczy průsmyk sedlo перевал geçidi',
  sierra: 'serra sierra',
};

/**
 * The same words as the last part of a compound, in the languages that write one ("am Loiblpass",
 * "Luzonstredet", "Peipsijärvellä", "Reykjaneshalvøya"; feature-cues.ts). Left out: German "tal" and
 * "see" ("Hospital", "Bodensee" is Lake Constance), Icelandic "jökull" (a glacier's whole name).
 */
export const FEATURE_ENDINGS = {
  glacier: 'gletscher gletschers gletsjer gletsjeren glaciären',
  pass: 'pass passes passet',
  strait: 'stredet sundet',
  lake: 'järvi järven järvellä järvelle järvessä järvel järve',
  peninsula: 'halbinsel halvøen halvøya halvön niemimaalla niemimaa poolsaarel poolsaar',
};
