import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSummaryBuilder, csvField, csvLine, renderGradebookCsv } from '../../grader/report/index.ts';
import { gradebookHeader, gradebookRow } from '../../grader/report/gradebook.ts';
import type { StudentResult } from '../../grader/result/types.ts';
import { bceLog10, dieCorrect, softmaxPartial, studentResult } from './fixtures.ts';

describe('formula injection', () => {
  // csv-stringify's escape_formulas, as every gradebook is written: a leading apostrophe, then
  // RFC 4180 quoting where the cell needs it.
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+cmd|/C calc', "'+1+cmd|/C calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['Sara Ahmadi', 'Sara Ahmadi'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j is neutralised to %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1,2', `"'=1,2"`],
    ['\r=cmd', `"'\r=cmd"`],
    [2.6666666666666665, '2.67'],
    [7.5, '7.5'],
    [14, '14'],
    [0, '0'],
    [null, ''],
    [undefined, ''],
  ] as const)('%j is written as %j (RFC 4180)', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
});

const rostered = (result: StudentResult): StudentResult => ({ ...result, student: { ...result.student, onRoster: true } });

function classSummary() {
  const builder = createSummaryBuilder({
    course: { en: 'Introduction to Machine Learning' },
    assignment: { id: 'week-3', title: { en: 'Week 3', fa: 'هفتهٔ ۳' } },
    exercises: [
      { id: 'softmax-three-logits', title: { en: 'Softmax of three logits', fa: 'سافت‌مکس سه لاجیت' }, max: 4 },
      { id: 'bce-one-example', title: { en: 'Binary cross-entropy' }, max: 3 },
      { id: 'die-probability', title: { en: 'Probability' }, max: 2 },
    ],
  });
  builder.add(rostered(studentResult({ id: 's002', name: '=cmd|"/C calc"!A0', exercises: [dieCorrect, bceLog10], score: 2, max: 9 })));
  builder.add(rostered(studentResult({ id: 's001', name: 'Ahmadi, Sara', exercises: [softmaxPartial, bceLog10, dieCorrect], score: 4.666666666666667, max: 9 })));
  // Two days late at 10% a day: the exercises keep their scores, the total loses 20%.
  builder.add(rostered(studentResult({ id: 's003', name: 'Late', exercises: [dieCorrect], score: 1.6, max: 9 })));
  return builder.finish();
}

describe('layouts', () => {
  it('plain: our ids, one column per exercise, the late penalty, total and max', () => {
    expect(renderGradebookCsv(classSummary(), 'plain')).toBe(
      [
        'id,name,email,section,softmax-three-logits,bce-one-example,die-probability,late_penalty,total,max',
        's001,"Ahmadi, Sara",s001@example.edu,A,2.67,0,2,0,4.67,9',
        `s002,"'=cmd|""/C calc""!A0",s002@example.edu,A,,0,2,0,2,9`,
        's003,Late,s003@example.edu,A,,,2,0.4,1.6,9',
        '',
      ].join('\r\n'),
    );
  });

  it('Canvas: the student columns, one column per assignment and no total, with a Points Possible row', () => {
    const lines = renderGradebookCsv(classSummary(), 'canvas').split('\r\n');
    expect(lines).toEqual([
      'Student,ID,SIS User ID,SIS Login ID,Section,Week 3',
      'Points Possible,,,,,9',
      '"Ahmadi, Sara",,s001,,A,4.67',
      `"'=cmd|""/C calc""!A0",,s002,,A,2`,
      'Late,,s003,,A,1.6',
      '',
    ]);
  });

  it('Moodle: the user column, the email, the name, one column per exercise and the total', () => {
    const lines = renderGradebookCsv(classSummary(), 'moodle').split('\r\n');
    expect(lines[0]).toBe('ID number,Email address,Full name,Softmax of three logits,Binary cross-entropy,Probability,Week 3');
    expect(lines[1]).toBe('s001,s001@example.edu,"Ahmadi, Sara",2.67,0,2,4.67');
  });

  it('tells apart exercises that share a title by their id', () => {
    const builder = createSummaryBuilder({
      exercises: [
        { id: 'sigmoid-a', title: { en: 'Sigmoid' }, max: 1 },
        { id: 'sigmoid-b', title: { en: 'Sigmoid' }, max: 1 },
      ],
    });
    builder.add(studentResult({ exercises: [] }));
    const summary = builder.finish();
    expect(gradebookHeader('moodle', summary).split('\r\n')[0]).toContain(',Sigmoid [sigmoid-a],Sigmoid [sigmoid-b],');
    expect(gradebookHeader('canvas', summary, { canvasColumns: 'exercises' }).split('\r\n')[0]).toMatch(/,Sigmoid \[sigmoid-a\],Sigmoid \[sigmoid-b\]$/);
  });

  it('streams: the header and the rows put together are the whole file', () => {
    const summary = classSummary();
    for (const format of ['plain', 'canvas', 'moodle'] as const) {
      for (const options of [{}, { canvasColumns: 'exercises', moodleUserField: 'email' } as const]) {
        const streamed = gradebookHeader(format, summary, options) + summary.students.map((s) => gradebookRow(format, s, summary, options)).join('');
        expect(streamed).toBe(renderGradebookCsv(summary, format, options));
      }
    }
  });
});

describe('what a CSV reader gets back', () => {
  const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
  it('every record, whatever its text, reads back as its cells, a formula only behind an apostrophe', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', '"', ',', '\r\n', '\n', '\r', ' lead', '-', '@x', '\t'), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 6 }), (cells) => {
        const [parsed] = parse(csvLine(cells), { record_delimiter: '\r\n', relax_quotes: false }) as string[][];
        expect(parsed).toEqual(cells.map((text) => (FORMULA_START.test(text) ? `'${text}` : text)));
      }),
    );
  });
});
