#!/usr/bin/env node
// Opens the HTML pages of a grading run in headless Chromium, at a phone's width and at a
// desktop's, and reports what a browser sees that the static tests cannot: console errors
// and warnings (a Content-Security-Policy violation is one), requests leaving the page, and
// a page wider than the phone's screen. Optionally saves screenshots of one student's report
// (phone and desktop) and of the class summary.
//
//   node scripts/browser-check.mjs [out/example-class]               # every page of the run
//   node scripts/browser-check.mjs out/example-class --screenshots docs --student zahra.mohammadi --at ex-softmax-three-logits
//
// Chromium is driven through the DevTools protocol over a pipe (--remote-debugging-pipe), so
// nothing but Node is needed. Without Chromium the check is skipped (exit 0) with a message;
// CHROMIUM=/path/to/chrome picks another browser. Exit 1 when a page has a problem.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const VIEWPORTS = {
  phone: { width: 390, height: 844, deviceScaleFactor: 2, mobile: true },
  desktop: { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false },
};
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function parseArgs(argv) {
  const options = { out: 'out/example-class', screenshots: undefined, student: undefined, at: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--screenshots') options.screenshots = argv[++i];
    else if (arg === '--student') options.student = argv[++i];
    else if (arg === '--at') options.at = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node scripts/browser-check.mjs [out-folder] [--screenshots <dir> [--student <id>] [--at <element id>]]\n');
      process.exit(0);
    } else options.out = arg;
  }
  return options;
}

/** The DevTools protocol over Chromium's pipe: JSON messages ended by NUL, fd 3 in, fd 4 out. */
function openBrowser(executable, profile) {
  const child = spawn(
    executable,
    [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-extensions', '--hide-scrollbars', '--remote-debugging-pipe',
      `--user-data-dir=${profile}`, 'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3];
  const fromBrowser = child.stdio[4];
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  let buffer = '';
  fromBrowser.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined && pending.has(message.id)) {
        const { resolve: done, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(`${message.error.message} (${message.error.code})`));
        else done(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const exited = new Promise((done) => child.on('exit', done));
  return {
    send(method, params = {}, sessionId) {
      const id = nextId++;
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise((done, reject) => pending.set(id, { resolve: done, reject }));
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      child.kill();
      await exited;
    },
  };
}

/** Opens `file` at `viewport` and returns what went wrong, plus a screenshot (scrolled to `at`) when asked. */
async function visit(browser, file, viewport, screenshot, at) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => browser.send(method, params, sessionId);
  const url = pathToFileURL(file).href;
  const problems = [];
  let loaded;
  const load = new Promise((done) => (loaded = done));
  const stop = browser.on((message) => {
    if (message.sessionId !== sessionId) return;
    const { method, params } = message;
    if (method === 'Runtime.consoleAPICalled' && ['error', 'warning', 'assert'].includes(params.type)) {
      problems.push(`console ${params.type}: ${params.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
    } else if (method === 'Runtime.exceptionThrown') {
      problems.push(`exception: ${params.exceptionDetails.exception?.description ?? params.exceptionDetails.text}`);
    } else if (method === 'Log.entryAdded' && ['error', 'warning'].includes(params.entry.level)) {
      problems.push(`console ${params.entry.level} (${params.entry.source}): ${params.entry.text}`);
    } else if (method === 'Network.requestWillBeSent') {
      const requested = params.request.url;
      if (requested !== url && !requested.startsWith('data:')) problems.push(`request: ${requested}`);
    } else if (method === 'Page.loadEventFired') loaded();
  });
  try {
    for (const domain of ['Page', 'Runtime', 'Log', 'Network']) await send(`${domain}.enable`);
    await send('Emulation.setDeviceMetricsOverride', viewport);
    await send('Page.navigate', { url });
    await Promise.race([load, new Promise((done) => setTimeout(done, 10_000))]);
    await new Promise((done) => setTimeout(done, 100)); // late console messages
    const { result } = await send('Runtime.evaluate', { expression: 'document.documentElement.scrollWidth - window.innerWidth', returnByValue: true });
    if (viewport.mobile && result.value > 0) problems.push(`${result.value}px wider than a ${viewport.width}px phone screen`);
    if (screenshot) {
      if (at !== undefined) await send('Runtime.evaluate', { expression: `document.getElementById(${JSON.stringify(at)})?.scrollIntoView()` });
      const { data } = await send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(screenshot, Buffer.from(data, 'base64'));
    }
  } finally {
    stop();
    await browser.send('Target.closeTarget', { targetId });
  }
  return problems;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const executable = process.env.CHROMIUM ?? BROWSERS.find((path) => existsSync(path));
  if (!executable || !existsSync(executable)) {
    process.stdout.write('browser-check: skipped, no Chromium found (set CHROMIUM=/path/to/chrome to use another browser).\n');
    return 0;
  }
  const out = resolve(options.out);
  const reports = join(out, 'reports');
  if (!existsSync(join(out, 'summary.html')) || !existsSync(reports)) {
    process.stderr.write(`browser-check: ${options.out} has no summary.html and reports/; grade a class first (npm run demo).\n`);
    return 2;
  }
  const pages = [join(out, 'summary.html'), ...readdirSync(reports).filter((name) => name.endsWith('.html')).sort().map((name) => join(reports, name))];
  const profile = mkdtempSync(join(tmpdir(), 'browser-check-'));
  const browser = openBrowser(executable, profile);
  let failed = 0;
  try {
    await browser.send('Target.setDiscoverTargets', { discover: false });
    for (const page of pages) {
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        const problems = await visit(browser, page, viewport);
        if (problems.length === 0) continue;
        failed++;
        process.stdout.write(`${page} (${name}):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
      }
    }
    if (options.screenshots !== undefined) {
      const student = options.student ?? readdirSync(reports).find((name) => name.endsWith('.html'))?.replace(/\.html$/, '');
      const page = join(reports, `${student}.html`);
      if (!existsSync(page)) throw new Error(`no report for ${student} in ${reports}`);
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        const file = join(resolve(options.screenshots), `report-${name}.png`);
        await visit(browser, page, viewport, file, options.at);
        process.stdout.write(`Wrote ${file}\n`);
      }
      const summary = join(resolve(options.screenshots), 'summary-desktop.png');
      await visit(browser, join(out, 'summary.html'), VIEWPORTS.desktop, summary);
      process.stdout.write(`Wrote ${summary}\n`);
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const checked = pages.length * Object.keys(VIEWPORTS).length;
  process.stdout.write(
    failed === 0
      ? `browser-check: ${pages.length} pages opened at phone and desktop widths: no console errors or warnings, no requests, nothing wider than the phone.\n`
      : `browser-check: ${failed} of ${checked} page views had problems.\n`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`browser-check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
