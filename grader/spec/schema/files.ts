// The schema files published beside the exercises, for editors (yaml-language-server)
// and for anyone validating specs without the grader, and the validators the grader runs,
// compiled from the same schemas. `npm run schema` writes them; a test fails when the
// committed files differ from these.
import { courseSchemaDocument } from './course.ts';
import { exerciseSchemaDocument } from './exercise.ts';
import { validatorsModuleText } from './standalone.ts';

export const SCHEMA_FILES: Readonly<Record<string, string>> = {
  'exercises/exercise.schema.json': `${JSON.stringify(exerciseSchemaDocument, null, 2)}\n`,
  'exercises/course.schema.json': `${JSON.stringify(courseSchemaDocument, null, 2)}\n`,
  'grader/spec/schema/validators.generated.ts': validatorsModuleText(),
};
