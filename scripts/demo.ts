/**
 * npm run demo                          build Recoupe, serve the demo pages, open Chromium on them (needs a display)
 * npm run demo -- --browser firefox     the same in Firefox ESR (the Firefox build, installed as a temporary add-on)
 * npm run demo -- --screenshots DIR     same, headless: saves <slug>-highlights.png and <slug>-card.png, then exits
 * npm run demo -- --no-build            skip the build (use the extension already in .output/)
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT, articleSource } from './lib/demo-articles';
import { startDemoServer, type DemoServer } from './lib/demo-server';
import { screenshotDemoPages } from './lib/demo-screenshots';
import { EXTENSION_BUILDS, launchWithExtension, parseBrowserName, type BrowserName, type LaunchedBrowser } from './lib/launch-browser';

interface DemoArgs {
  screenshots?: string;
  build: boolean;
  browser: BrowserName;
}

function valueOf(argv: string[], i: number, flag: string, example: string): string {
  const value = argv[i];
  if (!value || value.startsWith('--')) throw new Error(`${flag} needs a value: npm run demo -- ${flag} ${example}`);
  return value;
}

function parseArgs(argv: string[]): DemoArgs {
  const args: DemoArgs = { build: true, browser: 'chromium' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') args.build = false;
    else if (arg === '--screenshots') args.screenshots = valueOf(argv, ++i, '--screenshots', 'out/screenshots');
    else if (arg.startsWith('--screenshots=')) args.screenshots = arg.slice('--screenshots='.length);
    else if (arg === '--browser') args.browser = parseBrowserName(valueOf(argv, ++i, '--browser', 'firefox'));
    else if (arg.startsWith('--browser=')) args.browser = parseBrowserName(arg.slice('--browser='.length));
    else throw new Error(`Unknown option ${arg}. Options: --browser chromium|firefox, --screenshots DIR, --no-build`);
  }
  return args;
}

const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function build(browser: BrowserName): void {
  const command = EXTENSION_BUILDS[browser].build;
  console.log(`Building the extension (${command})…`);
  const [bin, ...rest] = command.split(' ');
  const result = spawnSync(bin, rest, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} failed (exit code ${result.status ?? result.signal}).`);
}

async function interactive(server: DemoServer, browser: BrowserName): Promise<void> {
  const launched = await launchWithExtension({ browser, headless: false });
  const page = (await launched.browser.pages())[0] ?? (await launched.browser.newPage());
  await page.goto(`${server.url}/`);
  console.log(`Recoupe demo open in ${browser} at ${server.url}/ . Press Ctrl-C to stop.`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    launched.browser.once('disconnected', () => done());
  });
  await launched.close().catch(() => undefined);
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
  if (args.build) build(args.browser);
  process.chdir(REPO_ROOT);
  const server = await startDemoServer();
  console.log(`Demo pages (text from ${articleSource()}):\n${server.pages.map((p) => `  ${p.url}`).join('\n')}`);
  let launched: LaunchedBrowser | undefined;
  try {
    if (!args.screenshots) {
      await interactive(server, args.browser);
      return 0;
    }
    launched = await launchWithExtension({ browser: args.browser, headless: true });
    const files = await screenshotDemoPages(launched.browser, server.pages, args.screenshots);
    console.log(`Saved ${files.length} screenshots (${args.browser}):\n${files.map((f) => `  ${f}`).join('\n')}`);
    return 0;
  } finally {
    await launched?.close().catch(() => undefined);
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
