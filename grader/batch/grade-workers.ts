// A batch spread over grade worker threads, so that every core grades: each worker takes a
// few students at a time (enough to keep its own sandbox busy while it renders and writes)
// and answers with each student's outcome. Which worker grades a student changes nothing
// in the files written: grading one student depends only on that student and the course.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { TemplateFile } from '../report/index.ts';
import { quickjsWasmModule } from '../sandbox/index.ts';
import { findPackageRoot } from '../sandbox/worker-path.ts';
import { addStageTime, stageTimingsOn, STAGES } from '../stage-timings.ts';
import type { GradeWorkerReply, GradeWorkerRequest, GradeWorkerSetup } from './grade-protocol.ts';
import type { Progress } from './progress.ts';
import type { ClassRun, StudentOutcome, StudentTarget } from './student-run.ts';

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
}

/**
 * A grade worker's JavaScript heap. It holds the course, the templates and a few students in
 * flight (a few MB each at most); without a cap V8 lets a busy heap grow for thousands of
 * students before collecting it, which showed as peak memory growing with the class.
 */
const GRADE_WORKER_HEAP_MB = 128;

export function defaultGradeWorkerPath(): string {
  return join(findPackageRoot() ?? process.cwd(), 'dist', 'grade-worker.js');
}

/** Grades `targets` in worker threads; outcomes come back in the order of `targets`. */
export async function gradeInWorkers(run: ClassRun, targets: readonly StudentTarget[], options: GradeWorkerOptions): Promise<StudentOutcome[]> {
  const { templates: _compiled, gradeFunction: _sandbox, ...shared } = run;
  const setup: GradeWorkerSetup = {
    ...shared,
    templateSources: options.templateSources,
    sandboxSize: options.sandboxSize,
    wasmModule: quickjsWasmModule(),
    timings: stageTimingsOn(),
  };
  const outcomes: StudentOutcome[] = new Array(targets.length);
  let next = 0;
  const count = Math.max(1, Math.min(options.workers, targets.length));
  const workers = Array.from(
    { length: count },
    () => new Worker(options.workerPath ?? defaultGradeWorkerPath(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: GRADE_WORKER_HEAP_MB } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = (request: GradeWorkerRequest) => worker.postMessage(request);
            const feed = (): void => {
              while (inFlight < options.lanes && next < targets.length) {
                const index = next++;
                inFlight++;
                send({ type: 'student', index, target: targets[index]! });
              }
              if (inFlight === 0) send({ type: 'finish' });
            };
            worker.on('message', (reply: GradeWorkerReply) => {
              if (reply.type === 'graded') {
                outcomes[reply.index] = options.done ? options.done(reply.outcome) : reply.outcome;
                inFlight--;
                options.progress?.tick();
                feed();
              } else if (reply.type === 'failed') {
                reject(Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {}));
              } else {
                if (reply.timings) for (const stage of STAGES) addStageTime(stage, reply.timings[stage]);
                resolve();
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a grade worker stopped (exit code ${code})`)));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  options.progress?.done();
  return outcomes;
}
