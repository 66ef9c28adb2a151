// The floor per student: what each necessary piece of grading one student costs when it is
// done alone (floor-pieces.ts), in CPU time of this process (every thread: the sandbox
// worker's for the jobs, V8's collector and compiler for all) and, for the transpiler, of
// esbuild's process. Rounds of different students of one class: the first ones warm the
// code up and are not counted (V8 keeps optimising QuickJS's WebAssembly and the grader's
// code for hundreds of students); each piece's figure is its lowest of the others, since
// noise and code not yet optimised only ever add. A run's distance to the floor is its CPU
// per student over the sum of the pieces (compare-table.ts).
import { dirname } from 'node:path';
import { courseFingerprint } from '../grader/batch/fingerprint.ts';
import { courseLanguages } from '../grader/grade/index.ts';
import { loadCatalogue } from '../grader/messages/languages.ts';
import { loadTemplates } from '../grader/report/index.ts';
import { SandboxPool } from '../grader/sandbox/index.ts';
import { loadCourse } from '../grader/spec/index.ts';
import { FLOOR_PIECES, PIECES, type FloorContext, type FloorPieceId, type FloorStudent, type StudentState } from './floor-pieces.ts';
import { childPids, readStat } from './proc-stat.ts';
import { spread } from './spread.ts';

/** Rounds of the floor, and how many of them only warm up. */
export const FLOOR_ROUNDS = 6;
export const WARM_UP_ROUNDS = 3;

/**
 * `rounds` rounds of at most `perRound` students each, spread over the whole class (every
 * round has students from all of it), none of them in `skip`: students whose code loops
 * (each costs its time limit, added to the floor as such) or exhausts memory (the sandbox
 * worker is then replaced, and the new one starts cold: a cost of the design, not a piece).
 */
export function floorRounds(students: readonly FloorStudent[], skip: ReadonlySet<string>, perRound: number, rounds: number = FLOOR_ROUNDS): FloorStudent[][] {
  const eligible = students.filter((student) => !skip.has(student.id));
  const picked = spread(eligible, Math.min(perRound, Math.floor(eligible.length / rounds)) * rounds);
  return Array.from({ length: rounds }, (_, round) => picked.filter((_, i) => i % rounds === round));
}

export interface FloorInput {
  readonly course: string;
  /** Rounds of students: the first `warmUp` warm the code up, the others are measured. */
  readonly rounds: readonly (readonly FloorStudent[])[];
  readonly warmUp: number;
  /** Where the write piece writes (a folder of its own). */
  readonly out: string;
}

export interface FloorReport {
  readonly studentsPerRound: number;
  /** Rounds run before the measured ones. */
  readonly warmUp: number;
  /** CPU ms per student of each piece, in each measured round. */
  readonly byRound: Readonly<Record<FloorPieceId, readonly number[]>>;
  /** The lowest of the measured rounds, per piece. */
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
  // The reports are in the course's first language, as a run without --lang writes them.
  const lang = courseLanguages(loaded.course)[0] ?? 'en';
  const { catalogue } = loadCatalogue(lang);
  if (!catalogue) throw new Error(`the floor's catalogue (${lang}) does not load`);
  const templates = await loadTemplates(undefined, catalogue);
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
        if (round < input.warmUp) continue;
        byRound[piece.id].push(timed.ms / Math.max(1, states.length));
        childrenCounted &&= timed.childrenCounted;
      }
    }
  } finally {
    await pool.close();
  }
  const floor = Object.fromEntries(FLOOR_PIECES.map((id) => [id, Math.min(...byRound[id])])) as Record<FloorPieceId, number>;
  return { studentsPerRound: input.rounds[input.warmUp]?.length ?? 0, warmUp: input.warmUp, byRound, floor, childrenCounted };
}
