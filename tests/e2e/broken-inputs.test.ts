// A course or a roster that is wrong as a whole stops `grader grade` before it grades anyone
// (issue 12, item 17): exit 1, the problems with their places, and nothing written, neither a
// new output folder nor a change to one a good run wrote before.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeClass, writeCourse } from './fixture.ts';
import { gradeInProcess, readTree } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-broken-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let courseFile: string;
let goodCourse: string;
let before: Record<string, string>;
beforeAll(async () => {
  courseFile = writeCourse(dir);
  goodCourse = readFileSync(courseFile, 'utf8');
  writeClass(dir);
  const good = await gradeInProcess(dir, ['submissions', '--roster', 'roster.csv', '--out', 'out']);
  expect(good.code).toBe(0);
  before = readTree(join(dir, 'out'));
});

const grade = (...args: string[]) => gradeInProcess(dir, ['submissions', ...args]);

describe('a course that is wrong as a whole', () => {
  it('an assignment listing an exercise that does not exist: exit 1 with its place, nothing written', async () => {
    writeFileSync(courseFile, goodCourse.replace('die-face,', 'die-fase,'));
    try {
      for (const out of ['out', 'fresh']) {
        const run = await grade('--roster', 'roster.csv', '--out', out);
        expect(run.code).toBe(1);
        expect(run.err).toMatch(/exercises\/course\.yaml:\d+:\d+: error unknown-exercise: assignment 'week-1' lists 'die-fase', but no exercise has that id; did you mean 'die-face'\?/);
        expect(run.err).toContain('grader grade: the course has errors that concern every student (run grader validate); nothing was graded or written');
        expect(run.out).toBe('');
      }
      expect(existsSync(join(dir, 'fresh'))).toBe(false);
      expect(readTree(join(dir, 'out'))).toEqual(before);
    } finally {
      writeFileSync(courseFile, goodCourse);
    }
  });

  it('a due date that cannot be read, even with --assignment naming another assignment', async () => {
    writeFileSync(courseFile, goodCourse.replace('due: 2026-10-19T23:59:00+03:30', 'due: next Friday'));
    try {
      const run = await grade('--out', 'fresh', '--assignment', 'week-1');
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/course\.yaml:\d+:\d+: error /);
      expect(existsSync(join(dir, 'fresh'))).toBe(false);
    } finally {
      writeFileSync(courseFile, goodCourse);
    }
  });
});

describe('a roster that cannot be used', () => {
  it.each([
    ['no id column', 'student,name\nsara.ahmadi,Sara\n', /roster-bad\.csv:1: error roster-header: the first row must name the columns, with at least "id"/],
    ['a quote never closed', 'id,name\nsara.ahmadi,Sara\nneda.moradi,"Neda\n', /roster-bad\.csv:3: error roster-syntax: a quoted field is never closed/],
  ])('%s: exit 1 with its line, nothing written', async (_what, text, message) => {
    writeFileSync(join(dir, 'roster-bad.csv'), text);
    for (const out of ['out', 'fresh']) {
      const run = await grade('--roster', 'roster-bad.csv', '--out', out);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(message);
      expect(run.err).toContain('grader grade: the roster cannot be used; nothing was graded or written');
    }
    expect(existsSync(join(dir, 'fresh'))).toBe(false);
    expect(readTree(join(dir, 'out'))).toEqual(before);
  });
});
