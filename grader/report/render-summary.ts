// The class summary page: the summary model with display strings added for the template.
import type { Status } from '../result/types.ts';
import { STATUSES } from '../result/types.ts';
import { STATUS_COLOURS } from './charts.ts';
import type { RenderOutcome, ReportTemplates } from './compile-templates.ts';
import { formatPercent, formatPoints } from './format.ts';
import { STATUS_DISPLAY } from './status.ts';
import type { ClassSummary, ExerciseSummary, PartialRecord, StudentRow } from './summary.ts';

export interface SummaryView {
  readonly course: string;
  readonly assignment?: { readonly id: string; readonly title: string };
  /** Set after a partial merge: what is missing, in words. */
  readonly partial?: { readonly text: string };
  readonly totals: { readonly students: number; readonly mean: string; readonly median: string; readonly max: string; readonly meanPercent: string };
  readonly histogram: ClassSummary['histogram'];
  readonly statuses: readonly { readonly key: Status; readonly label: string; readonly symbol: string; readonly colour: string }[];
  readonly exercises: readonly ExerciseView[];
  readonly students: readonly StudentView[];
}

interface ExerciseView {
  readonly id: string;
  readonly title: string;
  readonly max: number;
  readonly maxText: string;
  readonly meanScore: number;
  readonly mean: string;
  readonly meanPercent: string;
  readonly students: number;
  readonly statusCounts: ExerciseSummary['statusCounts'];
  /** Only the statuses that occur, with their counts and shares as text. */
  readonly shares: readonly { readonly key: Status; readonly label: string; readonly symbol: string; readonly count: number; readonly percent: string }[];
  readonly misconceptions: ExerciseSummary['misconceptions'];
}

interface StudentView {
  readonly id: string;
  readonly name: string;
  readonly section?: string;
  readonly score: string;
  readonly max: string;
  readonly percent: string;
  readonly late?: string;
  readonly problems: number;
  readonly link: string;
}

export function summaryView(summary: ClassSummary): SummaryView {
  const { totals } = summary;
  return {
    course: summary.course,
    ...(summary.assignment === undefined ? {} : { assignment: summary.assignment }),
    ...(summary.partial === undefined ? {} : { partial: { text: partialText(summary.partial) } }),
    totals: {
      students: totals.students,
      mean: formatPoints(totals.meanScore),
      median: formatPoints(totals.medianScore),
      max: formatPoints(totals.max),
      meanPercent: formatPercent(totals.meanScore, totals.max),
    },
    histogram: summary.histogram,
    statuses: STATUSES.map((key) => ({ key, label: STATUS_DISPLAY[key].label, symbol: STATUS_DISPLAY[key].symbol, colour: STATUS_COLOURS[key] })),
    exercises: summary.exercises.map(exerciseView),
    students: summary.students.map(studentRowView),
  };
}

/** What a partial merge left out, for the page's notice. */
export function partialText({ shards, missing }: PartialRecord): string {
  const which = missing.map((i) => `${i}`).join(', ');
  return `Shard${missing.length === 1 ? '' : 's'} ${which} of ${shards} ${missing.length === 1 ? 'was' : 'were'} not merged: the students graded there are missing from this summary and from the gradebook.`;
}

export function renderSummaryHtml(summary: ClassSummary, templates: ReportTemplates): RenderOutcome {
  return templates.render('summary.html', summaryView(summary));
}

function exerciseView(exercise: ExerciseSummary): ExerciseView {
  return {
    id: exercise.id,
    title: exercise.title,
    max: exercise.max,
    maxText: formatPoints(exercise.max),
    meanScore: exercise.meanScore,
    mean: formatPoints(exercise.meanScore),
    meanPercent: formatPercent(exercise.meanScore, exercise.max),
    students: exercise.students,
    statusCounts: exercise.statusCounts,
    shares: STATUSES.filter((key) => exercise.statusCounts[key] > 0).map((key) => ({
      key,
      label: STATUS_DISPLAY[key].label,
      symbol: STATUS_DISPLAY[key].symbol,
      count: exercise.statusCounts[key],
      percent: formatPercent(exercise.statusCounts[key], exercise.students),
    })),
    misconceptions: exercise.misconceptions,
  };
}

function studentRowView(row: StudentRow): StudentView {
  return {
    id: row.id,
    name: row.name ?? row.id,
    ...(row.section === undefined ? {} : { section: row.section }),
    score: formatPoints(row.score),
    max: formatPoints(row.max),
    percent: formatPercent(row.score, row.max),
    ...(row.daysLate === undefined || row.daysLate === 0 ? {} : { late: row.daysLate === 1 ? '1 day' : `${row.daysLate} days` }),
    problems: row.problems,
    link: row.link,
  };
}
