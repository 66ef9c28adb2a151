// `grader report <results> --out <dir>`: renders the reports, the class summary and the
// gradebook again from saved results, without grading anything.
import { resolve } from 'node:path';
import type { ReportOptions } from '../actions/report.ts';
import { DURABLE_HELP } from '../durable-option.ts';
import { addGradebookOptions } from '../gradebook-options.ts';
import type { RegisterCommand } from './index.ts';

export const reportCommand: RegisterCommand = (program, ctx) => {
  const command = program
    .command('report')
    .description('Render the reports, class summary and gradebook again from saved results, without regrading.')
    .argument('<results>', 'a folder of result JSON files, or a grading output folder that contains results/')
    .requiredOption('--out <dir>', 'where to write reports/, summary.html, class-results.json and the gradebook')
    .option('--templates <dir>', 'a folder whose templates and partials replace the defaults of the same name')
    .option('--lang <code>', "the language of the reports (en, fa, …); default: the course's first language, as the results record it");
  addGradebookOptions(command)
    .option('--durable', DURABLE_HELP)
    .action(async (results: string, options: ReportOptions) => {
      ctx.exitCode = await (await import('../actions/report.ts')).runReport(ctx, resolve(ctx.cwd, results), options);
    });
};
