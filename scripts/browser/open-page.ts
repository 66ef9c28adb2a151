// One page opened in Chromium at one viewport, with everything it said and asked for on the way.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import type { Viewport } from './viewports.ts';

export interface ConsoleEntry {
  /** `error`, `warning`, `log`, … as the browser reports it; `exception` for an uncaught error. */
  readonly type: string;
  readonly text: string;
}

export interface OpenedPage {
  readonly page: Page;
  readonly url: string;
  /** Every console message and uncaught exception, in order. */
  readonly console: ConsoleEntry[];
  /** Every URL the page requested, the page itself first (workers, WebAssembly, images, … included). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** `file` is a path or a URL (`file://`, `about:`, `data:`). Resolves once the load event has fired. */
export async function openPage(browser: Browser, file: string, viewport: Viewport, options: { timeoutMs?: number } = {}): Promise<OpenedPage> {
  const url = /^[a-z]+:/i.test(file) ? file : pathToFileURL(file).href;
  const page = await browser.newPage();
  const console: ConsoleEntry[] = [];
  const requests: string[] = [];
  page.on('console', (message) => console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => console.push({ type: 'exception', text: error instanceof Error ? error.message : String(error) }));
  page.on('request', (request) => requests.push(request.url()));
  try {
    await page.setViewport(viewport);
    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 60_000 });
  } catch (error) {
    await page.close();
    throw error;
  }
  return { page, url, console, requests, close: () => page.close() };
}
