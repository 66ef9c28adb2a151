// Stripping types with esbuild (no type check) and turning ES modules into CommonJS, so
// that `export function f` and `module.exports = { f }` both end up on `module.exports`.
// esbuild reformats the code, so positions go back through its source map.
import { stop, transform, type Message, type TransformOptions } from 'esbuild';
import { findDeepNesting, MAX_NESTING } from './nesting.ts';
import { ENGINE_FILENAME, PositionMap } from './positions.ts';
import { SourceMap } from './source-map.ts';
import { instrumentThrows } from './throw-sites.ts';

export type Transpiled =
  | { readonly ok: true; readonly code: string; readonly positions: PositionMap }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly col: number };

const TYPESCRIPT = /\.(?:ts|mts|cts)$/i;

export function isTypeScript(filename: string): boolean {
  return TYPESCRIPT.test(filename);
}

export async function transpile(source: string, filename: string): Promise<Transpiled> {
  const options: TransformOptions = {
    loader: isTypeScript(filename) ? 'ts' : 'js',
    format: 'cjs',
    target: 'es2022',
    // `import('fs')` becomes a `require` call, which fails with the sandbox's own message.
    supported: { 'dynamic-import': false },
    sourcemap: 'external',
    sourcefile: ENGINE_FILENAME,
    logLevel: 'silent',
  };
  const deep = findDeepNesting(source);
  if (deep) return { ok: false, message: `brackets nested more than ${MAX_NESTING} deep`, ...deep };
  try {
    const result = await transformWithRestart(source, options);
    const instrumented = instrumentThrows(result.code);
    return { ok: true, code: instrumented.code, positions: new PositionMap(instrumented, SourceMap.fromJson(result.map)) };
  } catch (failure: unknown) {
    const first = (failure as { errors?: Message[] }).errors?.[0];
    if (!first) throw failure;
    return {
      ok: false,
      message: first.text,
      line: first.location?.line ?? 1,
      col: (first.location?.column ?? 0) + 1,
    };
  }
}

/**
 * esbuild runs as one service process; if it died (whatever killed it), every later call
 * would fail. A failure that is not a compile error stops the dead service, so that the
 * next call starts a new one, and is tried once more.
 */
async function transformWithRestart(source: string, options: TransformOptions) {
  try {
    return await transform(source, options);
  } catch (failure: unknown) {
    if ((failure as { errors?: Message[] }).errors?.length) throw failure;
    await stop();
    try {
      return await transform(source, options);
    } catch (again: unknown) {
      if (!(again as { errors?: Message[] }).errors?.length) await stop();
      throw again;
    }
  }
}
