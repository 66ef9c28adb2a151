// `grader merge <shard folders…> --out <dir>`: the output folders of `grader grade --shard i/n`
// combined into exactly the output of one unsharded run.
import { Option } from 'commander';
import type { MergeOptions } from '../actions/merge.ts';
import { GRADEBOOK_FORMATS } from '../../report/gradebook.ts';
import { DURABLE_HELP } from '../durable-option.ts';
import type { RegisterCommand } from './index.ts';

export const mergeCommand: RegisterCommand = (program, ctx) => {
  program
    .command('merge')
    .description('Combine the output folders of sharded runs (grader grade --shard i/n) into the output of one run.')
    .argument('<shards...>', 'the output folders of the shards')
    .requiredOption('--out <dir>', 'where to write the combined results, reports, summary and gradebook')
    .option('--templates <dir>', 'a folder whose templates and partials replace the defaults of the same name')
    .addOption(new Option('--format <format>', 'the gradebook layout').choices(GRADEBOOK_FORMATS).default('plain'))
    .option('--durable', DURABLE_HELP)
    .action(async (shards: string[], options: MergeOptions) => {
      ctx.exitCode = await (await import('../actions/merge.ts')).merge(ctx, shards, options);
    });
};
