// From a position QuickJS reports (in the transpiled, instrumented code) back to the
// student's own line and column.
import { SourceMap } from './source-map.ts';
import { uninstrumentedColumn, type InstrumentedCode } from './throw-sites.ts';
import type { SourcePosition } from './types.ts';

/** The name QuickJS knows the student's file by; messages use the real filename. */
export const ENGINE_FILENAME = 'student.js';
/** The name of the sandbox's own code in QuickJS (the prelude, the console's formatter). */
export const PRELUDE_FILENAME = '<sandbox>';

export class PositionMap {
  constructor(
    private readonly instrumented: InstrumentedCode,
    private readonly sourceMap: SourceMap,
  ) {}

  /** A QuickJS position (1-based line and column); undefined inside code esbuild added. */
  fromEngine(line: number, col: number): SourcePosition | undefined {
    return this.sourceMap.originalPosition(line, uninstrumentedColumn(this.instrumented, line, Math.max(0, col - 1)));
  }

  /** Where the `throw` statement with this site number is in the student's file. */
  ofThrowSite(site: number): SourcePosition | undefined {
    const position = this.instrumented.sites[site];
    return position && this.sourceMap.originalPosition(position.line, position.column);
  }

  /** The innermost frame of a QuickJS stack trace that is in the student's file. */
  fromStack(stack: string): SourcePosition | undefined {
    const frame = new RegExp(`${ENGINE_FILENAME.replace('.', '\\.')}:(\\d+)(?::(\\d+))?`, 'g');
    for (const match of stack.matchAll(frame)) {
      const position = this.fromEngine(Number(match[1]), Number(match[2] ?? 1));
      if (position) return position;
    }
    return undefined;
  }
}
