import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared } from '../../shared-data';
import { conflictingLabels, isUnderstood, ratingToStatus } from '@/utils/core/verdicts/read-verdict';
import { ratingInputOf } from '@/utils/core/verdicts/rating-input';

const DIR = '../shared/real-data/claimreview';

/** Every ClaimReview node of the two real files, as published (feed items unwrapped). */
function realReviews(): Record<string, unknown>[] {
  const sample = JSON.parse(readFileSync(`${DIR}/feed-sample.json`, 'utf8')) as Record<string, unknown>[];
  const feed = JSON.parse(readFileSync(`${DIR}/datafeed-excerpt.json`, 'utf8')) as { dataFeedElement: { item: Record<string, unknown>[] }[] };
  return [...sample, ...feed.dataFeedElement.flatMap((e) => e.item)];
}

describeWithShared('published verdicts of real fact-checkers (../shared/real-data/claimreview)', ['real-data/claimreview/feed-sample.json', 'real-data/claimreview/datafeed-excerpt.json'], () => {
  it('maps at least 95% of them to a status, and lists the others', () => {
    const reviews = realReviews();
    const missed: string[] = [];
    for (const review of reviews) {
      const input = ratingInputOf(review.reviewRating);
      if (!input || !isUnderstood(ratingToStatus(input))) missed.push(JSON.stringify(review.reviewRating).slice(0, 160));
    }
    const share = (reviews.length - missed.length) / reviews.length;
    console.log(`verdicts mapped: ${reviews.length - missed.length}/${reviews.length} (${(share * 100).toFixed(1)}%); not understood:\n  ${missed.join('\n  ')}`);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});

describe('verdict labels: variants and sentences', () => {
  it.each([
    ['FALSO: As imagens foram retiradas do canal no YouTube de um corretor imobiliário.', 'false'],
    ['Faux. Cette photo date de 2015', 'false'],
    ['Incorrect \r', 'false'],
    ['really_false', 'false'],
    ['não_é_bem_assim', 'misleading'],
    ['PLUTOT FAUX', 'false'],
    ['Plutôt-vrai', 'partly-true'],
    ['C’est plus compliqué', 'partly-true'],
    ['Verdadero, pero…', 'partly-true'],
    ['Sesat - video yang benar namun narasi salah', 'misleading'],
    ['شاخدار', 'false'],
    ['گمراه‌کننده', 'misleading'],
    ['نیمه درست', 'partly-true'],
    ['错误', 'false'],
    ['證據不足', 'unverified'],
    ['Yanlış', 'false'],
    ['partly-true', 'partly-true'],
    // Gender, number and case endings of a known verdict.
    ['Engañosa', 'misleading'],
    ['Enganosa', 'misleading'],
    ['Falsos', 'false'],
    ['Falsche Behauptung', 'false'],
    ['Irreführende Darstellung', 'misleading'],
    ['Manipulée', 'misleading'],
    // Qualifiers before or after a known verdict, and negation.
    ['Blatantly False', 'false'],
    ['Mostly correct', 'partly-true'],
    ['Çoğunlukla Yanlış', 'false'],
    ['Partially correct', 'partly-true'],
    ['زائف جزئياً', 'misleading'],
    ['Not accurate', 'false'],
    ['Tidak benar', 'false'],
    ['Doğru değil', 'false'],
    ['Cierto, pero…', 'partly-true'],
    ['True but misleading', 'misleading'],
    ['ложь и манипуляция', 'misleading'],
    ['YANLIS', 'false'],
    ['tak benar', 'false'],
    ['一部誤り', 'misleading'],
    // A verdict in brackets, inside a short phrase, late in a sentence, inside a Chinese phrase.
    ['[HOAKS] Mark Zuckerberg Menyatakan Medsos Tidak Akan Ada', 'false'],
    ['【錯誤】影片', 'false'],
    ['misleading / old video', 'misleading'],
    ['Old Fake News', 'false'],
    ['यह दावा सही नहीं है', 'false'],
    ['कोंबड्यामध्ये व्हायरस अस्तित्वात असल्याचा दावा भ्रामक आहे.', 'misleading'],
    ['含有錯誤訊息', 'false'],
    ['部分錯誤', 'misleading'],
  ])('%j -> %s', (label, status) => {
    expect(ratingToStatus({ labels: [label] })).toEqual({ status, via: 'label' });
  });

  it('reads no verdict in a sentence that does not start with one, and none in prototype keys', () => {
    expect(ratingToStatus({ labels: ['The Health Desk Experts said current data shows'] }).via).toBe('unmapped');
    expect(ratingToStatus({ labels: ['constructor', '__proto__'] }).via).toBe('unmapped');
  });

  it('reads no verdict where the words name two, negate one, or only look like one', () => {
    for (const label of ['True but false', 'Photo is not fake', 'Santo Domingo', 'La vera storia di Roma', 'ليس مضللا']) {
      expect(ratingToStatus({ labels: [label] }).via, label).toBe('unmapped');
    }
  });

  it('reads no "true" beside a word it cannot read, which may qualify it in a language it has no qualifiers for', () => {
    // Spanish "half true": read as the truth alone, a reader would be told the claim is confirmed.
    expect(ratingToStatus({ labels: ['Verdadero a medias'] }).via).toBe('unmapped');
    // Finnish "partly true": its qualifier is now among the dictionaries' words (dictionary-verdicts.json).
    expect(ratingToStatus({ labels: ['Osittain totta'] })).toEqual({ status: 'partly-true', via: 'label' });
    // An intensifier is read, so the truth stands.
    expect(ratingToStatus({ labels: ['Totally true'] })).toEqual({ status: 'confirmed', via: 'label' });
  });

  it('composes the qualifiers of Albanian, Lithuanian, Russian, Hebrew, Arabic, Korean and Dutch with verdicts it knows, in labels no fixture lists', () => {
    // "Half untrue", "partly true", "rather, untrue", "half misleading", "not correct", "half correct", "almost false", "rather correct".
    const labels = { 'Gjysmë e pavërtetë': 'misleading', 'Iš dalies tiesa': 'partly-true', 'Скорее, неправда': 'false', 'חצי מטעה': 'misleading', 'مش صحيح': 'false', 'نصف صحيح': 'partly-true', '거의 거짓': 'false', 'Eerder juist': 'partly-true' };
    for (const [label, status] of Object.entries(labels)) expect(ratingToStatus({ labels: [label] }), label).toEqual({ status, via: 'label' });
  });

  it('gives no label two statuses', () => {
    expect(conflictingLabels()).toEqual([]);
  });
});
