/**
 * Claims in Chinese, Japanese, Korean and Thai, imported through the library page, found on a page
 * written in those languages: the background reads runs of ideographs, katakana and Hangul in pairs
 * of characters and cuts Thai into words with the browser's own word segmenter (Intl.Segmenter), so
 * what it highlights is what the matcher under Node highlights, in Chromium and in Firefox alike.
 * Paragraphs that only share a place or a name with a claim stay plain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '../../utils/core/matching';
import { exportRecoupeJson } from '../../utils/core/formats/export-recoupe-json';
import type { Claim } from '../../utils/core/model';
import { escapeHtml } from '../../scripts/lib/demo-html';
import { pageState, startHarness, starterIndexClaims, waitForScans, type Harness } from './support';
import { highlightedParagraphs, servePages, type PageServer } from './page-server';

const DATE = '2026-11-30T08:00:00.000Z';
const STATEMENTS: Record<string, [string, string]> = {
  'zh-tax': ['zh', '日本政府決定從明年四月起將消費稅提高到百分之十五。'],
  'ja-troops': ['ja', '北朝鮮の兵士がロシア東部の演習場で訓練を受けている。'],
  'ko-troops': ['ko', '북한군 약 1만1000명이 러시아 동부에서 훈련을 받고 있다.'],
  'th-troops': ['th', 'ทหารเกาหลีเหนือประมาณ 11,000 นายกำลังฝึกอยู่ทางตะวันออกของรัสเซีย'],
};

const PARAGRAPHS: { lang: string; text: string; states?: string }[] = [
  { lang: 'zh', text: '據報導，日本政府已決定從明年四月起將消費稅提高到百分之十五，引發民眾不滿。', states: 'zh-tax' },
  { lang: 'zh', text: '日本政府今天公布了新的觀光政策，希望吸引更多外國遊客。' },
  { lang: 'ja', text: '韓国の情報機関によると、北朝鮮の兵士がロシア東部の演習場で訓練を受けているという。', states: 'ja-troops' },
  { lang: 'ja', text: 'ロシア東部の都市で大雪が降り、交通が乱れている。' },
  { lang: 'ko', text: '우크라이나 정보당국에 따르면 북한군이 러시아 동부 지역에서 훈련을 받고 있다.', states: 'ko-troops' },
  { lang: 'ko', text: '러시아 동부 지역에 폭설이 내려 교통이 마비됐다.' },
  { lang: 'th', text: 'มีรายงานว่าทหารเกาหลีเหนือ 11,000 นายกำลังฝึกอยู่ทางตะวันออกของรัสเซีย', states: 'th-troops' },
  { lang: 'th', text: 'หิมะตกหนักทางตะวันออกของรัสเซีย' },
];

function claimRecord(id: string, lang: string, text: string): Claim {
  return {
    id, statement: { [lang]: text }, status: 'unverified', statusReason: '', statusDate: DATE,
    statusHistory: [], tags: [], origin: 'import', createdAt: DATE, updatedAt: DATE,
  };
}

const imported = Object.entries(STATEMENTS).map(([id, [lang, text]]) => claimRecord(id, lang, text));
const importFile = Buffer.from(exportRecoupeJson({ claims: imported, versions: [], outlets: [], annotations: [] }, { pretty: false }));

let h: Harness;
let server: PageServer;

function pageHtml(): string {
  const body = PARAGRAPHS.map((p, i) => `<p id="p-${i}" lang="${p.lang}">${escapeHtml(p.text)}</p>`).join('');
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>東亞新聞</title></head><body><main>${body}</main></body></html>`;
}

beforeAll(async () => {
  server = await servePages((path) => (path.startsWith('/news') ? pageHtml() : undefined));
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});


describe('Chinese, Japanese, Korean and Thai claims on a page in those languages', () => {
  it('highlights the paragraphs that restate an imported claim, as the matcher under Node does, and no other', async () => {
    const library: IndexClaim[] = [...starterIndexClaims(), ...imported.map((c) => ({ id: c.id, statement: c.statement, versions: [] }))];
    const matcher = ClaimMatcher.build(library);
    const expected = PARAGRAPHS.map((p) => matcher.scan(p.text, { lang: p.lang }).filter((m) => m.level === 'highlight').map((m) => m.claimId));
    // Meaningful only if Node finds each restatement, and only it.
    expect(expected).toEqual(PARAGRAPHS.map((p) => (p.states ? [p.states] : [])));

    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    const panel = options.locator('#import-export');
    await panel.locator('input[type="file"]').setInputFiles({ name: 'east-asia.json', mimeType: 'application/json', buffer: importFile });
    await panel.getByRole('button', { name: /^(Import|Importer)$/ }).click();
    await panel.locator('.ie-ok[role="status"]').waitFor();
    await options.close();

    const page = await h.context.newPage();
    await page.goto(`${server.base}/news`);
    await waitForScans(h, page);
    await expect.poll(async () => [...new Set(await highlightedParagraphs(page, 'p-'))], { timeout: 15_000 }).toEqual(PARAGRAPHS.flatMap((p, i) => (p.states ? [i] : [])));
    const state = await pageState(h, page);
    expect(state.claims.map((c) => c.claimId).sort()).toEqual(Object.keys(STATEMENTS).sort());
    await page.close();
  });
});
