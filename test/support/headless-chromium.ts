import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; `npm test` installs it when missing (scripts/lib/ensure-chromium.mjs). */
export const CHROMIUM_BIN = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every host name but localhost fails to resolve: the page cannot reach the internet even by accident.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
];

export interface OfflineBrowser {
  context: BrowserContext;
  /** Requests the page tried to send anywhere but localhost (each refused). */
  refused: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium in a fresh profile (its own --user-data-dir, removed on close) that reaches localhost only:
 * any other request is refused and recorded.
 */
export async function launchOfflineChromium(viewport = { width: 1440, height: 900 }): Promise<OfflineBrowser> {
  if (!existsSync(CHROMIUM_BIN))
    throw new Error(
      `Chromium is not at ${CHROMIUM_BIN}: \`npm test\` installs it (apt-get install -y chromium, as root); ` +
        'run that or install it by hand.',
    );
  const profile = mkdtempSync(path.join(os.tmpdir(), 'jejak-chromium-'));
  // Playwright takes the profile folder as launchPersistentContext's first argument (it refuses --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: ARGS,
    viewport,
  });
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === 'localhost' || host === '127.0.0.1') return route.continue();
    refused.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return {
    context,
    refused,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
