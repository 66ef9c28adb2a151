// The bench's CPU split, read from outside the measured process: its main thread, a worker
// thread that names itself as the sandbox's do, a thread that ends between two readings,
// and child processes (one waited for, one still alive at the end), each by its own CPU.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { watchCpu } from '../../bench/cpu-split.ts';

/** Burns `ms` of the calling thread's own CPU time (read from /proc/thread-self/stat, in 10 ms ticks). */
const BURN = `const burn = (ms) => {
  const cpu = () => { const t = require('node:fs').readFileSync('/proc/thread-self/stat', 'latin1'); const f = t.slice(t.lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
  const start = cpu();
  while (cpu() - start < ms);
};`;

/** The measured process: idle until told `go` (or `idle`), then it burns CPU in each place and reports its own CPU; it exits when told to. */
const MEASURED = `
const { Worker } = require('node:worker_threads');
const { spawn } = require('node:child_process');
${BURN}
const said = [];
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => said.push(line));
const next = () => new Promise((resolve) => { const wait = () => (said.length ? resolve(said.shift()) : setTimeout(wait, 5)); wait(); });
const childBurns = (ms, linger) => spawn(process.execPath, ['-e', ${JSON.stringify(BURN)} + 'burn(' + ms + '); setTimeout(() => {}, ' + linger + ');'], { stdio: 'ignore' });
(async () => {
  console.log('ready');
  const mode = await next();
  const before = process.resourceUsage();
  let alive;
  if (mode === 'go') {
    const sandbox = new Worker(${JSON.stringify(BURN)} + "require('node:fs').writeFileSync('/proc/thread-self/comm', 'grader-sandbox'); burn(300); require('node:worker_threads').parentPort.postMessage('done'); setInterval(() => {}, 1000);", { eval: true });
    const shortLived = new Worker(${JSON.stringify(BURN)} + 'burn(200);', { eval: true });
    const waited = childBurns(400, 0);
    alive = childBurns(150, 60000);
    const ends = [new Promise((resolve) => sandbox.once('message', resolve)), new Promise((resolve) => shortLived.once('exit', resolve)), new Promise((resolve) => waited.once('exit', resolve))];
    burn(200);
    await Promise.all(ends);
    // The child still alive has burnt its CPU by now, and the sandbox thread has been read since.
    await new Promise((resolve) => setTimeout(resolve, 400));
  } else {
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  const after = process.resourceUsage();
  console.log('done ' + ((after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000));
  await next();
  alive?.kill();
  process.exit(0);
})();
`;

/** Runs the measured process with `mode`, watched from here every `everyMs`; gives the split and the process's own CPU figure. */
async function measure(mode: 'go' | 'idle', everyMs: number) {
  const child = spawn(process.execPath, ['-e', MEASURED], { stdio: ['pipe', 'pipe', 'inherit'] });
  const watch = watchCpu(child.pid!, everyMs);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe('ready');
  watch.start();
  child.stdin.write(`${mode}\n`);
  const done = String((await lines.next()).value);
  const read = watch.stop();
  child.stdin.end('exit\n');
  await new Promise((resolve) => child.once('exit', resolve));
  return { ...read, ownMs: Number(done.split(' ')[1]) };
}

describe.runIf(process.platform === 'linux')('watchCpu', () => {
  it('counts the main thread, a named sandbox thread, an ended thread and child processes apart, from outside', async () => {
    const { split, ownMs } = await measure('go', 50);
    expect(split.mainThreadMs).toBeGreaterThanOrEqual(180);
    expect(split.sandboxWorkersMs).toBeGreaterThanOrEqual(280);
    expect(split.gradeWorkersMs).toBe(0);
    // The short-lived thread's 200 ms: read while it ran (its name is Node's default), or after it ended.
    expect(split.otherThreadsMs! + split.endedThreadsMs!).toBeGreaterThanOrEqual(180);
    // One child waited for (400 ms, in the process's cutime) and one alive at the end (150 ms).
    expect(split.childProcessesMs).toBeGreaterThanOrEqual(530);
    // The threads' figures and the ended remainder add up to the process's own CPU (10 ms ticks per thread aside).
    const threads = split.mainThreadMs! + split.gradeWorkersMs! + split.sandboxWorkersMs! + split.otherThreadsMs! + split.endedThreadsMs!;
    expect(Math.abs(threads - ownMs)).toBeLessThan(120);
  });

  it('costs the watched process nothing: an idle process read every 10 ms shows no CPU of its own', async () => {
    const { split, cost } = await measure('idle', 10);
    expect(cost.readings).toBeGreaterThan(5);
    expect(cost.cpuMs).toBeGreaterThan(0);
    expect(split.mainThreadMs).toBeLessThanOrEqual(20);
  });

  it('gives an empty split for a process that ended before its last reading', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 100)']);
    const watch = watchCpu(child.pid!, 20);
    watch.start();
    await new Promise((resolve) => child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watch.stop().split).toEqual({});
  });
});
