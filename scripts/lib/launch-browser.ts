/**
 * Launches Debian Chromium with the built extension loaded, through playwright-core.
 * Flags and binary as in ../shared/docs/toolchain.md.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

export interface LaunchOptions {
  /** Folder of the unpacked extension (with its manifest.json). */
  extensionPath?: string;
  headless?: boolean;
  /** Profile folder to use; when absent a temporary one is made and removed on close. */
  userDataDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export function chromiumArgs(extensionPath: string, isRoot: boolean): string[] {
  return [
    // Both are needed: without --disable-extensions-except, Playwright's default --disable-extensions wins.
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
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

export async function launchWithExtension({
  extensionPath = '.output/chrome-mv3',
  headless = true,
  userDataDir,
}: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }
  const extension = resolve(extensionPath);
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built extension in ${extension} (manifest.json missing). Build it with: npx wxt build`);
  }
  const profile = userDataDir ?? (await mkdtemp(join(tmpdir(), 'recoupe-chromium-')));
  const removeProfile = async () => {
    if (!userDataDir) await rm(profile, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless,
      args: chromiumArgs(extension, process.getuid?.() === 0),
      viewport: { width: 1280, height: 900 },
    });
  } catch (err) {
    await removeProfile();
    throw err;
  }
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return {
      context,
      extensionId: new URL(serviceWorker.url()).host,
      serviceWorker,
      async close() {
        await context.close();
        await removeProfile();
      },
    };
  } catch (err) {
    await context.close();
    await removeProfile();
    throw new Error(`The extension's service worker did not start: ${(err as Error).message}`);
  }
}
