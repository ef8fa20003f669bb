/**
 * npm run demo                       build Recoupe, serve the demo pages, open Chromium on them (needs a display)
 * npm run demo -- --screenshots DIR  same, headless: saves <slug>-highlights.png and <slug>-card.png, then exits
 * npm run demo -- --no-build         skip `npx wxt build` (use the extension already in .output/chrome-mv3)
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT, articleSource } from './lib/demo-articles';
import { startDemoServer, type DemoServer } from './lib/demo-server';
import { screenshotDemoPages } from './lib/demo-screenshots';
import { launchWithExtension, type LaunchedBrowser } from './lib/launch-browser';

const EXTENSION_PATH = '.output/chrome-mv3';

interface DemoArgs {
  screenshots?: string;
  build: boolean;
}

function parseArgs(argv: string[]): DemoArgs {
  const args: DemoArgs = { build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') args.build = false;
    else if (arg === '--screenshots') {
      const dir = argv[++i];
      if (!dir || dir.startsWith('--')) throw new Error('--screenshots needs a folder: npm run demo -- --screenshots out/screenshots');
      args.screenshots = dir;
    } else if (arg.startsWith('--screenshots=')) args.screenshots = arg.slice('--screenshots='.length);
    else throw new Error(`Unknown option ${arg}. Options: --screenshots DIR, --no-build`);
  }
  return args;
}

const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function build(): void {
  console.log('Building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npx wxt build failed (exit code ${result.status ?? result.signal}).`);
}

async function interactive(server: DemoServer): Promise<void> {
  const browser = await launchWithExtension({ extensionPath: EXTENSION_PATH, headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/`);
  console.log(`Recoupe demo open at ${server.url}/ . Press Ctrl-C to stop.`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    browser.context.once('close', () => done());
  });
  await browser.close().catch(() => undefined);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.screenshots && !hasDisplay()) {
    console.error(
      'No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the browser cannot open a window.\n' +
        'Either take screenshots headless:   npm run demo -- --screenshots out/demo\n' +
        'or run it under a virtual display:  xvfb-run -a npm run demo   (apt-get install -y xvfb)',
    );
    return 2;
  }
  if (args.build) build();
  process.chdir(REPO_ROOT);
  const server = await startDemoServer();
  console.log(`Demo pages (text from ${articleSource()}):\n${server.pages.map((p) => `  ${p.url}`).join('\n')}`);
  let browser: LaunchedBrowser | undefined;
  try {
    if (!args.screenshots) {
      await interactive(server);
      return 0;
    }
    browser = await launchWithExtension({ extensionPath: EXTENSION_PATH, headless: true });
    const files = await screenshotDemoPages(browser.context, server.pages, args.screenshots);
    console.log(`Saved ${files.length} screenshots:\n${files.map((f) => `  ${f}`).join('\n')}`);
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Demo failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
