// `grader sheet --student <id>`: the student's own variant of every exercise, so they know
// their numbers before they answer.
import { LANG_HELP } from '../language.ts';
import type { SheetOptions } from '../actions/sheet.ts';
import { CACHE_HELP } from './cache-help.ts';
import type { RegisterCommand } from './index.ts';

export const sheetCommand: RegisterCommand = (program, ctx) => {
  program
    .command('sheet')
    .description("Print each exercise with a student's own numbers (the course notes' numbers without --student).")
    .option('--student <id>', 'the student id, which decides the numbers')
    .option('--course <file>', 'the course file (default: exercises/course.yaml, else course.yaml)')
    .option('--assignment <id>', "only this assignment's exercises")
    .option('--lang <code>', LANG_HELP)
    .addHelpText('after', CACHE_HELP)
    .action(async (options: SheetOptions) => {
      ctx.exitCode = await (await import('../actions/sheet.ts')).sheet(ctx, options);
    });
};
