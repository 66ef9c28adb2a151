// The browser harness: what a test or a script uses to check a page a user takes away in a
// real Chromium (Debian's, driven by puppeteer-core). `npm run browser-check` checks a grading
// run's pages with it; the tests in tests/browser/ too.
//
//   const chromium = await launchChromium();                      // fails if there is none
//   const problems = await checkPage(chromium.browser, 'out/summary.html', PHONE);
//   const opened = await openPage(chromium.browser, 'page.html', DESKTOP);  // console, requests
//   await runAxe(opened.page); await measureLayout(opened.page, DESKTOP.width); await opened.close();
//   await chromium.close();                                        // removes its profile too
export { runAxe, WCAG_21_AA, type AxeViolation } from './axe.ts';
export { checkPage, type PageCheckOptions, type PageProblem, type PageProblemCode } from './check-page.ts';
export { CHROMIUM_FLAGS, ChromiumMissing, findChromium, launchChromium, removeProfile, type Chromium } from './chromium.ts';
export { isUsableScrollingRegion, measureLayout, type Layout, type ScrollingRegion, type WideElement } from './layout.ts';
export { openPage, type ConsoleEntry, type OpenedPage } from './open-page.ts';
export { findRunPages, type RunPages } from './run-pages.ts';
export { DESKTOP, PHONE, VIEWPORTS, type Viewport } from './viewports.ts';
