// A student's exercise sheet: each exercise of the course (or of one assignment) with the
// prompt rendered for the student's own numbers, how to write the answer, and a skeleton
// answers.yaml to fill in. Rendering returns text; the `sheet` command prints it.
import { expectedValues } from '../expect/index.ts';
import { courseOrder } from '../grade/order.ts';
import { assignmentTitle, courseLanguages, courseName, ENGLISH, exerciseLanguages, exercisePrompt, exerciseTitle, optionLabels } from '../spec/localized.ts';
import { renderPrompt } from '../spec/prompt.ts';
import type { Value } from '../../reference/index.ts';
import type { AnswerSpec, CourseSpec, ExerciseSpec } from '../spec/types.ts';
import { drawVariant, type VariantValues } from '../variant/index.ts';

export interface SheetInput {
  readonly course: CourseSpec;
  readonly exercises: readonly ExerciseSpec[];
  /** Without a student, the exercises' default numbers (those of the course notes). */
  readonly studentId?: string;
  readonly assignment?: string;
}

/** How to write the answer, without giving anything of it away but its shape. */
function answerFormat(exercise: ExerciseSpec, answer: AnswerSpec, values: VariantValues): string {
  switch (answer.kind) {
    case 'scalar':
      return 'Answer: a number, such as 0.167, 1/6 or 16.7%.';
    case 'vector': {
      const computed = expectedValues(exercise, values);
      const length = computed.ok && Array.isArray(computed.expected) ? computed.expected.length : undefined;
      return `Answer: a list of ${length ?? ''}${length ? ' ' : ''}numbers, such as [0.66, 0.24, 0.10].`;
    }
    case 'choice': {
      const options = optionLabels(exercise).map(({ id, label }) => {
        const others = Object.entries(label).flatMap(([lang, text]) => (lang === ENGLISH ? [] : [text]));
        return `  ${id}) ${label.en}${others.length > 0 ? ` (${others.join('; ')})` : ''}`;
      });
      return [`Answer: ${answer.multiple ? 'the ids of every right option, such as [A, C]' : 'the id of one option'}.`, ...options].join('\n');
    }
    case 'function':
      return `Answer in solution.ts (or solution.js): export function ${answer.name} ${answer.signature}.`;
  }
}

/** The prompt in English, then in each other language the exercise has (its numbers in that language's digits), under its title in that language. */
function promptsIn(exercise: ExerciseSpec, values: ReadonlyMap<string, Value>): string[] {
  const prompt = exercisePrompt(exercise);
  const title = exerciseTitle(exercise);
  return exerciseLanguages(exercise).flatMap((lang) => {
    const text = prompt[lang];
    if (text === undefined) return [];
    // Intl takes a language code for a locale: a Persian prompt gets its numbers in Persian digits.
    const rendered = renderPrompt(text, values, lang === ENGLISH ? {} : { locale: lang }).trim();
    return lang === ENGLISH || title[lang] === undefined ? [rendered] : [`**${title[lang]}**\n${rendered}`];
  });
}

/** The course's name and the assignment's title in the course's languages other than English, where it gives them. */
function translatedTitles(input: SheetInput): string[] {
  const name = courseName(input.course);
  const assignment = input.assignment === undefined ? undefined : assignmentTitle(input.course, input.assignment);
  return courseLanguages(input.course).flatMap((lang) => {
    if (lang === ENGLISH || name[lang] === undefined) return [];
    const title = assignment?.[lang];
    return [`${name[lang]}${title === undefined ? '' : `: ${title}`}`];
  });
}

function section(exercise: ExerciseSpec, index: number, input: SheetInput): string {
  const key = input.studentId === undefined ? { salt: input.course.salt } : { salt: input.course.salt, studentId: input.studentId };
  const variant = drawVariant(exercise, key);
  const heading = `## ${index + 1}. ${exercise.title} (${exercise.id}, ${exercise.points} point${exercise.points === 1 ? '' : 's'})`;
  if (!variant.ok) return `${heading}\n\nThis exercise cannot be shown: parameter '${variant.problem.param}' failed (${variant.problem.message}). Tell your instructor.`;
  const values = new Map(Object.entries(variant.values));
  const parts = [heading, ...promptsIn(exercise, values)];
  parts.push(answerFormat(exercise, exercise.answer, variant.values));
  return parts.join('\n\n');
}

export function renderSheet(input: SheetInput): string {
  const exercises = courseOrder(input.course, input.exercises, input.assignment);
  const who = input.studentId === undefined ? "the course notes' numbers" : `student ${input.studentId}`;
  const assignment = input.course.assignments.find((a) => a.id === input.assignment);
  const title = [`# ${input.course.name}${assignment ? `: ${assignment.title}` : ''} (${who})`, ...translatedTitles(input)].join('\n');
  const sections = exercises.map((exercise, i) => section(exercise, i, input));
  const skeleton = exercises.filter((e) => e.answer.kind !== 'function').map((e) => `${e.id}:`);
  const answers = skeleton.length === 0 ? [] : [`## Your answers.yaml\n\n\`\`\`yaml\n${skeleton.join('\n')}\n\`\`\``];
  return `${[title, ...sections, ...answers].join('\n\n')}\n`;
}
