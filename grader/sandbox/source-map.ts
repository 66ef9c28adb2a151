// Reading esbuild's source map (version 3, one source): from a position in the generated
// code back to the student's own line and column.
import type { SourcePosition } from './types.ts';

interface Segment {
  /** 0-based column in the generated line. */
  readonly column: number;
  /** 0-based line and column in the source. */
  readonly sourceLine: number;
  readonly sourceColumn: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

export class SourceMap {
  private decoded: readonly (readonly Segment[])[] | undefined;

  private constructor(private readonly json: string) {}

  /**
   * A source map from its JSON; its `mappings` are decoded the first time a position is
   * asked for (only a file that throws or fails to load needs one). Anything unreadable maps nothing.
   */
  static fromJson(json: string): SourceMap {
    return new SourceMap(json);
  }

  private get lines(): readonly (readonly Segment[])[] {
    if (this.decoded === undefined) {
      try {
        const mappings = (JSON.parse(this.json) as { mappings?: unknown }).mappings;
        this.decoded = typeof mappings === 'string' ? decodeMappings(mappings) : [];
      } catch {
        this.decoded = [];
      }
    }
    return this.decoded;
  }

  /**
   * The source position of a generated one (1-based line, 0-based column), from the last
   * segment at or before that column; undefined for code esbuild added (its helpers).
   */
  originalPosition(line: number, column: number): SourcePosition | undefined {
    const segments = this.lines[line - 1];
    if (!segments || segments.length === 0) return undefined;
    let best: Segment | undefined;
    for (const segment of segments) {
      if (segment.column > column) break;
      best = segment;
    }
    best ??= segments[0]!;
    return { line: best.sourceLine + 1, col: best.sourceColumn + 1 };
  }
}

function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const lineText of mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (segmentText === '') continue;
      const fields = decodeVlq(segmentText);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceLine += fields[2]!;
        sourceColumn += fields[3]!;
        segments.push({ column, sourceLine, sourceColumn });
      }
    }
    segments.sort((a, b) => a.column - b.column);
    lines.push(segments);
  }
  return lines;
}

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) return values;
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  return values;
}
