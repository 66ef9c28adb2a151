// A course with one broken exercise still grades the rest; students who answered the broken
// one are told it could not be graded, not that it does not exist, and the run exits 1.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { StudentResult } from '../../grader/result/types.ts';

const bank = join(import.meta.dirname, '../../exercises');

function context(cwd: string) {
  let out = '';
  let err = '';
  return {
    cwd,
    env: {},
    stdout: { write: (text: string) => void (out += text), isTTY: false },
    stderr: { write: (text: string) => void (err += text), isTTY: false },
    exitCode: 0,
    out: () => out,
    err: () => err,
  };
}

describe('grading with a broken exercise', () => {
  it('grades the others and names the broken one in the student results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grader-broken-'));
    const course = join(dir, 'course');
    mkdirSync(course);
    cpSync(join(bank, 'probability/die-face.yaml'), join(course, 'die-face.yaml'));
    const coin = readFileSync(join(bank, 'probability/coin-tails.yaml'), 'utf8').replace(/reference: .*/, 'reference: probabilty(1, 2)');
    writeFileSync(join(course, 'coin-tails.yaml'), coin);
    writeFileSync(
      join(course, 'course.yaml'),
      'name: Broken course\nsalt: s\nassignments:\n  - id: a\n    title: A\n    due: 2026-10-05T23:59:00+03:30\n    exercises: [die-face, coin-tails]\n',
    );
    mkdirSync(join(dir, 'class/s1'), { recursive: true });
    writeFileSync(join(dir, 'class/s1/answers.yaml'), 'die-face: 0.5\ncoin-tails: 0.5\n');
    const ctx = context(dir);
    const code = await runCli(['grade', 'class', '--course', 'course/course.yaml', '--out', 'out'], ctx);
    expect(code).toBe(1);
    expect(ctx.err()).toContain('unknown-reference');
    const result = JSON.parse(readFileSync(join(dir, 'out/results/s1.json'), 'utf8')) as StudentResult;
    expect(result.exercises.map((e) => e.id)).toEqual(['die-face']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'ungradable-exercise', file: 'answers.yaml', line: 2 })]);
  });
});
