// `node dist/bench.js` end to end on a small class: what it prints and writes, never how
// fast (the figures are noise on a shared machine): the CPU split read from outside the
// measured process with esbuild in the totals, both forms of the alternative with a ratio
// each, and the floor per student beside the run.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlternativeRun } from '../../bench/alternative-run.ts';
import type { FloorReport } from '../../bench/floor.ts';
import type { SizeResult } from '../../bench/table.ts';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'grader-bench-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface BenchJson {
  readonly load: { readonly before: string; readonly after: string };
  readonly results: readonly SizeResult[];
  readonly alternative: readonly AlternativeRun[];
  readonly floor: FloorReport;
}

let stdout: string;
let json: BenchJson;
beforeAll(async () => {
  const args = ['--sizes', '24', '--sample', '2', '--check-runs', '0', '--floor-students', '2', '--json', join(dir, 'bench.json'), '--work', join(dir, 'work')];
  ({ stdout } = await promisify(execFile)(process.execPath, [join(root, 'dist/bench.js'), ...args], { cwd: root }));
  json = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as BenchJson;
}, 600_000);

describe.runIf(process.platform === 'linux')('node dist/bench.js', () => {
  it('says how loaded the machine was, before and after', () => {
    expect(stdout).toMatch(/load average \d+\.\d before the bench, \d+\.\d after it/);
  });

  it("reads the run's CPU by thread from outside it, and counts esbuild's process in the totals", () => {
    const { run } = json.results[0]!;
    expect(run.exitCode).toBe(0);
    const split = run.cpuSplit;
    // 24 students: one grade worker thread with its sandbox workers, and esbuild's service.
    expect(split.gradeWorkersMs).toBeGreaterThan(0);
    expect(split.sandboxWorkersMs).toBeGreaterThan(0);
    expect(split.childProcessesMs).toBeGreaterThan(0);
    expect(split.endedThreadsMs).toBeGreaterThanOrEqual(0);
    expect(run.splitCost!.readings).toBeGreaterThan(2);
    const total = run.cpuUserMs + run.cpuSystemMs + split.childProcessesMs!;
    const row = stdout.split('\n').find((line) => line.startsWith('| 24 '))!;
    expect(row.split('|').map((cell) => cell.trim())[5]).toBe((total / 1000).toFixed(2));
    expect(stdout).toContain('CPU s (process + esbuild)');
    expect(stdout).toContain('| threads ended between readings');
    expect(stdout).toContain('| reading /proc (the bench, not above)');
  });

  it('runs the alternative in both forms on the same students and prints a ratio for each', () => {
    expect(json.alternative.map((run) => run.form)).toEqual(['npx', 'direct']);
    const [npx, direct] = json.alternative;
    expect(direct!.runs.map((r) => r.id)).toEqual(npx!.runs.map((r) => r.id));
    for (const run of json.alternative) {
      expect(run.runs).toHaveLength(2);
      expect(run.cpuLimitS).toBe(5);
      for (const process of run.runs) expect(process.exit).not.toBe('ended');
    }
    expect(stdout).toMatch(/ratio against `npx vitest run` \(npm, forks pool\): \d+x faster per student/);
    expect(stdout).toMatch(/ratio against `node …\/vitest\.mjs run --pool threads`: \d+x faster per student/);
    expect(stdout).toMatch(/vitest called directly takes \d+\.\d\d of the npx form's time per student/);
  });

  it('prints the floor of every piece beside the run, and the distance to it', () => {
    expect(Object.keys(json.floor.floor).sort()).toEqual(['compare', 'parse', 'render', 'sandbox', 'transpile', 'write']);
    for (const piece of ['parse (', 'transpile (', 'sandbox jobs (', 'grade (', 'render (', 'write (', 'all pieces;']) expect(stdout).toContain(`| ${piece}`);
    expect(stdout).toMatch(/distance to the floor: the 24 run spends \d+\.\dx the floor's CPU per student/);
  });
});
