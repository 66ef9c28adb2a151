// Which students the alternative runs, and what each stands for. The class has students
// whose code loads, and a few whose code does not parse, loops or exhausts memory; each kind
// costs a process per student very differently (a loop costs it its time limit). The sample
// has every kind the class has, at least one student each (the commonest first when it is
// too small for all), the rest of it in proportion;
// each sampled student weighs as many students of the class as their kind's share gives, so
// that a per-student figure is the class's, not the sample's.
import { spread } from './spread.ts';

export const CODE_KINDS = ['loads', 'syntax-error', 'loops', 'memory'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

export const CODE_KIND_LABELS: Readonly<Record<CodeKind, string>> = {
  loads: 'code that loads',
  'syntax-error': 'code that does not parse',
  loops: 'code that loops',
  memory: 'code that exhausts memory',
};

export interface CodeStudent {
  readonly id: string;
  readonly folder: string;
  /** solution.ts or solution.js */
  readonly solution: string;
  readonly kind: CodeKind;
}

export interface SampledStudent extends CodeStudent {
  /** Students of the class this one stands for. */
  readonly weight: number;
}

/** How many of each kind a sample of `size` takes: one of each kind present, the rest by largest remainder. */
export function allocate(counts: ReadonlyMap<CodeKind, number>, size: number): Map<CodeKind, number> {
  const present = CODE_KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0);
  const total = present.reduce((sum, kind) => sum + counts.get(kind)!, 0);
  const room = Math.min(size, total);
  // One of each kind; a sample too small for every kind keeps the commonest.
  const commonestFirst = [...present].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const taken = new Map<CodeKind, number>(present.map((kind) => [kind, commonestFirst.indexOf(kind) < room ? 1 : 0]));
  let left = room - Math.min(room, present.length);
  const share = (kind: CodeKind) => (room * counts.get(kind)!) / total - taken.get(kind)!;
  while (left > 0) {
    const open = present.filter((kind) => taken.get(kind)! < counts.get(kind)!);
    const next = open.reduce((best, kind) => (share(kind) > share(best) ? kind : best), open[0]!);
    taken.set(next, taken.get(next)! + 1);
    left--;
  }
  return taken;
}

/** The sample of `size` students with code, kinds as `allocate` says, each weighted. */
export function sampleStudents(students: readonly CodeStudent[], size: number): SampledStudent[] {
  const byKind = new Map<CodeKind, CodeStudent[]>();
  for (const student of students) {
    const list = byKind.get(student.kind) ?? [];
    list.push(student);
    byKind.set(student.kind, list);
  }
  const taken = allocate(new Map([...byKind].map(([kind, list]) => [kind, list.length])), size);
  return CODE_KINDS.flatMap((kind) => {
    const list = byKind.get(kind) ?? [];
    const count = taken.get(kind) ?? 0;
    return count === 0 ? [] : spread(list, count).map((student) => ({ ...student, weight: list.length / count }));
  });
}

/**
 * What one student of the class costs, in milliseconds of wall time, when `parallel`
 * processes always run at once: the weighted mean of the sampled processes' times over
 * `parallel`. Lanes that wait at the end are not counted, which favours the alternative.
 */
export function classWeightedMs(runs: readonly { readonly weight: number; readonly ms: number }[], parallel: number): number {
  const weights = runs.reduce((sum, run) => sum + run.weight, 0);
  return weights === 0 ? 0 : runs.reduce((sum, run) => sum + run.weight * run.ms, 0) / weights / parallel;
}
