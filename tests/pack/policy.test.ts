// The self-check policy of the course file: checked by `grader validate` (a value that is not
// one is an error at its line and column), safe by default, and an assignment's keys override
// the course's one by one.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import { expectedShownAt, selfCheckPolicy } from '../../grader/pack/policy.ts';
import { parseCourseText } from '../../grader/spec/index.ts';
import type { CourseSpec } from '../../grader/spec/types.ts';
import { fakeContext } from '../cli/fake-context.ts';

const repo = join(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'grader-policy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COURSE = `name: C
salt: s
self_check: { verdicts: true, expected: always }
assignments:
  - id: week-1
    title: W
    due: 2026-10-12T23:59:00+03:30
    self_check: { expected: never }
    exercises: [die-face]
  - id: week-2
    title: V
    due: 2026-10-19T23:59:00+03:30
    exercises: [coin-tails]
`;

describe('self_check in the course file', () => {
  it.each([
    ['an expected value that is not one', COURSE.replace('expected: always', 'expected: later'), 'bad-value', 3, 41],
    ['verdicts that are not a yes or no', COURSE.replace('verdicts: true', 'verdicts: sometimes'), 'wrong-type', 3, 25],
    ["an assignment's unknown key", COURSE.replace('{ expected: never }', '{ expected: never, hints: false }'), 'unknown-key', 8, 36],
  ])('%s is an error at its place', (_what, text, code, line, col) => {
    const parsed = parseCourseText(text, 'course.yaml');
    expect(parsed.course).toBeUndefined();
    expect(parsed.problems).toEqual([expect.objectContaining({ code, severity: 'error', line, col })]);
  });

  it('is reported by grader validate with the file, line and column', async () => {
    const dir = mkdtempSync(join(root, 'bank-'));
    cpSync(join(repo, 'exercises'), join(dir, 'exercises'), { recursive: true });
    const file = join(dir, 'exercises/course.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('reveal: true\n', 'reveal: true\nself_check: { expected: later }\n'));
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', 'exercises'], ctx)).toBe(1);
    expect(ctx.out()).toMatch(/exercises\/course\.yaml:6:25: error bad-value: .*never, after-due, always/);
  });

  it('is safe by default: verdicts, and expected values after the due date', () => {
    const course = parseCourseText(COURSE.replace(/ *self_check: .*\n/g, ''), 'course.yaml').course!;
    expect(selfCheckPolicy(course, 'week-1')).toEqual({ verdicts: true, expected: 'after-due' });
  });

  it("takes an assignment's keys over the course's, one by one", () => {
    const course = parseCourseText(COURSE, 'course.yaml').course as CourseSpec;
    expect(selfCheckPolicy(course, 'week-1')).toEqual({ verdicts: true, expected: 'never' });
    expect(selfCheckPolicy(course, 'week-2')).toEqual({ verdicts: true, expected: 'always' });
  });

  it.each([
    ['never', 0, 1, false],
    ['always', 1, 0, true],
    ['after-due', 1, 0, false],
    ['after-due', 1, 1, false],
    ['after-due', 1, 2, true],
  ] as const)('expected: %s, due at %i, now %i: shown %s', (expected, due, now, shown) => {
    expect(expectedShownAt(expected, due, now)).toBe(shown);
  });
});
