// `grader merge <shard folders…> --out <dir>`: the output folders of `grader grade --shard i/n`
// combined into exactly the output of one unsharded run.
import { Option } from 'commander';
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { mergeShards } from '../../batch/merge.ts';
import { GRADEBOOK_FORMATS, loadTemplates, type GradebookFormat } from '../../report/index.ts';
import { EXIT, type CliContext } from '../context.ts';
import { DURABLE_HELP } from '../durable-option.ts';
import { printProblems, uniqueProblems } from '../print-problems.ts';
import type { RegisterCommand } from './index.ts';

interface MergeOptions {
  readonly out: string;
  readonly templates?: string;
  readonly format: GradebookFormat;
  readonly durable?: boolean;
}

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
      ctx.exitCode = await merge(ctx, shards, options);
    });
};

async function merge(ctx: CliContext, shards: readonly string[], options: MergeOptions): Promise<number> {
  const folders = shards.map((s) => resolve(ctx.cwd, s));
  for (const [i, folder] of folders.entries()) {
    if (!(await stat(folder).catch(() => undefined))?.isDirectory()) {
      ctx.stderr.write(`grader merge: ${shards[i]} is not a folder\n`);
      return EXIT.usage;
    }
  }
  const templatesDir = options.templates === undefined ? undefined : resolve(ctx.cwd, options.templates);
  const templates = await loadTemplates(templatesDir);
  const out = resolve(ctx.cwd, options.out);
  const merged = await mergeShards({ shards: folders, out, templates: templates.templates, formats: [options.format], durable: options.durable === true });
  const shown = (path: string): string => relative(ctx.cwd, path) || '.';
  const problems = uniqueProblems([...templates.problems, ...merged.problems]);
  ctx.stdout.write(`Merged ${merged.students} students from ${folders.length} shards into ${shown(out)}.\n`);
  for (const file of merged.files) ctx.stdout.write(`Written:  ${shown(file)}\n`);
  printProblems(ctx, problems, shown);
  return problems.some((p) => p.severity === 'error') ? EXIT.failed : EXIT.ok;
}
