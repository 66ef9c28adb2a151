import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Value } from '../../reference/index.ts';
import { DEFAULT_LIMITS, SandboxPool, type SandboxLimits, type SandboxOutcome } from '../../grader/sandbox/index.ts';

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ size: 2, graceMs: 300 });
});
afterAll(() => pool.close());

// Generous, so that only a real loop times out on a busy machine; tests of timeouts set their own.
const LIMITS: SandboxLimits = { ...DEFAULT_LIMITS, timeMs: 3000 };
const QUICK = { timeMs: 400 };

function run(source: string, calls: [string, ...Value[]][] = [['f', 1]], options: { filename?: string; limits?: Partial<SandboxLimits> } = {}) {
  return pool.run({
    source,
    filename: options.filename ?? 'solution.ts',
    calls: calls.map(([exportName, ...args]) => ({ exportName, args })),
    limits: { ...LIMITS, ...options.limits },
  });
}

function ran(outcome: SandboxOutcome): Extract<SandboxOutcome, { kind: 'ran' }> {
  if (outcome.kind !== 'ran') throw new Error(`expected the file to run, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const returned = (outcome: SandboxOutcome) => ran(outcome).calls.map((c) => (c.kind === 'returned' ? c.value : c));

describe('loading a student file', () => {
  it.each([
    ['export function', 'export function f(x: number): number { return x * 2; }'],
    ['export const arrow', 'export const f = (x: number) => x * 2;'],
    ['module.exports object', 'module.exports = { f: (x) => x * 2 };'],
    ['exports.f', 'exports.f = function (x) { return x * 2; };'],
    ['export default object', 'export default { f: (x: number) => x * 2 };'],
    ['export default function of that name', 'export default function f(x: number) { return x * 2; }'],
    ['export list', 'function double(x) { return x * 2; }\nexport { double as f };'],
  ])('finds the function from %s', async (_name, source) => {
    expect(returned(await run(source, [['f', 21]]))).toEqual([{ type: 'number', value: 42 }]);
  });

  it('grades a top-level function that is not exported, and says so', async () => {
    const outcome = ran(await run('function f(x) { return x + 1; }', [['f', 1]], { filename: 'solution.js' }));
    expect(outcome.calls).toEqual([{ kind: 'returned', value: { type: 'number', value: 2 } }]);
    expect(outcome.unexported).toEqual(['f']);
  });

  it('reports a missing export, and an export that is not a function', async () => {
    expect(ran(await run('export const g = 1;', [['f', 1]])).calls).toEqual([{ kind: 'missing-export', exportName: 'f', exported: ['g'] }]);
    expect(ran(await run('const g = 1;', [['f', 1]])).calls).toEqual([{ kind: 'missing-export', exportName: 'f' }]);
    expect(ran(await run('export const f = 1;', [['f', 1]])).calls).toEqual([{ kind: 'missing-export', exportName: 'f', found: 'number' }]);
  });

  it('lists the names a file exports for a function it does not have, and nothing when they cannot be read', async () => {
    const names = "module.exports = { tanh_layer: (x) => x, 'not a name': 1, Softmax: 2 };";
    expect(ran(await run(names, [['tanhLayer', 1]])).calls).toEqual([{ kind: 'missing-export', exportName: 'tanhLayer', exported: ['tanh_layer', 'Softmax'] }]);
    const trap = "module.exports = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });";
    expect(ran(await run(trap, [['f', 1]])).calls).toEqual([{ kind: 'missing-export', exportName: 'f' }]);
  });

  it.each([
    ['TypeScript, a missing operand', 'solution.ts', 'interface P {\n  x: number;\n}\nexport function f(x: number) {\n  return x +;\n}', 5, 13],
    ['JavaScript, an unclosed brace', 'solution.js', 'export function f(x) {\n  return x;\n', 3, 1],
    ['types in a .js file', 'solution.js', '\nexport function f(x: number) { return x; }', 2, 20],
  ])('reports a syntax error in %s at its line and column', async (_name, filename, source, line, col) => {
    expect(await run(source, [['f', 1]], { filename })).toMatchObject({ kind: 'syntax-error', line, col });
  });

  it('reports an error thrown while loading, with its line', async () => {
    const outcome = await run('type T = number;\n\nconst table: T[] = [];\ntable.get(0);\nexport const f = (x: number) => x;');
    expect(outcome).toMatchObject({ kind: 'load-error', line: 4 });
    expect(outcome.kind === 'load-error' && outcome.message).toMatch(/^TypeError: /);
  });

  it('turns an import into a clean message', async () => {
    const outcome = await run("import { readFileSync } from 'node:fs';\nexport const f = () => readFileSync('/etc/passwd', 'utf8');");
    expect(outcome).toMatchObject({ kind: 'load-error', line: 1 });
    expect(outcome.kind === 'load-error' && outcome.message).toContain('imports are not available in the sandbox');
  });
});

describe('reading what the function returned', () => {
  it.each<[string, string, unknown]>([
    ['NaN', 'NaN', { type: 'number', value: NaN }],
    ['−0', '-0', { type: 'number', value: -0 }],
    ['−Infinity', '-Infinity', { type: 'number', value: -Infinity }],
    ['a vector', '[0.66, 0.24, 0.1]', { type: 'array', length: 3, items: [0.66, 0.24, 0.1].map((value) => ({ type: 'number', value })) }],
    ['a typed array', 'new Float64Array([1, 2])', { type: 'array', length: 2, kind: 'Float64Array', items: [1, 2].map((value) => ({ type: 'number', value })) }],
    ['a matrix', '[[1], [2]]', { type: 'array', length: 2, items: [1, 2].map((v) => ({ type: 'array', length: 1, items: [{ type: 'number', value: v }] })) }],
    ['a string', "'0.5'", { type: 'string', text: '0.5', length: 3 }],
    ['undefined', 'undefined', { type: 'undefined' }],
    ['null', 'null', { type: 'null' }],
    ['a boolean', 'true', { type: 'boolean', value: true }],
    ['a function', '() => 1', { type: 'function' }],
    ['a Map', 'new Map()', { type: 'object', tag: 'Map' }],
    ['a BigInt', '10n ** 30n', { type: 'bigint', text: '1000000000000000000000000000000' }],
    ['a fulfilled Promise', 'Promise.resolve(0.5)', { type: 'promise', state: 'fulfilled', value: { type: 'number', value: 0.5 } }],
    ['a pending Promise', 'new Promise(() => {})', { type: 'promise', state: 'pending' }],
    ['a rejected Promise', 'Promise.reject(new RangeError("no"))', { type: 'promise', state: 'rejected', reason: 'RangeError: no' }],
    ['an object with a toJSON and a valueOf that loop', '({ toJSON() { for (;;) {} }, valueOf() { for (;;) {} } })', { type: 'object', tag: 'Object' }],
  ])('reads %s', async (_name, expression, value) => {
    expect(returned(await run(`export const f = () => ${expression};`, [['f']], { filename: 'solution.js' }))).toEqual([value]);
  });

  it('cuts a long string and says how long it was', async () => {
    const [value] = returned(await run("export const f = () => 'x'.repeat(1e6);", [['f']]));
    expect(value).toMatchObject({ type: 'string', length: 1_000_000 });
    expect(value && 'text' in value && value.text.length).toBe(1000);
  });

  it('cuts a huge array-like and keeps its length', async () => {
    const [value] = returned(await run('export const f = () => new Array(5000).fill(1);', [['f']]));
    expect(value).toMatchObject({ type: 'array', length: 5000 });
    expect(value && 'items' in value && value.items.length).toBe(1000);
  });

  it('reports an array whose getter throws as unreadable, inside the sandbox', async () => {
    const source = "export const f = () => { const a = [0]; Object.defineProperty(a, 0, { get() { throw new Error('gotcha'); } }); return a; };";
    expect(returned(await run(source, [['f']]))).toEqual([{ type: 'unreadable', reason: 'gotcha' }]);
  });

  it('reads through a student who patched every built-in the reader could use', async () => {
    const source = `
      Object.prototype.toJSON = () => 'polluted';
      Array.isArray = () => false;
      Object.prototype.toString = () => '[object Evil]';
      String.prototype.slice = () => 'evil';
      JSON.stringify = () => '{"type":"number","value":"1"}';
      Object.defineProperty(Object.prototype, 'type', { get() { return 'number'; }, set() {} });
      Object.defineProperty(Array.prototype, '0', { get() { return 7; }, set() {} });
      export const f = (x) => [x, x + 1];`;
    expect(returned(await run(source, [['f', 1]], { filename: 'solution.js' }))).toEqual([
      { type: 'array', length: 2, items: [{ type: 'number', value: 1 }, { type: 'number', value: 2 }] },
    ]);
  });

  it('passes non-finite and negative-zero arguments intact', async () => {
    const outcome = await run('export const f = (x: number, v: number[]) => [Object.is(x, -0) ? 1 : 0, ...v];', [['f', -0, [NaN, Infinity]]]);
    expect(returned(outcome)).toEqual([{ type: 'array', length: 3, items: [1, NaN, Infinity].map((value) => ({ type: 'number', value })) }]);
  });

  it('gives each call fresh arguments', async () => {
    const source = 'export const f = (v: number[]) => { v.push(99); return v.length; };';
    expect(returned(await run(source, [['f', [1, 2]], ['f', [1, 2]]]))).toEqual([{ type: 'number', value: 3 }, { type: 'number', value: 3 }]);
  });
});

describe('what a function throws', () => {
  const source = [
    'interface Unused {',
    '  a: number;',
    '}',
    'export function f(kind: number): number {',
    '  if (kind === 1) throw 42;',
    '  if (kind === 2) throw null;',
    "  if (kind === 3) throw 'x must be positive';",
    "  if (kind === 4) throw new RangeError('x must be positive');",
    "  if (kind === 5) throw { message: 'plain object' };",
    "  if (kind === 6) throw new Proxy({}, { get() { throw new Error('trap'); } });",
    '  if (kind === 7) return (null as any).x;',
    '  return 0;',
    '}',
  ].join('\n');

  it.each([
    ['a number', 1, 'threw 42 (not an Error)', 5, 19],
    ['null', 2, 'threw null', 6, 19],
    ['a string', 3, 'threw the string "x must be positive" (throw new Error(...) gives a stack trace)', 7, 19],
    // QuickJS points at the constructor call of an Error, and at the property read of a TypeError.
    ['an Error', 4, 'RangeError: x must be positive', 8, 29],
    ['a plain object', 5, 'threw an object with the message: plain object', 9, 19],
    ['a Proxy whose every property throws', 6, 'threw an object without a readable message', 10, 19],
    ['a TypeError of a built-in', 7, "TypeError: cannot read property 'x' of null", 11, 27],
  ])('reports %s with its line in the TypeScript source', async (_name, kind, message, line, col) => {
    const outcome = ran(await run(source, [['f', kind]]));
    expect(outcome.calls[0]).toEqual({ kind: 'threw', message, line, col });
  });

  it('reports runaway recursion as a stack overflow, with the line', async () => {
    const outcome = ran(await run('function down(n: number): number {\n  return down(n + 1) + 1;\n}\nexport const f = () => down(0);'));
    expect(outcome.calls[0]).toMatchObject({ kind: 'threw', message: expect.stringContaining('stack overflow'), line: 2 });
  });

  it('reads a thrown object with a looping getter under a short deadline of its own', async () => {
    const outcome = ran(await run('export const f = () => { throw { get message(): string { for (;;) {} } }; };', [['f'], ['f']]));
    expect(outcome.calls).toEqual([
      { kind: 'threw', message: expect.stringContaining('could not be read'), line: 1, col: 26 },
      { kind: 'threw', message: expect.stringContaining('could not be read'), line: 1, col: 26 },
    ]);
  });
});

describe('limits', () => {
  it('stops an endless loop and spends the budget of the whole job', async () => {
    const outcome = ran(await run('export const f = (x: number) => { if (x > 0) for (;;) {} return x; };', [['f', -1], ['f', 1], ['f', -2]], { limits: QUICK }));
    expect(outcome.calls).toEqual([{ kind: 'returned', value: { type: 'number', value: -1 } }, { kind: 'timeout' }, { kind: 'timeout' }]);
    expect(outcome.timing.cpuMs).toBeGreaterThanOrEqual(QUICK.timeMs);
  });

  it('stops code that never checks the interrupt with the watchdog, and keeps what was done', async () => {
    const source = 'export const f = (x: number) => x < 0 ? x : Array.prototype.indexOf.call({ length: 2 ** 32 - 1 }, 1);';
    const outcome = ran(await run(source, [['f', -1], ['f', 1]], { limits: QUICK }));
    expect(outcome.calls).toEqual([{ kind: 'returned', value: { type: 'number', value: -1 } }, { kind: 'timeout' }]);
  });

  it('stops an allocation loop at the memory limit', async () => {
    const outcome = ran(await run('const kept: number[][] = [];\nexport const f = () => { for (;;) kept.push(new Array(1e4).fill(1.5)); };', [['f'], ['f']]));
    expect(outcome.calls).toEqual([{ kind: 'memory' }, { kind: 'memory' }]);
  });

  it('lets a job use the memory its exercise allows', async () => {
    const source = "export const f = () => 'x'.repeat(50 * 2 ** 20).length;";
    expect(ran(await run(source, [['f']])).calls).toEqual([{ kind: 'memory' }]);
    expect(returned(await run(source, [['f']], { limits: { memoryMb: 128 } }))).toEqual([{ type: 'number', value: 50 * 2 ** 20 }]);
  });

  it('keeps console output up to the limit, escaped, and marks the cut', async () => {
    const source = "export const f = () => { console.log('a\\u001b[31mb', [1, 'two', { three: 3 }], null); for (let i = 0; i < 100; i++) console.log('x'.repeat(1000)); return 1; };";
    const outcome = ran(await run(source, [['f']], { limits: { outputKb: 4 } }));
    expect(outcome.console.startsWith('a\\u001b[31mb [ 1, "two", { three: 3 } ] null\n')).toBe(true);
    expect(outcome.console.length).toBeLessThanOrEqual(4 * 1024 + 10);
    expect(outcome.consoleTruncated).toBe(true);
    expect(outcome.calls).toEqual([{ kind: 'returned', value: { type: 'number', value: 1 } }]);
  });

  it('splits console output by when it was printed', async () => {
    const outcome = ran(await run("console.log('loading');\nexport const f = (x: number) => { console.log('call', x); return x; };", [['f', 1], ['f', 2]]));
    expect([outcome.printedAtLoad, ...outcome.printedByCall]).toEqual(['loading\n', 'call 1\n', 'call 2\n']);
  });
});

describe('isolation', () => {
  it('offers no host: process, require, timers, Date, Atomics', async () => {
    const source = `export const f = () => [typeof process, typeof setTimeout, typeof Date, typeof Atomics, typeof fetch, typeof performance,
      typeof Function('return this')().process, typeof globalThis.constructor.constructor('return typeof require')()].join(' ');`;
    const [value] = returned(await run(source, [['f']], { filename: 'solution.js' }));
    expect(value).toMatchObject({ text: 'undefined undefined undefined undefined undefined undefined undefined string' });
    const [required] = returned(await run("export const f = () => { try { require('fs'); return 'loaded'; } catch (e) { return e.message; } };", [['f']], { filename: 'solution.js' }));
    expect(required).toMatchObject({ text: expect.stringContaining('imports are not available') });
  });

  it('gives every job a fresh runtime: one student cannot see what another did', async () => {
    await run("globalThis.secret = 'student A';\nObject.prototype.polluted = true;\nMath.exp = () => 0;\nexport const f = () => 1;", [['f']], { filename: 'solution.js' });
    const [value] = returned(
      await run("export const f = () => [typeof globalThis.secret, 'polluted' in {}, Math.exp(0)].join(' ');", [['f']], { filename: 'solution.js' }),
    );
    expect(value).toMatchObject({ text: 'undefined false 1' });
  });

  it('makes Math.random repeatable', async () => {
    const source = 'export const f = () => Math.random();';
    const first = returned(await run(source, [['f'], ['f']]));
    expect(returned(await run(source, [['f'], ['f']]))).toEqual(first);
    expect(first[0]).not.toEqual(first[1]);
  });

  it('refuses a file over the size limit without running it', async () => {
    const outcome = await run(`export const f = () => 1;\n//${'x'.repeat(600 * 1024)}`);
    expect(outcome).toMatchObject({ kind: 'too-large', limitBytes: 512 * 1024 });
  });
});
