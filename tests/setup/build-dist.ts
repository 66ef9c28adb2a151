// The sandbox's worker threads run the bundled dist/sandbox-worker.js (Node 20 cannot start
// a worker from TypeScript), so every test run bundles first: a test never runs a stale worker.
// `--dev` adds dist/bench.js, which the benchmark's tests run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildDist(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs', '--dev', '--types'], { cwd: root, stdio: 'inherit' });
}
