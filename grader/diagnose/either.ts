// The diagnosis of a wrong answer from the misconceptions it fits. Two misconceptions can give
// the same value for a student's numbers (die-at-most with 6 sides and k = 5: the complement
// forgotten and one face counted both give 1/6); naming one of them would be a guess, so the
// diagnosis names them all ("either … or …"). `grader validate` warns of such exercises.

export interface NamedMistake {
  readonly id: string;
  readonly title: string;
  readonly feedback: string;
}

export interface MistakeDiagnosis extends NamedMistake {
  /** Set when the answer fits several misconceptions: each of them, in the exercise's order. */
  readonly either?: readonly NamedMistake[];
}

const named = ({ id, title, feedback }: NamedMistake): NamedMistake => ({ id, title, feedback });

/** Code `either-misconception`: the title naming every mistake the answer fits. */
function eitherTitle(mistakes: readonly NamedMistake[]): string {
  return `Either ${mistakes.map((m) => `“${m.title}”`).join(' or ')}`;
}

/** Code `either-misconception`: the feedback of every mistake the answer fits, in turn. */
function eitherFeedback(mistakes: readonly NamedMistake[]): string {
  const each = mistakes.map((m, i) => `${i === 0 ? 'Either' : 'Or'}: ${m.feedback}`).join(' ');
  return `Your answer fits ${mistakes.length} mistakes that give the same value for your numbers, so it cannot tell which one you made. ${each}`;
}

/** One mistake as itself; several as one diagnosis that names them all. */
export function diagnosisOf(mistakes: readonly NamedMistake[]): MistakeDiagnosis | undefined {
  if (mistakes.length === 0) return undefined;
  if (mistakes.length === 1) return named(mistakes[0]!);
  return { id: mistakes.map((m) => m.id).join('|'), title: eitherTitle(mistakes), feedback: eitherFeedback(mistakes), either: mistakes.map(named) };
}
