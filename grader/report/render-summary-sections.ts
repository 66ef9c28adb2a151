// The parts of the summary page that lead with what to fix: the misconceptions of the whole
// class, the exercises hardest first, the topics and assignments, and the students who may
// need attention (those who handed in nothing apart). Display strings in the report's
// language; every label a message.
import { message, paramlessMessage, type Message, type MessageCode } from '../messages/message.ts';
import { proseCount, prosePercent } from '../messages/numbers.ts';
import type { LocalizedText } from '../messages/params.ts';
import { TOPICS } from '../spec/types.ts';
import { ATTENTION } from './summary-attention.ts';
import type { ClassSummary, ExerciseSummary, GroupSummary, StudentRow } from './summary.ts';

/** An exercise's row in the summary's table of exercises. */
export interface ExerciseLink {
  readonly id: string;
  readonly title: LocalizedText;
  /** `#exercise-<id>`: its row in the table of exercises. */
  readonly href: string;
}

export interface SectionsView {
  readonly hardest: readonly { readonly position: string; readonly exercise: ExerciseLink; readonly topic?: Message; readonly meanPercent: string; readonly students: string }[];
  readonly classMisconceptions: readonly {
    readonly rank: string;
    readonly title: Message;
    readonly count: string;
    readonly ambiguous?: Message;
    readonly exercises: readonly { readonly exercise: ExerciseLink; readonly count: string }[];
  }[];
  readonly topics: readonly RollupView[];
  readonly assignmentRollups: readonly RollupView[];
  readonly attentionRule: Message;
  readonly attention: readonly { readonly id: string; readonly name: string; readonly link: string; readonly percent: string; readonly reasons: readonly Message[] }[];
  readonly nothingHandedIn?: { readonly note: Message; readonly students: readonly { readonly id: string; readonly name: string; readonly link: string }[] };
}

interface RollupView {
  /** A topic's name. */
  readonly label?: Message;
  /** An assignment's title. */
  readonly title?: LocalizedText;
  readonly exercises: string;
  readonly students: string;
  readonly meanPercent: string;
  readonly weakest?: ExerciseLink;
}

export const exerciseAnchor = (id: string): string => `exercise-${id}`;

/** The topic's name in the catalogue; a topic the grader does not know, as written. */
export function topicLabel(topic: string): Message {
  return (TOPICS as readonly string[]).includes(topic) ? paramlessMessage(`topic.${topic}` as MessageCode) : message('topic.other', { topic });
}

const percent = (share: number, locale: string): string => prosePercent(Math.round(share * 100), locale);
const shareOf = (exercise: ExerciseSummary): number | undefined => (exercise.students > 0 && exercise.max > 0 ? exercise.meanScore / exercise.max : undefined);

export function sectionsView(summary: ClassSummary, locale: string): SectionsView {
  const byId = new Map(summary.exercises.map((exercise) => [exercise.id, exercise]));
  const link = (id: string): ExerciseLink => ({ id, title: byId.get(id)?.title ?? { en: id }, href: `#${exerciseAnchor(id)}` });
  const rollup = (group: GroupSummary): Omit<RollupView, 'label' | 'title'> => ({
    exercises: proseCount(group.exercises.length, locale),
    students: proseCount(group.students, locale),
    meanPercent: group.students > 0 ? percent(group.share, locale) : '–',
    ...(group.weakest === undefined ? {} : { weakest: link(group.weakest) }),
  });
  const students = new Map(summary.students.map((row) => [row.id, row]));
  const who = (row: StudentRow): { id: string; name: string; link: string } => ({ id: row.id, name: row.name ?? row.id, link: row.link });
  const nothing = summary.students.filter((row) => row.nothingHandedIn === true);
  return {
    hardest: hardestFirst(summary.exercises).map(({ exercise, position }) => ({
      position: proseCount(position, locale),
      exercise: link(exercise.id),
      ...(exercise.topic === undefined ? {} : { topic: topicLabel(exercise.topic) }),
      meanPercent: shareOf(exercise) === undefined ? '–' : percent(shareOf(exercise)!, locale),
      students: proseCount(exercise.students, locale),
    })),
    classMisconceptions: summary.misconceptions.map((misconception, index) => ({
      rank: proseCount(index + 1, locale),
      title: misconception.title,
      count: proseCount(misconception.count, locale),
      ...(misconception.ambiguous > 0 ? { ambiguous: message('summary.ambiguous', { count: misconception.ambiguous }) } : {}),
      exercises: misconception.exercises.map(({ id, count }) => ({ exercise: link(id), count: proseCount(count, locale) })),
    })),
    topics: [...summary.rollups.topics]
      .map((group, order) => ({ group, order }))
      .sort((a, b) => shareOrLast(a.group) - shareOrLast(b.group) || a.order - b.order)
      .map(({ group }) => ({ label: topicLabel(group.id), ...rollup(group) })),
    assignmentRollups: summary.rollups.assignments.map((group) => ({
      title: summary.assignments.find((assignment) => assignment.id === group.id)?.title ?? { en: group.id },
      ...rollup(group),
    })),
    attentionRule: message('summary.attention-rule', { below: ATTENTION.belowPercent, unanswered: ATTENTION.unansweredPercent }),
    attention: summary.attention.flatMap(({ id, reasons }) => {
      const row = students.get(id);
      return row === undefined ? [] : [{ ...who(row), percent: row.max > 0 ? percent(row.score / row.max, locale) : '–', reasons }];
    }),
    ...(nothing.length === 0 ? {} : { nothingHandedIn: { note: message('summary.nothing-handed-in', { count: nothing.length }), students: nothing.map(who) } }),
  };
}

/** Lowest mean share first; exercises no student has last; the course's order among equals. Positions are 1-based. */
export function hardestFirst(exercises: readonly ExerciseSummary[]): { exercise: ExerciseSummary; position: number }[] {
  return exercises
    .map((exercise, index) => ({ exercise, position: index + 1, share: shareOf(exercise) ?? Infinity }))
    .sort((a, b) => a.share - b.share || a.position - b.position)
    .map(({ exercise, position }) => ({ exercise, position }));
}

const shareOrLast = (group: GroupSummary): number => (group.students > 0 ? group.share : Infinity);
