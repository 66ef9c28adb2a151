// The class summary as data: what class-results.json holds (reports/README.md documents it),
// and what the summary builder is told about the course.
import type { Message } from '../messages/message.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { Status } from '../result/types.ts';
import type { AssignmentOption, AssignmentSummary } from './summary-assignments.ts';
import type { AttentionEntry } from './summary-attention.ts';
import type { ClassMisconception } from './summary-misconceptions.ts';
import type { GroupSummary } from './summary-rollups.ts';
import type { PartialRecord, RunRecord } from './run-record.ts';

export interface ClassSummary {
  readonly course: LocalizedText;
  readonly assignment?: { readonly id: string; readonly title: LocalizedText };
  /** What the students were graded against (see RunRecord); absent when re-rendered from bare results. */
  readonly run?: RunRecord;
  /** Set when `grader merge --partial` merged without some shards: their students are missing. */
  readonly partial?: PartialRecord;
  /**
   * The gradebooks' assignments: the course's (the graded one alone with --assignment); one
   * for all the exercises, named after the graded assignment or the course, when the course
   * has none or is not known.
   */
  readonly assignments: readonly AssignmentSummary[];
  /**
   * In column order: the course's order when given; else the order of the longest exercise
   * list any student has (the smallest id among equals); then the rest by their earliest place
   * in any student's list, then by id.
   */
  readonly exercises: readonly ExerciseSummary[];
  /** Sorted by student id; those who handed in nothing too (marked `nothingHandedIn`). */
  readonly students: readonly StudentRow[];
  /** Ten bins of ten percentage points; the last one includes 100%. Students who handed in nothing are left out. */
  readonly histogram: readonly HistogramBin[];
  readonly totals: {
    /** Every student of the summary. */
    readonly students: number;
    /** Students who handed in nothing: left out of the mean, the median and the histogram. */
    readonly nothingHandedIn: number;
    readonly meanScore: number;
    readonly medianScore: number;
    readonly max: number;
  };
  /** Every misconception diagnosed, totalled over the exercises: most answers first, then by id. */
  readonly misconceptions: readonly ClassMisconception[];
  /** Per topic (in the order the topics first appear among the columns) and per assignment (as `assignments`). */
  readonly rollups: { readonly topics: readonly GroupSummary[]; readonly assignments: readonly GroupSummary[] };
  /** Students who may need attention, lowest share of the points first (summary-attention.ts says who). */
  readonly attention: readonly AttentionEntry[];
}

export interface ExerciseSummary {
  readonly id: string;
  readonly title: LocalizedText;
  /** The exercise's topic (`softmax`); absent when neither the course nor a result gives one. */
  readonly topic?: string;
  readonly max: number;
  /** How many students' results have this exercise, leaving out those who handed in nothing (as are the mean and the counts). */
  readonly students: number;
  readonly meanScore: number;
  readonly statusCounts: Readonly<Record<Status, number>>;
  /** The most frequent misconceptions, most frequent first (an either-diagnosis `a|b` as one entry). */
  readonly misconceptions: readonly { readonly id: string; readonly title: Message; readonly count: number }[];
}

export interface StudentRow {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly section?: string;
  /** The student is a row of the roster the class was graded with. */
  readonly onRoster?: true;
  /** No submission folder, or no exercise answered: left out of every mean. */
  readonly nothingHandedIn?: true;
  readonly score: number;
  readonly max: number;
  /** One entry per exercise column, before the late policy; null when the student's results lack that exercise. */
  readonly scores: readonly (number | null)[];
  /** One entry per assignment, after its late policy; null when the student's results have none of its exercises. */
  readonly assignmentScores: readonly (number | null)[];
  readonly daysLate?: number;
  /** Problems with the student's files (the result's `problems`). */
  readonly problems: number;
  /** The student's code file did not load (the result's `codeLoadFailure`). */
  readonly codeNotLoaded?: true;
  /** Exercises with the status `missing`. */
  readonly unanswered: number;
  /** The student's report, relative to summary.html. */
  readonly link: string;
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface SummaryOptions {
  readonly course?: LocalizedText;
  readonly assignment?: { readonly id: string; readonly title: LocalizedText };
  /** The exercise columns in the course's order. */
  readonly exercises?: readonly { readonly id: string; readonly title: LocalizedText; readonly max: number; readonly topic?: string }[];
  /** The course's assignments (only the graded one with --assignment). */
  readonly assignments?: readonly AssignmentOption[];
  readonly run?: RunRecord;
  readonly partial?: PartialRecord;
}
