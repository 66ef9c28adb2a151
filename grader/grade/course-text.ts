// The course's own text for a result, in each of the course's languages: the exercise's title,
// its prompt with the student's numbers filled in, its hints and a choice's option labels.
import type { Value } from '../../reference/index.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { ChoiceOptionResult } from '../result/types.ts';
import { renderPrompt } from '../spec/prompt.ts';
import type { AssignmentSpec, ChoiceAnswer, CourseSpec, ExerciseSpec } from '../spec/types.ts';

export function exerciseTitle(exercise: ExerciseSpec): LocalizedText {
  return { en: exercise.title };
}

export function exercisePrompt(exercise: ExerciseSpec, values: ReadonlyMap<string, Value>): LocalizedText {
  const filled = (text: string) => renderPrompt(text, values).trimEnd();
  return { en: filled(exercise.prompt), ...(exercise.prompt_fa === undefined ? {} : { fa: filled(exercise.prompt_fa) }) };
}

export function exerciseHints(exercise: ExerciseSpec): LocalizedText[] {
  return (exercise.hints ?? []).map((hint) => ({ en: hint }));
}

export function choiceOptions(answer: ChoiceAnswer): ChoiceOptionResult[] {
  return answer.options.map((option) => ({ id: option.id, label: { en: option.label, ...(option.label_fa === undefined ? {} : { fa: option.label_fa }) } }));
}

export function courseName(course: CourseSpec): LocalizedText {
  return { en: course.name };
}

export function assignmentTitle(assignment: AssignmentSpec): LocalizedText {
  return { en: assignment.title };
}

/** The languages the course is taught in, its default first (English when it declares none). */
export function courseLanguages(course: CourseSpec): readonly string[] {
  const declared = (course as { languages?: unknown }).languages;
  return Array.isArray(declared) && declared.length > 0 && declared.every((l) => typeof l === 'string') ? declared : ['en'];
}
