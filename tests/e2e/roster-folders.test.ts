// Folders that do not match the roster (issue 12, item 16): a folder that is a roster id but
// for case is that student, graded under the roster's spelling; a folder not on the roster is
// graded with a warning naming the closest roster id; two folders that are one id but for case
// (one file on Windows and macOS) stop the run before anything is written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentResult } from '../../grader/result/types.ts';
import { writeCourse } from './fixture.ts';
import { gradeInProcess, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-roster-folders-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const folder = (submissions: string, id: string): void => {
  mkdirSync(join(dir, submissions, id), { recursive: true });
  writeFileSync(join(dir, submissions, id, 'answers.yaml'), 'house-price-task: Regression\n');
};
const result = (id: string): StudentResult => JSON.parse(readFileSync(join(dir, 'out/results', `${id}.json`), 'utf8')) as StudentResult;

let run: Run;
beforeAll(async () => {
  writeCourse(dir);
  for (const id of ['R-Two', 'sara.ahmadi', 'zahra.karmi', 'stranger']) folder('submissions', id);
  writeFileSync(join(dir, 'roster.csv'), 'id,name\nr-two,Reza Two\nsara.ahmadi,سارا احمدی\nzahra.karimi,زهرا کریمی\n');
  run = await gradeInProcess(dir, ['submissions', '--roster', 'roster.csv', '--out', 'out']);
});

describe('folders against the roster', () => {
  it('grades a folder that is a roster id but for case as that student, under the roster’s spelling', () => {
    expect(result('r-two').student).toEqual({ id: 'r-two', name: 'Reza Two', onRoster: true });
    expect(result('r-two').exercises.find((e) => e.id === 'house-price-task')!.status).toBe('correct');
    expect(result('r-two').problems).toEqual([]);
    expect(readdirSync(join(dir, 'out/results')).sort()).toEqual(['r-two.json', 'sara.ahmadi.json', 'stranger.json', 'zahra.karimi.json', 'zahra.karmi.json']);
    expect(run.err).toMatch(/submissions\/R-Two: warning roster-id-case: graded as "r-two", the roster's id/);
  });

  it('warns of each folder not on the roster, with the closest roster id when there is one', () => {
    expect(run.err).toMatch(/submissions\/zahra\.karmi: warning not-on-roster: not on the roster: graded without a name; did you mean "zahra\.karimi", who has no folder\?/);
    expect(run.err).toMatch(/submissions\/stranger: warning not-on-roster: not on the roster: graded without a name\n/);
    expect(result('zahra.karimi').problems).toMatchObject([{ code: 'no-submission' }]);
    expect(result('zahra.karmi').student).toEqual({ id: 'zahra.karmi' });
    expect(run.code).toBe(0);
  });
});

describe('two folders that are one id but for case', () => {
  it('stop the run before anything is written, with or without a roster', async () => {
    for (const id of ['A-One', 'a-one', 'b.two']) folder('clashing', id);
    writeFileSync(join(dir, 'clashing-roster.csv'), 'id\na-one\nb.two\n');
    for (const roster of [[], ['--roster', 'clashing-roster.csv']]) {
      const clash = await gradeInProcess(dir, ['clashing', ...roster, '--out', 'clash-out']);
      expect(clash.code).toBe(1);
      expect(clash.err).toMatch(/clashing\/A-One: error student-folder-case: the folders "A-One" and "a-one" are one student id but for case/);
      expect(clash.err).toContain('nothing was graded or written');
      expect(existsSync(join(dir, 'clash-out'))).toBe(false);
    }
  });
});
