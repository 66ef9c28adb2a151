// `grader check <folder or answers file>`: a student's self-check. Grades their answers
// and code against the course for their own numbers and prints the feedback the course
// allows them to see. Exit 0 when everything is correct, 1 otherwise, 2 on bad usage.
import { LANG_HELP } from '../language.ts';
import type { CheckOptions } from '../actions/check.ts';
import { CACHE_HELP } from './cache-help.ts';
import type { RegisterCommand } from './index.ts';

export const checkCommand: RegisterCommand = (program, ctx) => {
  program
    .command('check')
    .description("A student's self-check: grade your answers and code for your own numbers and show the feedback.")
    .argument('<path>', 'your folder (with answers.yaml and/or solution.ts), or your answers file')
    .option('--course <file>', 'the course file (default: exercises/course.yaml, else course.yaml)')
    .option('--student <id>', 'your student id, which decides your numbers (default: the folder name)')
    .option('--lang <code>', LANG_HELP)
    .option('--roster <csv>', 'the class roster: the student id must be on it')
    .option('--roster-encoding <name>', "the roster's encoding when it is not UTF-8 (windows-1256, windows-1252)")
    .option('--assignment <id>', "only this assignment's exercises")
    .option('--defaults', "grade the exercises' default numbers (those of the course notes) instead of your own")
    .option('--json', 'print the result model as JSON instead of text')
    .addHelpText('after', CACHE_HELP)
    .action(async (path: string, options: CheckOptions) => {
      ctx.exitCode = await (await import('../actions/check.ts')).check(ctx, path, options);
    });
};
