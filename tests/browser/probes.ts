// Measurements taken inside a page for the tests: how many lines a piece of text takes, how
// big an SVG's text is drawn, which colour an element is painted in. Each function runs in the
// page (serialised by puppeteer), so it uses nothing from this module; this code is compiled
// without the DOM's types, hence the small interfaces.
import type { Page } from 'puppeteer-core';

interface Box { left: number; right: number; top: number; bottom: number; width: number; height: number }
interface Node_ { textContent: string | null; getBoundingClientRect(): Box; getAttribute(n: string): string | null; querySelectorAll(s: string): ArrayLike<Node_>; closest(s: string): Node_ | null; getScreenCTM?(): { a: number } | null }
interface Doc { querySelectorAll(s: string): ArrayLike<Node_>; createRange(): { selectNodeContents(n: Node_): void; getClientRects(): ArrayLike<Box> } }
interface Win { document: Doc; getComputedStyle(n: Node_): { fontSize: string; color: string } }

/** For each element `selector` finds: its text and the number of lines it is laid out on. */
export function linesOf(page: Page, selector: string): Promise<{ text: string; lines: number }[]> {
  return page.evaluate((s) => {
    const w = globalThis as unknown as Win;
    return Array.from(w.document.querySelectorAll(s)).map((element) => {
      const range = w.document.createRange();
      range.selectNodeContents(element);
      // Boxes that share some height are on one line (an icon sits a little lower than its words).
      const boxes = Array.from(range.getClientRects()).filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
      let lines = 0;
      let bottom = -Infinity;
      for (const box of boxes) {
        if (box.top >= bottom - 1) lines++;
        bottom = Math.max(bottom, box.bottom);
      }
      return { text: (element.textContent ?? '').trim(), lines };
    });
  }, selector);
}

/** Every <text> of the SVG `selector` finds: its words, drawn size in CSS pixels and box. */
export function svgTexts(page: Page, selector: string): Promise<{ svg: Box; texts: { text: string; px: number; box: Box }[] }> {
  return page.evaluate((s) => {
    const w = globalThis as unknown as Win;
    const svg = w.document.querySelectorAll(s)[0]!;
    const scale = svg.getScreenCTM?.()?.a ?? 1;
    const plain = (b: Box): Box => ({ left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height });
    return {
      svg: plain(svg.getBoundingClientRect()),
      texts: Array.from(svg.querySelectorAll('text')).map((text) => ({
        text: text.textContent ?? '',
        px: parseFloat(w.getComputedStyle(text).fontSize) * scale,
        box: plain(text.getBoundingClientRect()),
      })),
    };
  }, selector);
}

/** The painted colour (`rgb(…)`) of each status icon, by the words of the cell it is in. */
export function iconColours(page: Page, selector: string): Promise<Record<string, string>> {
  return page.evaluate((s) => {
    const w = globalThis as unknown as Win;
    const colours: Record<string, string> = {};
    for (const icon of Array.from(w.document.querySelectorAll(s))) {
      const cell = icon.closest('td');
      if (cell !== null) colours[(cell.textContent ?? '').trim()] = w.getComputedStyle(icon).color;
    }
    return colours;
  }, selector);
}

/** `#rrggbb` as a browser reports a computed colour. */
export const rgb = (hex: string): string => {
  const n = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)}, ${n(3)}, ${n(5)})`;
};

export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
