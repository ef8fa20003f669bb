/**
 * CheckThat!-format files other than 2020's English ones (`npm run eval -- FOLDER`): the later labs'
 * Arabic and Spanish claim sets, tweets files without a header, an id given twice; and MAP@5 over the
 * queries with an answer beside MAP@5 over all of them.
 */
import { describe, expect, it } from 'vitest';
import { FormatError, parseQrels, parseQueries, parseVerifiedClaims } from '@/scripts/lib/checkthat-format';
import { retrievalMetrics } from '@/scripts/lib/retrieval-metrics';

describe('CheckThat! folders of other labs', () => {
  it('reads claims in the language they are written in, not as English', () => {
    const arabic = parseVerifiedClaims('\tvclaim\ttitle\n1\tمنظمة الصحة العالمية أعلنت أن شرب الماء الساخن يقتل الفيروس\tالماء الساخن والفيروس\n2\tتساقط الثلوج على أهرامات الجيزة\tثلوج الجيزة\n');
    expect(arabic.map((c) => Object.keys(c.statement))).toEqual([['ar'], ['ar']]);
    expect(arabic[0]!.versions[0]!.lang).toBe('ar');
    const spanish = parseVerifiedClaims(
      '\tvclaim\ttitle\n1\tEl Gobierno regalará 500 euros a cada joven que cumpla 18 años este año.\tLos 500 euros para jóvenes\n' +
        '2\tLa vacuna contra la gripe contiene un chip de seguimiento.\tEl chip de la vacuna\n' +
        '3\tLos médicos dicen que beber lejía cura el virus y que no hace falta ir al hospital.\tLa lejía no cura\n' +
        '4\tUn vídeo muestra a inmigrantes asaltando un supermercado en Barcelona.\tEl vídeo del supermercado\n',
    );
    expect(spanish.map((c) => Object.keys(c.statement))).toEqual([['es'], ['es'], ['es'], ['es']]);
    expect(parseVerifiedClaims('\tvclaim\ttitle\n7\tAOL and Yahoo are proposing an e-mail tax.\tAOL and Yahoo Email Tax\n')[0]!.statement).toEqual({ en: 'AOL and Yahoo are proposing an e-mail tax.' });
  });

  it('keeps the first tweet of a file without a header, and skips the header of one with it', () => {
    expect(parseQueries('tweet-1\tGates-funded mosquitoes released in Florida\ntweet-2\tStarlings dropped dead near a 5G mast\n').map((q) => q.id)).toEqual(['tweet-1', 'tweet-2']);
    expect(parseQueries('\ttweet_content\n999\tIllinois GOP bill attacks single moms\n').map((q) => q.id)).toEqual(['999']);
    expect(parseQueries('tweet_id\ttweet\ntweet-1\tGates-funded mosquitoes\n').map((q) => q.id)).toEqual(['tweet-1']);
  });

  it('reads a quoted tweet unquoted, one that runs over lines whole, and one that only opens a quote as written', () => {
    const tweets = parseQueries(
      'tweet_id\ttweet_content\n' +
        '1\t"Kilmeade: ""If you use the term \'invasion,\' that\'s not anti-Hispanic."" pic.twitter.com/x"\n' +
        '2\t"Breaking:\nthe dam has failed,\n""officials say"""\n' +
        '3\t"Vaccines cause autism, says a viral post\n' +
        '4\tStarlings dropped dead near a 5G mast\n',
    );
    expect(tweets).toEqual([
      { id: '1', text: 'Kilmeade: "If you use the term \'invasion,\' that\'s not anti-Hispanic." pic.twitter.com/x' },
      { id: '2', text: 'Breaking:\nthe dam has failed,\n"officials say"' },
      { id: '3', text: '"Vaccines cause autism, says a viral post' },
      { id: '4', text: 'Starlings dropped dead near a 5G mast' },
    ]);
    expect(() => parseQueries('1\tone\nno tab here\n')).toThrow(new FormatError('tweets.queries.tsv line 2: expected 2 tab-separated columns, found 1'));
  });

  it('reads qrels separated by spaces as trec_eval writes them, and names a line it cannot read', () => {
    const qrels = parseQrels('q1 0 c7 1\nq1 0 c9 0\nq2\t0\tc3\t1\n');
    expect([...qrels].map(([q, c]) => [q, [...c]])).toEqual([['q1', ['c7']], ['q2', ['c3']]]);
    expect(() => parseQrels('q1 0 c7 1\nq2 0 c3\n')).toThrow(new FormatError('tweet-vclaim-pairs.qrels line 2: expected 4 columns (query id, 0, claim id, relevance), found 3'));
    expect(() => parseQrels('q1 0 c7 yes\n')).toThrow(new FormatError('tweet-vclaim-pairs.qrels line 1: the relevance "yes" is not a number'));
  });

  it('refuses a claim id given twice, naming both rows', () => {
    expect(() => parseVerifiedClaims('\tvclaim\ttitle\n3\tOne claim.\tOne\n3\tAnother claim.\tAnother\n')).toThrow(new FormatError('verified_claims.docs.tsv row 3: the claim id "3" is already on row 2'));
  });

  it('gives MAP@5 over the queries with an answer beside the one where the others count as 0', () => {
    const m = retrievalMetrics([
      { ranked: ['a', 'b'], relevant: new Set(['a']) },
      { ranked: ['b', 'a'], relevant: new Set(['a']) },
      { ranked: ['a'], relevant: new Set() },
    ]);
    expect(m.map5).toBeCloseTo(0.5);
    expect(m.map5Answered).toBeCloseTo(0.75);
    expect(m.answered).toBe(2);
  });
});
