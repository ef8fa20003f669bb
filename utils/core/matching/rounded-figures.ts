/* Counts that outlets round differently: figures.ts reads them, score-candidate.ts compares them. */

/** Two counts are one figure rounded when they differ by at most this share of the larger... */
const ROUNDED_SHARE = 0.075;
/** ...and by at most half the rounder one's last unit, of a hundred at least. */
const MIN_ROUNDED_UNIT = 100;

/**
 * Whether count key `doc` ("n2350") and one of the text's count keys are one figure as outlets round
 * it: "quelque 2 300 hectares" or "près de 2 400" for 2,350, "some 3,000 residents" for 3,200, "plus de
 * 900 pompiers" for 950. The rounder count ends in zeros down to a unit of a hundred or more, the
 * other lies within half that unit and within 7.5% of the larger: 11,000 and 12,000 stay two figures
 * (both round to the thousand, a thousand apart), so do 10,000 and 11,000 (9%), and counts under a
 * hundred ("14 injured", "15 injured") are never taken for rounded ones.
 */
export function roundedAlike(doc: string, textKeys: ReadonlySet<string>): boolean {
  const d = countOfKey(doc);
  if (d === undefined) return false;
  for (const key of textKeys) {
    const t = countOfKey(key);
    if (t === undefined || t === d) continue;
    const diff = Math.abs(t - d);
    const unit = Math.max(roundUnit(t), roundUnit(d));
    if (unit >= MIN_ROUNDED_UNIT && diff * 2 <= unit && diff <= ROUNDED_SHARE * Math.max(t, d)) return true;
  }
  return false;
}

/** The whole count of a count key ("n2350"), not a percentage nor a fraction. */
function countOfKey(key: string): number | undefined {
  if (key[0] !== 'n') return undefined;
  const value = Number(key.slice(1));
  return Number.isInteger(value) && value >= MIN_ROUNDED_UNIT ? value : undefined;
}

/** The power of ten a whole count is rounded to: 100 for 2,300, 1,000 for 3,000, 1 for 2,347. */
function roundUnit(value: number): number {
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
}
