#!/usr/bin/env node
// The published entry point: the CLI is bundled into dist/ by `npm run build`
// (which `npm ci` runs through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/grader.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('grader: dist/grader.js is missing; run `npm run build` (npm ci runs it for you).\n');
  process.exit(2);
}
await import(bundle.href);
