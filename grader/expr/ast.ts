// The expressions exercises use to ask the reference implementation for a value:
// `softmax(z)`, `sigmoid.each(z)`, `binaryCrossEntropy(y, yHat) / ln(10)`, `1 - expected`.
// Every node keeps its [start, end) offsets in the expression text for diagnostics.

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

interface Span {
  readonly start: number;
  readonly end: number;
}

export interface NumberNode extends Span {
  readonly type: 'number';
  readonly value: number;
}

export interface NameNode extends Span {
  readonly type: 'name';
  readonly name: string;
}

export interface VectorNode extends Span {
  readonly type: 'vector';
  readonly items: readonly Expr[];
}

export interface UnaryNode extends Span {
  readonly type: 'negate';
  readonly operand: Expr;
}

export interface BinaryNode extends Span {
  readonly type: 'binary';
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
}

export interface CallArgument {
  /** Set for a named argument (`leakyRelu(x, slope = 0.1)`). */
  readonly name?: string;
  readonly value: Expr;
}

export interface CallNode extends Span {
  readonly type: 'call';
  readonly callee: string;
  /** `f.each(v)`: the scalar function f applied to every entry of v. */
  readonly each: boolean;
  readonly args: readonly CallArgument[];
}

export type Expr = NumberNode | NameNode | VectorNode | UnaryNode | BinaryNode | CallNode;

export interface ExprError {
  readonly code: string;
  readonly message: string;
  /** Offsets into the expression text. */
  readonly start: number;
  readonly end: number;
}
