/**
 * Where the gazetteer's data (gazetteer-data.json, 108 KB) comes from. It is not bundled: the
 * background's start would parse it for every worker start, used or not. The platform sets a
 * synchronous reader once (fact extraction is synchronous and runs inside Dexie transactions,
 * where an await of anything but Dexie loses the transaction): the service worker imports its
 * script from the install cache, extension pages read the JSON, Node reads the file.
 */
import { lazyData } from '@/utils/core/lazy-data';

export interface GazetteerData {
  countries: { code: string; name: string; names: string[]; demonyms: string[] }[];
  /** Each region's names, its own first. */
  regions: string[][];
  /** [name, ISO country code]. */
  cities: [string, string][];
}

const source = lazyData<GazetteerData>('gazetteer');

export const setGazetteerSource = source.set;

/** The data, read on first use. */
export const gazetteerData = source.get;
