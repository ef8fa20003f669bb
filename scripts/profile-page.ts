/**
 * Where a page's main thread goes with the extension: loads one page in Chromium with the built
 * extension, records a CPU profile of the page (DevTools protocol) from navigation to SECONDS after the
 * load event, and prints the self time per function, the garbage collector's among them. ROUNDS loads,
 * each in a new tab. Prints; asserts nothing.
 *
 *   npx wxt build && npx tsx scripts/profile-page.ts [--page hostile/big-text] [--rounds 3] [--seconds 5] [--extension DIR]
 *
 * `--page` is one of the hostile pages (scripts/lib/hostile-pages.ts), by its name.
 */
import { HOSTILE_PAGES, startHostileServer } from './lib/hostile-pages';
import { launchWithExtension } from './lib/launch-browser';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const name = (arg('--page') ?? 'hostile/big-text').replace(/^hostile\//, '');
const rounds = Number(arg('--rounds') ?? 3);
const seconds = Number(arg('--seconds') ?? 5);
const target = HOSTILE_PAGES.find((p) => p.name === name);
if (!target) throw new Error(`--page: no hostile page "${name}"; one of ${HOSTILE_PAGES.map((p) => `hostile/${p.name}`).join(', ')}`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

const hostile = await startHostileServer();
const launched = await launchWithExtension({ headless: true, extensionPath: arg('--extension') });
try {
  for (let round = 1; round <= rounds; round++) {
    const page = await launched.browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${hostile.url}${target.path}`, { waitUntil: 'load', timeout: 60_000 });
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const { functionName, url } = nodes.get(id)!.callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}`.trim();
      self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i]! / 1000);
    });
    const top = [...self].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log(`hostile/${name}, load ${round}: self time (ms) from navigation to ${seconds} s after load`);
    for (const [key, ms] of top) console.log(`  ${ms.toFixed(0).padStart(6)}  ${key}`);
    await page.close();
  }
} finally {
  await launched.close();
  await hostile.close();
}
process.exit(0);
