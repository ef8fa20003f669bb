/**
 * A sampling CPU profile of the service worker's thread from its very start to the first highlight
 * after a restart: the worker is attached paused (Target.setAutoAttach, waitForDebuggerOnStart), the
 * profiler started, then the worker resumed. The file opens in DevTools' Performance panel; with a
 * build made with a source map (`RECOUPE_SOURCEMAP=1 npx wxt build`) it shows the sources' names. Use
 * a profile written by bench-index-browser.ts --profile with the same build folder (the extension's
 * id, hence its database, follows the folder). Prints the marks and the first highlight; asserts nothing.
 *
 *   npx tsx scripts/profile-worker-start.ts EXTENSION_DIR PROFILE_DIR OUT.cpuprofile
 */
import { writeFileSync } from 'node:fs';
import { CDPSessionEvent, type CDPSession } from 'puppeteer-core';
import { launchWithExtension } from './lib/launch-browser';
import { startDemoServer } from './lib/demo-server';

async function main(): Promise<void> {
  const [extensionPath, userDataDir, out] = process.argv.slice(2);
  if (!extensionPath || !userDataDir || !out) throw new Error('usage: EXTENSION_DIR PROFILE_DIR OUT.cpuprofile');
  const demo = await startDemoServer({ port: 0 });
  const launched = await launchWithExtension({ headless: true, extensionPath, userDataDir });
  try {
    const library = await launched.browser.newPage();
    await library.goto(`${launched.extensionOrigin}/options.html`);
    await new Promise((r) => setTimeout(r, 3000));
    const stop = await library.createCDPSession();
    await stop.send('ServiceWorker.enable');
    await stop.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 1500));
    await stop.detach();
    const browserSession = await launched.browser.target().createCDPSession();
    const worker = new Promise<CDPSession>((resolve) => {
      browserSession.on(CDPSessionEvent.SessionAttached, (session: CDPSession) => {
        void (async () => {
          await session.send('Profiler.enable');
          await session.send('Profiler.setSamplingInterval', { interval: 100 });
          await session.send('Profiler.start');
          await session.send('Runtime.runIfWaitingForDebugger');
          resolve(session);
        })();
      });
    });
    await browserSession.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker', exclude: false }, { exclude: true }] });
    const page = await launched.browser.newPage();
    const start = performance.now();
    await page.goto(demo.pages[0]!.url);
    const session = await worker;
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('recoupe-')), { timeout: 60_000, polling: 10 });
    const ms = Math.round(performance.now() - start);
    const { profile } = await session.send('Profiler.stop');
    const marks = await session.send('Runtime.evaluate', { expression: 'JSON.stringify(self.recoupeStartMarks)', returnByValue: true });
    writeFileSync(out, JSON.stringify(profile));
    console.log(`first highlight ${ms} ms (profiled); profile in ${out}; the worker's marks (ms since it started): ${String(marks.result.value)}`);
  } finally {
    await launched.close();
    await demo.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
