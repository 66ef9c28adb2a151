// The class-wide numbers of the summary: score histogram, mean and median. Scores are summed
// as whole micro-points so that the result cannot depend on the order of the students.
import type { ClassSummary, HistogramBin, StudentRow } from './summary.ts';

export const MICRO = 1_000_000;
export const micro = (points: number): number => Math.round(points * MICRO);

/** The bin of a percentage, rounded first so that 70% computed as 69.999999… lands in 70–80. */
export function histogramBin(score: number, max: number): number {
  const percent = Math.round((score / max) * 100 * MICRO) / MICRO;
  return Math.min(9, Math.max(0, Math.floor(percent / 10)));
}

export function histogram(students: readonly StudentRow[]): HistogramBin[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const student of students) if (student.max > 0) counts[histogramBin(student.score, student.max)]! += 1;
  return counts.map((count, i) => ({ from: i * 10, to: i * 10 + 10, count }));
}

/** The mean and median of the students `counted` (those who handed something in), out of all `students`. */
export function totals(students: readonly StudentRow[], counted: readonly StudentRow[]): ClassSummary['totals'] {
  const scores = counted.map((s) => micro(s.score)).sort((a, b) => a - b);
  const n = scores.length;
  const middle = n === 0 ? 0 : n % 2 === 1 ? scores[(n - 1) / 2]! : (scores[n / 2 - 1]! + scores[n / 2]!) / 2;
  return {
    students: students.length,
    nothingHandedIn: students.length - n,
    meanScore: n === 0 ? 0 : scores.reduce((sum, s) => sum + s, 0) / n / MICRO,
    medianScore: middle / MICRO,
    max: students.reduce((max, s) => Math.max(max, s.max), 0),
  };
}
