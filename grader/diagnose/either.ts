// The diagnosis of a wrong answer from the misconceptions it fits. Two misconceptions can give
// the same value for a student's numbers (die-at-most with 6 sides and k = 5: the complement
// forgotten and one face counted both give 1/6); naming one of them would be a guess, so the
// diagnosis names them all ("either … or …"). `grader validate` warns of such exercises.
import { message } from '../messages/message.ts';
import type { Diagnosis, NamedMistake } from '../result/types.ts';

const named = ({ id, title, feedback }: NamedMistake): NamedMistake => ({ id, title, feedback });

/** One mistake as itself; several as one diagnosis that names them all (`either`, each with its own title and feedback). */
export function diagnosisOf(mistakes: readonly NamedMistake[]): Diagnosis | undefined {
  if (mistakes.length === 0) return undefined;
  if (mistakes.length === 1) return named(mistakes[0]!);
  const count = mistakes.length;
  return {
    id: mistakes.map((m) => m.id).join('|'),
    title: message('misconception.either.title', { count }),
    feedback: message('misconception.either.feedback', { count }),
    either: mistakes.map(named),
  };
}
