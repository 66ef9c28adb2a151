// `grader report` end to end, in-process: result JSONs in a temporary folder, the CLI run on
// them, the written files read back.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { CliContext } from '../../grader/cli/context.ts';
import { toJsonText } from '../../grader/io/layout.ts';
import { bceLog10, dieCorrect, hostileResult, reluCode, softmaxPartial, studentResult } from '../report/fixtures.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'grader-report-cli-'));
  await mkdir(join(folder, 'class', 'results'), { recursive: true });
  const results = [
    studentResult({ id: 's001' }),
    studentResult({ id: 's002', name: 'Reza Karimi', exercises: [softmaxPartial, { ...bceLog10, status: 'correct', score: 3, misconception: undefined }, dieCorrect, reluCode], score: 10.67 }),
    hostileResult(),
  ];
  for (const result of results) await writeFile(join(folder, 'class', 'results', `${result.student.id}.json`), toJsonText(result));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd: folder,
    env: {},
    stdout: { write: (text) => void (stdout += text), isTTY: false },
    stderr: { write: (text) => void (stderr += text), isTTY: false },
    exitCode: 0,
  };
  const code = await runCli(argv, ctx);
  return { code, stdout, stderr };
}

/** Every file under `root`, by relative path, with its bytes. */
async function snapshotFolder(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files[relative(root, path)] = await readFile(path, 'utf8');
    }
  };
  await walk(root);
  return files;
}

