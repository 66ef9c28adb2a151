// The exercise bank shipped in exercises/: clean under the validator, and covering the course.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { misconceptionCatalogue } from '../../grader/diagnose/index.ts';
import { findSpecFiles, lintPaths, loadCourse, renderPrompt, TOPICS } from '../../grader/spec/index.ts';
import { drawVariant } from '../../grader/variant/index.ts';

const bank = join(import.meta.dirname, '../../exercises');

describe('the exercise bank', async () => {
  const loaded = await loadCourse(join(bank, 'course.yaml'));
  const exercises = loaded.exercises;

  it('validates with no errors and no warnings', async () => {
    const lint = await lintPaths([bank]);
    expect(lint.problems).toEqual([]);
    expect(lint.files).toBe((await findSpecFiles(bank)).length);
  });

  it('has every exercise file checked and valid', () => {
    expect(loaded.files.length).toBeGreaterThanOrEqual(TOPICS.length);
    expect(exercises).toHaveLength(loaded.files.length);
  });

  it.each(TOPICS)('has an exercise on %s, in the folder of its topic', (topic) => {
    const files = loaded.files.filter((parsed) => parsed.exercise?.topic === topic).map((parsed) => parsed.file);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(basename(dirname(file))).toBe(topic);
  });

  it('has a function exercise with a convention, and single and multiple choice exercises', () => {
    const kinds = exercises.map((e) => e.answer);
    expect(kinds.some((a) => a.kind === 'function' && (a.conventions?.length ?? 0) > 0)).toBe(true);
    expect(kinds.some((a) => a.kind === 'choice' && !a.multiple)).toBe(true);
    expect(kinds.some((a) => a.kind === 'choice' && a.multiple)).toBe(true);
  });

  it('diagnoses at least two misconceptions in every numeric exercise', () => {
    for (const exercise of exercises.filter((e) => e.answer.kind === 'scalar' || e.answer.kind === 'vector')) {
      expect(exercise.misconceptions?.length ?? 0, exercise.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('points every file at its schema for editors', async () => {
    for (const file of await findSpecFiles(bank)) {
      const schema = basename(file) === 'course.yaml' ? './course.schema.json' : '../exercise.schema.json';
      const first = readFileSync(file, 'utf8').split('\n')[0];
      expect(first, relative(bank, file)).toBe(`# yaml-language-server: $schema=${schema}`);
    }
  });

  it("renders every prompt for sampled students' variants, leaving no placeholder", () => {
    for (const exercise of exercises) {
      for (const studentId of ['s-1', 's-2', 's-3']) {
        const variant = drawVariant(exercise, { salt: loaded.course!.salt, studentId });
        if (!variant.ok) throw new Error(`${exercise.id}: ${variant.problem.message}`);
        const prompt = renderPrompt(exercise.prompt, new Map(Object.entries(variant.values)));
        expect(prompt, exercise.id).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it('uses every entry of the misconception catalogue in some exercise', () => {
    const used = new Set(exercises.flatMap((e) => (e.misconceptions ?? []).flatMap((m) => (m.use === undefined ? [] : [m.use]))));
    expect([...misconceptionCatalogue.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('lists every entry of the misconception catalogue in docs/exercises.md', () => {
    const docs = readFileSync(join(bank, '../docs/exercises.md'), 'utf8');
    expect([...misconceptionCatalogue.keys()].filter((id) => !docs.includes(`| \`${id}\` |`))).toEqual([]);
  });

  it('assigns every exercise of the bank', () => {
    const assigned = new Set(loaded.course!.assignments.flatMap((a) => a.exercises));
    expect(exercises.map((e) => e.id).filter((id) => !assigned.has(id))).toEqual([]);
  });
});
