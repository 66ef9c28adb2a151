// Headless Chromium for the checks of pages a user takes away: Debian's `chromium` (browsers
// cannot be downloaded here), driven by puppeteer-core over a pipe, with a profile of its own
// that is removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const KNOWN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** No GPU, no network of its own (updates, sync, QUIC), no first-run dialogs. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

/** `$CHROMIUM` when set, else the first browser found at the usual places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM !== undefined && env.CHROMIUM !== '') return env.CHROMIUM;
  return KNOWN_PATHS.find((path) => existsSync(path));
}

export interface Chromium {
  readonly browser: Browser;
  /** Its profile folder (--user-data-dir), removed by close(). */
  readonly profile: string;
  /** Closes the browser, then removes its profile folder. */
  close(): Promise<void>;
}

export class ChromiumMissing extends Error {
  constructor() {
    super('no Chromium found: install it (apt-get install -y chromium fonts-noto-core) or set CHROMIUM=/path/to/chrome');
  }
}

export async function launchChromium(options: { executable?: string; args?: readonly string[] } = {}): Promise<Chromium> {
  const executablePath = options.executable ?? findChromium();
  if (executablePath === undefined || !existsSync(executablePath)) throw new ChromiumMissing();
  const profile = await mkdtemp(join(tmpdir(), 'grader-chromium-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await removeProfile(profile);
    throw error;
  }
  return {
    browser,
    profile,
    async close() {
      try {
        await browser.close();
      } finally {
        await removeProfile(profile);
      }
    },
  };
}

/**
 * Chromium's helper processes may still write to the profile for a moment after the browser
 * has closed; removing it then fails with ENOTEMPTY or EBUSY. Node's `rm` retries exactly
 * those errors (with a growing pause) before giving up.
 */
export function removeProfile(profile: string): Promise<void> {
  return rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}
