import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';

// Claims and sentences written for this test, in the way Chinese and Japanese news write them: no
// space between words, the same claim worded differently around the same names and terms.
const CLAIMS: IndexClaim[] = [
  { id: 'tax', statement: { zh: '日本政府決定從明年四月起將消費稅提高到百分之十五。' }, versions: [] },
  { id: 'bridge', statement: { zh: '颱風過後，高雄市政府宣布封閉愛河上的三座橋樑。' }, versions: [] },
  { id: 'troops', statement: { ja: '北朝鮮の兵士がロシア東部の演習場で訓練を受けている。' }, versions: [] },
  { id: 'troops-ko', statement: { ko: '북한군 약 1만1000명이 러시아 동부에서 훈련을 받고 있다.' }, versions: [] },
  { id: 'vaccine', statement: { en: 'The vaccine was approved by regulators in March.' }, versions: [] },
];
const matcher = ClaimMatcher.build(CLAIMS);
const highlighted = (text: string, lang: string) => matcher.scan(text, { lang }).filter((m) => m.level === 'highlight');

describe('Chinese and Japanese, written without spaces', () => {
  it('highlights a Chinese sentence that states a known claim in other words around it', () => {
    const [m, ...rest] = highlighted('據報導，日本政府已決定從明年四月起將消費稅提高到百分之十五，引發民眾不滿。', 'zh');
    expect(m?.claimId).toBe('tax');
    expect(rest).toEqual([]);
    // The card lists what is shared as the words it spells, not as pairs of characters.
    expect(m!.explanation.sharedTerms).toContain('日本政府');
    expect(m!.explanation.sharedTerms.every((t) => t.length >= 2)).toBe(true);
  });

  it('does not highlight a sentence that only shares a name or a place with a claim', () => {
    expect(highlighted('日本政府今天公布了新的觀光政策，希望吸引更多外國遊客。', 'zh')).toEqual([]);
    expect(highlighted('高雄市政府今天舉辦跨年晚會，吸引大批民眾參加。', 'zh')).toEqual([]);
  });

  it('reads Japanese kanji and katakana, not the particles and endings every sentence has', () => {
    expect(highlighted('韓国の情報機関によると、北朝鮮の兵士がロシア東部の演習場で訓練を受けているという。', 'ja').map((m) => m.claimId)).toEqual(['troops']);
    // The same place and the same endings ("の", "で", "ている") about something else.
    expect(highlighted('ロシア東部の都市で大雪が降り、交通が乱れている。', 'ja')).toEqual([]);
    const stems = analyseText('北朝鮮の兵士が訓練を受けている。', 'ja').words.map((w) => w.stem);
    expect(stems).toEqual(expect.arrayContaining(['北朝', '朝鮮', '兵士', '訓練']));
    expect(stems).not.toContain('ている');
  });

  it('pairs Korean syllables, so that a word meets itself with another particle glued to it', () => {
    // "북한군이" here, "북한군" in the claim: the same army, as the subject of this sentence.
    const found = highlighted('우크라이나 정보당국에 따르면 북한군이 러시아 동부 지역에서 훈련을 받고 있다.', 'ko');
    expect(found.map((m) => m.claimId)).toEqual(['troops-ko']);
    expect(highlighted('러시아 동부 지역에 폭설이 내려 교통이 마비됐다.', 'ko')).toEqual([]);
  });

  it('keeps Latin words inside a run of ideographs, and leaves other languages as they were', () => {
    const words = analyseText('蘋果公司iPhone發表會', 'zh').words.map((w) => w.stem);
    expect(words).toContain('iphone');
    expect(words).toContain('發表');
    expect(highlighted('Regulators approved the vaccine in March.', 'en').map((m) => m.claimId)).toEqual(['vaccine']);
  });

  it('reads figures written with ideographs and fullwidth digits, so that another count is a conflict', () => {
    const claims: IndexClaim[] = [{ id: 'count', statement: { ja: '北朝鮮の兵士約1万1000人がロシア東部の演習場で訓練を受けている。' }, versions: [] }];
    const m = ClaimMatcher.build(claims);
    const found = (text: string) => m.scan(text, { lang: 'ja' }).filter((x) => x.level === 'highlight').map((x) => x.claimId);
    expect(found('ロシア東部の演習場で北朝鮮の兵士１１，０００人が訓練を受けているという。')).toEqual(['count']);
    expect(found('ロシア東部の演習場で北朝鮮の兵士1万5000人が訓練を受けているという。')).toEqual([]);
    expect(analyseText('约2.5万名士兵', 'zh').figures.map((f) => f.key)).toEqual(['n25000']);
    expect(analyseText('북한군 1만1000명', 'ko').figures.map((f) => f.key)).toEqual(['n11000']);
  });
});

describe('other scripts', () => {
  it('cuts Thai into its words, and finds a Thai restatement of a claim but not the same place in other news', () => {
    const claims: IndexClaim[] = [{ id: 'th', statement: { th: 'ทหารเกาหลีเหนือประมาณ 11,000 นายกำลังฝึกอยู่ทางตะวันออกของรัสเซีย' }, versions: [] }];
    const m = ClaimMatcher.build(claims);
    const found = (text: string) => m.scan(text, { lang: 'th' }).filter((x) => x.level === 'highlight');
    const [hit] = found('มีรายงานว่าทหารเกาหลีเหนือ 11,000 นายกำลังฝึกอยู่ทางตะวันออกของรัสเซีย');
    expect(hit?.claimId).toBe('th');
    expect(hit!.explanation.sharedTerms[0]).toBe('ทหารเกาหลีเหนือ');
    // Heavy snow in eastern Russia; and another count of the same soldiers.
    expect(found('หิมะตกหนักทางตะวันออกของรัสเซีย')).toEqual([]);
    expect(found('ทหารเกาหลีเหนือ 15,000 นายกำลังฝึกอยู่ทางตะวันออกของรัสเซีย')).toEqual([]);
    // "North Korea" and "South Korea" stay two words: Thai does not inflect, so nothing is cut off.
    const stems = (text: string) => analyseText(text, 'th').words.map((w) => w.stem);
    expect(stems('เกาหลีเหนือ')).not.toEqual(stems('เกาหลีใต้'));
  });

  it('reads digits of every script as the same figures', () => {
    const key = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);
    expect(key('۱۲۰۰۰ سرباز', 'fa')).toEqual(['n12000']);
    expect(key('١٢٠٠٠ جندي', 'ar')).toEqual(['n12000']);
    expect(key('१२,००० सैनिक', 'hi')).toEqual(key('12,000 soldiers', 'en'));
  });

  it('keeps the vowel signs of Indic scripts, which are no accents', () => {
    // सैनिक (soldier) without its vowel signs would be सनक (whim).
    const stems = (text: string) => analyseText(text, 'hi').words.map((w) => w.stem);
    expect(stems('सैनिक')).not.toEqual(stems('सनक'));
    expect(analyseText('Les soldats nord-coréens à Koursk', 'fr').words.map((w) => w.stem)).toContain('coreen');
  });
});
