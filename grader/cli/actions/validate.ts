// The work of `grader validate`, registered in commands/validate.ts and loaded only when it runs.
// `grader validate [paths...]`: the instructor's linter for exercises and course files.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { lintPaths } from '../../spec/lint.ts';
import { isSpecFile } from '../../spec/load.ts';
import { EXIT, useColour, type CliContext } from '../context.ts';
import { compareProblems, formatProblems } from '../format-problems.ts';

/** With no paths: the course's `exercises/` folder when there is one, else the working folder. */
function defaultPaths(cwd: string): string[] {
  return [existsSync(resolve(cwd, 'exercises')) ? 'exercises' : '.'];
}

function usageProblem(path: string, absolute: string): string | undefined {
  if (!existsSync(absolute)) return `no such file or folder: ${path}`;
  const info = statSync(absolute);
  if (info.isFile() && !isSpecFile(absolute)) return `${path} is not a YAML file (.yaml or .yml)`;
  if (!info.isFile() && !info.isDirectory()) return `${path} is neither a file nor a folder`;
  return undefined;
}

export async function validate(paths: readonly string[], options: { json?: boolean }, ctx: CliContext): Promise<void> {
  const given = paths.length > 0 ? paths : defaultPaths(ctx.cwd);
  const absolute = given.map((path) => resolve(ctx.cwd, path));
  for (const [i, path] of given.entries()) {
    const problem = usageProblem(path, absolute[i]!);
    if (problem) {
      ctx.stderr.write(`grader validate: ${problem}\n`);
      ctx.exitCode = EXIT.usage;
      return;
    }
  }
  const lint = await lintPaths(absolute);
  if (lint.files === 0) {
    ctx.stderr.write(`grader validate: no exercise files (*.yaml, *.yml) in ${given.join(', ')}\n`);
    ctx.exitCode = EXIT.usage;
    return;
  }
  const displayFile = (file: string) => {
    const rel = relative(ctx.cwd, file);
    return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/');
  };
  const errors = lint.problems.filter((p) => p.severity === 'error').length;
  if (options.json) {
    const problems = [...lint.problems].sort(compareProblems(displayFile)).map((p) => ({ ...p, file: displayFile(p.file) }));
    const report = { files: lint.files, errors, warnings: lint.problems.length - errors, problems };
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const colour = useColour(ctx.stdout, ctx.env);
    ctx.stdout.write(formatProblems(lint.problems, lint.files, { colour, displayFile, sourceOf: (file) => lint.sources.get(file) }));
  }
  ctx.exitCode = errors > 0 ? EXIT.failed : EXIT.ok;
}

