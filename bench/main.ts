// `npm run bench`: synthetic classes of 100, 1,000 and 10,000 students graded and reported,
// each size in a process of its own, then the usual alternative (one vitest process per
// student) on a sample of the 1,000 class, and `grader check` from a cold start.
//   node dist/bench.js [--sizes 100,1000,10000] [--sample 12] [--parallel 2] [--keep] [--work <dir>] [--json <file>] (--help)
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { defaultGradeWorkers, sandboxWorkersEach } from '../grader/cli/actions/grade.ts';
import { defaultPoolSize } from '../grader/sandbox/pool.ts';
import { findPackageRoot } from '../grader/sandbox/worker-path.ts';
import { loadCourse } from '../grader/spec/index.ts';
import { runAlternative, writeAlternativeFolders } from './alternative.ts';
import { writeBenchClass, type BenchClass } from './class.ts';
import { BENCH_TIME_MS, writeBenchCourse } from './course.ts';
import { measureGradeRun, type GradeRunInput, type GradeRunReport } from './grade-run.ts';
import { BENCH_USAGE, parseBenchArgs } from './options.ts';
import { alternativeLines, cpuSplitTable, sizesTable, stagesTable, type SizeResult } from './table.ts';

const parsed = parseBenchArgs(process.argv.slice(2));
if ('help' in parsed) {
  process.stdout.write(`${BENCH_USAGE}\n`);
  process.exit(0);
}
if ('error' in parsed) {
  process.stderr.write(`bench: ${parsed.error}\n${BENCH_USAGE}\n`);
  process.exit(2);
}
const options = parsed.options;

const root = findPackageRoot(fileURLToPath(import.meta.url)) ?? process.cwd();
const log = (text: string) => process.stderr.write(`${text}\n`);

/** Grades one class in a fresh process, so that its peak memory is measured alone. */
function gradeInChild(input: GradeRunInput): Promise<GradeRunReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', JSON.stringify(input)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as GradeRunReport);
      else reject(new Error(`the measured run exited with ${code}: ${out.slice(-2000)}`));
    });
  });
}

/**
 * `grader check` of one student from a cold start (a new process each time), the median of
 * several runs: with no course cache (the first check of a course), and with the cache a
 * first check left (every check after it).
 */
async function checkColdStart(folder: string, courseFile: string, runs: number, cacheDir: string): Promise<{ uncached: number; cached: number }> {
  const run = async (cache: string): Promise<number> => {
    const start = performance.now();
    const env = { ...process.env, GRADER_CACHE_DIR: cache };
    await promisify(execFile)(process.execPath, [join(root, 'bin', 'grader.js'), 'check', folder, '--course', courseFile], { env }).catch(() => undefined);
    return performance.now() - start;
  };
  const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const uncached: number[] = [];
  for (let i = 0; i < runs; i++) uncached.push(await run('off'));
  await run(cacheDir);
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) cached.push(await run(cacheDir));
  return { uncached: median(uncached), cached: median(cached) };
}

/** How `grader grade` spreads the work by default on this machine. */
function gradingThreads(students: number): string {
  const workers = defaultGradeWorkers(students);
  if (workers === 0) return `the main thread grades, ${defaultPoolSize()} sandbox workers`;
  const each = sandboxWorkersEach(workers);
  return `${workers} grade worker thread${workers === 1 ? '' : 's'}, ${each === 1 ? 'each with one sandbox worker' : `with ${each} sandbox workers${workers === 1 ? '' : ' each'}`}`;
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
  return `${availableParallelism()} cores (${cpu}), ${gb(totalmem())} GB RAM (${gb(freemem())} GB free), Node ${process.version}, ${process.platform}`;
}

async function main(): Promise<void> {
  const { sizes } = options;
  const work = options.work ?? (await mkdtemp(join(tmpdir(), 'grader-bench-')));
  log(`bench: ${machine()}`);
  log(`bench: working in ${work}`);
  const courseFile = await writeBenchCourse(join(root, 'exercises'), join(work, 'course'));
  const loaded = await loadCourse(courseFile);
  if (!loaded.course || loaded.problems.some((p) => p.severity === 'error')) throw new Error(`the bench course does not validate: ${loaded.problems[0]?.message}`);
  const { course, exercises } = loaded;

  const results: SizeResult[] = [];
  let sampleClass: { size: number; class: BenchClass } | undefined;
  for (const size of sizes) {
    const dir = join(work, `class-${size}`);
    log(`bench: writing a class of ${size} students`);
    const written = await writeBenchClass(course, exercises, size, dir);
    log(`bench: grading ${size} students`);
    const run = await gradeInChild({ submissions: written.submissions, roster: written.roster, course: courseFile, out: join(dir, 'out') });
    results.push({ size, plannedTimeouts: written.loopers.length, run });
    log(`bench: ${size} students in ${(run.wallMs / 1000).toFixed(2)} s`);
    if (size === 1000 || (sampleClass === undefined && size === sizes[sizes.length - 1])) sampleClass = { size, class: written };
    // Nothing is deleted before the end: on ext4, creating files just after deleting many is
    // slower (the inode allocator skips recently freed inodes), which would burden the next size.
  }

  let alternative;
  const { sample } = options;
  if (sampleClass && sample > 0) {
    const students = sampleClass.class.withCode.filter((_, i, all) => i % Math.max(1, Math.floor(all.length / sample)) === 0).slice(0, sample);
    const folders = await writeAlternativeFolders(students, course, exercises, join(work, 'alternative'), join(root, 'node_modules'));
    log(`bench: the alternative, ${folders.length} vitest processes, ${options.parallel} at a time`);
    alternative = await runAlternative(folders, options.parallel);
  }
  const checkStudent = sampleClass?.class.withCode[0];
  const checkMs = checkStudent && options.checkRuns > 0 ? await checkColdStart(checkStudent.folder, courseFile, options.checkRuns, join(work, 'check-cache')) : undefined;

  const ours = results.find((r) => r.size === sampleClass?.size);
  const lines = [
    `machine: ${machine()}`,
    `course: ${exercises.length} exercises (${exercises.filter((e) => e.answer.kind === 'function').length} code), time limit ${BENCH_TIME_MS} ms per code exercise`,
    `grading: \`grader grade\` with its defaults (${gradingThreads(Math.max(...sizes))}), every report rendered`,
    '',
    sizesTable(results),
    '',
    stagesTable(results),
    '',
    cpuSplitTable(results),
    '',
    ...(alternative && ours ? [alternativeLines(alternative, ours), ''] : []),
    ...(checkMs === undefined
      ? []
      : [`grader check, one student with code, cold start: ${checkMs.uncached.toFixed(0)} ms with no course cache, ${checkMs.cached.toFixed(0)} ms with it (medians of ${options.checkRuns})`]),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (options.json) await writeFile(options.json, `${JSON.stringify({ machine: machine(), results, alternative, checkMs }, null, 2)}\n`);
  if (!options.keep) await rm(work, { recursive: true, force: true });
  else log(`bench: kept ${work}`);
}

if (options.child !== undefined) {
  const report = await measureGradeRun(JSON.parse(options.child) as GradeRunInput);
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  await main();
}
