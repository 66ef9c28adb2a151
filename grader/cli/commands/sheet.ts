// `grader sheet --student <id>`: the student's own variant of every exercise, so they know
// their numbers before they answer.
import { renderSheet } from '../../sheet/render-sheet.ts';
import { EXIT, type CliContext } from '../context.ts';
import { loadCourseForStudents } from '../course-for-students.ts';
import type { RegisterCommand } from './index.ts';

interface SheetOptions {
  readonly student?: string;
  readonly course?: string;
  readonly assignment?: string;
}

async function sheet(ctx: CliContext, options: SheetOptions): Promise<number> {
  const loaded = await loadCourseForStudents(ctx, options.course);
  if (!loaded.ok) {
    ctx.stderr.write(`grader sheet: ${loaded.message}\n`);
    return loaded.exitCode;
  }
  if (options.assignment !== undefined && !loaded.course.assignments.some((a) => a.id === options.assignment)) {
    ctx.stderr.write(`grader sheet: the course has no assignment '${options.assignment}'\n`);
    return EXIT.usage;
  }
  ctx.stdout.write(
    renderSheet({
      course: loaded.course,
      exercises: loaded.exercises,
      ...(options.student === undefined ? {} : { studentId: options.student }),
      ...(options.assignment === undefined ? {} : { assignment: options.assignment }),
    }),
  );
  return EXIT.ok;
}

export const sheetCommand: RegisterCommand = (program, ctx) => {
  program
    .command('sheet')
    .description("Print each exercise with a student's own numbers (the course notes' numbers without --student).")
    .option('--student <id>', 'the student id, which decides the numbers')
    .option('--course <file>', 'the course file (default: exercises/course.yaml, else course.yaml)')
    .option('--assignment <id>', "only this assignment's exercises")
    .action(async (options: SheetOptions) => {
      ctx.exitCode = await sheet(ctx, options);
    });
};
