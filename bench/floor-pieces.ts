// The pieces of work a student needs, each the same calls the grader's own stage makes
// (grader/batch/student-run.ts, grader/grade/, grader/report/write-outputs.ts), done alone
// for one student at a time: no threads, no queue, no other piece in between. Each piece
// keeps what the next one needs in the student's state; floor.ts times them.
import { studentKey } from '../grader/batch/fingerprint.ts';
import { readSubmittedAt } from '../grader/batch/submitted-at.ts';
import { createFunctionGrader, gradeStudent } from '../grader/grade/index.ts';
import { argumentList, planCases } from '../grader/grade/function-cases.ts';
import { writeFileAtomicSync } from '../grader/io/atomic.ts';
import { outputPaths, toJsonText } from '../grader/io/layout.ts';
import { studentView, type ReportTemplates } from '../grader/report/index.ts';
import { renderHtmlView, renderMarkdownView } from '../grader/report/render-student.ts';
import type { StudentResult } from '../grader/result/types.ts';
import { resolveLimits, type SandboxJob, type SandboxOutcome, type SandboxPool } from '../grader/sandbox/index.ts';
import { transpile } from '../grader/sandbox/transpile.ts';
import type { CourseSpec, ExerciseSpec } from '../grader/spec/types.ts';
import { loadStudentFolderSync, type StudentFolder } from '../grader/submission/index.ts';

export const FLOOR_PIECES = ['parse', 'transpile', 'sandbox', 'compare', 'render', 'write'] as const;
export type FloorPieceId = (typeof FLOOR_PIECES)[number];

export interface FloorStudent {
  readonly id: string;
  readonly name: string;
  /** Absent for a student on the roster only. */
  readonly folder?: string;
}

export interface FloorContext {
  readonly course: CourseSpec;
  readonly exercises: readonly ExerciseSpec[];
  /** The course's fingerprint (courseFingerprint), made once per run as grading does. */
  readonly courseKey: string;
  readonly templates: ReportTemplates;
  readonly pool: SandboxPool;
  /** Where the write piece writes, in the layout of a run's output. */
  readonly out: string;
}

export interface StudentState {
  readonly student: FloorStudent;
  key?: string;
  folder?: StudentFolder;
  /** The sandbox jobs of the student's code exercises, by function name. */
  jobs?: Map<string, SandboxJob>;
  outcomes?: Map<string, SandboxOutcome>;
  result?: StudentResult;
  reports?: { html: string; md: string };
}

export interface FloorPiece {
  readonly id: FloorPieceId;
  /** How the bench's output names it. */
  readonly label: string;
  /** Untimed work the timed part needs first. */
  readonly prepare?: (state: StudentState, ctx: FloorContext) => Promise<void>;
  readonly run: (state: StudentState, ctx: FloorContext) => void | Promise<void>;
  /** Whether child processes work for it (esbuild's service): their CPU counts too. */
  readonly children?: boolean;
}

/** The jobs grading would give the sandbox: one per code exercise, every case of the student's (function-exercise.ts). */
function sandboxJobs(state: StudentState, ctx: FloorContext): Map<string, SandboxJob> {
  const jobs = new Map<string, SandboxJob>();
  const solution = state.folder?.solution;
  if (!solution) return jobs;
  for (const exercise of ctx.exercises) {
    const answer = exercise.answer;
    if (answer.kind !== 'function') continue;
    const plan = planCases(answer, { salt: ctx.course.salt, exerciseId: exercise.id, studentId: state.student.id });
    const calls = plan.cases.map((planned) => ({ exportName: answer.name, args: argumentList(answer, planned.args) }));
    jobs.set(answer.name, { source: solution.text, filename: solution.file, calls, limits: resolveLimits(ctx.course.limits, answer.limits) });
  }
  return jobs;
}

/** A pool that answers each job with the outcome the sandbox piece recorded: grading calls nothing of a pool but `run`. */
function replayPool(outcomes: ReadonlyMap<string, SandboxOutcome>): SandboxPool {
  const replay: Pick<SandboxPool, 'run'> = {
    run: async (job) => {
      const outcome = outcomes.get(job.calls[0]?.exportName ?? '');
      if (!outcome) throw new Error(`the floor's sandbox piece ran no job for ${job.calls[0]?.exportName}`);
      return outcome;
    },
  };
  return replay as SandboxPool;
}

export const PIECES: readonly FloorPiece[] = [
  {
    id: 'parse',
    label: 'parse (the rerun key, the folder, answers.yaml)',
    run(state, ctx) {
      const { folder } = state.student;
      state.key = studentKey(ctx.courseKey, folder, undefined);
      if (folder === undefined) return;
      state.folder = loadStudentFolderSync(folder);
      readSubmittedAt(folder);
    },
  },
  {
    id: 'transpile',
    label: 'transpile (esbuild, its process included)',
    children: true,
    async run(state) {
      const solution = state.folder?.solution;
      if (solution) await transpile(solution.text, solution.file);
    },
  },
  {
    id: 'sandbox',
    label: 'sandbox jobs (one per code exercise)',
    // The pool transpiles a file once and keeps it: a first run leaves the jobs only the sandbox's work.
    async prepare(state, ctx) {
      state.jobs = sandboxJobs(state, ctx);
      const first = state.jobs.values().next();
      if (!first.done) await ctx.pool.run(first.value);
    },
    async run(state, ctx) {
      state.outcomes = new Map();
      for (const [name, job] of state.jobs ?? []) state.outcomes.set(name, await ctx.pool.run(job));
    },
  },
  {
    id: 'compare',
    label: 'grade (expected values, comparison, diagnosis)',
    async run(state, ctx) {
      const folder = state.folder;
      state.result = await gradeStudent({
        course: ctx.course,
        exercises: ctx.exercises,
        studentId: state.student.id,
        name: state.student.name,
        ...(folder?.answers ? { answers: folder.answers } : {}),
        ...(folder?.solution ? { solutionSource: folder.solution } : {}),
        ...(folder?.solutionProblem ? { solutionProblem: folder.solutionProblem } : {}),
        folderProblems: folder?.problems ?? [],
        gradeFunction: createFunctionGrader(replayPool(state.outcomes ?? new Map())),
      });
    },
  },
  {
    id: 'render',
    label: 'render (HTML and Markdown reports)',
    run(state, ctx) {
      const view = studentView(state.result!, ctx.templates.catalogue);
      const html = renderHtmlView(view, ctx.templates);
      const md = renderMarkdownView(view, ctx.templates);
      state.reports = { html: html.ok ? html.text : '', md: md.ok ? md.text : '' };
    },
  },
  {
    id: 'write',
    label: 'write (result, two reports, the key)',
    run(state, ctx) {
      const id = state.student.id;
      writeFileAtomicSync(outputPaths.result(ctx.out, id), toJsonText(state.result!));
      writeFileAtomicSync(outputPaths.studentReport(ctx.out, id, 'html'), state.reports!.html);
      writeFileAtomicSync(outputPaths.studentReport(ctx.out, id, 'md'), state.reports!.md);
      writeFileAtomicSync(outputPaths.studentKey(ctx.out, id), `${state.key}\n`);
    },
  },
];
