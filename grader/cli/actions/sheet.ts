// The work of `grader sheet`, registered in commands/sheet.ts and loaded only when it runs.
// `grader sheet --student <id>`: the student's own variant of every exercise, so they know
// their numbers before they answer.
import { renderSheet } from '../../sheet/render-sheet.ts';
import { EXIT, type CliContext } from '../context.ts';
import { loadCourseForStudents } from '../course-for-students.ts';
import { chooseCatalogue } from '../language.ts';
import { courseLanguages } from '../../spec/localized.ts';

export interface SheetOptions {
  readonly student?: string;
  readonly course?: string;
  readonly assignment?: string;
  readonly lang?: string;
}

export async function sheet(ctx: CliContext, options: SheetOptions): Promise<number> {
  const loaded = await loadCourseForStudents(ctx, options.course);
  if (!loaded.ok) {
    ctx.stderr.write(`grader sheet: ${loaded.message}\n`);
    return loaded.exitCode;
  }
  if (options.assignment !== undefined && !loaded.course.assignments.some((a) => a.id === options.assignment)) {
    ctx.stderr.write(`grader sheet: the course has no assignment '${options.assignment}'\n`);
    return EXIT.usage;
  }
  const language = chooseCatalogue(options.lang, courseLanguages(loaded.course));
  if ('usage' in language) {
    ctx.stderr.write(`grader sheet: ${language.usage}\n`);
    return EXIT.usage;
  }
  ctx.stdout.write(
    renderSheet({
      catalogue: language.catalogue,
      course: loaded.course,
      exercises: loaded.exercises,
      ...(options.student === undefined ? {} : { studentId: options.student }),
      ...(options.assignment === undefined ? {} : { assignment: options.assignment }),
    }),
  );
  return EXIT.ok;
}

