// A page printed by Chromium (page.pdf) and read back with poppler-utils (pdfinfo, pdftotext),
// as a user's "Print to PDF" would give it. poppler-utils missing fails the test that uses it.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

/** A4's printable area under the stylesheet's `@page { margin: 14mm 12mm }`, in CSS pixels. */
const MM = 96 / 25.4;
export const A4_PRINTABLE = { width: (210 - 2 * 12) * MM, height: (297 - 2 * 14) * MM } as const;

export async function printA4(page: Page, file: string): Promise<void> {
  writeFileSync(file, await page.pdf({ format: 'A4' }));
}

export function pdfPageCount(file: string): number {
  const pages = /^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
  if (pages === undefined) throw new Error(`pdfinfo found no page count in ${file}`);
  return Number(pages);
}

export function pdfPageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

/**
 * How many pages the page's content fills when laid out for print in one long column: the
 * fewest pages it could print on, were no page break ever moved.
 */
export async function pagesOfContent(page: Page): Promise<number> {
  await page.emulateMediaType('print');
  await page.setViewport({ width: Math.floor(A4_PRINTABLE.width), height: Math.floor(A4_PRINTABLE.height) });
  const height = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight);
  return height / A4_PRINTABLE.height;
}
