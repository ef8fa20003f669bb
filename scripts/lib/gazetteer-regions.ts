/**
 * The gazetteer's hand-kept regions (scripts/build-gazetteer.ts): what news often names and neither
 * dataset has, [English name, variants in French and English…].
 */
export const HAND_REGIONS: readonly string[][] = [
  ['Donbas', 'Donbass'], ['Crimea', 'Crimée'], ['Russian Far East', 'Extrême-Orient russe', 'Far East of Russia'],
  ['Siberia', 'Sibérie'], ['Caucasus', 'Caucase'], ['Middle East', 'Moyen-Orient', 'Proche-Orient', 'Near East'],
  ['Gaza Strip', 'bande de Gaza', 'Gaza'], ['West Bank', 'Cisjordanie'], ['Sahel'], ['Balkans'],
  ['Kashmir', 'Cachemire'], ['Darfur', 'Darfour'], ['Catalonia', 'Catalogne'], ['Brittany', 'Bretagne'],
  ['Normandy', 'Normandie'], ['Corsica', 'Corse'], ['Scotland', 'Écosse'], ['Wales', 'Pays de Galles'],
  ['England', 'Angleterre'], ['Europe'], ['Africa', 'Afrique'], ['Asia', 'Asie'], ['Latin America', 'Amérique latine'],
  ['North America', 'Amérique du Nord'], ['South America', 'Amérique du Sud'], ['Korean Peninsula', 'péninsule coréenne'],
  ['Primorye', 'Primorié', 'Primorsky Krai', 'kraï du Primorié'],
  ['Donetsk Oblast', 'oblast de Donetsk'], ['Luhansk Oblast', 'oblast de Louhansk'], ['Zaporizhzhia Oblast', 'oblast de Zaporijjia'],
  ['Kherson Oblast', 'oblast de Kherson'], ['Kharkiv Oblast', 'oblast de Kharkiv'], ['Belgorod Oblast', 'oblast de Belgorod'],
  ['Taiwan Strait', 'détroit de Taïwan'], ['South China Sea', 'mer de Chine méridionale'], ['Black Sea', 'mer Noire'],
  ['Red Sea', 'mer Rouge'], ['Mediterranean', 'Méditerranée'], ['Arctic', 'Arctique'], ['Kurdistan'], ['Tigray'],
  ['Nagorno-Karabakh', 'Haut-Karabakh'], ['Transnistria', 'Transnistrie'], ['Xinjiang'], ['Tibet'], ['Hong Kong'],
  ['Silicon Valley'], ['Île-de-France'], ['Provence'], ['Alsace'], ['California', 'Californie'], ['Texas'], ['Florida', 'Floride'],
];
