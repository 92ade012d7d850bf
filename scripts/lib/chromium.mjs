import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser), with the flags this machine needs as root. */
export const chromePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

export function launchChromium() {
  if (!chromePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROME_PATH)');
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}
