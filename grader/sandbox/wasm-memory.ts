// The WebAssembly memory of a worker's QuickJS. QuickJS's own memory limit counts only
// single allocations in this build (emscripten gives it no malloc_usable_size), so a loop
// of small allocations would grow the heap without bound: the real limit is the maximum
// size of the WebAssembly memory, where malloc fails and QuickJS throws "out of memory".
const PAGE_BYTES = 64 * 1024;

/** The part of WebAssembly.Memory used here (the project's `lib` declares no WebAssembly). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
type WasmMemoryConstructor = new (descriptor: { initial: number; maximum: number }) => WasmMemory;
const Memory = (globalThis as unknown as { WebAssembly: { Memory: WasmMemoryConstructor } }).WebAssembly.Memory;
const MB = 1024 * 1024;

/** The module's own initial memory (its static data, stack and a first heap). */
export const INITIAL_BYTES = 16 * MB;

/** Memory for a worker whose jobs may use `memoryMb` of heap. */
export function createWasmMemory(memoryMb: number): WasmMemory {
  return new Memory({ initial: INITIAL_BYTES / PAGE_BYTES, maximum: ceilingBytes(memoryMb) / PAGE_BYTES });
}

export function ceilingBytes(memoryMb: number): number {
  return INITIAL_BYTES + Math.ceil(memoryMb) * MB;
}

/** Whether the memory has grown to (nearly) its maximum: a failed allocation was likely. */
export function isNearlyFull(memory: WasmMemory, memoryMb: number): boolean {
  return memory.buffer.byteLength >= ceilingBytes(memoryMb) - MB;
}

/** A worker whose memory grew past this has its freed heap kept by WebAssembly: replace it. */
export const RETIRE_ABOVE_BYTES = INITIAL_BYTES + 16 * MB;
