// A reader that goes away (`grader sheet | head -2`) makes writes fail with EPIPE; the real
// CLI drops the rest of its output and finishes its work instead of dying of an unhandled
// 'error' event with a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../e2e/fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-closed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with its stdout closed by the reader before the first line. */
function runWithClosedStdout(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO, 'bin/grader.js'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the CLI with nobody reading its output', () => {
  it('prints the sheet into a closed pipe without dying: exit 0, no EPIPE', async () => {
    const run = await runWithClosedStdout(['sheet']);
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.code).toBe(0);
  });

  it('grades the example class all the same, writing every file', async () => {
    const out = join(dir, 'graded');
    const run = await runWithClosedStdout(['grade', 'examples/class', '--roster', 'examples/roster.csv', '--out', out]);
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toContain('    at ');
    expect(run.code).toBe(0);
    for (const file of ['class-results.json', 'summary.html', 'gradebook.csv', 'reports/sara.ahmadi.html']) expect(existsSync(join(out, file))).toBe(true);
  });
});
