import { describe, expect, it } from 'vitest';
import { parseStat, ThreadCpu } from '../../grader/sandbox/thread-cpu.ts';

describe('parseStat', () => {
  it.each<[string, string, number | undefined]>([
    ['a plain command', '5905 (cat) R 5902 5902 29909 0 -1 4194304 127 0 0 0 17 24 0 0 20 0 1 0 853114', 410],
    ['a command with spaces and parentheses', '77 (node (worker) 2) S 1 77 77 0 -1 4194304 5 0 0 0 3 1 0 0 20 0 9 0 1', 40],
    ['no CPU fields', '77 (node) S 1', undefined],
  ])('%s', (_name, text, ms) => {
    expect(parseStat(text)).toBe(ms);
  });
});

describe.runIf(process.platform === 'linux')('ThreadCpu on Linux', () => {
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

it('reads nothing without a stat file', () => {
  expect(ThreadCpu.open(undefined).read()).toBeUndefined();
  expect(ThreadCpu.open('/nonexistent/stat').read()).toBeUndefined();
});
