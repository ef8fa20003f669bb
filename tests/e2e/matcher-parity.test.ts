import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RecoupeDocument } from '../../utils/core/model';
import { escapeHtml } from '../../scripts/lib/demo-html';
import { describeWithShared, sharedPath } from '../shared-data';
import { SEED_CASES, startHarness, waitForScans, type Harness } from './support';
import { servePages, type PageServer } from './page-server';

interface SeedCase { id: string; source: string; lang: string; text: string }
type SeedFile = { claims: { versions: { source: string; quote: string }[] }[]; cases: SeedCase[] };
let seed: SeedFile;
const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;

/** Seed sources (seed-000…) to the starter outlets that published them, from shared quotes. */
function outletOfSource(): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of seed.claims) for (const v of c.versions) {
    const s = starter.versions.find((x) => x.quote.includes(v.quote) || v.quote.includes(x.quote));
    if (s) map.set(v.source, s.outletId);
  }
  return map;
}

describeWithShared('the extension matches as the evaluation command does', [SEED_CASES], () => {
  let h: Harness;
  let server: PageServer;
  const pages = new Map<string, SeedCase[]>();

  beforeAll(async () => {
    seed = JSON.parse(readFileSync(sharedPath(SEED_CASES), 'utf8')) as SeedFile;
    const outlets = outletOfSource();
    // Eight paragraphs from each of two outlets, as the evaluation command and the extension will both see them.
    for (const source of ['seed-001', 'seed-004']) {
      const outletId = outlets.get(source)!;
      pages.set(outletId, seed.cases.filter((c) => c.source === source && c.text.length >= 40).slice(0, 8));
    }
    server = await servePages((path) => {
      const outletId = decodeURIComponent(path.slice(1).replace(/\/$/, ''));
      const cases = pages.get(outletId);
      const outlet = starter.outlets.find((o) => o.id === outletId);
      if (!cases || !outlet) return undefined;
      return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta property="og:site_name" content="${escapeHtml(outlet.name)}"><title>parity</title></head><body><main>${cases.map((c) => `<p>${escapeHtml(c.text)}</p>`).join('')}</main></body></html>`;
    });
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('finds the same claims on each page as `npm run eval -- FILE --json`', async () => {
    // The extension's own claims, written as an evaluation file; the cases are the test pages' paragraphs.
    const file = {
      format: 'claim-match-cases/1',
      claims: starter.claims.map((c) => ({
        id: c.id,
        statement: c.statement,
        versions: starter.versions.filter((v) => v.claimId === c.id).map((v) => ({ source: v.outletId, lang: v.lang, quote: v.quote })),
      })),
      cases: [...pages].flatMap(([outletId, cases]) => cases.map((c) => ({ id: c.id, source: outletId, lang: c.lang, text: c.text, expect: [] }))),
    };
    const path = join(mkdtempSync(join(tmpdir(), 'recoupe-parity-')), 'cases.json');
    writeFileSync(path, JSON.stringify(file));
    const run = spawnSync('npx', ['tsx', 'scripts/eval.ts', path, '--json'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { cases: { id: string; found: string[] }[] };
    const foundByCase = new Map(result.cases.map((c) => [c.id, c.found]));

    let total = 0;
    for (const [outletId, cases] of pages) {
      const expected = new Set(cases.flatMap((c) => foundByCase.get(c.id) ?? []));
      total += expected.size;
      const page = await h.context.newPage();
      await page.goto(`${server.base}/${outletId}/`);
      const found = new Set((await waitForScans(h, page)).map((c) => c.claimId));
      expect([...found].sort(), outletId).toEqual([...expected].sort());
      await page.close();
    }
    // The comparison means something only if the command found claims.
    expect(total).toBeGreaterThan(4);
  });
});
