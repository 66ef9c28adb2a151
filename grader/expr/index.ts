export type { CallNode, Expr, ExprError } from './ast.ts';
export { parseExpression, type ParseResult } from './parse.ts';
export { parseCached } from './cache.ts';
export { evaluate, type EvalResult, type Scope } from './evaluate.ts';
export { callsTo, checkExpression, namesIn } from './check.ts';
export { builtins } from './builtins.ts';