describe('grader report', () => {
  it('writes an HTML and a Markdown report per student, the summary, the class results and the gradebook', async () => {
    const { code, stdout, stderr } = await run('report', 'class', '--out', 'out');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('Rendered 3 students into out: 3 HTML and 3 Markdown reports, class-results.json, summary.html, gradebook.csv.\n');
    const files = await snapshotFolder(join(folder, 'out'));
    expect(Object.keys(files).sort()).toEqual([
      'class-results.json',
      'gradebook.csv',
      'reports/evil-1.html',
      'reports/evil-1.md',
      'reports/s001.html',
      'reports/s001.md',
      'reports/s002.html',
      'reports/s002.md',
      'summary.html',
    ]);
    expect(files['reports/s002.md']).toMatch(/^# Reza Karimi\n/);
    expect(files['reports/evil-1.html']).not.toContain('<script>');
    expect(files['summary.html']).toContain('<a href="reports/s002.html" dir="ltr">s002</a>');
    expect(files['gradebook.csv']!.split('\r\n')[0]).toBe('id,name,email,section,softmax-three-logits,bce-one-example,die-probability,relu-derivative-code,late_penalty,total,max');
    const summary = JSON.parse(files['class-results.json']!);
    expect(summary.students.map((s: { id: string }) => s.id)).toEqual(['evil-1', 's001', 's002']);
    expect(files['class-results.json']!.endsWith('}\n')).toBe(true);
  });

  it('gives byte-identical output when run again, also after a run killed halfway', async () => {
    await run('report', 'class', '--out', 'out');
    const first = await snapshotFolder(join(folder, 'out'));
    await run('report', 'class/results', '--out', 'out');
    expect(await snapshotFolder(join(folder, 'out'))).toEqual(first);
    // What a killed run leaves: some files missing, a half-written temporary file.
    await unlink(join(folder, 'out', 'reports', 's002.md'));
    await unlink(join(folder, 'out', 'summary.html'));
    await writeFile(join(folder, 'out', 'reports', `.s002.md.${2 ** 22 + 1}.00000000abcd.tmp`), '# Reza Ka');
    await run('report', 'class', '--out', 'out');
    expect(await snapshotFolder(join(folder, 'out'))).toEqual(first);
  });

  it('renders the other students when one result is malformed, and exits 1 naming the file', async () => {
    await writeFile(join(folder, 'class', 'results', 's003.json'), '{ "student": { "id": "s003" }, ');
    const { code, stdout, stderr } = await run('report', 'class', '--out', 'out');
    expect(code).toBe(1);
    expect(stdout).toContain('Rendered 3 students');
    expect(stderr).toMatch(/^1 problem:\n {2}class\/results\/s003\.json:1: error result-json: not valid JSON/);
    await expect(stat(join(folder, 'out', 'reports', 's003.html'))).rejects.toThrow();
  });

  it('writes the Canvas gradebook with --format canvas: one column, the assignment the results were graded for', async () => {
    expect((await run('report', 'class', '--out', 'out', '--format', 'canvas')).code).toBe(0);
    const csv = await readFile(join(folder, 'out', 'gradebook-canvas.csv'), 'utf8');
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['Student,ID,SIS User ID,SIS Login ID,Section,Week 3: probabilities and losses', 'Points Possible,,,,,14']);
    expect(lines.filter((line) => line.includes(',s001,'))).toEqual(['Sara Ahmadi,,s001,,A,7.67']);
  });

  it('--canvas-id heads the column with the Canvas id; --canvas-columns exercises writes one column per exercise instead', async () => {
    expect((await run('report', 'class', '--out', 'out', '--format', 'canvas', '--canvas-id', 'week-3=4242')).code).toBe(0);
    expect((await readFile(join(folder, 'out', 'gradebook-canvas.csv'), 'utf8')).split('\r\n')[0]).toBe('Student,ID,SIS User ID,SIS Login ID,Section,Week 3: probabilities and losses (4242)');
    expect((await run('report', 'class', '--out', 'out', '--format', 'canvas', '--canvas-columns', 'exercises')).code).toBe(0);
    expect((await readFile(join(folder, 'out', 'gradebook-canvas.csv'), 'utf8')).split('\r\n').slice(0, 2)).toEqual([
      'Student,ID,SIS User ID,SIS Login ID,Section,Softmax of three logits,Binary cross-entropy of one prediction,Probability of rolling a 3,ReLU derivative in code',
      'Points Possible,,,,,4,3,2,5',
    ]);
  });

  it.each([
    [['--canvas-id', 'week-3'], '--canvas-id takes <assignment id>=<Canvas id>, such as week-1=123456, got "week-3"'],
    [['--canvas-id', 'week-3=12a'], 'got "week-3=12a"'],
    [['--canvas-columns', 'both'], "Allowed choices are assignments, exercises"],
    [['--moodle-user-field', 'phone'], "Allowed choices are idnumber, email, username"],
  ])('%j is bad usage (2)', async (args, message) => {
    const { code, stderr } = await run('report', 'class', '--out', 'out', '--format', 'canvas', ...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("takes the course's assignments (and their Canvas ids) from the class-results.json beside the results", async () => {
    const assignments = [
      { id: 'week-1', title: { en: 'Probabilities' }, max: 6, exercises: ['softmax-three-logits', 'die-probability'], canvasId: 77 },
      { id: 'week-2', title: { en: 'Losses and code' }, max: 8, exercises: ['bce-one-example', 'relu-derivative-code'] },
    ];
    await writeFile(join(folder, 'class', 'class-results.json'), JSON.stringify({ course: { en: 'x' }, assignments, exercises: [], students: [] }));
    expect((await run('report', 'class', '--out', 'out', '--format', 'canvas')).code).toBe(0);
    const lines = (await readFile(join(folder, 'out', 'gradebook-canvas.csv'), 'utf8')).split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['Student,ID,SIS User ID,SIS Login ID,Section,Probabilities (77),Losses and code', 'Points Possible,,,,,6,8']);
    expect(lines.filter((line) => line.includes(',s001,'))).toEqual(['Sara Ahmadi,,s001,,A,4.67,3']);
    // The same when given the results/ folder itself.
    expect((await run('report', 'class/results', '--out', 'out2', '--format', 'canvas')).code).toBe(0);
    expect(await readFile(join(folder, 'out2', 'gradebook-canvas.csv'), 'utf8')).toBe(lines.join('\r\n'));
  });

  it('uses --templates, and a broken template is a problem with its file and line while the rest is written', async () => {
    await mkdir(join(folder, 'mine', 'partials'), { recursive: true });
    await writeFile(join(folder, 'mine', 'student.md.hbs'), '# {{md student.name}}\n\n{{#each exercises}}\n- {{md title}}\n');
    await writeFile(join(folder, 'mine', 'partials', 'head.html.hbs'), '<meta charset="utf-8"><title>ours</title>');
    const { code, stdout, stderr } = await run('report', 'class', '--out', 'out', '--templates', 'mine');
    expect(code).toBe(1);
    expect(stdout).toBe('Rendered 3 students into out: 3 HTML and 0 Markdown reports, class-results.json, summary.html, gradebook.csv.\n');
    expect(stderr).toMatch(/mine\/student\.md\.hbs:5: error template-syntax: syntax error: Expecting/);
    expect(await readFile(join(folder, 'out', 'reports', 's001.html'), 'utf8')).toContain('<meta charset="utf-8"><title>ours</title>');
  });

  it.each([
    [['report', 'class'], /required option '--out <dir>'/],
    [['report', 'nowhere', '--out', 'out'], /nowhere is not a folder of results/],
    [['report', 'class', '--out', 'out', '--format', 'excel'], /Allowed choices are plain, canvas, moodle/],
    [['report', 'class', '--out', 'out', '--templates', 'nowhere'], /--templates nowhere is not a folder/],
  ])('%j is bad usage (exit 2)', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
