// The floor per student: what each necessary piece of grading one student costs when it is
// done alone (floor-pieces.ts), in CPU time of this process (every thread: the sandbox
// worker's for the jobs, V8's collector and compiler for all) and, for the transpiler, of
// esbuild's process. Rounds of different students of one class: the first warms the code
// up and is not counted; each piece's figure is the median of the others. A run's distance
// to the floor is its CPU per student over the sum of the pieces (table.ts).
import { dirname } from 'node:path';
import { courseFingerprint } from '../grader/batch/fingerprint.ts';
import { loadTemplates } from '../grader/report/index.ts';
import { SandboxPool } from '../grader/sandbox/index.ts';
import { loadCourse } from '../grader/spec/index.ts';
import { FLOOR_PIECES, PIECES, type FloorContext, type FloorPieceId, type FloorStudent, type StudentState } from './floor-pieces.ts';
import { childPids, readStat } from './proc-stat.ts';
import { spread } from './spread.ts';

/** Rounds of the floor: the first warms up, the others are measured. */
export const FLOOR_ROUNDS = 4;

/**
 * `rounds` rounds of at most `perRound` students each, spread over the whole class (every
 * round has students from all of it), none of them in `skip` (students whose code loops:
 * each costs its time limit, added to the floor as such).
 */
export function floorRounds(students: readonly FloorStudent[], skip: ReadonlySet<string>, perRound: number, rounds: number = FLOOR_ROUNDS): FloorStudent[][] {
  const eligible = students.filter((student) => !skip.has(student.id));
  const picked = spread(eligible, Math.min(perRound, Math.floor(eligible.length / rounds)) * rounds);
  return Array.from({ length: rounds }, (_, round) => picked.filter((_, i) => i % rounds === round));
}

export interface FloorInput {
  readonly course: string;
  /** Rounds of students: the first warms up, the others are measured. */
  readonly rounds: readonly (readonly FloorStudent[])[];
  /** Where the write piece writes (a folder of its own). */
  readonly out: string;
}

export interface FloorReport {
  readonly studentsPerRound: number;
  /** CPU ms per student of each piece, in each measured round. */
  readonly byRound: Readonly<Record<FloorPieceId, readonly number[]>>;
  /** The median of the rounds, per piece. */
  readonly floor: Readonly<Record<FloorPieceId, number>>;
  /** Whether child processes' CPU (esbuild's) could be read; without /proc it is not counted. */
  readonly childrenCounted: boolean;
}

const ownCpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** CPU of the given child processes so far; read outside the process's own CPU readings, so reading costs nothing counted. */
const childrenCpuMs = (pids: readonly number[]): number => pids.reduce((sum, pid) => sum + (readStat(`/proc/${pid}/stat`)?.cpuMs ?? 0), 0);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** CPU ms over the students of one round for one piece: its preparation untimed, its work timed student by student. */
async function timePiece(piece: (typeof PIECES)[number], states: readonly StudentState[], ctx: FloorContext): Promise<{ ms: number; childrenCounted: boolean }> {
  // esbuild's service starts with the first transpile of the process: looked for until found.
  let children = piece.children ? childPids(process.pid) : [];
  let ms = 0;
  for (const state of states) {
    await piece.prepare?.(state, ctx);
    const childBefore = childrenCpuMs(children);
    const before = ownCpuMs();
    await piece.run(state, ctx);
    ms += ownCpuMs() - before + childrenCpuMs(children) - childBefore;
    if (piece.children && children.length === 0) children = childPids(process.pid);
  }
  return { ms, childrenCounted: !piece.children || children.length > 0 };
}

export async function measureFloor(input: FloorInput): Promise<FloorReport> {
  const loaded = await loadCourse(input.course);
  if (!loaded.course) throw new Error(`the floor's course does not load: ${loaded.problems[0]?.message}`);
  const templates = await loadTemplates();
  const pool = new SandboxPool({ size: 1 });
  const ctx: FloorContext = {
    course: loaded.course,
    exercises: loaded.exercises,
    courseKey: courseFingerprint(loaded.sources, dirname(input.course), templates.files, ''),
    templates: templates.templates,
    pool,
    out: input.out,
  };
  const byRound = Object.fromEntries(FLOOR_PIECES.map((id) => [id, [] as number[]])) as Record<FloorPieceId, number[]>;
  let childrenCounted = true;
  try {
    for (const [round, students] of input.rounds.entries()) {
      const states: StudentState[] = students.map((student) => ({ student }));
      for (const piece of PIECES) {
        const timed = await timePiece(piece, states, ctx);
        if (round === 0) continue;
        byRound[piece.id].push(timed.ms / Math.max(1, states.length));
        childrenCounted &&= timed.childrenCounted;
      }
    }
  } finally {
    await pool.close();
  }
  const floor = Object.fromEntries(FLOOR_PIECES.map((id) => [id, median(byRound[id])])) as Record<FloorPieceId, number>;
  return { studentsPerRound: input.rounds[1]?.length ?? 0, byRound, floor, childrenCounted };
}
