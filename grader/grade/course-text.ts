// The course's own text for a result, in each of the course's languages (spec/localized.ts
// reads them): the exercise's title, its prompt with the student's numbers filled in (in the
// digits of the prompt's language), its hints and a choice's option labels.
import type { Value } from '../../reference/index.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { ChoiceOptionResult } from '../result/types.ts';
import { ENGLISH, assignmentTitle as titleOf, exercisePrompt as promptOf, optionLabels } from '../spec/localized.ts';
import { renderPrompt } from '../spec/prompt.ts';
import type { AssignmentSpec, CourseSpec, ExerciseSpec } from '../spec/types.ts';

export { courseLanguages, courseName, exerciseHints, exerciseTitle } from '../spec/localized.ts';

/** The prompt in each language, placeholders filled: a number in a Persian prompt is written in Persian digits. */
export function exercisePrompt(exercise: ExerciseSpec, values: ReadonlyMap<string, Value>): LocalizedText {
  const filled: Record<string, string> = {};
  for (const [lang, template] of Object.entries(promptOf(exercise))) {
    filled[lang] = renderPrompt(template, values, lang === ENGLISH ? {} : { locale: lang }).trimEnd();
  }
  return filled as LocalizedText;
}

export function choiceOptions(exercise: ExerciseSpec): ChoiceOptionResult[] {
  return optionLabels(exercise);
}

export function assignmentTitle(course: CourseSpec, assignment: AssignmentSpec): LocalizedText {
  return titleOf(course, assignment.id) ?? { en: assignment.title };
}
