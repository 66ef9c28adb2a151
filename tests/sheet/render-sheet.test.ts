import { describe, expect, it } from 'vitest';
import { renderSheet } from '../../grader/sheet/render-sheet.ts';
import { drawVariant } from '../../grader/variant/index.ts';
import { expectedValues } from '../../grader/expect/index.ts';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { bceOne, dieThree, notesCourse, notesExercises, vanishing } from '../grade/notes-course.ts';

const sheet = (studentId?: string, assignment?: string) =>
  renderSheet({ course: notesCourse, exercises: notesExercises, catalogue: loadCatalogue('en').catalogue!, ...(studentId === undefined ? {} : { studentId }), ...(assignment === undefined ? {} : { assignment }) });

describe('renderSheet', () => {
  it("shows the notes' numbers without a student", () => {
    const text = sheet();
    expect(text).toContain("# Introduction to machine learning (the course notes’ numbers)");
    expect(text).toContain('A fair die has 6 faces.');
    expect(text).toContain('z = [2, 1, 0.1]');
    expect(text).toContain('Answer: a list of 3 numbers, such as [0.66, 0.24, 0.10].');
    expect(text).toContain('  B) Regression\n');
    // In Persian, the option's translation.
    const persian = renderSheet({ course: notesCourse, exercises: notesExercises, catalogue: loadCatalogue('fa').catalogue! });
    expect(persian).toContain('  B) رگرسیون\n');
  });
  it("shows each student's own numbers", () => {
    for (const student of ['s001', 's002', 's003']) {
      const variant = drawVariant(dieThree, { salt: notesCourse.salt, studentId: student });
      if (!variant.ok) throw new Error(variant.problem.message);
      expect(sheet(student)).toContain(`A fair die has ${variant.values.sides} faces.`);
    }
    expect(sheet('s001')).toBe(sheet('s001'));
  });
  it('ends with an answers.yaml to fill in, and gives nothing of the answers away', () => {
    const text = sheet('s001', 'hw2');
    expect(text).toContain('```yaml\nbce-one:\ncce-one:\nhouse-price-kind:\nvanishing-gradient:\n```');
    expect(text).not.toContain('die-three');
    for (const exercise of [bceOne, vanishing]) {
      const variant = drawVariant(exercise, { salt: notesCourse.salt, studentId: 's001' });
      const computed = variant.ok ? expectedValues(exercise, variant.values) : undefined;
      if (!computed?.ok || typeof computed.expected !== 'number') throw new Error('no expected value');
      expect(text).not.toContain(computed.expected.toPrecision(3));
    }
  });
});
