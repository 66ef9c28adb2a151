// The pack's schema files, docs/pack.schema.json and docs/pack-student.schema.json: the format
// for the self-check page and anyone reading packs without the grader. `npm run schema`
// writes them from grader/pack/schema.ts; a test fails when they differ, and the tests check
// every pack `grader pack` writes against them. `check --pack` runs no schema: it checks what
// it reads with pack-shape.ts, which costs far less at every start than a compiled validator.
import { packSchemaDocument, studentVariantsSchemaDocument } from './schema.ts';

export const PACK_SCHEMA_FILES: Readonly<Record<string, string>> = {
  'docs/pack.schema.json': `${JSON.stringify(packSchemaDocument, null, 2)}\n`,
  'docs/pack-student.schema.json': `${JSON.stringify(studentVariantsSchemaDocument, null, 2)}\n`,
};
