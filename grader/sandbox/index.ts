// The sandbox: students' TypeScript and JavaScript run in QuickJS (WebAssembly) inside
// worker threads, under time, memory and output limits.
export { SandboxPool, type SandboxPoolOptions, type SandboxPoolStats } from './pool.ts';
export { quickjsWasmModule, type WasmModule } from './wasm-module.ts';
export { DEFAULT_LIMITS, MAX_LIMITS, resolveLimits } from './limits.ts';
export { decodeSource, DEFAULT_MAX_SOURCE_BYTES, type DecodedSource } from './source.ts';
export { describeKind, displayNumber, displayValue, escapeConsole } from './display.ts';
export type {
  CallOutcome,
  PlainValue,
  SandboxCall,
  SandboxJob,
  SandboxLimits,
  SandboxOutcome,
  SandboxOutcomeKind,
  SandboxTiming,
  SourcePosition,
} from './types.ts';
