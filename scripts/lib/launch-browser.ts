/**
 * Launches Debian Chromium or Debian Firefox ESR with the built extension, through puppeteer-core
 * (CDP for Chromium, WebDriver BiDi for Firefox; no browser download, no geckodriver).
 * Recipes and traps: ../shared/docs/toolchain.md and ../shared/docs/firefox.md.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];
export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const GECKO_ID = 'recoupe@recoupe.invalid';

/** The build each browser loads (`npx wxt build` and `npx wxt build -b firefox`). */
export const EXTENSION_BUILDS: Record<BrowserName, { path: string; build: string }> = {
  chromium: { path: '.output/chrome-mv3', build: 'npx wxt build' },
  firefox: { path: '.output/firefox-mv2', build: 'npx wxt build -b firefox' },
};

export function parseBrowserName(value: string | undefined): BrowserName {
  const name = (value ?? 'chromium').toLowerCase();
  if (name === 'chrome' || name === 'chromium') return 'chromium';
  if (name === 'firefox' || name === 'firefox-esr') return 'firefox';
  throw new Error(`Unknown browser "${value}": use chromium or firefox.`);
}

export interface LaunchOptions {
  browser?: BrowserName;
  /** Folder of the unpacked extension (with its manifest.json); defaults to the browser's build. */
  extensionPath?: string;
  headless?: boolean;
  /** Where downloads are saved without asking; a temporary folder when absent. */
  downloadDir?: string;
  /** Chromium's profile folder, kept between launches (benchmarks that reuse a written library); a temporary one when absent. */
  userDataDir?: string;
}

export interface LaunchedBrowser {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  extensionOrigin: string;
  /** Chromium's extension id, or the fixed internal UUID Firefox gives the add-on. */
  extensionId: string;
  downloadDir: string;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1280, height: 900 };

export function chromiumArgs(extensionPath: string | undefined, isRoot: boolean): string[] {
  return [
    // Both are needed: Debian Chromium honours --load-extension only with extensions enabled.
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    // Chromium refuses to start its sandbox as root (containers, CI).
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Firefox preferences: a known extension UUID, quiet networking, downloads saved without a dialog. */
export function firefoxPrefs(uuid: string, downloadDir: string): Record<string, unknown> {
  return {
    // moz-extension://<uuid>/ is random unless fixed before launch.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'browser.download.dir': downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    // Mozilla's own services would otherwise show up as requests during tests.
    'app.update.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.page': 0,
  };
}

function checkPaths(name: BrowserName, extensionPath: string): void {
  const binary = name === 'firefox' ? FIREFOX_PATH : CHROMIUM_PATH;
  if (!existsSync(binary)) throw new Error(`${name} not found at ${binary}. Install it with: apt-get install -y ${name === 'firefox' ? 'firefox-esr' : 'chromium'}`);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionPath} (manifest.json missing). Build it with: ${EXTENSION_BUILDS[name].build}`);
  }
}

/**
 * Chromium as launchWithExtension starts it, with the same flags and window, and no extension: a page
 * benchmark's baseline, whose difference from the run with the extension is then Recoupe's alone (it
 * was started with puppeteer's defaults, without the GPU, network and extension flags above).
 */
export function launchChromiumBaseline(headless = true): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, headless, args: chromiumArgs(undefined, process.getuid?.() === 0), ignoreDefaultArgs: ['--disable-extensions'], defaultViewport: VIEWPORT });
}

export async function launchWithExtension({ browser: name = 'chromium', extensionPath, headless = true, downloadDir, userDataDir }: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extension = resolve(extensionPath ?? EXTENSION_BUILDS[name].path);
  checkPaths(name, extension);
  const ownDownloads = !downloadDir;
  const downloads = downloadDir ?? mkdtempSync(join(tmpdir(), 'recoupe-downloads-'));
  const cleanup = async () => {
    if (ownDownloads) await rm(downloads, { recursive: true, force: true });
  };
  if (name === 'firefox') {
    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless,
      // Without it, navigating a tab to moz-extension:// is refused (firefox.md).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs(uuid, downloads),
      defaultViewport: VIEWPORT,
    });
    try {
      const id = await browser.installExtension(extension);
      if (id !== GECKO_ID) throw new Error(`the add-on installed as ${id}, not ${GECKO_ID}: the UUID pref would not apply`);
    } catch (err) {
      await browser.close();
      await cleanup();
      throw new Error(`Firefox refused the add-on in ${extension}: ${(err as Error).message}`);
    }
    return { name, browser, extensionOrigin: `moz-extension://${uuid}`, extensionId: uuid, downloadDir: downloads, close: async () => (await browser.close(), await cleanup()) };
  }
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless,
    args: chromiumArgs(extension, process.getuid?.() === 0),
    ignoreDefaultArgs: ['--disable-extensions'],
    defaultViewport: VIEWPORT,
    downloadBehavior: { policy: 'allow', downloadPath: downloads },
    ...(userDataDir ? { userDataDir } : {}),
  });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
    const extensionId = new URL(target.url()).host;
    return { name, browser, extensionOrigin: `chrome-extension://${extensionId}`, extensionId, downloadDir: downloads, close: async () => (await browser.close(), await cleanup()) };
  } catch (err) {
    await browser.close();
    await cleanup();
    throw new Error(`The extension's service worker did not start: ${(err as Error).message}`);
  }
}
