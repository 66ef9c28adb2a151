// `npm run bench`: synthetic classes of 100, 1,000 and 10,000 students graded and reported,
// each size in a process of its own whose CPU split this process reads; then the usual
// alternative (one vitest process per student, in two forms) on a sample of the 1,000 class,
// `grader check` and `grader check --pack` from a cold start, and the floor per student (each
// necessary piece alone).
//   node dist/bench.js [--sizes 100,1000,10000] [--sample 12] [--parallel 2] [--check-runs 5]
//                      [--floor-students 100] [--keep] [--work <dir>] [--json <file>] (--help)
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../grader/sandbox/worker-path.ts';
import { loadCourse, type LoadedCourse } from '../grader/spec/index.ts';
import { ALTERNATIVE_FORMS, runAlternative, type AlternativeRun } from './alternative-run.ts';
import { sampleStudents, type SampledStudent } from './alternative-sample.ts';
import { writeAlternativeFolders } from './alternative.ts';
import { checkColdStart, packCheckColdStart } from './check-start.ts';
import { gradeInChild, jsonFromChild, stdioMarks } from './child-process.ts';
import { writeBenchClass, type BenchClass } from './class.ts';
import { alternativeLines, floorLines } from './compare-table.ts';
import { BENCH_TIME_MS, CODE_EXERCISES, writeBenchCourse } from './course.ts';
import { floorRounds, measureFloor, WARM_UP_ROUNDS, type FloorInput, type FloorReport } from './floor.ts';
import { measureGradeRun, type GradeRunInput } from './grade-run.ts';
import { gradingThreads, load, machine } from './machine.ts';
import { BENCH_USAGE, parseBenchArgs } from './options.ts';
import { cpuSplitTable, sizesTable, stagesTable, type SizeResult } from './table.ts';

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

const script = fileURLToPath(import.meta.url);
const root = findPackageRoot(script) ?? process.cwd();
const log = (text: string) => process.stderr.write(`${text}\n`);

/** Both forms of the alternative on the same students, each form in folders of its own (a fresh runner: no cache left by the other). */
async function alternatives(sample: readonly SampledStudent[], loaded: LoadedCourse, work: string): Promise<AlternativeRun[]> {
  const runs: AlternativeRun[] = [];
  for (const form of ALTERNATIVE_FORMS) {
    const dir = join(work, 'alternative', form.id);
    const written = await writeAlternativeFolders(sample, loaded.course!, loaded.exercises, dir, join(root, 'node_modules'));
    const folders = new Map(sample.map((student, i) => [student.id, written[i]!]));
    log(`bench: the alternative, ${form.label}: ${sample.length} processes, ${options.parallel} at a time`);
    runs.push(await runAlternative(form, sample, folders, options.parallel));
  }
  return runs;
}

async function floor(sampled: BenchClass, courseFile: string, work: string): Promise<FloorReport | undefined> {
  const skip = new Set(sampled.withCode.filter((student) => student.kind === 'loops' || student.kind === 'memory').map((student) => student.id));
  const rounds = floorRounds(sampled.targets, skip, options.floorStudents);
  if ((rounds[0]?.length ?? 0) === 0) return undefined;
  log(`bench: the floor, ${rounds.length} rounds of ${rounds[0]!.length} students`);
  const input: FloorInput = { course: courseFile, rounds, warmUp: WARM_UP_ROUNDS, out: join(work, 'floor', 'out') };
  // In a file: a command line holds at most 128 KB in one argument.
  const inputFile = join(work, 'floor', 'input.json');
  await mkdir(join(work, 'floor'), { recursive: true });
  await writeFile(inputFile, JSON.stringify(input));
  return jsonFromChild<FloorReport>(script, root, ['--floor', inputFile]);
}

/** What the floor leaves out of its students: loops (their time limit is added) and memory exhaustion. */
function leftOut(sampled: BenchClass): { loops: number; limitMs: number; memory: number } {
  return { loops: sampled.loopers.length, limitMs: BENCH_TIME_MS, memory: sampled.withCode.filter((student) => student.kind === 'memory').length };
}

