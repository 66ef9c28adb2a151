// Generates the example class (examples/class, examples/roster.csv, examples/README.md) from
// the course and the student table in scripts/example-class/students.ts.
//   node dist/generate-class.js [--course exercises/course.yaml] [--out examples]
import { parseArgs } from 'node:util';
import { planCourseClass, writeClass } from './example-class/write.ts';

const { values } = parseArgs({
  options: {
    course: { type: 'string', default: 'exercises/course.yaml' },
    out: { type: 'string', default: 'examples' },
  },
});

try {
  const plan = await planCourseClass(values.course);
  const written = await writeClass(plan, values.out);
  const folders = plan.students.filter((s) => s.files).length;
  console.log(`${plan.students.length} students (${folders} folders), ${written.length} files written to ${values.out}/`);
} catch (error: unknown) {
  console.error(`generate-class: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
