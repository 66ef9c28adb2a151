// The entry point of a grade worker thread (bundled to dist/grade-worker.js): it grades the
// students the batch sends, one lane per student in flight, exactly as runStudent does in
// the batch's own thread, with a sandbox pool of its own (whose watchdog lives here).
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogue } from '../messages/languages.ts';
import { toError } from '../problem.ts';
import { compileTemplates } from '../report/index.ts';
import { startStageTimings, stopStageTimings } from '../stage-timings.ts';
import { THREAD_NAMES, nameThisThread } from '../thread-name.ts';
import type { GradeWorkerReply, GradeWorkerRequest, GradeWorkerSetup } from './grade-protocol.ts';
import { openSandbox } from './sandbox-session.ts';
import { runStudent, type ClassRun } from './student-run.ts';

const port = parentPort;
if (!port) throw new Error('grade-worker.js runs as a worker thread of the grader');

nameThisThread(THREAD_NAMES.grade);
const setup = workerData as GradeWorkerSetup;
if (setup.timings) startStageTimings();
const { templateSources, catalogue: language, sandboxSize, wasmModule, timings: _timings, ...shared } = setup;
// The batch read both before it started the worker and reported their problems, if any.
const { catalogue } = loadCatalogue(language.lang, dirname(language.file));
if (catalogue === undefined) throw new Error(`the ${language.lang} catalogue (${language.file}) cannot be read in a grade worker`);
const compiled = compileTemplates(templateSources, catalogue);
const sandbox = openSandbox({ size: sandboxSize, wasmModule });
const run: ClassRun = { ...shared, templates: compiled.templates, gradeFunction: sandbox.gradeFunction };
const post = (reply: GradeWorkerReply): void => port.postMessage(reply);

port.on('message', (request: GradeWorkerRequest) => {
  if (request.type === 'finish') {
    void sandbox.close().then(() => post({ type: 'finished', ...(setup.timings ? { timings: stopStageTimings()! } : {}) }));
    return;
  }
  runStudent(run, request.target).then(
    (outcome) => post({ type: 'graded', index: request.index, outcome }),
    (thrown: unknown) => {
      const error = toError(thrown);
      post({ type: 'failed', index: request.index, message: error.message, ...(error.stack ? { stack: error.stack } : {}) });
    },
  );
});
