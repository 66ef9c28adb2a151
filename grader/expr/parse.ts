// A small recursive-descent parser for reference expressions. It never throws:
// a malformed expression comes back as an ExprError with its offset.
import type { BinaryOperator, CallArgument, Expr, ExprError } from './ast.ts';

export type ParseResult = { readonly ok: true; readonly expr: Expr } | { readonly ok: false; readonly error: ExprError };

type Token =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'name'; name: string; start: number; end: number }
  | { kind: 'punct'; text: string; start: number; end: number }
  | { kind: 'end'; start: number; end: number };

class SyntaxFailure {
  constructor(readonly error: ExprError) {}
}

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const PUNCT = '+-*/^(),[]=.';

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), start: i, end: i + number[0].length });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', name: name[0], start: i, end: i + name[0].length });
      i += name[0].length;
      continue;
    }
    if (PUNCT.includes(text[i]!)) {
      tokens.push({ kind: 'punct', text: text[i]!, start: i, end: i + 1 });
      i += 1;
      continue;
    }
    throw new SyntaxFailure({
      code: 'expression-syntax',
      message: `unexpected character '${text[i]}' in expression`,
      start: i,
      end: i + 1,
    });
  }
  tokens.push({ kind: 'end', start: text.length, end: text.length });
  return tokens;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Expr {
    const expr = this.additive();
    const next = this.peek();
    if (next.kind !== 'end') this.fail(next, `unexpected ${describe(next)} after the end of the expression`);
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private take(): Token {
    return this.tokens[this.index++]!;
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.text === text;
  }

  private expectPunct(text: string): Token {
    const token = this.take();
    if (token.kind !== 'punct' || token.text !== text) this.fail(token, `expected '${text}' but found ${describe(token)}`);
    return token;
  }

  private fail(token: Token, message: string): never {
    throw new SyntaxFailure({ code: 'expression-syntax', message, start: token.start, end: Math.max(token.end, token.start + 1) });
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.isPunct('+') || this.isPunct('-')) {
      const op = (this.take() as { text: BinaryOperator }).text;
      const right = this.multiplicative();
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.isPunct('*') || this.isPunct('/')) {
      const op = (this.take() as { text: BinaryOperator }).text;
      const right = this.unary();
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isPunct('-')) {
      const minus = this.take();
      const operand = this.unary();
      return { type: 'negate', operand, start: minus.start, end: operand.end };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.primary();
    if (!this.isPunct('^')) return base;
    this.take();
    const exponent = this.unary(); // right-associative: 2^3^2 = 2^(3^2)
    return { type: 'binary', op: '^', left: base, right: exponent, start: base.start, end: exponent.end };
  }

  private primary(): Expr {
    const token = this.take();
    if (token.kind === 'number') return { type: 'number', value: token.value, start: token.start, end: token.end };
    if (token.kind === 'name') return this.nameOrCall(token);
    if (token.kind === 'punct' && token.text === '(') {
      const inner = this.additive();
      this.expectPunct(')');
      return inner;
    }
    if (token.kind === 'punct' && token.text === '[') {
      const items = this.list(']', () => this.additive());
      const close = this.expectPunct(']');
      return { type: 'vector', items, start: token.start, end: close.end };
    }
    return this.fail(token, `expected a number, a name, '(' or '[' but found ${describe(token)}`);
  }

  private nameOrCall(token: Extract<Token, { kind: 'name' }>): Expr {
    let each = false;
    if (this.isPunct('.')) {
      this.take();
      const method = this.take();
      if (method.kind !== 'name' || method.name !== 'each') this.fail(method, `expected 'each' after '${token.name}.'`);
      each = true;
      if (!this.isPunct('(')) this.fail(this.peek(), `expected '(' after '${token.name}.each'`);
    }
    if (!this.isPunct('(')) return { type: 'name', name: token.name, start: token.start, end: token.end };
    this.take();
    const args = this.list(')', () => this.argument());
    const close = this.expectPunct(')');
    return { type: 'call', callee: token.name, each, args, start: token.start, end: close.end };
  }

  private argument(): CallArgument {
    const token = this.peek();
    const next = this.tokens[this.index + 1];
    if (token.kind === 'name' && next?.kind === 'punct' && next.text === '=') {
      this.index += 2;
      return { name: token.name, value: this.additive() };
    }
    return { value: this.additive() };
  }

  private list<T>(close: string, item: () => T): T[] {
    const items: T[] = [];
    if (this.isPunct(close)) return items;
    items.push(item());
    while (this.isPunct(',')) {
      this.take();
      items.push(item());
    }
    return items;
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the expression';
    case 'number':
      return `the number ${token.value}`;
    case 'name':
      return `'${token.name}'`;
    case 'punct':
      return `'${token.text}'`;
  }
}

export function parseExpression(text: string): ParseResult {
  try {
    if (text.trim() === '') {
      return { ok: false, error: { code: 'expression-syntax', message: 'the expression is empty', start: 0, end: Math.max(1, text.length) } };
    }
    return { ok: true, expr: new Parser(tokenize(text)).parse() };
  } catch (failure: unknown) {
    if (failure instanceof SyntaxFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
