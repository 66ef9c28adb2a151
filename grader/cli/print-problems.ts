// Problems of a batch (grade, report) on stderr: each once, a screenful at most.
import type { Problem } from '../problem.ts';
import type { CliContext } from './context.ts';
import { visible, visibleLine } from './terminal-text.ts';

const PROBLEMS_SHOWN = 12;

/** A broken template fails the same way for every student: say it once. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Map<string, Problem>();
  for (const p of problems) seen.set(`${p.file}\u0000${p.line}\u0000${p.col}\u0000${p.code}\u0000${p.message}`, p);
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

export function printProblems(ctx: CliContext, problems: readonly Problem[], shown: (path: string) => string): void {
  if (problems.length === 0) return;
  ctx.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`);
  for (const p of problems.slice(0, PROBLEMS_SHOWN)) {
    // A file name may come from a student (a folder skipped for its name): shown, not obeyed.
    const where = [visibleLine(shown(p.file)), p.line, p.col].filter((part) => part !== undefined).join(':');
    ctx.stderr.write(`  ${where}: ${p.severity} ${p.code}: ${visible(p.message)}\n`);
  }
  if (problems.length > PROBLEMS_SHOWN) ctx.stderr.write(`  … and ${problems.length - PROBLEMS_SHOWN} more\n`);
}
