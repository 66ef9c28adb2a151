// One sandbox worker thread and the job it is running, with the host's watchdog: once the job
// has had its time limit plus a grace period, the worker is terminated, whatever it is doing
// (some QuickJS built-ins never check the interrupt handler). Where the worker thread's CPU
// time can be read, that time is CPU time, as for the job's own clock (job-clock.ts): a job
// held up by a busy machine, even one its worker has not started yet, is never killed for it.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { nextDeadline } from './job-clock.ts';
import { STEP_MARKS, type Progress, type RawCallOutcome, type RawLoadFailure, type WorkerData, type WorkerJob, type WorkerMessage } from './protocol.ts';
import { ThreadCpu } from './thread-cpu.ts';
import { RETIRE_ABOVE_BYTES } from './wasm-memory.ts';

export interface SlotRun {
  /** done: the worker finished the job; killed: the watchdog ended it; crashed: the worker died. */
  readonly ending: 'done' | 'killed' | 'crashed';
  readonly loaded: boolean;
  /** The outcomes received, by call index (fewer than the calls when the worker did not finish). */
  readonly calls: readonly RawCallOutcome[];
  readonly load?: RawLoadFailure;
  readonly unexported: readonly string[];
  readonly console: string;
  /** The same output split by when it was printed. */
  readonly printedAtLoad: string;
  readonly printedByCall: readonly string[];
  readonly consoleTruncated: boolean;
  readonly cpuMs: number;
  /** Whether the job's time was counted in CPU time (job-clock.ts), so that a timeout is the job's own. */
  readonly cpuTimed: boolean;
  /** Killed with steps done that it had not reported: their results are lost. */
  readonly lostSteps?: boolean;
  readonly crash?: { readonly message: string; readonly memory: boolean };
  /** The worker must be replaced (it is dead, or its memory grew). */
  readonly retire: boolean;
}

interface ActiveJob {
  readonly id: number;
  readonly calls: RawCallOutcome[];
  loaded: boolean;
  console: string;
  printedAtLoad: string;
  readonly printedByCall: string[];
  readonly unexported: string[];
  crash?: { message: string; memory: boolean };
  readonly started: number;
  readonly limitMs: number;
  readonly graceMs: number;
  timer: NodeJS.Timeout;
  readonly resolve: (run: SlotRun) => void;
}

const WORKER_STACK_MB = 16;
const WORKER_HEAP_MB = 128;
/**
 * The worker's young generation. Its JavaScript makes little that lives (QuickJS's heap is
 * WebAssembly memory, not V8's), and V8's default of up to 48 MB per thread was most of a
 * worker's heap: with 12 MB a worker's heap peaks at about 21 MB instead of 46 (BENCHMARKS.md).
 */
const WORKER_YOUNG_MB = 12;

export class WorkerSlot {
  busy = false;
  alive = true;
  /** Whether the worker ever became ready (a worker that cannot start is not restarted in a loop). */
  started = false;
  /** Resolves to undefined once the worker can take jobs, or to why it could not start. */
  readonly ready: Promise<string | undefined>;
  private readonly worker: Worker;
  private readonly reports: MessagePort;
  private readonly marks = new Int32Array(new SharedArrayBuffer(STEP_MARKS.length * Int32Array.BYTES_PER_ELEMENT));
  private threadCpu = ThreadCpu.open(undefined);
  private current: ActiveJob | undefined;
  private nextId = 1;
  private markReady: (problem: string | undefined) => void = () => undefined;

