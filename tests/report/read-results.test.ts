import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listResultFiles, parseStudentResult } from '../../grader/report/index.ts';
import { studentResultSchema } from '../../grader/result/schema.ts';
import { studentResult } from './fixtures.ts';

describe('parseStudentResult', () => {
  const good = studentResult({ id: 's001' });

  it('checks against a schema that is itself a valid JSON Schema (the CLI skips that check when it starts)', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(studentResultSchema as object), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('accepts a saved result', () => {
    expect(parseStudentResult(JSON.stringify(good, null, 2), 'out/results/s001.json')).toEqual({ ok: true, result: good });
  });

  it.each([
    ['truncated JSON', '{\n  "student": {\n    "id": "s001",\n', 'result-json', 4],
    ['not an object', '[1, 2]', 'result-shape', undefined],
    ['an unknown status', JSON.stringify({ ...good, exercises: [{ ...good.exercises[0], status: 'great' }] }), 'result-shape', undefined],
    ['a score that is text', JSON.stringify({ ...good, score: '7' }), 'result-shape', undefined],
    ['a student id that cannot be a file name', JSON.stringify({ ...good, student: { id: '../s001' } }), 'result-student-id', undefined],
  ])('refuses %s with a problem naming the file', (_what, text, code, line) => {
    const parsed = parseStudentResult(text, 'out/results/s001.json');
    expect(parsed).toMatchObject({ ok: false, problem: { code, severity: 'error', file: 'out/results/s001.json', ...(line === undefined ? {} : { line }) } });
  });

  it('says where the shape is wrong', () => {
    const parsed = parseStudentResult(JSON.stringify({ ...good, exercises: [{ ...good.exercises[0], status: 'great' }] }), 's001.json');
    expect(!parsed.ok && parsed.problem.message).toMatch(/^not a student result: \/exercises\/0\/status must be equal to one of the allowed values/);
  });

  it.each([
    ['with no format (sentences, not messages)', undefined],
    ['of format 1', 1],
  ])('refuses a result of an older grader %s, saying to grade again', (_what, format) => {
    // What the grader wrote before messages were data: prose in the feedback, titles as strings.
    const { format: _format, languages: _languages, ...rest } = good;
    const old = {
      ...rest,
      ...(format === undefined ? {} : { format }),
      course: 'Introduction to Machine Learning',
      exercises: [{ ...good.exercises[0], title: 'Softmax of three logits', prompt: 'Apply softmax.', feedback: ['2 of 3 entries are correct; entry 2 is not.'], tolerance: '±0.005' }],
    };
    const parsed = parseStudentResult(JSON.stringify(old, null, 2), 'out/results/s001.json');
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'result-format', severity: 'error', file: 'out/results/s001.json' } });
    expect(!parsed.ok && parsed.problem.message).toMatch(/older grader|result format 1/);
    expect(!parsed.ok && parsed.problem.message).toContain('grade the class again (grader grade)');
  });

  it.each([
    ['a sentence where a message belongs', { feedback: ['Well done.'] }],
    ['a message code the grader does not have', { feedback: [{ code: 'answer-is', params: { value: 1 } }] }],
    ['a title that is not given per language', { title: 'Softmax of three logits' }],
  ])('refuses a result of this format with %s', (_what, change) => {
    const text = JSON.stringify({ ...good, exercises: [{ ...good.exercises[0], ...change }] });
    expect(parseStudentResult(text, 's001.json')).toMatchObject({ ok: false, problem: { code: 'result-shape', message: expect.stringMatching(/^not a student result: \/exercises\/0\//) } });
  });

  it('refuses a result saved under another student\'s name', () => {
    expect(parseStudentResult(JSON.stringify(good), 'results/s002.json')).toMatchObject({ ok: false, problem: { code: 'result-file-name' } });
  });
});

describe('listResultFiles', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'grader-results-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads results/ of an output folder, sorted, without temporary or other files', async () => {
    await mkdir(join(folder, 'results'));
    for (const name of ['s002.json', 's001.json', '.s003.json.1.abcdefabcdef.tmp', 'notes.txt']) await writeFile(join(folder, 'results', name), '{}');
    await writeFile(join(folder, 'class-results.json'), '{}');
    expect(await listResultFiles(folder)).toEqual([join(folder, 'results', 's001.json'), join(folder, 'results', 's002.json')]);
  });

  it('reads a plain folder of results, and says undefined for what is not a folder', async () => {
    await writeFile(join(folder, 's001.json'), '{}');
    expect(await listResultFiles(folder)).toEqual([join(folder, 's001.json')]);
    expect(await listResultFiles(join(folder, 's001.json'))).toBeUndefined();
    expect(await listResultFiles(join(folder, 'missing'))).toBeUndefined();
  });
});
