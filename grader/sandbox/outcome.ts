// From what a worker reported (engine positions, raw thrown values) to the public outcome:
// positions in the student's file, thrown values in words, console output escaped.
import { escapeConsole } from './display.ts';
import type { PositionMap } from './positions.ts';
import type { RawCallOutcome, RawThrown } from './protocol.ts';
import { isSyntaxError, thrownMessage } from './thrown-message.ts';
import type { CallOutcome, SandboxOutcome, SandboxTiming, SourcePosition } from './types.ts';
import type { SlotRun } from './worker-slot.ts';

export function assembleOutcome(run: SlotRun, positions: PositionMap, callCount: number, timing: SandboxTiming): SandboxOutcome {
  const base = { console: escapeConsole(run.console), consoleTruncated: run.consoleTruncated, timing };
  const memoryCrash = run.ending === 'crashed' && run.crash?.memory === true;
  if (run.ending === 'crashed' && !memoryCrash) {
    return { ...base, kind: 'crashed', message: run.crash?.message ?? 'the sandbox worker stopped' };
  }
  // Killed by the watchdog or out of memory before the file finished loading.
  if (run.ending !== 'done' && !run.loaded) return { ...base, ...(memoryCrash ? { kind: 'memory' } : { kind: 'timeout' }), phase: 'load' };
  if (run.load?.kind === 'timeout' || run.load?.kind === 'memory') return { ...base, kind: run.load.kind, phase: 'load' };
  if (run.load?.kind === 'threw') {
    const thrown = run.load.thrown;
    const at = positionOf(thrown, positions);
    if (isSyntaxError(thrown)) return { ...base, kind: 'syntax-error', message: thrownMessage(thrown), line: at?.line ?? 1, col: at?.col ?? 1 };
    return { ...base, kind: 'load-error', message: thrownMessage(thrown), ...(at ?? {}) };
  }
  // What did not arrive stopped with the worker: on time, or on memory.
  const missing: CallOutcome = { kind: memoryCrash ? 'memory' : 'timeout' };
  const calls = Array.from({ length: callCount }, (_, i) => {
    const raw = run.calls[i];
    return raw ? publicCall(raw, positions) : missing;
  });
  const printedByCall = Array.from({ length: callCount }, (_, i) => escapeConsole(run.printedByCall[i] ?? ''));
  return { ...base, kind: 'ran', calls, unexported: run.unexported, printedAtLoad: escapeConsole(run.printedAtLoad), printedByCall };
}

function publicCall(raw: RawCallOutcome, positions: PositionMap): CallOutcome {
  if (raw.kind !== 'threw') return raw;
  return { kind: 'threw', message: thrownMessage(raw.thrown), ...(positionOf(raw.thrown, positions) ?? {}) };
}

/** Where it was thrown: the innermost frame in the student's file, else the last `throw` that ran. */
function positionOf(thrown: RawThrown, positions: PositionMap): SourcePosition | undefined {
  const fromStack = thrown.stack ? positions.fromStack(thrown.stack) : undefined;
  if (fromStack) return fromStack;
  return thrown.site >= 0 ? positions.ofThrowSite(thrown.site) : undefined;
}
