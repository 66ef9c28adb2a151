// The bench measures each run in a process of its own (its peak memory is then its own) and
// reads that process's CPU split from here. The two agree on when to read over the child's
// stdin and stdout: the child says it is ready and waits, the bench takes its first reading
// and says go; the child says it stopped and waits, the bench takes its last reading. So the
// readings frame the measured run and cost the child's threads nothing.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { watchCpu } from './cpu-split.ts';
import type { GradeRunInput, GradeRunReport, RunMarks } from './grade-run.ts';

const READY = 'bench:ready';
const STOPPED = 'bench:stopped';

/** The child's side: each mark says where the run is and waits for the bench's answer. */
export function stdioMarks(): RunMarks {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const exchange = async (say: string): Promise<void> => {
    process.stdout.write(`${say}\n`);
    await lines.next();
  };
  return {
    started: () => exchange(READY),
    stopped: async () => {
      await exchange(STOPPED);
      process.stdin.destroy();
    },
  };
}

type Child = ChildProcessByStdio<Writable, Readable, null>;

/** Runs `node <script> <args>` and gives the JSON of its last line of output; `onLine` may take a line as its own (true). */
export function jsonFromChild<T>(script: string, cwd: string, args: readonly string[], onLine: (line: string, child: Child) => boolean = () => false): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    let last = '';
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!onLine(line, child)) last = line;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as T);
      else reject(new Error(`the measured process (${args[0]}) exited with ${code}: ${last.slice(-2000)}`));
    });
  });
}

/** Grades one class in a fresh process, its CPU split read from here. */
export async function gradeInChild(script: string, cwd: string, input: GradeRunInput): Promise<GradeRunReport> {
  let watch: ReturnType<typeof watchCpu> | undefined;
  let read: ReturnType<ReturnType<typeof watchCpu>['stop']> | undefined;
  const report = await jsonFromChild<GradeRunReport>(script, cwd, ['--child', JSON.stringify(input)], (line, child) => {
    if (line === READY && child.pid !== undefined) {
      watch = watchCpu(child.pid);
      watch.start();
      child.stdin.write('go\n');
      return true;
    }
    if (line === STOPPED) {
      read = watch?.stop();
      child.stdin.end('read\n');
      return true;
    }
    return false;
  });
  return read ? { ...report, cpuSplit: read.split, splitCost: read.cost } : report;
}
