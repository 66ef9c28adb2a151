// Running the alternative: the CPU-time limit ends a process that loops (as vitest itself
// cannot), the exit tells a pass from a failure, and vitest called directly with the threads
// pool runs a student's generated tests in their folder.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALTERNATIVE_FORMS, runAlternative, type AlternativeForm } from '../../bench/alternative-run.ts';
import type { SampledStudent } from '../../bench/alternative-sample.ts';
import { writeAlternativeFolders } from '../../bench/alternative.ts';
import { writeBenchClass, type BenchClass } from '../../bench/class.ts';
import { writeBenchCourse } from '../../bench/course.ts';
import { planStudent } from '../../scripts/example-class/plan.ts';
import { benchStudent } from '../../bench/students.ts';
import { loadCourse, type LoadedCourse } from '../../grader/spec/index.ts';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'grader-bench-alternative-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const student = (id: string, kind: SampledStudent['kind'], weight = 1): SampledStudent => ({ id, folder: join(dir, id), solution: 'solution.js', kind, weight });

describe.runIf(process.platform === 'linux')('runAlternative', () => {
  it('ends a process that loops at its CPU-time limit, and tells a pass from a failure', async () => {
    const form: AlternativeForm = {
      id: 'direct',
      label: 'a stand-in',
      // Passes in a folder named pass, fails in one named fail, loops in any other.
      command: [process.execPath, '-e', "const f = require('node:path').basename(process.cwd()); if (f === 'pass') process.exit(0); if (f === 'fail') process.exit(1); for (;;) {}"],
    };
    const sample = [student('pass', 'loads', 900), student('fail', 'syntax-error', 90), student('loop', 'loops', 10)];
    for (const s of sample) mkdirSync(s.folder, { recursive: true });
    const run = await runAlternative(form, sample, new Map(sample.map((s) => [s.id, s.folder])), 2, 1);
    expect(run).toMatchObject({ form: 'direct', students: 3, parallel: 2, cpuLimitS: 1 });
    expect(Object.fromEntries(run.runs.map((r) => [r.id, r.exit]))).toEqual({ pass: 'passed', fail: 'failed', loop: 'ended' });
    const ms = Object.fromEntries(run.runs.map((r) => [r.id, r.ms]));
    expect(run.classWeightedMs).toBeCloseTo((900 * ms.pass! + 90 * ms.fail! + 10 * ms.loop!) / 1000 / 2, 6);
    expect(run.medianLoadsMs).toBe(ms.pass);
  });

  describe('vitest called directly, threads pool', () => {
    let loaded: LoadedCourse;
    let written: BenchClass;
    beforeAll(async () => {
      loaded = await loadCourse(await writeBenchCourse(join(root, 'exercises'), join(dir, 'course')));
      written = await writeBenchClass(loaded.course!, loaded.exercises, 120, join(dir, 'class'));
    });

    it("passes a student whose code is right and fails one whose code does not parse, in their folders", async () => {
      const right = written.withCode.find((s) => planStudent(benchStudent(Number(s.id.slice(-5)) - 1), loaded.course!, loaded.exercises).code.every((c) => c.status === 'correct'));
      const broken = written.withCode.find((s) => s.kind === 'syntax-error');
      const sample = [right!, broken!].map((s) => ({ ...s, weight: 1 }));
      const folders = await writeAlternativeFolders(sample, loaded.course!, loaded.exercises, join(dir, 'alternative'), join(root, 'node_modules'));
      const direct = ALTERNATIVE_FORMS.find((form) => form.id === 'direct')!;
      const run = await runAlternative(direct, sample, new Map(sample.map((s, i) => [s.id, folders[i]!])), 2);
      expect(Object.fromEntries(run.runs.map((r) => [r.kind, r.exit]))).toEqual({ loads: 'passed', 'syntax-error': 'failed' });
    }, 120_000);
  });
});
