import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { gradescopeFailure, gradescopeResults } from '../../grader/report/index.ts';
import { OUTPUT_BYTES, RESULTS_BYTES } from '../../grader/report/gradescope-size.ts';
import { bceLog10, dieCorrect, reluCode, studentResult } from './fixtures.ts';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../gradescope/results.schema.json'), 'utf8')) as object;
const followsSpecification = new Ajv({ allErrors: true }).compile(schema);
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('gradescopeResults', () => {
  const result = studentResult({
    exercises: [bceLog10, reluCode],
    late: [{ assignment: { id: 'week-2', title: 'Losses' }, submittedAt: '2026-10-06T09:00:00Z', due: '2026-10-05T20:29:00Z', daysLate: 1, penaltyPercent: 10, scoreBeforePenalty: 3.3333 }],
  });

  it('has the fields of Gradescope\'s results.json, one test per exercise', () => {
    const json = gradescopeResults(result, { executionTimeSeconds: 12.4 });
    expect(json).toMatchObject({ score: 3, execution_time: 12, visibility: 'visible', stdout_visibility: 'hidden' });
    expect('max_score' in json).toBe(false);
    expect(json.output).toContain(': 3 / 8 points.');
    expect(json.tests.map(({ name, score, max_score, status, visibility }) => ({ name, score, max_score, status, visibility }))).toEqual([
      { name: 'Binary cross-entropy of one prediction', score: 0, max_score: 3, status: 'failed', visibility: 'visible' },
      { name: 'ReLU derivative in code', score: 3, max_score: 5, status: 'failed', visibility: 'visible' },
    ]);
    expect(json.output).toContain('1 day late');
    expect(json.tests[0]!.output).toContain('Likely mistake: Common logarithm instead of natural logarithm.');
  });

  it('leaves execution_time out when it is not known, and is plain JSON', () => {
    const json = gradescopeResults(result);
    expect('execution_time' in json).toBe(false);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reports visible cases one by one and hidden ones only as a count', () => {
    const output = gradescopeResults(result).tests[1]!.output;
    expect(output).toContain('Test 2 (x = -3), expected 0, returned 0.01: Failed');
    expect(output).toContain('Hidden tests: 2 of 3 passed.');
    expect(output.match(/^Test \d/gm)).toHaveLength(3);
  });

  it('declares every output and test name plain text, so markup a student wrote is shown, not rendered', () => {
    const hostile = studentResult({ exercises: [{ ...reluCode, console: '<img src=x onerror=alert(1)>' }] });
    const json = gradescopeResults(hostile);
    expect(json.tests[0]!.output).toContain('<img src=x onerror=alert(1)>');
    expect(json).toMatchObject({ output_format: 'text', test_output_format: 'text', test_name_format: 'text' });
    expect(gradescopeFailure('no course')).toMatchObject({ output_format: 'text', test_output_format: 'text', test_name_format: 'text' });
  });

  it('says once, in the submission\'s output, that the code file did not load', () => {
    const message = 'The top-level code of solution.ts did not finish within 1000 ms: look for a loop that never ends.';
    const failed = studentResult({ exercises: [reluCode], codeLoadFailure: { code: 'code-load-timeout', status: 'timeout', file: 'solution.ts', message } });
    const json = gradescopeResults(failed);
    expect(json.output).toContain(`Your code file did not load, so no code exercise ran: ${message}`);
    expect(json.tests.map((t) => t.output).join('\n')).not.toContain(message);
  });
});

describe('test visibility', () => {
  const result = studentResult({
    exercises: [bceLog10, dieCorrect],
    late: [{ assignment: { id: 'week-2', title: 'Losses' }, submittedAt: '2026-10-06T09:00:00Z', due: '2026-10-05T20:29:00Z', daysLate: 1, penaltyPercent: 10, scoreBeforePenalty: 3.3333 }],
  });

  it('gives each exercise the visibility asked for, and keeps the score back while a test is held back', () => {
    const json = gradescopeResults(result, { visibility: new Map([['bce-one-example', 'after_due_date'], ['die-face', 'visible']]) });
    expect(json.tests.map((t) => t.visibility)).toEqual(['after_due_date', 'visible']);
    expect(json.output).toContain('your score and the expected answers are shown after the due date.');
    // Neither the score nor the score before the late penalty is in the visible output.
    expect(json.output).not.toMatch(/points|score before/);
    expect(followsSpecification(json)).toBe(true);
  });

  it('says "when the grades are published" for after_published', () => {
    const json = gradescopeResults(result, { visibility: new Map([['bce-one-example', 'after_published']]) });
    expect(json.tests.map((t) => t.visibility)).toEqual(['after_published', 'visible']);
    expect(json.output).toContain('shown when the grades are published.');
  });
});

describe("results.json's size", () => {
  it('cuts an output that is too long at a character, says so, and stays within the limits', () => {
    // A student's code printed 2 MB of Persian text (two bytes a letter) and a line of emoji.
    const console = `${'خروجی '.repeat(200_000)}\n${'🙂'.repeat(1000)}`;
    const json = gradescopeResults(studentResult({ exercises: [{ ...reluCode, console }] }));
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
    const json = gradescopeResults(studentResult({ exercises }));
    expect(json.tests).toHaveLength(60);
    expect(bytes(JSON.stringify(json, null, 2))).toBeLessThanOrEqual(RESULTS_BYTES);
    expect(Math.max(...json.tests.map((t) => bytes(t.output)))).toBeLessThanOrEqual(OUTPUT_BYTES / 2);
  });

  it('leaves outputs that fit as they are', () => {
    const json = gradescopeResults(studentResult({ exercises: [bceLog10] }));
    expect(json.tests[0]!.output).not.toContain('more characters cut');
  });
});
