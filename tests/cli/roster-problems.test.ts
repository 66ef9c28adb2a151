// Roster rows that cannot be used are named with their line, and the rest of the class is
// graded: an id that is not an id, a duplicate, and a name that holds quotes and a newline.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeClass, writeCourse } from '../e2e/fixture.ts';
import { gradeInProcess, type Run } from '../e2e/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-roster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let run: Run;
beforeAll(async () => {
  const course = writeCourse(dir);
  writeClass(dir);
  writeFileSync(join(dir, 'odd-roster.csv'), 'id,name,email\r\nsara.ahmadi,"Sara ""S"" Ahmadi\nsecond line",=cmd\r\nbad id,X,x@x\r\nsara.ahmadi,Again,a@a\r\n');
  run = await gradeInProcess(dir, ['submissions', '--course', course, '--roster', 'odd-roster.csv', '--out', 'out']);
});

describe('a roster with rows that cannot be used', () => {
  it('names each with its line and grades the class', () => {
    expect(run.err).toMatch(/odd-roster\.csv:4: error student-id: student id "bad id" must be .*: roster row skipped/);
    expect(run.err).toMatch(/odd-roster\.csv:5: error roster-duplicate: the id "sara\.ahmadi" appears twice; the first row is kept/);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^Graded \d+ students/m);
  });

  it('keeps the first row, quotes and newline included, quoted and neutralised in the gradebook', () => {
    const gradebook = readFileSync(join(dir, 'out/gradebook.csv'), 'utf8');
    expect(gradebook).toContain('sara.ahmadi,"Sara ""S"" Ahmadi\nsecond line",\'=cmd,');
  });
});
