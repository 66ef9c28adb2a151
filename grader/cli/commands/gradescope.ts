// `grader gradescope`: the grader as a Gradescope autograder. Grades the one submission in
// /autograder/submission and writes /autograder/results/results.json. Whatever goes wrong
// (no course, a bad option, a crash) still ends in a results.json, with score 0 and the
// reason, because that file is all the student sees.
import { LANG_HELP } from '../language.ts';
import { Option } from 'commander';
import type { GradescopeOptions } from '../actions/gradescope.ts';
import { ID_SOURCES } from '../../gradescope/metadata.ts';
import type { RegisterCommand } from './index.ts';

export const gradescopeCommand: RegisterCommand = (program, ctx) => {
  program
    .command('gradescope')
    .description("Grade one Gradescope submission and write Gradescope's results.json (run by run_autograder).")
    .option('--submission <dir>', "the student's uploaded files", '/autograder/submission')
    .option('--results <file>', 'where to write results.json', '/autograder/results/results.json')
    .option('--metadata <file>', "Gradescope's submission metadata (who submitted, and when)", '/autograder/submission_metadata.json')
    .option('--course <file>', 'the course file (default: exercises/course.yaml, else course.yaml)')
    .option('--student <id>', "the student id, which decides the student's numbers (default: from the metadata)")
    .addOption(new Option('--id-from <field>', "the metadata field the id is taken from (default: sid, else the email's part before @)").choices(ID_SOURCES))
    .option('--assignment <id>', "grade only this assignment's exercises")
    .option('--lang <code>', LANG_HELP)
    .action(async (options: GradescopeOptions) => {
      ctx.exitCode = await (await import('../actions/gradescope.ts')).gradescope(ctx, options);
    });
};
