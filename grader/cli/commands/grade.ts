// `grader grade <submissions> --out <dir>`: grades a whole class. Safe to interrupt and
// run again: finished students are reused, and the output is the same bytes either way.
import { resolve } from 'node:path';
import type { GradeOptions } from '../actions/grade.ts';
import { DURABLE_HELP } from '../durable-option.ts';
import { addGradebookOptions } from '../gradebook-options.ts';
import { LANG_HELP } from '../language.ts';
import type { RegisterCommand } from './index.ts';

export const gradeCommand: RegisterCommand = (program, ctx) => {
  const command = program
    .command('grade')
    .description('Grade every student folder of a class and write results, reports, a class summary and a gradebook.')
    .argument('<submissions>', 'a folder with one sub-folder per student, named by the student id')
    .requiredOption('--out <dir>', 'where to write results/, reports/, summary.html, class-results.json and the gradebook')
    .option('--course <file>', 'the course file (default: exercises/course.yaml, else course.yaml)')
    .option('--roster <csv>', 'a CSV with columns id, name, email, section (and optionally submitted_at), separated by commas, semicolons or tabs')
    .option('--roster-encoding <name>', 'the roster\'s encoding when it is not UTF-8, as Excel saves "CSV" (windows-1256 for Persian, windows-1252)')
    .option('--assignment <id>', "grade only this assignment's exercises")
    .option('--templates <dir>', 'a folder whose templates and partials replace the defaults of the same name')
    .option('--lang <code>', LANG_HELP);
  addGradebookOptions(command)
    .option('--force', 'grade every student again, even those whose files have not changed')
    .option('--release', 'show the expected values of exercises whose reveal is after-due or after-published now (before the due date, or for a release)')
    .option('--durable', DURABLE_HELP)
    .option('--workers <n>', 'grade worker threads, with the sandbox workers shared out among them (default: one per core on more than 2 cores, else one; 0 grades in the main thread, as for a class under 16)')
    .option('--shard <i/n>', 'grade only shard i of n (by a stable hash of the student id); combine shards with grader merge')
    .action(async (submissions: string, options: GradeOptions) => {
      ctx.exitCode = await (await import('../actions/grade.ts')).grade(ctx, resolve(ctx.cwd, submissions), options);
    });
};
