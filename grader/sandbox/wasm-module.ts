// QuickJS's WebAssembly module, compiled once per process and handed to every sandbox worker
// (a compiled module is shared between threads, with the machine code V8 makes of it). Each
// worker would otherwise compile and optimise the same 500 KB of WebAssembly again, which
// costs far more CPU than the jobs of a short-lived worker (see BENCHMARKS.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A WebAssembly.Module (the project's `lib` declares no WebAssembly). */
export type WasmModule = object;
type WasmModuleConstructor = new (bytes: Uint8Array) => WasmModule;
const Module = (globalThis as unknown as { WebAssembly: { Module: WasmModuleConstructor } }).WebAssembly.Module;

let compiled: WasmModule | undefined;

export function quickjsWasmModule(): WasmModule {
  if (!compiled) {
    const path = createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm');
    compiled = new Module(readFileSync(path));
  }
  return compiled;
}
