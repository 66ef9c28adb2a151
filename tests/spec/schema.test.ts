// The published JSON Schemas: generated from code (grader/spec/schema/), committed beside
// the exercises for editors, and usable on their own by any JSON Schema validator.
// Their agreement with types.ts is checked by the compiler (grader/spec/schema/agreement.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findSpecFiles, type ExerciseSpec } from '../../grader/spec/index.ts';
import { LANGUAGE_CODE } from '../../grader/messages/languages.ts';
import { SCHEMA_FILES } from '../../grader/spec/schema/files.ts';
import { LANGUAGE_PATTERN } from '../../grader/spec/schema/values.ts';

const root = join(import.meta.dirname, '../..');

describe('the JSON Schema files', () => {
  it.each(Object.keys(SCHEMA_FILES))('%s is the one the code generates (run `npm run schema` after changing it)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(SCHEMA_FILES[path]);
  });

  const committed = (path: string) => new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(root, path), 'utf8')));

  it('accepts every file of the bank when used on its own', async () => {
    const exercise = committed('exercises/exercise.schema.json');
    const course = committed('exercises/course.schema.json');
    for (const file of await findSpecFiles(join(root, 'exercises'))) {
      const validate = file.endsWith('course.yaml') ? course : exercise;
      expect(validate(parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('accepts a value typed as ExerciseSpec and rejects an unknown key', () => {
    const validate = committed('exercises/exercise.schema.json');
    const spec: ExerciseSpec = {
      id: 'softmax-three-logits',
      title: 'Softmax of three logits',
      topic: 'softmax',
      points: 4,
      prompt: 'z = {{z}}',
      params: { z: { default: [2, 1, 0.1], vector: { length: 3, min: -3, max: 3, step: 0.1 } } },
      answer: { kind: 'vector', reference: 'softmax(z)', tolerance: { abs: 0.005 }, partial: 'per-element', checks: ['sums-to-one'] },
      misconceptions: [{ use: 'sigmoid-instead-of-softmax', reference: 'sigmoid.each(z)' }],
    };
    expect(validate(spec)).toBe(true);
    expect(validate({ ...spec, answer: { ...spec.answer, tolerence: { abs: 0.1 } } })).toBe(false);
  });

  it("keys translations by the catalogues' language codes", () => {
    expect(LANGUAGE_PATTERN).toBe(LANGUAGE_CODE.source);
  });
});