async function main(): Promise<void> {
  const { sizes } = options;
  const work = options.work ?? (await mkdtemp(join(tmpdir(), 'grader-bench-')));
  const loadBefore = load();
  log(`bench: ${machine()}, load average ${loadBefore}`);
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
    const run = await gradeInChild(script, root, { submissions: written.submissions, roster: written.roster, course: courseFile, out: join(dir, 'out') });
    results.push({ size, plannedTimeouts: written.loopers.length, run });
    log(`bench: ${size} students in ${(run.wallMs / 1000).toFixed(2)} s`);
    if (size === 1000 || (sampleClass === undefined && size === sizes[sizes.length - 1])) sampleClass = { size, class: written };
    // Nothing is deleted before the end: on ext4, creating files just after deleting many is
    // slower (the inode allocator skips recently freed inodes), which would burden the next size.
  }

  const sample = sampleClass && options.sample > 0 ? sampleStudents(sampleClass.class.withCode, options.sample) : [];
  const alternative = sample.length > 0 ? await alternatives(sample, loaded, work) : undefined;
  const checkStudent = sampleClass?.class.withCode.find((student) => student.kind === 'loads');
  const checkMs = checkStudent && options.checkRuns > 0 ? await checkColdStart(root, checkStudent.folder, courseFile, options.checkRuns, join(work, 'check-cache')) : undefined;
  const packCheckMs =
    checkStudent && sampleClass && options.checkRuns > 0
      ? await packCheckColdStart(root, checkStudent, { file: courseFile, roster: sampleClass.class.roster, assignment: 'code' }, options.checkRuns, join(work, 'check-pack'))
      : undefined;
  const floorReport = sampleClass && options.floorStudents > 0 ? await floor(sampleClass.class, courseFile, work) : undefined;

  const ours = results.find((r) => r.size === sampleClass?.size);
  const lines = [
    `machine: ${machine()}; load average ${loadBefore} before the bench, ${load()} after it`,
    `course: ${exercises.length} exercises (${exercises.filter((e) => e.answer.kind === 'function').length} code), time limit ${BENCH_TIME_MS} ms per code exercise`,
    `grading: \`grader grade\` with its defaults (${gradingThreads(Math.max(...sizes))}), every report rendered`,
    '',
    sizesTable(results),
    '',
    stagesTable(results),
    '',
    cpuSplitTable(results),
    '',
    ...(alternative && ours ? [alternativeLines(alternative, sample, ours), ''] : []),
    ...(checkMs === undefined
      ? []
      : [`grader check, one student with code, cold start: ${checkMs.uncached.toFixed(0)} ms with no course cache, ${checkMs.cached.toFixed(0)} ms with it (medians of ${options.checkRuns})`, '']),
    ...(packCheckMs === undefined
      ? []
      : [
          `grader check --pack, the same student, assignment ${packCheckMs.assignment} (${CODE_EXERCISES.length} code exercises), cold start: ${packCheckMs.pack.toFixed(0)} ms; ` +
            `grader check --assignment ${packCheckMs.assignment} from the course, with its cache: ${packCheckMs.course.toFixed(0)} ms (medians of ${options.checkRuns}, interleaved)`,
          '',
        ]),
    ...(floorReport && ours ? [floorLines(floorReport, ours, leftOut(sampleClass!.class))] : []),
  ];
  process.stdout.write(`${lines.join('\n').trimEnd()}\n`);
  if (options.json) await writeFile(options.json, `${JSON.stringify({ machine: machine(), load: { before: loadBefore, after: load() }, results, alternative, checkMs, packCheckMs, floor: floorReport }, null, 2)}\n`);
  if (!options.keep) await rm(work, { recursive: true, force: true });
  else log(`bench: kept ${work}`);
}

if (options.child !== undefined) {
  const report = await measureGradeRun(JSON.parse(options.child) as GradeRunInput, stdioMarks());
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else if (options.floor !== undefined) {
  const report = await measureFloor(JSON.parse(await readFile(options.floor, 'utf8')) as FloorInput);
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  await main();
}
