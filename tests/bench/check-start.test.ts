// The bench's cold starts of `grader check --pack` and of `grader check --assignment`: what it
// runs, never how fast. A check that cannot run (a usage error, exit 2) stops the bench instead
// of being timed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packCheckColdStart } from '../../bench/check-start.ts';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'grader-bench-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packCheckColdStart', () => {
  const course = { file: join(root, 'exercises/course.yaml'), roster: join(root, 'examples/roster.csv'), assignment: 'week-3' };

  it('writes a pack of the assignment and times both checks of the student', async () => {
    const start = await packCheckColdStart(root, { id: 'sara.ahmadi', folder: join(root, 'examples/class/sara.ahmadi') }, course, 1, join(work, 'ok'));
    expect(start.assignment).toBe('week-3');
    expect(start.pack).toBeGreaterThan(0);
    expect(start.course).toBeGreaterThan(0);
  });

  it('stops on a check that does not run rather than timing it', async () => {
    const stranger = { id: 'no.such.student', folder: join(root, 'examples/class/sara.ahmadi') };
    await expect(packCheckColdStart(root, stranger, course, 1, join(work, 'stranger'))).rejects.toThrow(/exited 2/);
  });
});
