// `grader check <folder or answers file>`: grades one student's answers and code for their own
// numbers and prints the feedback. Without --pack it is the instructor's tool: it reads the
// course folder, hidden tests and salt included, for any student id. With --pack it is the
// student's: it reads only a student pack (grader pack), which holds nothing hidden.
// Exit 0 when everything is correct, 1 otherwise, 2 on bad usage.
import { EXIT } from '../context.ts';
import { LANG_HELP } from '../language.ts';
import type { CheckOptions } from '../actions/check.ts';
import { CACHE_HELP } from './cache-help.ts';
import type { RegisterCommand } from './index.ts';

const PACK_HELP = `
With --pack, the student's self-check: it reads only the student pack an instructor made with
grader pack (no course folder, no hidden test, no salt), takes the student's numbers from it
(a per-student pack knows its student; a class pack needs --student or the folder's name), and
counts the hidden tests without running them. Without --pack, check is the instructor's tool:
it reads the whole course, hidden tests and salt included, and grades any student id; do not
hand students the course folder for it.`;

export const checkCommand: RegisterCommand = (program, ctx) => {
  program
    .command('check')
    .description("Grade one student's answers and code for their own numbers and show the feedback: from a student pack (--pack), or, for the instructor, from the course.")
    .argument('<path>', 'your folder (with answers.yaml and/or solution.ts), or your answers file')
    .option('--pack <pack>', 'a student pack (its folder or pack.json): check from it alone, as a student')
    .option('--course <file>', 'the course file (default: exercises/course.yaml, else course.yaml); not with --pack')
    .option('--student <id>', 'your student id, which decides your numbers (default: the folder name)')
    .option('--lang <code>', LANG_HELP)
    .option('--roster <csv>', 'the class roster: the student id must be on it; not with --pack')
    .option('--roster-encoding <name>', "the roster's encoding when it is not UTF-8 (windows-1256, windows-1252)")
    .option('--assignment <id>', "only this assignment's exercises; not with --pack (a pack is one assignment)")
    .option('--defaults', "grade the exercises' default numbers (those of the course notes) instead of your own; not with --pack")
    .option('--json', 'print the result model as JSON instead of text')
    .addHelpText('after', `${PACK_HELP}\n${CACHE_HELP}`)
    .action(async (path: string, options: CheckOptions & { pack?: string }) => {
      if (options.pack === undefined) {
        ctx.exitCode = await (await import('../actions/check.ts')).check(ctx, path, options);
        return;
      }
      const alone = (['course', 'roster', 'rosterEncoding', 'assignment', 'defaults'] as const).filter((key) => options[key] !== undefined);
      if (alone.length > 0) {
        const flags = alone.map((key) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ');
        ctx.stderr.write(`grader check: ${flags} cannot go with --pack: a pack is one assignment of one course, with its own students\n`);
        ctx.exitCode = EXIT.usage;
        return;
      }
      ctx.exitCode = await (await import('../actions/check-pack.ts')).checkPack(ctx, path, { ...options, pack: options.pack });
    });
};
