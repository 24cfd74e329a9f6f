// @ts-check
import fs from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium: test tools cannot download browsers here, and CI installs it with apt. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Fails loudly, with the way to fix it, when Chromium is not installed: never a silent skip. */
export function assertChromiumInstalled() {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
  } catch {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}, and the browser tests need it.\n` +
        'Install it from Debian:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(or set CHROMIUM_PATH to another Chromium binary).',
    );
  }
}

export async function launchChromium() {
  assertChromiumInstalled();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
