// The one screen `grader grade` ends with: how many students, how they did, what went
// wrong, and where the files are.
import type { Shard } from '../batch/shard.ts';
import type { StudentOutcome } from '../batch/student-run.ts';
import type { ClassSummary } from '../report/index.ts';
import { STATUSES } from '../result/types.ts';

export interface ClassText {
  readonly summary: ClassSummary;
  readonly outcomes: readonly StudentOutcome[];
  readonly out: string;
  readonly files: readonly string[];
  readonly seconds: number;
  readonly shard: Shard | undefined;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const points = (x: number): string => String(Math.round(x * 100) / 100);

export function describeClass({ summary, outcomes, out, files, seconds, shard }: ClassText): string {
  const reused = outcomes.filter((o) => o.reused).length;
  const { totals } = summary;
  const percent = totals.max > 0 ? ` (${Math.round((totals.meanScore / totals.max) * 100)}%)` : '';
  const counts = new Map<string, number>();
  for (const exercise of summary.exercises) {
    for (const status of STATUSES) counts.set(status, (counts.get(status) ?? 0) + exercise.statusCounts[status]);
  }
  const statusLine = STATUSES.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => `${s} ${counts.get(s)}`).join(', ');
  const failing = summary.students.filter((s) => s.problems > 0 || s.codeNotLoaded === true).length;
  const lines = [
    `Graded ${plural(totals.students, 'student')}${shard ? ` (shard ${shard.index}/${shard.count})` : ''} of ${summary.course.en} in ${seconds.toFixed(1)} s` +
      (reused > 0 ? `: ${outcomes.length - reused} graded now, ${reused} unchanged since the last run.` : '.'),
    `Mean ${points(totals.meanScore)} / ${points(totals.max)}${percent}, median ${points(totals.medianScore)}` +
      (totals.nothingHandedIn > 0 ? ` (${plural(totals.nothingHandedIn, 'student')} who handed in nothing left out).` : '.'),
    `Answers: ${statusLine || 'none'}.`,
    ...(failing > 0 ? [`${plural(failing, 'student')} had problems with their files (listed below, and in their reports).`] : []),
    `Reports: ${out}/reports/<student>.html and .md`,
    ...files.map((file) => `Written:  ${file}`),
  ];
  return `${lines.join('\n')}\n`;
}
