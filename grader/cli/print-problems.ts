// Problems of a batch (grade, report) on stderr: each once, a screenful at most; and the
// problems of students' results, each with its student.
import { leavesGradeInDoubt, sortStudentProblems, type StudentProblem } from '../batch/student-problems.ts';
import type { Problem } from '../problem.ts';
import { englishText } from './english.ts';
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

const STUDENT_PROBLEMS_SHOWN = 10;

/** One line of a student's problem: whose, where in their folder, and what. */
function studentProblemLine(p: StudentProblem): string {
  const place = p.file === '.' ? '' : `${[p.file, p.line, p.col].filter((part) => part !== undefined).join(':')}: `;
  const label = leavesGradeInDoubt(p) ? `error ${p.code}` : p.code;
  // The student id and the file are safe names; the message may quote what a student wrote.
  return `  ${p.student}: ${place}${label}: ${visibleLine(englishText(p))}\n`;
}

/** The problems of students' results, with their students: the first few, then how many more. */
export function printStudentProblems(ctx: CliContext, problems: readonly StudentProblem[]): void {
  if (problems.length === 0) return;
  const sorted = sortStudentProblems(problems);
  ctx.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in students' files (each also in the student's report):\n`);
  for (const p of sorted.slice(0, STUDENT_PROBLEMS_SHOWN)) ctx.stderr.write(studentProblemLine(p));
  if (sorted.length > STUDENT_PROBLEMS_SHOWN) ctx.stderr.write(`  … and ${sorted.length - STUDENT_PROBLEMS_SHOWN} more, in the students' reports\n`);
}
