import { describe, expect, it } from 'vitest';
import { createProgress } from '../../grader/batch/progress.ts';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, write: (text: string) => void chunks.push(text), isTTY };
}

describe('progress', () => {
  it('prints a plain line per tenth of the class when not on a terminal', () => {
    const out = stream(false);
    const progress = createProgress(out, 20, () => 0);
    for (let i = 0; i < 20; i++) progress.tick();
    progress.done();
    expect(out.chunks).toHaveLength(10);
    expect(out.chunks[0]).toBe('graded 2/20 students (10%)\n');
    expect(out.chunks[9]).toBe('graded 20/20 students (100%)\n');
    expect(out.chunks.join('')).not.toContain('\r');
  });
  it('prints each count once, with its own percentage, when the class is smaller than ten', () => {
    const out = stream(false);
    const progress = createProgress(out, 7, () => 0);
    for (let i = 0; i < 7; i++) progress.tick();
    expect(out.chunks).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `graded ${n}/7 students (${Math.floor((n * 100) / 7)}%)\n`));
  });
  it('redraws a bar in place on a terminal, throttled, and ends the line', () => {
    const out = stream(true);
    let t = 0;
    const progress = createProgress(out, 4, () => t);
    t = 1000;
    progress.tick(); // first draw
    progress.tick(); // within 100 ms: skipped
    t = 2000;
    progress.tick();
    progress.tick(); // the last one always draws
    progress.done();
    expect(out.chunks.every((c) => c.startsWith('\r'))).toBe(true);
    expect(out.chunks).toHaveLength(4);
    expect(out.chunks[3]).toContain('[' + '#'.repeat(30) + '] 4/4 students 2.0/s');
    expect(out.chunks[3]!.endsWith('\n')).toBe(true);
  });
});
