// Stripping types with esbuild (no type check) and turning ES modules into CommonJS, so
// that `export function f` and `module.exports = { f }` both end up on `module.exports`.
// esbuild reformats the code, so positions go back through its source map.
import { transform, type Message, type TransformOptions } from 'esbuild';
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
  try {
    const result = await transform(source, options);
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
