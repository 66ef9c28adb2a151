// The worker reads a returned value through the handle API, and, past 200 nodes, walks the
// rest inside QuickJS (prelude-reader.ts). Both must read the same value the same way: here
// the same value is read once by each path, as the only item of an array (read from the
// host) and as the last of 251 items (read inside QuickJS).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, SandboxPool, type PlainValue } from '../../grader/sandbox/index.ts';

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ size: 2 });
});
afterAll(() => pool.close());

async function returned(expression: string): Promise<PlainValue> {
  const outcome = await pool.run({
    source: `export const f = () => ${expression};`,
    filename: 'solution.js',
    calls: [{ exportName: 'f', args: [] }],
    limits: { ...DEFAULT_LIMITS, timeMs: 3000 },
  });
  if (outcome.kind !== 'ran' || outcome.calls[0]?.kind !== 'returned') throw new Error(`did not return: ${JSON.stringify(outcome)}`);
  return outcome.calls[0].value;
}

/** The value read both ways: [host, inside QuickJS]. */
async function bothWays(expression: string): Promise<[PlainValue, PlainValue]> {
  const last = (value: PlainValue): PlainValue => (value.type === 'array' ? { ...value, items: value.items.slice(-1), length: 1 } : value);
  return [await returned(`[${expression}]`), last(await returned(`[...new Array(250).fill(0), ${expression}]`))];
}

const HOSTILE = [
  'new Proxy([1, 2], { get(t, k) { if (k === "length") return 2.5; return t[k]; } })',
  'new Proxy([1], { get() { throw new Error("trap") } })',
  'new Proxy([1], { get() { throw 42 } })',
  'new Proxy([1], { get() { throw Symbol() } })',
  'new Proxy([1], { get() { throw { get message() { throw 1 } } } })',
  '(() => { const a = [1, 2]; Object.defineProperty(a, Symbol.toStringTag, { get() { throw new Error("tag") } }); return a; })()',
  '(() => { const a = [0]; Object.defineProperty(a, 0, { get() { return "got" } }); return a; })()',
  '{ [Symbol.toStringTag]: "\\ud800" + "x".repeat(1200) }',
  '"\\ud800" + "y".repeat(1500)',
  '-(10n ** 1200n)',
  'new Float32Array([1.5, -0, NaN])',
  'new DataView(new ArrayBuffer(2))',
  '[[[[[1]]]]]',
  'new Array(1500).fill(-0)',
  '(() => { const r = Proxy.revocable([], {}); r.revoke(); return r.proxy; })()',
  'Object.create(null)',
];

describe('reading from the host and inside QuickJS', () => {
  it.each(HOSTILE)('reads %s the same way', async (expression) => {
    const [host, vm] = await bothWays(expression);
    expect(vm).toEqual(host);
  });

  it('reads random nested values the same way', async () => {
    const leaf = fc.oneof(
      fc.double().map((x) => (Object.is(x, -0) ? '-0' : String(x))),
      fc.string({ unit: 'binary', maxLength: 8 }).map((s) => JSON.stringify(s)),
      fc.constantFrom('true', 'false', 'null', 'undefined', '10n', 'Symbol()', '() => 1', '({})', 'new Map()', 'new Int8Array([1, -1])'),
    );
    const value = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(', ')}]`)),
    })).value;
    await fc.assert(
      fc.asyncProperty(value, async (expression) => {
        const [host, vm] = await bothWays(expression);
        expect(vm).toEqual(host);
      }),
      { numRuns: 60 },
    );
  });
});