  constructor(
    readonly memoryMb: number,
    workerPath: string,
    private readonly onDeath: (slot: WorkerSlot) => void,
    options: { readonly wasmModule?: object; readonly cpuTime: boolean },
  ) {
    const { wasmModule, cpuTime } = options;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    const channel = new MessageChannel();
    this.reports = channel.port1;
    const workerData: WorkerData = { memoryMb, reports: channel.port2, marks: this.marks.buffer as SharedArrayBuffer, cpuTime, ...(wasmModule ? { wasmModule } : {}) };
    this.worker = new Worker(workerPath, {
      workerData,
      transferList: [channel.port2],
      resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    this.reports.on('message', (message: WorkerMessage) => this.receive(message));
    this.reports.unref();
    this.worker.on('error', (error: Error & { code?: string }) => this.die(`${error.name}: ${error.message}`, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    this.worker.on('exit', (code) => this.die(`the sandbox worker exited (code ${code})`, false));
  }

  /** Runs the job; the watchdog ends it `graceMs` after its time is up. */
  run(job: Omit<WorkerJob, 'id'>, graceMs: number): Promise<SlotRun> {
    return this.ready.then((problem) => {
      if (problem !== undefined || !this.alive) return crashedRun(problem ?? 'the sandbox worker stopped', false);
      return new Promise<SlotRun>((resolve) => {
        const id = this.nextId++;
        const limitMs = job.limits.timeMs;
        const timer = setTimeout(() => this.watch(), limitMs + graceMs);
        const started = performance.now();
        this.current = { id, calls: [], loaded: false, console: '', printedAtLoad: '', printedByCall: [], unexported: [], started, limitMs, graceMs, timer, resolve };
        this.worker.ref();
        this.worker.postMessage({ ...job, id } satisfies WorkerJob);
      });
    });
  }

  terminate(): Promise<void> {
    this.alive = false;
    this.reports.close();
    this.threadCpu.close();
    return this.worker.terminate().then(
      () => undefined,
      () => undefined,
    );
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'ready') {
      if (!this.current) this.worker.unref();
      this.started = true;
      this.threadCpu = ThreadCpu.open(message.statPath);
      this.markReady(undefined);
      return;
    }
    const job = this.current;
    if (message.type === 'fatal') {
      if (job) job.crash = { message: message.message, memory: message.memory };
      return;
    }
    if (!job || message.id !== job.id) return;
    absorb(job, message);
    if (message.type === 'done') {
      job.console += message.console;
      this.finish(job, {
        ending: 'done',
        loaded: job.loaded,
        calls: job.calls,
        ...(message.load ? { load: message.load } : {}),
        unexported: job.unexported,
        console: job.console,
        printedAtLoad: job.loaded ? job.printedAtLoad : job.console,
        printedByCall: job.printedByCall,
        consoleTruncated: message.consoleTruncated,
        cpuMs: message.cpuMs,
        cpuTimed: this.cpuAtStart(job) !== undefined,
        retire: !message.healthy || message.wasmBytes > RETIRE_ABOVE_BYTES,
      });
    }
  }

  /** The watchdog's timer: the job's time plus grace is over, or the job has not yet had its time in CPU. */
  private watch(): void {
    // On a busy machine the timer and the worker's last messages can be due together: read
    // what already arrived first, so that a job that did finish is not called killed.
    for (let next = receiveMessageOnPort(this.reports); next; next = receiveMessageOnPort(this.reports)) {
      this.receive(next.message as WorkerMessage);
    }
    const job = this.current;
    if (!job) return;
    const now = performance.now();
    const next = this.lookAgainAt(job, now);
    if (next !== undefined) {
      job.timer = setTimeout(() => this.watch(), next - now);
      return;
    }
    const cpuTimed = this.cpuAtStart(job) !== undefined;
    const lostSteps = this.lostSteps(job);
    void this.terminate();
    this.finish(job, { ...partialRun(job), cpuTimed, lostSteps, ending: 'killed' });
  }

  /** When to look at the job again, or undefined when it has had its time and grace (in CPU time where that can be read). */
  private lookAgainAt(job: ActiveJob, now: number): number | undefined {
    const cpuNow = this.threadCpu.read();
    // A worker with a CPU clock that has not started the job yet has used none of its time.
    if (cpuNow !== undefined && Atomics.load(this.marks, STEP_MARKS.id) !== job.id) return now + job.limitMs;
    return nextDeadline(now, job.limitMs + job.graceMs, this.cpuAtStart(job), cpuNow, this.threadCpu.stepMs);
  }

  /** The worker thread's CPU time when the job started, as the worker marked it; undefined where it cannot be read. */
  private cpuAtStart(job: ActiveJob): number | undefined {
    if (Atomics.load(this.marks, STEP_MARKS.id) !== job.id) return undefined;
    const cpu = Atomics.load(this.marks, STEP_MARKS.cpuAtStart);
    return cpu < 0 ? undefined : cpu;
  }

  /** Whether the worker's marks show steps of the job it never reported; a load it did not report is taken from them when nothing else was lost. */
  private lostSteps(job: ActiveJob): boolean {
    const mark = (key: keyof typeof STEP_MARKS) => Atomics.load(this.marks, STEP_MARKS[key]);
    if (mark('id') !== job.id) return !job.loaded;
    const lost = mark('calls') !== job.calls.length || mark('consoleChars') !== job.console.length || (mark('loaded') === 0 && job.loaded);
    if (!lost && mark('loaded') === 1 && !job.loaded) job.loaded = true;
    return lost;
  }

  private die(message: string, memory: boolean): void {
    const wasAlive = this.alive;
    this.alive = false;
    this.threadCpu.close();
    this.markReady(message);
    const job = this.current;
    if (job) this.finish(job, { ...partialRun(job), ending: 'crashed', crash: job.crash ?? { message, memory } });
    if (wasAlive) this.onDeath(this);
  }

  private finish(job: ActiveJob, run: SlotRun): void {
    clearTimeout(job.timer);
    this.current = undefined;
    if (this.alive) this.worker.unref();
    job.resolve(run);
  }
}

/** Adds what a report says was done to the job. */
function absorb(job: ActiveJob, progress: Progress): void {
  if (progress.printedAtLoad !== undefined) {
    job.loaded = true;
    job.printedAtLoad = progress.printedAtLoad;
    job.console += progress.printedAtLoad;
  }
  for (const call of progress.calls) {
    job.calls[call.index] = call.outcome;
    job.printedByCall[call.index] = call.console;
    job.console += call.console;
  }
  job.unexported.push(...progress.unexported);
}

/** What arrived before the worker was killed or died; the worker is replaced. */
function partialRun(job: ActiveJob): SlotRun {
  return {
    ending: 'crashed',
    loaded: job.loaded,
    calls: job.calls,
    unexported: job.unexported,
    console: job.console,
    printedAtLoad: job.printedAtLoad,
    printedByCall: job.printedByCall,
    consoleTruncated: false,
    cpuMs: performance.now() - job.started,
    cpuTimed: false,
    retire: true,
  };
}

function crashedRun(message: string, memory: boolean): SlotRun {
  return {
    ending: 'crashed',
    loaded: false,
    calls: [],
    unexported: [],
    console: '',
    printedAtLoad: '',
    printedByCall: [],
    consoleTruncated: false,
    cpuMs: 0,
    cpuTimed: false,
    retire: true,
    crash: { message, memory },
  };
}
