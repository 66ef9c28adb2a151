import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { message } from '../../grader/messages/message.ts';
import type { LateResult } from '../../grader/result/types.ts';
import { gradescopeFailure, gradescopeResults } from '../../grader/report/index.ts';
import { OUTPUT_BYTES, RESULTS_BYTES } from '../../grader/report/gradescope-size.ts';
import { en } from '../messages/english.ts';
import { bceLog10, dieCorrect, reluCode, studentResult } from './fixtures.ts';

const english = loadCatalogue('en').catalogue!;
const lateForLosses: LateResult[] = [
  { assignment: { id: 'week-2', title: { en: 'Losses' } }, submittedAt: '2026-10-06T09:00:00Z', due: '2026-10-05T20:29:00Z', daysLate: 1, penaltyPercent: 10, scoreBeforePenalty: 3.3333 },
];

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../gradescope/results.schema.json'), 'utf8')) as object;
const followsSpecification = new Ajv({ allErrors: true }).compile(schema);
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('gradescopeResults', () => {
  const result = studentResult({
    exercises: [bceLog10, reluCode],
    late: lateForLosses,
  });

  it('separates the parts of a line as the language does: a Persian comma, not a dot that reads as a zero beside Persian digits', () => {
    const json = gradescopeResults(result, loadCatalogue('fa').catalogue!, { executionTimeSeconds: 1 });
    expect(json.output.split('\n')[0]).not.toContain(' · ');
    expect(json.output.split('\n')[0]).toContain('، ');
    expect(json.tests[0]!.output.split('\n')[0]).toMatch(/^✗ \S.*، ۰ از ۳ امتیاز$/);
  });

  it('has the fields of Gradescope\'s results.json, one test per exercise', () => {
    const json = gradescopeResults(result, english, { executionTimeSeconds: 12.4 });
    expect(json).toMatchObject({ score: 3, execution_time: 12, visibility: 'visible', stdout_visibility: 'hidden' });
    expect('max_score' in json).toBe(false);
    expect(json.output.split('\n')[0]).toBe('Introduction to Machine Learning · Week 3: probabilities and losses: 3 / 8 points');
    expect(json.tests.map(({ name, score, max_score, status, visibility }) => ({ name, score, max_score, status, visibility }))).toEqual([
      { name: 'Binary cross-entropy of one prediction', score: 0, max_score: 3, status: 'failed', visibility: 'visible' },
      { name: 'ReLU derivative in code', score: 3, max_score: 5, status: 'failed', visibility: 'visible' },
    ]);
    expect(json.output).toContain('so 1 day late: 10% off (score before the penalty: 3.33).');
    // The named mistake is said once, with what to do about it, before the expected value.
    expect(json.tests[0]!.output.split('\n')).toEqual([
      '✗ Incorrect · 0 / 3 points',
      'Your answer: 0.0969',
      `Common logarithm instead of natural logarithm: ${en(bceLog10.misconception!.feedback)}`,
      'Expected: 0.2231',
      'Accepted when: correct to 3 significant figures',
    ]);
  });

  it('leaves execution_time out when it is not known, and is plain JSON', () => {
    const json = gradescopeResults(result, english);
    expect('execution_time' in json).toBe(false);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reports visible cases one by one and hidden ones only as a count', () => {
    const output = gradescopeResults(result, english).tests[1]!.output;
    // The visible cases that failed, by their number among the visible ones (the passing ones are in "Passed 3 of 6 tests").
    expect(output).toContain('Passed 3 of 6 tests.');
    expect(output).toContain('#2 (x = -3); Failed; Your function returned: 0.01; Expected: 0; not within the tolerance of the expected value');
    expect(output).toContain('#3 (x = 1000000000); Time limit exceeded; did not finish within the 1000 ms limit');
    expect(output).toContain('Hidden tests: 2 of 3 passed.');
    expect(output.match(/^#\d/gm)).toHaveLength(2);
  });

  it('declares every output and test name plain text, so markup a student wrote is shown, not rendered', () => {
    const hostile = studentResult({ exercises: [{ ...reluCode, console: '<img src=x onerror=alert(1)>' }] });
    const json = gradescopeResults(hostile, english);
    expect(json.tests[0]!.output).toContain('<img src=x onerror=alert(1)>');
    expect(json).toMatchObject({ output_format: 'text', test_output_format: 'text', test_name_format: 'text' });
    expect(gradescopeFailure('no course', english)).toMatchObject({ output_format: 'text', test_output_format: 'text', test_name_format: 'text' });
  });

  it('says once, in the submission\'s output, that the code file did not load', () => {
    const loadMessage = message('code-load-timeout', { file: 'solution.ts', ms: 1000 });
    const failed = studentResult({ exercises: [reluCode], codeLoadFailure: { code: 'code-load-timeout', status: 'timeout', file: 'solution.ts', message: loadMessage } });
    const json = gradescopeResults(failed, english);
    const said = 'The top-level code of solution.ts did not finish within 1000 ms: look for a loop that never ends.';
    expect(en(loadMessage)).toBe(said);
    expect(json.output.split('\n')).toContain(`solution.ts: ${said}`);
    expect(json.tests.map((t) => t.output).join('\n')).not.toContain('did not finish within 1000 ms: look for');
  });
});

describe('test visibility', () => {
  const result = studentResult({
    exercises: [bceLog10, dieCorrect],
    late: lateForLosses,
  });

  it('gives each exercise the visibility asked for, and keeps the score back while a test is held back', () => {
    const json = gradescopeResults(result, english, { visibility: new Map([['bce-one-example', 'after_due_date'], ['die-face', 'visible']]) });
    expect(json.tests.map((t) => t.visibility)).toEqual(['after_due_date', 'visible']);
    expect(json.output).toContain('your score and the expected answers are shown after the due date.');
    // Neither the score nor the score before the late penalty is in the visible output.
    expect(json.output).not.toMatch(/points|score before/);
    expect(followsSpecification(json)).toBe(true);
  });

  it('says "when the grades are published" for after_published', () => {
    const json = gradescopeResults(result, english, { visibility: new Map([['bce-one-example', 'after_published']]) });
    expect(json.tests.map((t) => t.visibility)).toEqual(['after_published', 'visible']);
    expect(json.output).toContain('shown when the grades are published.');
  });
});

describe("results.json's size", () => {
  it('cuts an output that is too long at a character, says so, and stays within the limits', () => {
    // A student's code printed 2 MB of Persian text (two bytes a letter) and a line of emoji.
    const console = `${'خروجی '.repeat(200_000)}\n${'🙂'.repeat(1000)}`;
    const json = gradescopeResults(studentResult({ exercises: [{ ...reluCode, console }] }), english);
    const output = json.tests[0]!.output;
    expect(bytes(output)).toBeLessThanOrEqual(OUTPUT_BYTES);
    expect(output).toMatch(/\n… \(\d+ more characters cut: the output was too long to show here\)$/);
    expect(output).not.toContain('\uFFFD');
    expect(bytes(JSON.stringify(json, null, 2))).toBeLessThanOrEqual(RESULTS_BYTES);
    expect(followsSpecification(json)).toBe(true);
  });

  it('cuts harder when many long outputs together are too large', () => {
    const console = 'x'.repeat(OUTPUT_BYTES * 2);
    const exercises = Array.from({ length: 60 }, (_, i) => ({ ...reluCode, id: `code-${i}`, console }));
    const json = gradescopeResults(studentResult({ exercises }), english);
    expect(json.tests).toHaveLength(60);
    expect(bytes(JSON.stringify(json, null, 2))).toBeLessThanOrEqual(RESULTS_BYTES);
    expect(Math.max(...json.tests.map((t) => bytes(t.output)))).toBeLessThanOrEqual(OUTPUT_BYTES / 2);
  });

  it('leaves outputs that fit as they are', () => {
    const json = gradescopeResults(studentResult({ exercises: [bceLog10] }), english);
    expect(json.tests[0]!.output).not.toContain('more characters cut');
  });
});
