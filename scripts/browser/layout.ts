// What a reader has to scroll sideways for: the page itself, elements that stick out of the
// viewport, and regions (tables in their wrappers) that scroll within the page. Measured in
// the page, after layout, at the viewport it was opened with.
import type { Page } from 'puppeteer-core';

export interface WideElement {
  /** A CSS selector that finds it: tag, id, classes and its place among its siblings. */
  readonly selector: string;
  /** How far it reaches past the viewport's edge, in CSS pixels. */
  readonly overflow: number;
}

export interface ScrollingRegion {
  readonly selector: string;
  /** Holds a table. */
  readonly table: boolean;
  /** How much wider its content is than its box, in CSS pixels. */
  readonly hidden: number;
  /** Reachable with the Tab key, so a keyboard can scroll it. */
  readonly focusable: boolean;
  /** Its ARIA role (`region`), if any, and its accessible name from aria-label or aria-labelledby. */
  readonly role: string;
  readonly name: string;
}

export interface Layout {
  readonly viewportWidth: number;
  /** How much wider the page is than the viewport (0 when it fits). */
  readonly pageOverflow: number;
  readonly wideElements: readonly WideElement[];
  readonly scrollingRegions: readonly ScrollingRegion[];
}

/** A region a keyboard user can reach, scroll and hear named (WCAG 2.1.1, 4.1.2). */
export const isUsableScrollingRegion = (region: ScrollingRegion): boolean =>
  region.focusable && region.name.trim() !== '' && (region.role === 'region' || region.role === 'group');

/**
 * `width` is the viewport's as set: a phone's browser widens its layout viewport to fit a page
 * that is too wide (and zooms out), so the page's own `innerWidth` would hide the overflow.
 */
export async function measureLayout(page: Page, width: number): Promise<Layout> {
  return (await page.evaluate(probe, width)) as Layout;
}

// The few DOM features the probe uses: this file is compiled without the DOM's types, which
// the grader's own code must never rely on.
interface ProbeElement {
  readonly tagName: string;
  readonly id: string;
  readonly classList: Iterable<string>;
  readonly parentElement: ProbeElement | null;
  readonly children: ArrayLike<ProbeElement>;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly tabIndex: number;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; right: number; width: number; height: number };
  querySelector(selector: string): ProbeElement | null;
}
interface ProbeWindow {
  readonly document: { readonly documentElement: ProbeElement; readonly body: ProbeElement; querySelectorAll(s: string): ArrayLike<ProbeElement>; getElementById(id: string): ProbeElement | null };
  getComputedStyle(element: ProbeElement): { overflowX: string; position: string; display: string };
}

/** Runs in the page: it is serialised, so it uses nothing from this module. */
function probe(width: number): Layout {
  const w = globalThis as unknown as ProbeWindow;
  const doc = w.document;
  const selectorOf = (element: ProbeElement): string => {
    const parts: string[] = [];
    for (let e: ProbeElement | null = element; e !== null && e !== doc.documentElement; e = e.parentElement) {
      const parent: ProbeElement | null = e.parentElement;
      const index = parent === null ? 0 : Array.prototype.indexOf.call(parent.children, e);
      const classes = [...e.classList].map((c) => `.${c}`).join('');
      const place = parent === null || e === doc.body ? '' : `:nth-child(${index + 1})`;
      parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${classes}${place}`);
      if (e.id) break;
    }
    return parts.join(' > ');
  };
  const scrolls = (element: ProbeElement): boolean => {
    const overflow = w.getComputedStyle(element).overflowX;
    return overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip';
  };
  const clippedByAncestor = (element: ProbeElement): boolean => {
    for (let e = element.parentElement; e !== null && e !== doc.body; e = e.parentElement) if (scrolls(e)) return true;
    return false;
  };
  const nameOf = (element: ProbeElement): string => {
    const label = element.getAttribute('aria-label');
    if (label !== null && label.trim() !== '') return label.trim();
    const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => doc.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
  };
  const all = Array.from(doc.querySelectorAll('body *'));
  const wide: ProbeElement[] = [];
  for (const element of all) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.right <= width + 0.5 && rect.left >= -0.5) continue;
    if (clippedByAncestor(element)) continue;
    if (wide.some((outer) => outer !== element && isInside(element, outer))) continue;
    wide.push(element);
  }
  function isInside(element: ProbeElement, outer: ProbeElement): boolean {
    for (let e = element.parentElement; e !== null; e = e.parentElement) if (e === outer) return true;
    return false;
  }
  const regions = all.filter((element) => {
    const overflow = w.getComputedStyle(element).overflowX;
    return (overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1;
  });
  return {
    viewportWidth: width,
    pageOverflow: Math.max(0, doc.documentElement.scrollWidth - width),
    wideElements: wide.map((element) => {
      const rect = element.getBoundingClientRect();
      return { selector: selectorOf(element), overflow: Math.round(Math.max(rect.right - width, -rect.left)) };
    }),
    scrollingRegions: regions.map((element) => ({
      selector: selectorOf(element),
      table: element.tagName === 'TABLE' || element.querySelector('table') !== null,
      hidden: element.scrollWidth - element.clientWidth,
      focusable: element.tabIndex >= 0,
      role: element.getAttribute('role') ?? '',
      name: nameOf(element),
    })),
  };
}
