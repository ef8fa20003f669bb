/**
 * Where the gazetteer's data (gazetteer-data.json, 108 KB) comes from. It is not bundled: the
 * background's start would parse it for every worker start, used or not. The platform sets a
 * synchronous reader once (fact extraction is synchronous and runs inside Dexie transactions,
 * where an await of anything but Dexie loses the transaction): the service worker imports its
 * script from the install cache, extension pages read the JSON, Node reads the file.
 */
export interface GazetteerData {
  countries: { code: string; name: string; names: string[]; demonyms: string[] }[];
  /** Each region's names, its own first. */
  regions: string[][];
  /** [name, ISO country code]. */
  cities: [string, string][];
}

let read: (() => GazetteerData) | undefined;
let data: GazetteerData | undefined;

export function setGazetteerSource(reader: () => GazetteerData): void {
  read = reader;
}

/** The data, read on first use. */
export function gazetteerData(): GazetteerData {
  if (data) return data;
  if (!read) throw new Error('Recoupe: no gazetteer source was set');
  data = read();
  return data;
}
