// Evaluates a parsed expression against the values of its names. Failures (an unknown
// name, an argument of the wrong kind, a reference function that rejects its input)
// come back as data pointing at the offending part of the expression.
import { checkKind, getReferenceFunction, type Value } from '../../reference/index.ts';
import type { CallNode, Expr, ExprError } from './ast.ts';
import { combine } from './arithmetic.ts';
import { builtins } from './builtins.ts';

export type Scope = ReadonlyMap<string, Value>;

export type EvalResult = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly error: ExprError };

class EvalFailure {
  constructor(readonly error: ExprError) {}
}

function fail(node: { start: number; end: number }, code: string, message: string): never {
  throw new EvalFailure({ code, message, start: node.start, end: node.end });
}

function evaluateNode(node: Expr, scope: Scope): Value {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'name': {
      const value = scope.get(node.name);
      if (value === undefined) fail(node, 'unknown-name', `'${node.name}' is not a parameter of this exercise`);
      return value;
    }
    case 'vector': {
      const items = node.items.map((item) => evaluateNode(item, scope));
      const shapes = new Set(items.map((item) => (typeof item === 'number' ? 'scalar' : `array of ${item.length}`)));
      if (shapes.size > 1) fail(node, 'ragged-vector', 'the entries of a vector must all be numbers, or all rows of the same length');
      return items as Value;
    }
    case 'negate':
      return combineOrFail(node, '*', -1, evaluateNode(node.operand, scope));
    case 'binary':
      return combineOrFail(node, node.op, evaluateNode(node.left, scope), evaluateNode(node.right, scope));
    case 'call':
      return call(node, scope);
  }
}

function combineOrFail(node: Expr, op: '+' | '-' | '*' | '/' | '^', a: Value, b: Value): Value {
  const result = combine(op, a, b);
  if (typeof result === 'string') fail(node, 'shape-mismatch', result);
  return result;
}

function call(node: CallNode, scope: Scope): Value {
  const builtin = builtins.get(node.callee);
  if (builtin && !node.each) {
    const args = node.args.map((arg) => evaluateNode(arg.value, scope));
    if (args.length < builtin.arity.min || args.length > builtin.arity.max) {
      fail(node, 'wrong-arity', `${node.callee}() takes ${builtin.arity.min}–${builtin.arity.max} arguments, got ${args.length}`);
    }
    const result = builtin.call(args);
    if (typeof result === 'string') fail(node, 'argument-type', result);
    return result;
  }
  const fn = getReferenceFunction(node.callee);
  if (!fn) fail({ start: node.start, end: node.start + node.callee.length }, 'unknown-reference', `'${node.callee}' is not a reference function`);
  if (node.each && !fn.elementwise) fail(node, 'not-elementwise', `'${node.callee}' is not a scalar function, so '.each' does not apply`);

  const args = bindArguments(node, scope);
  // With `.each`, the first parameter takes each entry of the vector in turn.
  const first = args[0]!;
  if (node.each) {
    if (typeof first.value === 'number') fail(first.node, 'argument-type', `${node.callee}.each needs a vector, got a number`);
    return (first.value as readonly Value[]).map((entry) =>
      invoke(node, fn, [{ ...first, value: entry }, ...args.slice(1)]),
    ) as Value;
  }
  return invoke(node, fn, args);
}

interface BoundArgument {
  readonly value: Value;
  readonly node: { start: number; end: number };
}

function bindArguments(node: CallNode, scope: Scope): BoundArgument[] {
  const fn = getReferenceFunction(node.callee)!;
  const bound: (BoundArgument | undefined)[] = new Array(fn.params.length).fill(undefined);
  let position = 0;
  for (const arg of node.args) {
    let index = position;
    if (arg.name !== undefined) {
      index = fn.params.findIndex((param) => param.name === arg.name);
      if (index === -1) fail(arg.value, 'unknown-argument', `${node.callee}() has no parameter '${arg.name}' (it takes ${fn.params.map((p) => p.name).join(', ')})`);
    } else {
      position++;
    }
    if (index >= fn.params.length) fail(arg.value, 'wrong-arity', `${node.callee}() takes at most ${fn.params.length} arguments`);
    if (bound[index]) fail(arg.value, 'duplicate-argument', `${node.callee}() got '${fn.params[index]!.name}' twice`);
    bound[index] = { value: evaluateNode(arg.value, scope), node: arg.value };
  }
  return fn.params.map((param, i) => {
    const arg = bound[i];
    if (arg) return arg;
    if (param.default === undefined) fail(node, 'wrong-arity', `${node.callee}() needs its argument '${param.name}'`);
    return { value: param.default, node };
  });
}

function invoke(node: CallNode, fn: NonNullable<ReturnType<typeof getReferenceFunction>>, args: readonly BoundArgument[]): Value {
  fn.params.forEach((param, i) => {
    const problem = checkKind(param.kind, args[i]!.value);
    if (problem) fail(args[i]!.node, 'argument-type', `${node.callee}(): '${param.name}' must be a ${param.kind}: ${problem}`);
  });
  try {
    return fn.call(args.map((arg) => arg.value));
  } catch (error: unknown) {
    return fail(node, 'reference-error', `${node.callee}() failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function evaluate(expr: Expr, scope: Scope): EvalResult {
  try {
    return { ok: true, value: evaluateNode(expr, scope) };
  } catch (failure: unknown) {
    if (failure instanceof EvalFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
