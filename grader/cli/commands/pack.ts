// `grader pack --assignment <id> --out <dir>`: the student pack of an assignment, what students
// may have to check their work themselves (`grader check --pack`): the exercises without their
// hidden cases, the salt or the random cases' generators, and each student's own numbers.
import { DURABLE_HELP } from '../durable-option.ts';
import type { PackOptions } from '../actions/pack.ts';
import type { RegisterCommand } from './index.ts';

export const packCommand: RegisterCommand = (program, ctx) => {
  program
    .command('pack')
    .description("Write an assignment's student pack: what students need to check their work with grader check --pack, and nothing hidden (no hidden test, no salt).")
    .requiredOption('--assignment <id>', 'the assignment to pack')
    .requiredOption('--out <dir>', 'where to write pack.json and students/<id>.json (or <id>/pack.json with --per-student)')
    .option('--course <file>', 'the course file (default: exercises/course.yaml, else course.yaml)')
    .option('--roster <csv>', "the class roster: one student's numbers per row")
    .option('--roster-encoding <name>', "the roster's encoding when it is not UTF-8 (windows-1256, windows-1252)")
    .option('--class <folder>', 'without a roster: one student per sub-folder of this folder, named by the student id')
    .option('--per-student', "one pack per student, <id>/pack.json, holding no other student's numbers")
    .option('--durable', DURABLE_HELP)
    .addHelpText('after', '\nA class pack (pack.json and students/) holds every student\'s numbers: give each student their own\nfile with --per-student when they must not see each other\'s. docs/pack.md describes the format.\n')
    .action(async (options: PackOptions) => {
      ctx.exitCode = await (await import('../actions/pack.ts')).pack(ctx, options);
    });
};
