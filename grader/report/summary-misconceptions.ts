// The misconceptions of the whole class, totalled over the exercises and ranked: which mistakes
// to teach against first, and in which exercises each was made. A diagnosis that names several
// mistakes (`a|b`, the answer fits each of them) counts once for each mistake it names, and is
// counted apart as ambiguous, so that a mistake is never hidden behind "one of 2 mistakes".
import type { Message } from '../messages/message.ts';
import type { Diagnosis } from '../result/types.ts';
import { byCodeUnits, contentKey } from './summary-order.ts';

export interface ClassMisconception {
  readonly id: string;
  readonly title: Message;
  /** Answers diagnosed with it, over every exercise. */
  readonly count: number;
  /** Of those, the answers that fit other mistakes as well (an either-diagnosis). */
  readonly ambiguous: number;
  /** The exercises where it occurred, most answers first, then in column order. */
  readonly exercises: readonly { readonly id: string; readonly count: number }[];
}

/** One exercise's answers per mistake. */
export type MistakeTally = Map<string, { title: Message; count: number; ambiguous: number }>;

export function tallyMistakes(tally: MistakeTally, diagnosis: Diagnosis): void {
  const named = diagnosis.either !== undefined && diagnosis.either.length > 0 ? diagnosis.either : [diagnosis];
  const ambiguous = new Set(named.map((mistake) => mistake.id)).size > 1;
  const seenInThisAnswer = new Set<string>();
  for (const { id, title } of named) {
    if (seenInThisAnswer.has(id)) continue;
    seenInThisAnswer.add(id);
    const seen = tally.get(id);
    // The title that sorts first, whatever order the answers came in.
    const kept = seen === undefined || contentKey(title) < contentKey(seen.title) ? title : seen.title;
    tally.set(id, { title: kept, count: (seen?.count ?? 0) + 1, ambiguous: (seen?.ambiguous ?? 0) + (ambiguous ? 1 : 0) });
  }
}

/** The class's ranking, from the exercises' tallies in column order: most answers first, then by id. */
export function classMisconceptions(columns: readonly { readonly id: string; readonly mistakes: MistakeTally }[]): ClassMisconception[] {
  const totals = new Map<string, { title: Message; count: number; ambiguous: number; exercises: { id: string; count: number; column: number }[] }>();
  for (const [column, exercise] of columns.entries()) {
    for (const [id, { title, count, ambiguous }] of exercise.mistakes) {
      const total = totals.get(id);
      if (total === undefined) {
        totals.set(id, { title, count, ambiguous, exercises: [{ id: exercise.id, count, column }] });
        continue;
      }
      if (contentKey(title) < contentKey(total.title)) total.title = title;
      total.count += count;
      total.ambiguous += ambiguous;
      total.exercises.push({ id: exercise.id, count, column });
    }
  }
  return [...totals]
    .map(([id, { title, count, ambiguous, exercises }]) => ({
      id,
      title,
      count,
      ambiguous,
      exercises: exercises.sort((a, b) => b.count - a.count || a.column - b.column).map(({ id: exercise, count: n }) => ({ id: exercise, count: n })),
    }))
    .sort((a, b) => b.count - a.count || byCodeUnits(a.id, b.id));
}
