// The work of `grader merge`, registered in commands/merge.ts and loaded only when it runs.
// `grader merge <shard folders…> --out <dir>`: the output folders of `grader grade --shard i/n`
// combined into exactly the output of one unsharded run.
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { mergeShards } from '../../batch/merge.ts';
import { makeFolderSync } from '../../io/folder.ts';
import { loadTemplates, type GradebookFormat } from '../../report/index.ts';
import { EXIT, type CliContext } from '../context.ts';
import { printProblems, uniqueProblems } from '../print-problems.ts';

export interface MergeOptions {
  readonly out: string;
  readonly templates?: string;
  readonly format: GradebookFormat;
  readonly durable?: boolean;
}

export async function merge(ctx: CliContext, shards: readonly string[], options: MergeOptions): Promise<number> {
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
  const outProblem = makeFolderSync(out);
  if (outProblem !== undefined) {
    ctx.stderr.write(`grader merge: --out ${options.out}: ${outProblem}\n`);
    return EXIT.usage;
  }
  const merged = await mergeShards({ shards: folders, out, templates: templates.templates, formats: [options.format], durable: options.durable === true });
  const shown = (path: string): string => relative(ctx.cwd, path) || '.';
  const problems = uniqueProblems([...templates.problems, ...merged.problems]);
  ctx.stdout.write(`Merged ${merged.students} students from ${folders.length} shards into ${shown(out)}.\n`);
  for (const file of merged.files) ctx.stdout.write(`Written:  ${shown(file)}\n`);
  printProblems(ctx, problems, shown);
  return problems.some((p) => p.severity === 'error') ? EXIT.failed : EXIT.ok;
}
