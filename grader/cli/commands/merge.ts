// `grader merge <shard folders…> --out <dir>`: the output folders of `grader grade --shard i/n`
// combined into exactly the output of one unsharded run.
import type { MergeOptions } from '../actions/merge.ts';
import { DURABLE_HELP } from '../durable-option.ts';
import { addGradebookOptions } from '../gradebook-options.ts';
import type { RegisterCommand } from './index.ts';

export const mergeCommand: RegisterCommand = (program, ctx) => {
  const command = program
    .command('merge')
    .description('Combine the output folders of sharded runs (grader grade --shard i/n) into the output of one run.')
    .argument('<shards...>', 'the output folders of the shards')
    .requiredOption('--out <dir>', 'where to write the combined results, reports, summary and gradebook')
    .option('--templates <dir>', 'a folder whose templates and partials replace the defaults of the same name')
    .option('--lang <code>', "the language of the summary (en, fa, …); default: the course's first language, as the results record it");
  addGradebookOptions(command)
    .option('--partial', 'merge even when shards are missing: the output is marked partial (gradebook-partial.csv, a banner in summary.html, exit code 3)')
    .option('--durable', DURABLE_HELP)
    .action(async (shards: string[], options: MergeOptions) => {
      ctx.exitCode = await (await import('../actions/merge.ts')).merge(ctx, shards, options);
    });
};
