// An exercise's misconceptions with the catalogue filled in: every entry ends up with an
// id, a title and feedback (messages: the catalogue's sentences, or the exercise's own text in
// each of its languages), a formula and a credit, or a problem saying what is missing.
import { message, paramlessMessage, type Message } from '../messages/message.ts';
import type { LocalizedText } from '../messages/params.ts';
import { misconceptionTexts, withEnglish } from '../spec/localized.ts';
import type { ExerciseSpec, MisconceptionSpec } from '../spec/types.ts';
import { misconceptionCatalogue } from './catalogue.ts';

export interface ResolvedMisconception {
  readonly id: string;
  readonly title: Message;
  readonly feedback: Message;
  readonly reference: string;
  readonly credit: number;
}

export interface MisconceptionProblem {
  /** The index of the entry in the exercise's `misconceptions` list. */
  readonly index: number;
  readonly code: 'unknown-misconception' | 'misconception-needs-reference' | 'misconception-needs-feedback' | 'misconception-needs-id' | 'misconception-needs-title';
  readonly message: string;
}

export interface Resolved {
  readonly misconceptions: readonly ResolvedMisconception[];
  readonly problems: readonly MisconceptionProblem[];
}

const memo = new WeakMap<object, Resolved>();

export function resolveMisconceptions(exercise: Pick<ExerciseSpec, 'misconceptions' | 'translations'>): Resolved {
  const list = exercise.misconceptions ?? [];
  const cached = memo.get(list);
  if (cached) return cached;
  const misconceptions: ResolvedMisconception[] = [];
  const problems: MisconceptionProblem[] = [];
  const texts = misconceptionTexts(exercise);
  list.forEach((spec, index) => {
    const given = texts.find((t) => t.id === (spec.id ?? spec.use));
    const resolved = resolveOne(spec, index, { ...(given && withEnglish(given.title) ? { title: withEnglish(given.title)! } : {}), ...(given && withEnglish(given.feedback) ? { feedback: withEnglish(given.feedback)! } : {}) });
    if ('code' in resolved) problems.push(resolved);
    else misconceptions.push(resolved);
  });
  const result = { misconceptions, problems };
  memo.set(list, result);
  return result;
}

/** The exercise's own text, as a message. */
const courseText = (text: LocalizedText): Message => message('course-text', { text });

/** `local`: the title and feedback the exercise itself gives, in each of its languages. */
function resolveOne(spec: MisconceptionSpec, index: number, local: { title?: LocalizedText; feedback?: LocalizedText }): ResolvedMisconception | MisconceptionProblem {
  const entry = spec.use === undefined ? undefined : misconceptionCatalogue.get(spec.use);
  if (spec.use !== undefined && !entry) {
    const known = [...misconceptionCatalogue.keys()].join(', ');
    return { index, code: 'unknown-misconception', message: `'${spec.use}' is not in the misconception catalogue (known: ${known})` };
  }
  const id = spec.id ?? entry?.id;
  if (id === undefined) return { index, code: 'misconception-needs-id', message: 'a misconception needs `use` (a catalogue name) or its own `id`' };
  const reference = spec.reference ?? entry?.reference;
  if (reference === undefined) {
    return { index, code: 'misconception-needs-reference', message: `'${id}' needs a \`reference\` formula in this exercise: the catalogue has no general one` };
  }
  const title = local.title ? courseText(local.title) : entry ? paramlessMessage(`misconception.${entry.id}.title`) : undefined;
  if (title === undefined) return { index, code: 'misconception-needs-title', message: `'${id}' needs a \`title\`: a short name for the mistake, shown to the student` };
  const feedback = local.feedback ? courseText(local.feedback) : entry ? paramlessMessage(`misconception.${entry.id}.feedback`) : undefined;
  if (feedback === undefined) return { index, code: 'misconception-needs-feedback', message: `'${id}' needs \`feedback\` for the student` };
  return { id, title, feedback, reference, credit: spec.credit ?? 0 };
}

