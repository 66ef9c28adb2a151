// The class summary page: the summary model with display strings added for the template, in
// the report's language (numbers in its digits, labels and statuses from its catalogue).
import type { Catalogue } from '../messages/catalogue.ts';
import { message, type Message } from '../messages/message.ts';
import { proseCount, prosePercent } from '../messages/numbers.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { Status } from '../result/types.ts';
import { STATUSES } from '../result/types.ts';
import { STATUS_COLOURS } from './charts.ts';
import type { RenderOutcome, ReportTemplates } from './compile-templates.ts';
import { exerciseAnchor, sectionsView, type SectionsView } from './render-summary-sections.ts';
import { STATUS_DISPLAY } from './status.ts';
import type { ClassSummary, ExerciseSummary, PartialRecord, StudentRow } from './summary.ts';

export interface SummaryView extends SectionsView {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly course: LocalizedText;
  readonly assignment?: { readonly id: string; readonly title: LocalizedText };
  /** Set after a partial merge: what is missing. */
  readonly partial?: { readonly notice: Message };
  readonly totals: Message;
  readonly histogram: readonly { readonly from: number; readonly to: number; readonly count: number; readonly range: string; readonly countText: string }[];
  readonly statuses: readonly { readonly key: Status; readonly label: Message; readonly symbol: string; readonly colour: string }[];
  readonly exercises: readonly ExerciseView[];
  readonly students: readonly StudentView[];
}

interface ExerciseView {
  readonly id: string;
  /** The id of its row (`exercise-<id>`), which the other sections link to. */
  readonly anchor: string;
  /** Its place in the course, from 1. */
  readonly position: string;
  readonly title: LocalizedText;
  readonly max: number;
  readonly meanScore: number;
  readonly mean: Message;
  readonly meanPercent: string;
  readonly statusCounts: ExerciseSummary['statusCounts'];
  /** Only the statuses that occur, with their counts and shares. */
  readonly shares: readonly { readonly key: Status; readonly label: Message; readonly symbol: string; readonly count: string; readonly percent: string }[];
  readonly misconceptions: readonly { readonly title: Message; readonly count: string }[];
}

interface StudentView {
  readonly id: string;
  readonly name: string;
  readonly section?: string;
  readonly score: Message;
  readonly percent: string;
  readonly late?: Message;
  readonly problems: string;
  readonly link: string;
  /** Handed in nothing: marked, and left out of every mean. */
  readonly nothingHandedIn: boolean;
}

const percentOf = (part: number, whole: number, locale: string): string => (whole > 0 ? prosePercent(Math.round((part / whole) * 100), locale) : '–');

export function summaryView(summary: ClassSummary, catalogue: Catalogue): SummaryView {
  const { totals } = summary;
  const locale = catalogue.locale;
  return {
    lang: catalogue.lang,
    dir: catalogue.direction,
    course: summary.course,
    ...(summary.assignment === undefined ? {} : { assignment: summary.assignment }),
    ...(summary.partial === undefined ? {} : { partial: { notice: partialNotice(summary.partial) } }),
    totals: message('summary.totals', {
      students: totals.students,
      mean: totals.meanScore,
      max: totals.max,
      percent: totals.max > 0 ? Math.round((totals.meanScore / totals.max) * 100) : 0,
      median: totals.medianScore,
    }),
    histogram: summary.histogram.map((bin) => ({ ...bin, range: `${proseCount(bin.from, locale)}–${prosePercent(bin.to, locale)}`, countText: proseCount(bin.count, locale) })),
    statuses: STATUSES.map((key) => ({ key, label: message(`status.${key}`), symbol: STATUS_DISPLAY[key].symbol, colour: STATUS_COLOURS[key] })),
    exercises: summary.exercises.map((exercise, index) => exerciseView(exercise, index, locale)),
    students: summary.students.map((row) => studentRowView(row, locale)),
    ...sectionsView(summary, locale),
  };
}

/** What a partial merge left out, for the page's notice. */
export function partialNotice({ shards, missing }: PartialRecord): Message {
  return message('summary.partial', { missing, count: missing.length, shards });
}

export function renderSummaryHtml(summary: ClassSummary, templates: ReportTemplates): RenderOutcome {
  return templates.render('summary.html', summaryView(summary, templates.catalogue));
}

function exerciseView(exercise: ExerciseSummary, index: number, locale: string): ExerciseView {
  return {
    id: exercise.id,
    anchor: exerciseAnchor(exercise.id),
    position: proseCount(index + 1, locale),
    title: exercise.title,
    max: exercise.max,
    meanScore: exercise.meanScore,
    mean: message('report.points', { score: exercise.meanScore, max: exercise.max }),
    meanPercent: percentOf(exercise.meanScore, exercise.max, locale),
    statusCounts: exercise.statusCounts,
    shares: STATUSES.filter((key) => exercise.statusCounts[key] > 0).map((key) => ({
      key,
      label: message(`status.${key}`),
      symbol: STATUS_DISPLAY[key].symbol,
      count: proseCount(exercise.statusCounts[key], locale),
      percent: percentOf(exercise.statusCounts[key], exercise.students, locale),
    })),
    misconceptions: exercise.misconceptions.map((m) => ({ title: m.title, count: proseCount(m.count, locale) })),
  };
}

function studentRowView(row: StudentRow, locale: string): StudentView {
  return {
    id: row.id,
    name: row.name ?? row.id,
    ...(row.section === undefined ? {} : { section: row.section }),
    score: message('report.points', { score: row.score, max: row.max }),
    percent: percentOf(row.score, row.max, locale),
    ...(row.daysLate === undefined || row.daysLate === 0 ? {} : { late: message('summary.days-late', { days: row.daysLate }) }),
    problems: proseCount(row.problems, locale),
    link: row.link,
    nothingHandedIn: row.nothingHandedIn === true,
  };
}

