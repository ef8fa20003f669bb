/** Ranking metrics of CLEF CheckThat! 2020 task 2: MAP@5, MRR, P@1. */

export interface RankedQuery {
  ranked: string[];
  relevant: ReadonlySet<string>;
}

export function retrievalMetrics(queries: RankedQuery[], depth = 5) {
  let ap = 0;
  let rr = 0;
  let p1 = 0;
  let answered = 0;
  for (const q of queries) {
    if (q.relevant.size > 0) answered++;
    let hits = 0;
    let precisionSum = 0;
    let firstRank = 0;
    q.ranked.slice(0, depth).forEach((id, i) => {
      if (!q.relevant.has(id)) return;
      hits++;
      precisionSum += hits / (i + 1);
      if (!firstRank) firstRank = i + 1;
    });
    if (q.relevant.size > 0) ap += precisionSum / Math.min(q.relevant.size, depth);
    if (firstRank) rr += 1 / firstRank;
    if (firstRank === 1) p1++;
  }
  // A query without any relevant claim counts as zero (1 of the 200 test tweets): map5Answered leaves them out, as trec_eval does.
  const n = Math.max(1, queries.length);
  return { map5: ap / n, mrr: rr / n, p1: p1 / n, queries: queries.length, answered, map5Answered: ap / Math.max(1, answered) };
}
