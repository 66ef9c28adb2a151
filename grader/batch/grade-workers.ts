// A batch spread over grade worker threads, so that every core grades: each worker takes a
// few students at a time (enough to keep its own sandbox busy while it renders and writes)
// and answers with each student's outcome. Which worker grades a student changes nothing
// in the files written: grading one student depends only on that student and the course.
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import type { TemplateFile } from '../report/index.ts';
import { quickjsWasmModule } from '../sandbox/index.ts';
import { findPackageRoot } from '../sandbox/worker-path.ts';
import { addStageTime, stageTimingsOn, STAGES } from '../stage-timings.ts';
import type { GradeWorkerReply, GradeWorkerRequest, GradeWorkerSetup } from './grade-protocol.ts';
import type { Progress } from './progress.ts';
import type { Problem } from '../problem.ts';
import { gradeHere, type ClassRun, type StudentOutcome, type StudentTarget } from './student-run.ts';

export interface GradeWorkerOptions {
  /** Worker threads (each with a sandbox pool of `sandboxSize`). */
  readonly workers: number;
  /** Students in flight in each worker. */
  readonly lanes: number;
  readonly sandboxSize: number;
  readonly templateSources: readonly TemplateFile[];
  readonly progress?: Progress;
  /** Each outcome as it arrives; what it returns is kept. */
  readonly done?: (outcome: StudentOutcome) => StudentOutcome;
  /** The bundled worker (default: dist/grade-worker.js of this package). */
  readonly workerPath?: string;
  /** Told when a worker stops before its part is done (its students are graded in this thread). */
  readonly warn?: (problem: Problem) => void;
}

/**
 * A grade worker's JavaScript heap. It holds the course, the templates and a few students in
 * flight (a few MB each at most); without a cap V8 lets a busy heap grow for thousands of
 * students before collecting it, which showed as peak memory growing with the class.
 */
const GRADE_WORKER_HEAP_MB = 128;
/**
 * Its young generation (V8's default lets it reach 48 MB, in every thread): 24 MB collects it
 * about twice as often, for 0.2 ms of CPU per student, and its heap peaks 16 MB lower
 * (BENCHMARKS.md).
 */
const GRADE_WORKER_YOUNG_MB = 24;

export function defaultGradeWorkerPath(): string {
  return join(findPackageRoot() ?? process.cwd(), 'dist', 'grade-worker.js');
}

/** How a worker's part of the batch ended: finished, or stopped with students still in its hands. */
type WorkerEnd = { readonly stopped?: undefined } | { readonly stopped: string; readonly lost: readonly number[] };

/**
 * Grades `targets` in worker threads; outcomes come back in the order of `targets`. A worker
 * that stops (it ran out of its capped heap, or crashed) takes no more students; those it was
 * grading, and any no worker is left to take, are graded in this thread, and `warn` is told.
 */
export async function gradeInWorkers(run: ClassRun, targets: readonly StudentTarget[], options: GradeWorkerOptions): Promise<StudentOutcome[]> {
  const { templates: _compiled, gradeFunction: _sandbox, ...shared } = run;
  const setup: GradeWorkerSetup = {
    ...shared,
    templateSources: options.templateSources,
    catalogue: { lang: run.templates.catalogue.lang, file: run.templates.catalogue.file },
    sandboxSize: options.sandboxSize,
    wasmModule: quickjsWasmModule(),
    timings: stageTimingsOn(),
  };
  const outcomes: StudentOutcome[] = new Array(targets.length);
  const keep = (index: number, outcome: StudentOutcome): void => {
    outcomes[index] = options.done ? options.done(outcome) : outcome;
    options.progress?.tick();
  };
  let next = 0;
  const count = Math.max(1, Math.min(options.workers, targets.length));
  const workers = Array.from(
    { length: count },
    () => new Worker(options.workerPath ?? defaultGradeWorkerPath(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: GRADE_WORKER_HEAP_MB, maxYoungGenerationSizeMb: GRADE_WORKER_YOUNG_MB } }),
  );
  let ends: WorkerEnd[];
  try {
    ends = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<WorkerEnd>((resolve, reject) => {
            const inFlight = new Set<number>();
            let ended = false;
            const end = (how: WorkerEnd): void => {
              if (!ended) resolve(how);
              ended = true;
            };
            const stop = (why: string): void => end({ stopped: why, lost: [...inFlight] });
            const send = (request: GradeWorkerRequest) => worker.postMessage(request);
            const feed = (): void => {
              while (inFlight.size < options.lanes && next < targets.length) {
                const index = next++;
                inFlight.add(index);
                send({ type: 'student', index, target: targets[index]! });
              }
              if (inFlight.size === 0) send({ type: 'finish' });
            };
            worker.on('message', (reply: GradeWorkerReply) => {
              if (ended) return;
              if (reply.type === 'graded') {
                inFlight.delete(reply.index);
                keep(reply.index, reply.outcome);
                feed();
              } else if (reply.type === 'failed') {
                ended = true;
                reject(Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {}));
              } else {
                if (reply.timings) for (const stage of STAGES) addStageTime(stage, reply.timings[stage]);
                end({});
              }
            });
            worker.on('error', (error: Error) => stop(`${error.name}: ${error.message}`));
            worker.on('exit', (code) => stop(`it exited with code ${code}`));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const left = [...ends.flatMap((e) => (e.stopped === undefined ? [] : e.lost)), ...Array.from({ length: targets.length - next }, (_, i) => next + i)];
  for (const e of ends) {
    if (e.stopped === undefined) continue;
    // The students it had: one of them may be why it stopped (a worker's heap is capped).
    const ids = e.lost.map((index) => targets[index]!.id);
    const folder = e.lost.map((index) => targets[index]!.folder).find((f) => f !== undefined);
    const shown = ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
    options.warn?.({
      code: 'grade-worker-stopped',
      severity: 'warning',
      file: folder === undefined ? run.out : dirname(folder),
      message: `a grade worker thread stopped (${e.stopped}); ${ids.length === 0 ? 'it had no student in hand' : `the students it was grading were graded in the main thread: ${shown}`}`,
    });
  }
  await gradeHere(run, targets, left, options.lanes, keep);
  options.progress?.done();
  return outcomes;
}
