// Late notices of `grader grade`, the real process: a course whose due dates name an IANA time
// zone (Asia/Tehran) and whose reports show times in another (Europe/Berlin, on summer time
// then): the notice gives both times in the course's zone and how late in words.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StudentResult } from '../../grader/result/types.ts';
import { writeClass, writeCourse } from './fixture.ts';
import { finished, spawnGrader, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-late-notice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let run: Run;

beforeAll(async () => {
  const course = writeCourse(dir);
  const text = readFileSync(course, 'utf8')
    .replace('reveal: true', 'reveal: true\ntime_zone: Europe/Berlin')
    .replace('due: 2026-10-12T23:59:00+03:30', 'due: 2026-10-12T23:59 Asia/Tehran')
    .replace('due: 2026-10-19T23:59:00+03:30', 'due: 2026-10-19T23:59 Asia/Tehran');
  writeFileSync(course, text);
  writeClass(dir);
  run = await finished(spawnGrader(dir, ['grade', 'submissions', '--roster', 'roster.csv', '--course', course, '--out', 'graded']));
}, 120_000);

it('says when the work was due and handed in, in the course zone, and how late in words', () => {
  expect(run.err).not.toContain('internal error');
  // amir.hosseinzadeh handed in at 2026-10-13T10:15:00+03:30, 10 hours 16 minutes after 23:59 in Tehran.
  const amir = JSON.parse(readFileSync(join(dir, 'graded/results/amir.hosseinzadeh.json'), 'utf8')) as StudentResult;
  expect(amir.late![0]).toMatchObject({ due: '2026-10-12T23:59 Asia/Tehran', daysLate: 1, penaltyPercent: 10, timeZone: 'Europe/Berlin' });
  const notice =
    'Probability and activations: handed in Tuesday 13 October 2026, 08:45, 10 hours 16 minutes late (due Monday 12 October 2026, 22:29; times in Europe/Berlin). ' +
    'Each started day counts as a day, so 1 day late: 10% off (score before the penalty: 5).';
  expect(readFileSync(join(dir, 'graded/reports/amir.hosseinzadeh.md'), 'utf8')).toContain(notice);
  expect(readFileSync(join(dir, 'graded/reports/amir.hosseinzadeh.md'), 'utf8')).toContain(`\n◷ ${notice}\n`);
  // In HTML the zone's name is kept left to right (the page may be right to left).
  expect(readFileSync(join(dir, 'graded/reports/amir.hosseinzadeh.html'), 'utf8')).toContain(notice.replace('times in Europe/Berlin', 'times in <span dir="ltr">Europe/Berlin</span>'));
  expect(readFileSync(join(dir, 'graded/reports/amir.hosseinzadeh.md'), 'utf8')).toContain('Losses: handed in Tuesday 13 October 2026, 08:45, on time (due Monday 19 October 2026, 22:29; times in Europe/Berlin).');
});
