// A student's exercise sheet: each exercise of the course (or of one assignment) with the
// prompt rendered for the student's own numbers, how to write the answer, and a skeleton
// answers.yaml to fill in, in the student's language (the course's text in it where the course
// gives it, else in English; the prompt's numbers in that language's digits). Rendering returns
// text; the `sheet` command prints it.
import type { Value } from '../../reference/index.ts';
import { expectedValues } from '../expect/index.ts';
import { courseOrder } from '../grade/order.ts';
import type { Catalogue } from '../messages/catalogue.ts';
import { message, type Message } from '../messages/message.ts';
import { messageRenderer, type MessageRenderer } from '../report/render-message.ts';
import { assignmentTitle, courseName, ENGLISH, exercisePrompt, exerciseTitle, optionLabels } from '../spec/localized.ts';
import { renderPrompt } from '../spec/prompt.ts';
import type { AnswerSpec, CourseSpec, ExerciseSpec } from '../spec/types.ts';
import { drawVariant, type VariantValues } from '../variant/index.ts';

export interface SheetInput {
  readonly course: CourseSpec;
  readonly exercises: readonly ExerciseSpec[];
  /** Without a student, the exercises' default numbers (those of the course notes). */
  readonly studentId?: string;
  readonly assignment?: string;
  /** The language to write the sheet in. */
  readonly catalogue: Catalogue;
}

/** How to write the answer, without giving anything of it away but its shape. */
function answerFormat(exercise: ExerciseSpec, answer: AnswerSpec, values: VariantValues, r: MessageRenderer): string {
  switch (answer.kind) {
    case 'scalar':
      return r.render(message('sheet.answer-number'));
    case 'vector': {
      const computed = expectedValues(exercise, values);
      const length = computed.ok && Array.isArray(computed.expected) ? computed.expected.length : 0;
      return r.render(message('sheet.answer-vector', { length }));
    }
    case 'choice': {
      const options = optionLabels(exercise).map(({ id, label }) => `  ${id}) ${r.course(label)}`);
      return [r.render(message(answer.multiple ? 'sheet.answer-choices' : 'sheet.answer-choice')), ...options].join('\n');
    }
    case 'function':
      return r.render(message('sheet.answer-code', { name: answer.name, signature: answer.signature }));
  }
}

/** The prompt in the sheet's language where the exercise gives it (its numbers in that language's digits), else in English. */
function promptFor(exercise: ExerciseSpec, values: ReadonlyMap<string, Value>, lang: string): string {
  const prompts = exercisePrompt(exercise);
  const own = prompts[lang];
  return renderPrompt(own ?? prompts.en, values, own === undefined || lang === ENGLISH ? {} : { locale: lang }).trim();
}

function section(exercise: ExerciseSpec, index: number, input: SheetInput, r: MessageRenderer): string {
  const key = input.studentId === undefined ? { salt: input.course.salt } : { salt: input.course.salt, studentId: input.studentId };
  const variant = drawVariant(exercise, key);
  const heading = r.render(message('sheet.exercise', { number: index + 1, title: exerciseTitle(exercise), id: exercise.id, points: exercise.points }));
  if (!variant.ok) return `${heading}\n\n${r.render(message('sheet.cannot-show', { param: variant.problem.param, error: variant.problem.message }))}`;
  const values = new Map(Object.entries(variant.values));
  return [heading, promptFor(exercise, values, input.catalogue.lang), answerFormat(exercise, exercise.answer, variant.values, r)].join('\n\n');
}

function heading(input: SheetInput, r: MessageRenderer): string {
  const who: Message = input.studentId === undefined ? message('sheet.who-notes') : message('sheet.who-student', { id: input.studentId });
  const course = courseName(input.course);
  const assignment = input.assignment === undefined ? undefined : assignmentTitle(input.course, input.assignment);
  return r.render(assignment === undefined ? message('sheet.heading', { course, who }) : message('sheet.heading-assignment', { course, assignment, who }));
}

export function renderSheet(input: SheetInput): string {
  const r = messageRenderer(input.catalogue, 'text');
  const exercises = courseOrder(input.course, input.exercises, input.assignment);
  const sections = exercises.map((exercise, i) => section(exercise, i, input, r));
  const skeleton = exercises.filter((e) => e.answer.kind !== 'function').map((e) => `${e.id}:`);
  const answers = skeleton.length === 0 ? [] : [`${r.render(message('sheet.answers-file'))}\n\n\`\`\`yaml\n${skeleton.join('\n')}\n\`\`\``];
  return `${[heading(input, r), ...sections, ...answers].join('\n\n')}\n`;
}
