import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSchedstat, parseStat, ThreadCpu } from '../../grader/sandbox/thread-cpu.ts';

describe('parseStat', () => {
  it.each<[string, string, number | undefined]>([
    ['a plain command', '5905 (cat) R 5902 5902 29909 0 -1 4194304 127 0 0 0 17 24 0 0 20 0 1 0 853114', 410],
    ['a command with spaces and parentheses', '77 (node (worker) 2) S 1 77 77 0 -1 4194304 5 0 0 0 3 1 0 0 20 0 9 0 1', 40],
    ['no CPU fields', '77 (node) S 1', undefined],
  ])('%s', (_name, text, ms) => {
    expect(parseStat(text)).toBe(ms);
  });
});

describe('parseSchedstat', () => {
  it.each<[string, string, number | undefined]>([
    ['nanoseconds on a CPU, waiting, time slices', '260103444 518348683 94\n', 260.103444],
    ['a thread that has not run', '0 0 0\n', 0],
    ['not a number', 'x 0 0\n', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, text, ms) => {
    expect(parseSchedstat(text)).toBe(ms);
  });
});

describe.runIf(process.platform === 'linux')('ThreadCpu on Linux', () => {
  it('reads the thread\'s time to the nanosecond from schedstat where there is one, else in 10 ms steps from stat', () => {
    const cpu = ThreadCpu.open('/proc/thread-self/stat');
    try {
      expect(cpu.stepMs).toBe(existsSync('/proc/thread-self/schedstat') ? 0 : 10);
    } finally {
      cpu.close();
    }
  });


  it("reads this thread's CPU time, which grows while it computes", () => {
    const cpu = ThreadCpu.open('/proc/thread-self/stat');
    try {
      const before = cpu.read();
      expect(before).toBeTypeOf('number');
      // Compute until 30 ms of CPU time show (a loaded machine may take far longer on the wall
      // clock: the deadline only keeps a clock that never moves from hanging the test).
      const end = performance.now() + 120_000;
      let after = before!;
      while (after - before! < 30 && performance.now() < end) {
        for (let i = 0; i < 1e5; i++) Math.sqrt(i);
        after = cpu.read()!;
      }
      expect(after - before!).toBeGreaterThanOrEqual(30);
    } finally {
      cpu.close();
    }
  });
});

describe('ThreadCpu from the files it finds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'grader-thread-cpu-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const STAT = '5905 (node) R 5902 5902 29909 0 -1 4194304 127 0 0 0 17 24 0 0 20 0 1 0 853114';

  it('takes schedstat beside the stat file first', () => {
    mkdirSync(join(dir, 'both'));
    writeFileSync(join(dir, 'both', 'stat'), STAT);
    writeFileSync(join(dir, 'both', 'schedstat'), '412345678 0 3\n');
    const cpu = ThreadCpu.open(join(dir, 'both', 'stat'));
    expect({ ms: cpu.read(), stepMs: cpu.stepMs }).toEqual({ ms: 412.345678, stepMs: 0 });
    cpu.close();
  });

  it('falls back to the stat file, in 10 ms steps, where schedstat is missing or unreadable', () => {
    for (const [folder, schedstat] of [['stat-only', undefined], ['bad-schedstat', 'not numbers\n']] as const) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'stat'), STAT);
      if (schedstat !== undefined) writeFileSync(join(dir, folder, 'schedstat'), schedstat);
      const cpu = ThreadCpu.open(join(dir, folder, 'stat'));
      expect({ folder, ms: cpu.read(), stepMs: cpu.stepMs }).toEqual({ folder, ms: 410, stepMs: 10 });
      cpu.close();
    }
  });
});

it('reads nothing without a stat file', () => {
  expect(ThreadCpu.open(undefined).read()).toBeUndefined();
  expect(ThreadCpu.open('/nonexistent/stat').read()).toBeUndefined();
});
