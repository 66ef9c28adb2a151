import { describe, expect, it } from 'vitest';
import { gradescopeFailure, gradescopeResults } from '../../grader/report/index.ts';
import { bceLog10, reluCode, studentResult } from './fixtures.ts';

describe('gradescopeResults', () => {
  const result = studentResult({
    exercises: [bceLog10, reluCode],
    late: [{ assignment: { id: 'week-2', title: 'Losses' }, submittedAt: '2026-10-06T09:00:00Z', due: '2026-10-05T20:29:00Z', daysLate: 1, penaltyPercent: 10, scoreBeforePenalty: 3.3333 }],
  });

  it('has the fields of Gradescope\'s results.json, one test per exercise', () => {
    const json = gradescopeResults(result, 12.4);
    expect(json).toMatchObject({ score: 3, max_score: 8, execution_time: 12, visibility: 'visible', stdout_visibility: 'hidden' });
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
