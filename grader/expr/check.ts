// Static checks of an expression before any value exists: every unknown name or
// function, every call with the wrong number of arguments. Collects all of them.
import { getReferenceFunction } from '../../reference/index.ts';
import type { CallNode, Expr, ExprError } from './ast.ts';
import { builtins } from './builtins.ts';

/** The parameter names an expression reads, in order of first use. */
export function namesIn(expr: Expr): string[] {
  const names: string[] = [];
  visit(expr, (node) => {
    if (node.type === 'name' && !names.includes(node.name)) names.push(node.name);
  });
  return names;
}

/** Every call of the function `callee` in the expression, outermost first. */
export function callsTo(expr: Expr, callee: string): CallNode[] {
  const calls: CallNode[] = [];
  visit(expr, (node) => {
    if (node.type === 'call' && node.callee === callee) calls.push(node);
  });
  return calls;
}

function visit(node: Expr, fn: (node: Expr) => void): void {
  fn(node);
  switch (node.type) {
    case 'vector':
      node.items.forEach((item) => visit(item, fn));
      break;
    case 'negate':
      visit(node.operand, fn);
      break;
    case 'binary':
      visit(node.left, fn);
      visit(node.right, fn);
      break;
    case 'call':
      node.args.forEach((arg) => visit(arg.value, fn));
      break;
    default:
      break;
  }
}

export function checkExpression(expr: Expr, known: ReadonlySet<string>): ExprError[] {
  const errors: ExprError[] = [];
  visit(expr, (node) => {
    if (node.type === 'name' && !known.has(node.name)) {
      const names = [...known].join(', ') || 'none';
      errors.push({ code: 'unknown-name', message: `'${node.name}' is not defined here (known: ${names})`, start: node.start, end: node.end });
    }
    if (node.type === 'call') errors.push(...checkCall(node));
  });
  return errors;
}

function checkCall(node: Extract<Expr, { type: 'call' }>): ExprError[] {
  const calleeSpan = { start: node.start, end: node.start + node.callee.length };
  const builtin = builtins.get(node.callee);
  if (builtin && !node.each) {
    const n = node.args.length;
    if (n < builtin.arity.min || n > builtin.arity.max) {
      return [{ code: 'wrong-arity', message: `${node.callee}() takes ${builtin.arity.min}–${builtin.arity.max} arguments, got ${n}`, ...calleeSpan }];
    }
    return [];
  }
  const fn = getReferenceFunction(node.callee);
  if (!fn) return [{ code: 'unknown-reference', message: `'${node.callee}' is not a reference function`, ...calleeSpan }];
  const errors: ExprError[] = [];
  if (node.each && !fn.elementwise) {
    errors.push({ code: 'not-elementwise', message: `'${node.callee}' is not a scalar function, so '.each' does not apply`, ...calleeSpan });
  }
  const given = new Set<string>();
  node.args.forEach((arg, i) => {
    const param = arg.name === undefined ? fn.params[i] : fn.params.find((p) => p.name === arg.name);
    if (!param) {
      const message = arg.name === undefined
        ? `${node.callee}() takes at most ${fn.params.length} arguments`
        : `${node.callee}() has no parameter '${arg.name}' (it takes ${fn.params.map((p) => p.name).join(', ')})`;
      errors.push({ code: arg.name === undefined ? 'wrong-arity' : 'unknown-argument', message, start: arg.value.start, end: arg.value.end });
      return;
    }
    given.add(param.name);
  });
  const missing = fn.params.filter((p) => p.default === undefined && !given.has(p.name));
  if (missing.length > 0) {
    errors.push({
      code: 'wrong-arity',
      message: `${node.callee}() needs ${missing.map((p) => `'${p.name}'`).join(', ')} (${fn.formula})`,
      ...calleeSpan,
    });
  }
  return errors;
}
