// The work of `grader report`, registered in commands/report.ts and loaded only when it runs.
// `grader report <results> --out <dir>`: renders the reports, the class summary and the
// gradebook again from saved results, without grading anything.
import { stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { CliContext } from '../context.ts';
import { EXIT } from '../context.ts';
import { printProblems, uniqueProblems } from '../print-problems.ts';
import type { Problem } from '../../problem.ts';
import { makeFolderSync } from '../../io/folder.ts';
import { outputPaths, REPORTS_FOLDER, RESULTS_FOLDER } from '../../io/layout.ts';
import { removeStaleTemporaryFiles } from '../../io/atomic.ts';
import { keptFrom, readClassResults } from '../../report/read-class-results.ts';
import { gradebookOptions, type GradebookCliOptions } from '../gradebook-options.ts';
import { chooseCatalogue } from '../language.ts';
import { listResultFiles, loadStudentResult, recordedLanguages } from '../../report/read-results.ts';
import { createSummaryBuilder } from '../../report/summary.ts';
import { loadTemplates } from '../../report/templates.ts';
import { writeClassOutputs, writeStudentReports } from '../../report/write-outputs.ts';
import type { Written } from '../../report/write-outputs.ts';

export interface ReportOptions extends GradebookCliOptions {
  readonly out: string;
  readonly templates?: string;
  readonly lang?: string;
  readonly durable?: boolean;
}

/**
 * What the grading run recorded beside its results (class-results.json): the course's
 * assignments, the run's record and a partial merge's mark, kept in what is rendered again.
 */
async function previousRun(resultsPath: string): Promise<ReturnType<typeof keptFrom>> {
  const outputFolder = basename(resultsPath) === RESULTS_FOLDER ? dirname(resultsPath) : resultsPath;
  const read = await readClassResults(outputPaths.classResults(outputFolder));
  return read.ok ? keptFrom(read.summary) : {};
}

/** Students rendered at once: enough to overlap the file writes, few enough to keep memory flat. */
const CONCURRENCY = 8;

export async function runReport(ctx: CliContext, resultsPath: string, options: ReportOptions): Promise<number> {
  const out = resolve(ctx.cwd, options.out);
  // Relative to where the user is, unless that means climbing out of it.
  const shown = (path: string): string => {
    const near = relative(ctx.cwd, path);
    return near === '' ? '.' : near.startsWith('..') ? path : near;
  };
  const files = await listResultFiles(resultsPath);
  if (files === undefined) return usage(ctx, `${shown(resultsPath)} is not a folder of results`);
  const templatesFolder = options.templates === undefined ? undefined : resolve(ctx.cwd, options.templates);
  if (templatesFolder !== undefined && (await stat(templatesFolder).catch(() => undefined))?.isDirectory() !== true) {
    return usage(ctx, `--templates ${shown(templatesFolder)} is not a folder`);
  }

  const gradebook = gradebookOptions(options);
  if (typeof gradebook === 'string') return usage(ctx, gradebook);

  const problems: Problem[] = [];
  const language = chooseCatalogue(options.lang, await recordedLanguages(files));
  if ('usage' in language) return usage(ctx, language.usage);
  const loaded = await loadTemplates(templatesFolder, language.catalogue);
  problems.push(...loaded.problems);
  if (files.length === 0) {
    problems.push({ code: 'no-results', severity: 'error', message: 'no result files (*.json) here', file: resultsPath });
  }
  const outProblem = makeFolderSync(out);
  if (outProblem !== undefined) return usage(ctx, `--out ${options.out}: ${outProblem}`);
  await removeStaleTemporaryFiles(out);
  await removeStaleTemporaryFiles(join(out, REPORTS_FOLDER));

  const builder = createSummaryBuilder(await previousRun(resultsPath));
  const written: Written = { html: 0, markdown: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      const parsed = await loadStudentResult(file);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      builder.add(parsed.result);
      try {
        problems.push(...writeStudentReports(out, parsed.result, loaded.templates, written, { durable: options.durable === true }));
      } catch (error: unknown) {
        problems.push(writeFailed(out, error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));

  const summary = builder.finish();
  const students = summary.students.length;
  let classOutputs: { problems: Problem[]; files: string[] } = { problems: [], files: [] };
  try {
    if (students > 0) classOutputs = writeClassOutputs(out, summary, loaded.templates, [options.format], { durable: options.durable === true }, gradebook);
  } catch (error: unknown) {
    problems.push(writeFailed(out, error));
  }
  problems.push(...classOutputs.problems);

  const classFiles = classOutputs.files.map((path) => relative(out, path)).join(', ');
  ctx.stdout.write(
    `Rendered ${students} student${students === 1 ? '' : 's'} into ${shown(out)}: ` +
      `${written.html} HTML and ${written.markdown} Markdown reports${classFiles === '' ? '' : `, ${classFiles}`}.\n`,
  );
  printProblems(ctx, uniqueProblems(problems), shown);
  return problems.some((p) => p.severity === 'error') ? EXIT.failed : EXIT.ok;
}

function writeFailed(out: string, error: unknown): Problem {
  const { message, path } = error as { message?: string; path?: string };
  return { code: 'write-failed', severity: 'error', message: message ?? String(error), file: path ?? out };
}

function usage(ctx: CliContext, message: string): number {
  ctx.stderr.write(`grader report: ${message}\n`);
  return EXIT.usage;
}
