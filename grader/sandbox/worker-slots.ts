// The workers of a sandbox pool and the jobs waiting for one: an idle worker sized for the
// job's memory, else a new one while the pool has room, else an idle worker of another size
// is replaced (a worker's memory maximum is fixed at start). A second run (pool.ts) waits
// until no other job runs and keeps the pool to itself. Workers that died, were killed or
// whose memory grew are replaced, their successor started at once.
import type { WorkerJob } from './protocol.ts';
import { quickjsWasmModule, type WasmModule } from './wasm-module.ts';
import { WorkerSlot, type SlotRun } from './worker-slot.ts';

export interface SandboxPoolStats {
  /** Workers started, including replacements. */
  readonly started: number;
  /** Workers the watchdog terminated. */
  readonly killed: number;
  /** Workers replaced because they died or their memory grew. */
  readonly replaced: number;
}

interface Waiter {
  readonly memoryMb: number;
  /** A second run, which waits until no other job runs, and keeps the pool to itself. */
  readonly alone: boolean;
  readonly resolve: (slot: WorkerSlot | undefined) => void;
}

export interface WorkerSlotsOptions {
  readonly size: number;
  readonly workerPath: string;
  readonly wasmModule?: WasmModule;
  readonly cpuTime: boolean;
}

export class WorkerSlots {
  private wasmModule: WasmModule | undefined;
  private slots: WorkerSlot[] = [];
  private readonly waiting: Waiter[] = [];
  private closed = false;
  private runningAlone = false;
  private readonly counts = { started: 0, killed: 0, replaced: 0 };

  constructor(private readonly options: WorkerSlotsOptions) {
    this.wasmModule = options.wasmModule;
  }

  /** Runs the job on a worker (alone among the workers for a second run); undefined once closed. */
  async run(work: Omit<WorkerJob, 'id'>, graceMs: number, alone: boolean): Promise<{ run: SlotRun; queueMs: number; runMs: number } | undefined> {
    const asked = performance.now();
    const slot = await this.acquire(work.limits.memoryMb, alone);
    await slot?.ready;
    const queued = performance.now();
    if (!slot) return undefined;
    const run = await slot.run(work, graceMs);
    if (run.ending === 'killed') this.counts.killed++;
    this.release(slot, run.retire, alone);
    return { run, queueMs: queued - asked, runMs: performance.now() - queued };
  }

  /** Starts workers for jobs of `memoryMb` until the pool is full. */
  fill(memoryMb: number): void {
    if (this.closed) return;
    while (this.slots.length < this.options.size) this.spawn(memoryMb);
  }

  /** Terminates every worker; jobs still waiting for one get none. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.resolve(undefined);
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((slot) => slot.terminate()));
  }

  stats(): SandboxPoolStats {
    return { ...this.counts };
  }

  private acquire(memoryMb: number, alone: boolean): Promise<WorkerSlot | undefined> {
    if (this.closed) return Promise.resolve(undefined);
    if (!alone && !this.runningAlone && this.waiting.length === 0) {
      const slot = this.take(memoryMb);
      if (slot) return Promise.resolve(slot);
    }
    return new Promise((resolve) => {
      // Second runs go ahead of the other waiting jobs, in their own order.
      const at = alone ? this.waiting.filter((waiter) => waiter.alone).length : this.waiting.length;
      this.waiting.splice(at, 0, { memoryMb, alone, resolve });
      this.dispatch();
    });
  }

  /**
   * An idle worker sized for `memoryMb`; else a new one while the pool has room; else an
   * idle worker of another size is replaced (a worker's memory maximum is fixed at start).
   */
  private take(memoryMb: number): WorkerSlot | undefined {
    const idle = this.slots.filter((slot) => !slot.busy && slot.alive);
    let slot = idle.find((candidate) => candidate.memoryMb === memoryMb);
    if (!slot && this.slots.length >= this.options.size && idle[0]) this.remove(idle[0]);
    if (!slot && this.slots.length < this.options.size) slot = this.spawn(memoryMb);
    if (slot) slot.busy = true;
    return slot;
  }

  private release(slot: WorkerSlot, retire: boolean, alone: boolean): void {
    slot.busy = false;
    if (alone) this.runningAlone = false;
    if (retire || !slot.alive) this.replace(slot);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.runningAlone) {
      const next = this.waiting[0]!;
      if (next.alone && this.slots.some((slot) => slot.busy)) return;
      const slot = this.take(next.memoryMb);
      if (!slot) return;
      this.waiting.shift();
      if (next.alone) this.runningAlone = true;
      next.resolve(slot);
    }
  }

  private spawn(memoryMb: number): WorkerSlot {
    this.wasmModule ??= quickjsWasmModule();
    const slot = new WorkerSlot(
      memoryMb,
      this.options.workerPath,
      (dead) => {
        if (!dead.busy) this.replace(dead);
      },
      { wasmModule: this.wasmModule, cpuTime: this.options.cpuTime },
    );
    this.counts.started++;
    this.slots.push(slot);
    return slot;
  }

  /** Retires a worker and starts its successor now, so that the next job does not wait for it. */
  private replace(slot: WorkerSlot): void {
    if (!this.slots.includes(slot)) return;
    this.remove(slot);
    this.counts.replaced++;
    if (!this.closed && slot.started && this.waiting.length === 0) this.spawn(slot.memoryMb);
    this.dispatch();
  }

  private remove(slot: WorkerSlot): void {
    this.slots = this.slots.filter((other) => other !== slot);
    if (slot.alive) void slot.terminate();
  }
}
