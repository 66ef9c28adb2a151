// The bench's command line: read and checked before anything is written, so that a typo is
// one line of usage on stderr and exit code 2, not a stack trace after minutes of work.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Class sizes to grade, in order. */
  readonly sizes: readonly number[];
  /** Students of the 1,000 class (or the largest) graded by the alternative; 0 skips it. */
  readonly sample: number;
  /** Alternative processes at a time. */
  readonly parallel: number;
  /** Cold starts of `grader check` to take the median of; 0 skips it. */
  readonly checkRuns: number;
  /** Students in each round of the floor's micro-benchmarks; 0 skips them. */
  readonly floorStudents: number;
  readonly keep: boolean;
  readonly work?: string;
  readonly json?: string;
  /** Set in the child process that measures one run: the run's input as JSON. */
  readonly child?: string;
  /** Set in the child process that measures the floor: the file of its input (JSON). */
  readonly floor?: string;
}

export const BENCH_USAGE = `usage: node dist/bench.js [options]   (npm run bench builds dist/ first)
  --sizes <n,n,...>     class sizes to grade (default 100,1000,10000)
  --sample <n>          students graded by the alternative in each of its two forms, one vitest
                        process each, every kind of code the class has among them (default 12; 0: none)
  --parallel <n>        alternative processes at a time (default 2)
  --check-runs <n>      cold starts of grader check without, then with, its course cache, and
                        of grader check --pack beside check --assignment; medians reported
                        (default 5; 0: none)
  --floor-students <n>  students in each of the 6 rounds of the floor's micro-benchmarks, 3 of them
                        to warm up (default 100; 0: none)
  --keep                keep the working folder
  --work <dir>          working folder (default: a new temporary folder)
  --json <file>         also write every figure as JSON
  --help                this text`;

export type ParsedBenchArgs = { readonly help: true } | { readonly options: BenchOptions } | { readonly error: string };

function count(name: string, text: string, min: number, max: number): number | string {
  const value = Number(text);
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : `--${name} takes a whole number from ${min} to ${max}, got "${text}"`;
}

export function parseBenchArgs(argv: readonly string[]): ParsedBenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string', default: '100,1000,10000' },
        sample: { type: 'string', default: '12' },
        parallel: { type: 'string', default: '2' },
        'check-runs': { type: 'string', default: '5' },
        'floor-students': { type: 'string', default: '100' },
        keep: { type: 'boolean', default: false },
        work: { type: 'string' },
        json: { type: 'string' },
        child: { type: 'string' },
        floor: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { help: true };
  const sizes: number[] = [];
  for (const part of values.sizes.split(',')) {
    const size = count('sizes', part, 1, 1_000_000);
    if (typeof size === 'string') return { error: size };
    sizes.push(size);
  }
  const sample = count('sample', values.sample, 0, 1000);
  const parallel = count('parallel', values.parallel, 1, 64);
  const checkRuns = count('check-runs', values['check-runs'], 0, 100);
  const floorStudents = count('floor-students', values['floor-students'], 0, 10_000);
  for (const checked of [sample, parallel, checkRuns, floorStudents]) if (typeof checked === 'string') return { error: checked };
  return {
    options: {
      sizes,
      sample: sample as number,
      parallel: parallel as number,
      checkRuns: checkRuns as number,
      floorStudents: floorStudents as number,
      keep: values.keep,
      ...(values.work === undefined ? {} : { work: values.work }),
      ...(values.json === undefined ? {} : { json: values.json }),
      ...(values.child === undefined ? {} : { child: values.child }),
      ...(values.floor === undefined ? {} : { floor: values.floor }),
    },
  };
}
