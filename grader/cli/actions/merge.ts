// The work of `grader merge`, registered in commands/merge.ts and loaded only when it runs.
// `grader merge <shard folders…> --out <dir>`: the output folders of `grader grade --shard i/n`
// combined into exactly the output of one unsharded run; refused, with nothing written, unless
// the folders are every shard of one course and roster (or --partial is given).
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { mergeShards, planMerge } from '../../batch/merge.ts';
import { makeFolderSync } from '../../io/folder.ts';
import { listResultFiles, loadTemplates, recordedLanguages, type PartialRecord } from '../../report/index.ts';
import { chooseCatalogue } from '../language.ts';
import { EXIT, type CliContext } from '../context.ts';
import { gradebookOptions, type GradebookCliOptions } from '../gradebook-options.ts';
import { printProblems, uniqueProblems } from '../print-problems.ts';

export interface MergeOptions extends GradebookCliOptions {
  readonly out: string;
  readonly templates?: string;
  readonly lang?: string;
  readonly durable?: boolean;
  readonly partial?: boolean;
}

/** A partial merge has written its files, but some students are not in them. */
export const PARTIAL_EXIT = 3;

const usage = (ctx: CliContext, message: string): number => {
  ctx.stderr.write(`grader merge: ${message}\n`);
  return EXIT.usage;
};

const mergedLine = (students: number, merged: number, partial: PartialRecord | undefined, out: string): string =>
  partial === undefined
    ? `Merged ${students} students from ${merged} shards into ${out}.\n`
    : `Merged ${students} students from ${merged} of ${partial.shards} shards into ${out}: PARTIAL, without shard${partial.missing.length === 1 ? '' : 's'} ${partial.missing.join(', ')} and the students graded there.\n`;

export async function merge(ctx: CliContext, shards: readonly string[], options: MergeOptions): Promise<number> {
  const folders = shards.map((s) => resolve(ctx.cwd, s));
  for (const [i, folder] of folders.entries()) {
    if (!(await stat(folder).catch(() => undefined))?.isDirectory()) return usage(ctx, `${shards[i]} is not a folder`);
  }
  const gradebook = gradebookOptions(options);
  if (typeof gradebook === 'string') return usage(ctx, gradebook);
  const shown = (path: string): string => relative(ctx.cwd, path) || '.';
  const out = resolve(ctx.cwd, options.out);
  // An --out that exists but cannot be the output is bad usage, said before the shards are read;
  // one that does not exist yet is made only once the shards make one class.
  const outProblem = (await stat(out).catch(() => undefined)) === undefined ? undefined : makeFolderSync(out);
  if (outProblem !== undefined) return usage(ctx, `--out ${options.out}: ${outProblem}`);
  const plan = await planMerge(folders.map((folder, i) => ({ folder, name: shards[i]! })), options.partial === true);
  if (plan.problems.some((p) => p.severity === 'error')) {
    printProblems(ctx, uniqueProblems(plan.problems), shown);
    ctx.stderr.write('grader merge: nothing was written\n');
    return EXIT.failed;
  }
  const templatesDir = options.templates === undefined ? undefined : resolve(ctx.cwd, options.templates);
  const languages = await recordedLanguages((await listResultFiles(plan.shards[0]!.folder)) ?? []);
  const language = chooseCatalogue(options.lang, languages);
  if ('usage' in language) return usage(ctx, language.usage);
  const templates = await loadTemplates(templatesDir, language.catalogue);
  const made = makeFolderSync(out);
  if (made !== undefined) return usage(ctx, `--out ${options.out}: ${made}`);
  const merged = await mergeShards({ plan, out, templates: templates.templates, formats: [options.format], gradebook, durable: options.durable === true });
  const problems = uniqueProblems([...plan.problems, ...templates.problems, ...merged.problems]);
  ctx.stdout.write(mergedLine(merged.students, plan.shards.length, plan.partial, shown(out)));
  for (const file of merged.files) ctx.stdout.write(`Written:  ${shown(file)}\n`);
  printProblems(ctx, problems, shown);
  if (problems.some((p) => p.severity === 'error')) return EXIT.failed;
  return plan.partial === undefined ? EXIT.ok : PARTIAL_EXIT;
}
