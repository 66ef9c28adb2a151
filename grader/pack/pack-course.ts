// A pack as the course and exercises the grading code takes, so that `check --pack` runs the
// very code batch grading runs. The course has no salt (the pack has none, and nothing here
// draws: the student's numbers come with the pack, and a pack exercise has no random cases);
// each exercise shows its expected values only where both the self-check policy and its own
// reveal allow, at the student's time.
import type { AnswerSpec, CourseSpec, CourseTranslation, ExerciseSpec } from '../spec/types.ts';
import { revealsAt } from '../grade/deferred-reveal.ts';
import { expectedShownAt } from './policy.ts';
import type { Pack, PackAnswer, StudentExercise } from './schema.ts';

export interface PackCourse {
  readonly course: CourseSpec;
  readonly exercises: readonly ExerciseSpec[];
}

function courseOf(pack: Pack): CourseSpec {
  const { assignment } = pack;
  const translations: Record<string, CourseTranslation> = {};
  for (const lang of new Set([...Object.keys(pack.course), ...Object.keys(assignment.title)])) {
    if (lang === 'en') continue;
    translations[lang] = {
      ...(pack.course[lang] === undefined ? {} : { name: pack.course[lang] }),
      ...(assignment.title[lang] === undefined ? {} : { assignments: { [assignment.id]: assignment.title[lang] } }),
    };
  }
  return {
    name: pack.course.en,
    salt: '',
    ...(pack.tolerance ? { tolerance: pack.tolerance } : {}),
    reveal: false,
    ...(pack.limits ? { limits: pack.limits } : {}),
    ...(assignment.timeZone === undefined ? {} : { time_zone: assignment.timeZone }),
    assignments: [{ id: assignment.id, title: assignment.title.en, due: assignment.due, exercises: pack.exercises.map((e) => e.id) }],
    languages: pack.languages,
    ...(Object.keys(translations).length === 0 ? {} : { translations }),
  };
}

/** The pack's answer as a spec's: a function answer's cases are its visible ones; references are there (read-pack.ts checks it for a pack with verdicts). */
function answerOf(answer: PackAnswer): AnswerSpec {
  return answer as AnswerSpec;
}

function exerciseOf(exercise: StudentExercise, reveal: boolean): ExerciseSpec {
  const { hidden: _counted, reveal: _policy, answer, ...rest } = exercise;
  return { ...rest, answer: answerOf(answer), reveal };
}

export function packCourse(pack: Pack, now: number): PackCourse {
  const dueMs = Date.parse(pack.assignment.dueUtc);
  const shown = pack.policy.verdicts && expectedShownAt(pack.policy.expected, dueMs, now);
  return {
    course: courseOf(pack),
    exercises: pack.exercises.map((exercise) => exerciseOf(exercise, shown && revealsAt(exercise.reveal, dueMs, { now }))),
  };
}
