// deploy/gradescope/run_autograder, the script Gradescope runs, in a temporary /autograder
// layout: it grades the submission with the bundled CLI, and still writes a results.json when
// the grader cannot start at all.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const script = join(repo, 'deploy/gradescope/run_autograder');
const root = mkdtempSync(join(tmpdir(), 'grader-autograder-'));
const followsSpecification = new Ajv().compile(JSON.parse(readFileSync(join(repo, 'tests/gradescope/results.schema.json'), 'utf8')) as object);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function autograderRoot(): string {
  const dir = mkdtempSync(join(root, 'autograder-'));
  mkdirSync(join(dir, 'submission'));
  cpSync(join(repo, 'examples/class/sara.ahmadi/answers.yaml'), join(dir, 'submission/answers.yaml'));
  writeFileSync(join(dir, 'submission_metadata.json'), JSON.stringify({ created_at: '2026-10-11T09:00:00.000000+03:30', users: [{ email: 'sara.ahmadi@students.example.edu', name: 'سارا احمدی' }] }));
  return dir;
}

function runAutograder(dir: string, source: string): { score: number; output: string; tests: { max_score: number }[] } {
  execFileSync('bash', [script], { env: { ...process.env, AUTOGRADER_ROOT: dir, AUTOGRADER_SOURCE: source }, stdio: 'pipe' });
  return JSON.parse(readFileSync(join(dir, 'results/results.json'), 'utf8'));
}

describe('run_autograder', () => {
  it('grades the submission with the course and writes results.json', () => {
    const results = runAutograder(autograderRoot(), repo);
    // sara.ahmadi answered every exercise for her own numbers; her code file is not uploaded here.
    expect('max_score' in results).toBe(false);
    expect(results.tests.reduce((sum, t) => sum + t.max_score, 0)).toBe(91);
    expect(results.score).toBe(91 - 35); // full marks but for week 3's code exercises (35 points)
    expect(results.tests).toHaveLength(41);
    // The course's first language, Persian, as the course declares it.
    expect(results.output).toContain('با عددهای شمارهٔ دانشجویی sara.ahmadi تصحیح شد');
    expect(followsSpecification(results)).toBe(true);
  });

  it('writes a results.json with score 0 when the grader cannot start', () => {
    const empty = mkdtempSync(join(root, 'source-'));
    const results = runAutograder(autograderRoot(), empty);
    expect(results).toMatchObject({ score: 0, tests: [] });
    expect(results.output).toContain('The autograder could not start');
    expect(followsSpecification(results)).toBe(true);
  });
});
