/**
 * Feed benchmark, in Chromium with the built extension (`npx wxt build --mode feedtest`, whose manifest
 * holds http://127.0.0.1/* because headless Chromium never answers a permission prompt):
 *   npx tsx scripts/bench-feeds.ts [--claims 10000]
 * Prints: time from the Subscribe click to the first highlight of a feed claim on an open page; the
 * requests an unchanged feed's refresh costs. The feed is a DataFeed whose items are the real
 * ClaimReview objects of ../shared/real-data/claimreview/feed-sample.json, cycled, each with a
 * generated claim sentence (the real set has 89) and its own URL. A printout, not a test.
 */
import { readFileSync } from 'node:fs';
import { launchWithExtension } from './lib/launch-browser';
import { startFeedServer } from './lib/feed-server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLAIMS = arg('claims', 10_000);
const PLACES = ['Lyon', 'Nairobi', 'Recife', 'Pune', 'Graz', 'Porto', 'Tabriz', 'Izmir', 'Medan', 'Cádiz', 'Leeds', 'Turin'];
const THINGS = ['new clinics', 'teachers hired', 'bus lines', 'flooded homes', 'vaccinated children', 'closed factories', 'solar farms', 'arrests'];

/** A distinct, plausible claim sentence per index. */
function sentence(i: number): string {
  return `In ${2000 + (i % 25)}, ${PLACES[i % PLACES.length]} reported ${1000 + ((i * 7919) % 90000)} ${THINGS[Math.floor(i / PLACES.length) % THINGS.length]} according to official figure ${i}.`;
}

function buildFeed(n: number): string {
  const real = JSON.parse(readFileSync('../shared/real-data/claimreview/feed-sample.json', 'utf8')) as Record<string, unknown>[];
  const elements = Array.from({ length: n }, (_, i) => ({
    '@type': 'DataFeedItem',
    item: [{ ...real[i % real.length], claimReviewed: sentence(i), inLanguage: 'en', url: `https://checks.example/review/${i}` }],
  }));
  return JSON.stringify({ '@context': 'http://schema.org', '@type': 'DataFeed', dataFeedElement: elements });
}

async function main() {
  const server = await startFeedServer();
  const body = buildFeed(CLAIMS);
  server.setBody(body);
  const target = CLAIMS - 1;
  server.pages.set('/page.html', `<!doctype html><html lang="en"><body><article><h1>Local news</h1><p>The council said that ${sentence(target).replace(/\.$/, '')}, a record.</p><p>Nothing else happened this week in the town, the paper wrote.</p></article></body></html>`);
  const browser = await launchWithExtension({ extensionPath: '.output/chrome-mv3-feedtest', headless: true });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    const page = await browser.browser.newPage();
    await page.goto(`${server.url}/page.html`);
    await sleep(1500);
    const library = await browser.browser.newPage();
    await library.goto(`${browser.extensionOrigin}/options.html#feeds`);
    await library.waitForSelector('.feed-subscribe input');
    await library.type('.feed-subscribe input', server.feedUrl);
    const start = Date.now();
    await library.click('.feed-subscribe button[type="submit"]');
    // Where the time goes: the first moment each phase of the refresh is seen (polled every 100 ms).
    const phases = new Map<string, number>();
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const phase = (await library.evaluate(() => chrome.runtime.sendMessage({ type: 'listFeeds' })).catch(() => undefined)) as { value?: { feeds: { progress?: { phase: string } }[] } } | undefined;
        const p = phase?.value?.feeds[0]?.progress?.phase;
        if (p && !phases.has(p)) phases.set(p, Date.now() - start);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const highlighted = await page
      .waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('recoupe-') && n !== 'recoupe-focus' && [...CSS.highlights.get(n)!].some((r) => String(r).includes('official figure'))), { timeout: 300_000, polling: 50 })
      .then(() => true, () => false);
    if (!highlighted) {
      // A feed over the limits ends as an error in its state: print it rather than a bare timeout.
      const state = await library.evaluate(() => chrome.runtime.sendMessage({ type: 'listFeeds' }));
      console.log(`feed: ${CLAIMS.toLocaleString('en')} items (${(body.length / 1048576).toFixed(1)} MiB); no highlight; feed state: ${JSON.stringify(state.value?.feeds[0]?.lastError ?? state)}`);
      return;
    }
    const firstHighlight = Date.now() - start;
    await library.waitForFunction((n: number) => document.querySelector('.feed-count')?.textContent?.replace(/\D/g, '') === String(n), { timeout: 60_000 }, CLAIMS);
    const stored = Date.now() - start;
    polling = false;
    await poll;
    await library.waitForFunction(() => !document.querySelector('.feed-refresh')?.hasAttribute('disabled'));
    const before = server.requests.length;
    await library.click('.feed-refresh');
    await sleep(1500);
    const refresh = server.requests.slice(before);
    console.log(`feed: DataFeed of ${CLAIMS.toLocaleString('en')} ClaimReview items (${(body.length / 1048576).toFixed(1)} MiB)`);
    console.log(`subscribe click -> first highlight of a feed claim on an open page: ${(firstHighlight / 1000).toFixed(2)} s (target: 10 s)`);
    console.log(`subscribe click -> library shows ${CLAIMS.toLocaleString('en')} claims: ${(stored / 1000).toFixed(2)} s`);
    console.log(`phases first seen (s after the click): ${[...phases].map(([p, ms]) => `${p} ${(ms / 1000).toFixed(2)}`).join(', ')}`);
    console.log(`unchanged feed, "Refresh now": ${refresh.length} request(s), answered ${refresh.map((r) => r.status).join(', ')}, conditional: ${refresh.every((r) => !!r.headers['if-none-match'])}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
