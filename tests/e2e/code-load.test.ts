// A code file that does not load, through `grader grade` and `grader report`: said once, at
// the top of the student's result and reports (escaped: the thrown message is the student's),
// and every code exercise has its status; rendering the results again gives the same reports.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { StudentResult } from '../../grader/result/types.ts';
import { fakeContext } from '../cli/fake-context.ts';
import { REPO } from './fixture.ts';
import { gradeInProcess, readTree, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-code-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOLUTIONS = {
  looping: 'for (;;) {}\nexport const relu = (x) => Math.max(0, x);\n',
  throwing: "export const relu = (x) => Math.max(0, x);\nthrow new Error('<img src=x onerror=alert(1)>');\n",
  fine: 'export const relu = (x) => Math.max(0, x);\nexport const reluDerivative = (x) => (x > 0 ? 1 : 0);\n',
};

let run: Run;
const read = (path: string): string => readFileSync(join(dir, 'out', path), 'utf8');
const result = (id: string): StudentResult => JSON.parse(read(`results/${id}.json`)) as StudentResult;

beforeAll(async () => {
  mkdirSync(join(dir, 'exercises', 'activations'), { recursive: true });
  for (const id of ['relu-function', 'relu-derivative']) copyFileSync(join(REPO, 'exercises/activations', `${id}.yaml`), join(dir, 'exercises/activations', `${id}.yaml`));
  writeFileSync(
    join(dir, 'exercises', 'course.yaml'),
    'name: Activations\nsalt: code-load\nassignments:\n  - { id: code, title: Code, due: 2026-10-12T23:59:00+03:30, exercises: [relu-function, relu-derivative] }\n',
  );
  for (const [id, text] of Object.entries(SOLUTIONS)) {
    mkdirSync(join(dir, 'submissions', id), { recursive: true });
    writeFileSync(join(dir, 'submissions', id, 'solution.js'), text);
  }
  run = await gradeInProcess(dir, ['submissions', '--out', 'out']);
}, 120_000);

describe('a code file that does not load, graded with the class', () => {
  it('is in the result once, and each code exercise has its status', () => {
    expect(run.code).toBe(0);
    expect(result('looping').codeLoadFailure).toMatchObject({ code: 'code-load-timeout', status: 'timeout', file: 'solution.js' });
    const notRun = { code: 'code-not-loaded', params: { file: 'solution.js' } };
    expect(result('looping').exercises.map((e) => [e.status, e.feedback])).toEqual([
      ['timeout', [notRun]],
      ['timeout', [notRun]],
    ]);
    expect(result('throwing').codeLoadFailure).toMatchObject({ code: 'code-load-threw', status: 'error', line: 2, col: 11 });
    expect(result('fine').codeLoadFailure).toBeUndefined();
    expect(result('fine').exercises.map((e) => e.status)).toEqual(['correct', 'correct']);
  });

  it('is at the top of the reports, once, and escaped', () => {
    const html = read('reports/looping.html');
    // Among the problems with the student's files, above the overview; each exercise only says "see above".
    expect(html.match(/did not finish within 1000 ms/g)).toHaveLength(1);
    expect(html).toContain(
      '<h2 id="problems">' +
        '<svg class="icon tone-warn" width="16" height="16" aria-hidden="true" focusable="false"><use href="#icon-warning"/></svg> Problems with your files</h2>\n<ul>\n' +
        '<li><code dir="ltr">solution.js</code>: The top-level code of <code dir="ltr">solution.js</code> did not finish within 1000 ms: look for a loop that never ends.</li>',
    );
    expect(html.indexOf('did not finish within')).toBeLessThan(html.indexOf('<h2 id="overview">Overview</h2>'));
    expect(html.match(/<li>Not run: <code dir="ltr">solution\.js<\/code> did not load \(see above\)\.<\/li>/g)).toHaveLength(2);
    expect(read('reports/looping.md')).toContain(
      '## ⚠ Problems with your files\n\n- solution.js: The top-level code of solution.js did not finish within 1000 ms: look for a loop that never ends.\n',
    );
    const thrown = read('reports/throwing.html');
    expect(thrown).toContain(
      '<li><code dir="ltr">solution.js</code>, line 2, column 11: <code dir="ltr">solution.js</code> failed while loading, at line 2: <code dir="ltr">Error: &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</code></li>',
    );
    expect(thrown.match(/failed while loading/g)).toHaveLength(1);
    expect(thrown).not.toContain('<img src=x');
    expect(read('reports/throwing.md')).toContain('failed while loading, at line 2: Error: &lt;img src=x onerror=alert(1)&gt;');
    expect(read('reports/throwing.md')).not.toContain('<img');
    expect(read('reports/fine.html')).not.toContain('did not load');
  });

  it('renders again from the results alone, to the same reports', async () => {
    const ctx = fakeContext(dir);
    expect(await runCli(['report', 'out', '--out', 'again'], ctx)).toBe(0);
    const again = readTree(join(dir, 'again', 'reports'));
    expect(again['looping.html']).toBe(read('reports/looping.html'));
    expect(again['throwing.md']).toBe(read('reports/throwing.md'));
  });
});
