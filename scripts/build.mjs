// Bundles the grader's own code (not its dependencies) into dist/: one file per
// entry point, so that the CLI and its worker threads start without a TypeScript loader.
//
//   node scripts/build.mjs                  the grader alone: what an installation needs
//   node scripts/build.mjs --dev            also the benchmark and the example class's generator
//   node scripts/build.mjs --types          also the reference export's type declarations
//   node scripts/build.mjs --outdir <dir>   somewhere else than dist/ (the Gradescope zip's stage)
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const DEPENDENCIES = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
const BUNDLED = ['yaml', 'commander'];

const args = process.argv.slice(2);
const outdirAt = args.indexOf('--outdir');
const outdir = outdirAt >= 0 && args[outdirAt + 1] ? args[outdirAt + 1] : 'dist';

const entryPoints = {
  grader: 'grader/cli/bin.ts',
  // The sandbox's worker thread: Node cannot start a worker from TypeScript source.
  'sandbox-worker': 'grader/sandbox/worker.ts',
  // A grade worker thread of `grader grade`: whole students, each thread with its own sandbox.
  'grade-worker': 'grader/batch/grade-worker.ts',
  // Development tools, never imported by the CLI: the production build (an installation, the
  // Gradescope zip) does without bench/ and scripts/.
  ...(args.includes('--dev') ? { 'generate-class': 'scripts/generate-class.ts', bench: 'bench/main.ts', 'browser-check': 'scripts/browser-check.ts' } : {}),
};

await build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies stay in node_modules, but for the YAML parser and the command-line parser:
  // Node loads each of their ~80 files at every start, which is most of `grader check`'s
  // start-up time spent loading code; bundled, they are parsed as part of one chunk.
  external: DEPENDENCIES.filter((name) => !BUNDLED.includes(name)).flatMap((name) => [name, `${name}/*`]),
  // Their CommonJS code calls `require` (for Node's own modules), which an ES module lacks.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Code shared by entry points, and each command's work (imported when the command runs),
  // go to chunks: `grader check` starts without loading the report templates' engine.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// The public `ml-exercise-grader/reference` export: the course's math alone, in one file that
// imports nothing (not even Node's own modules), so that it also runs in a browser or a bundler.
await build({
  entryPoints: { reference: 'reference/index.ts' },
  outdir,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// Type declarations of the public `ml-exercise-grader/reference` export, for TypeScript users.
// `npm ci` builds them too (the prepare script), unless the development tools were left out
// (`npm ci --omit=dev`): an installation that only grades has no use for them.
const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url);
const prepare = process.env.npm_lifecycle_event === 'prepare' && existsSync(tsc);
if (args.includes('--types') || prepare) {
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [tsc.pathname, '-p', 'tsconfig.reference.json'], { stdio: 'inherit' });
}
