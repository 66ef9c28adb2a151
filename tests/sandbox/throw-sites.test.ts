import { describe, expect, it } from 'vitest';
import { instrumentThrows, THROW_SITE_FUNCTION, uninstrumentedColumn } from '../../grader/sandbox/throw-sites.ts';

const mark = (k: number) => `${THROW_SITE_FUNCTION}(${k}),`;

describe('instrumentThrows', () => {
  it.each([
    ['a statement', 'throw 42;', `throw ${mark(0)} 42;`],
    ['null', 'if (x) throw null;', `if (x) throw ${mark(0)} null;`],
    ['a comma operand', 'throw a, 2;', `throw ${mark(0)} a, 2;`],
    ['a throw inside a template expression', 'return `${(() => {\n  throw 1;\n})()}`;', `return \`\${(() => {\n  throw ${mark(0)} 1;\n})()}\`;`],
  ])('marks %s', (_name, source, instrumented) => {
    expect(instrumentThrows(source).code).toBe(instrumented);
  });

  it.each([
    ['a string', 'const s = "throw 1";'],
    ['a single-quoted string with an escaped quote', "const s = 'it\\'s throw time';"],
    ['a template', 'const s = `throw ${x} throw`;'],
    ['a line comment', '// throw 1\nconst a = 1;'],
    ['a block comment', '/* throw 1 */ const a = 1;'],
    ['a regular expression', 'const r = /throw 1/;'],
    ['a regular expression after if (…)', 'if (a) /throw/.test(a);'],
    ['a regular expression with a slash in a class', 'const r = /[/]throw/;'],
    ['a property', 'o.throw; o?.throw;'],
    ['an object key', 'const o = { throw: 1 };'],
    ['a method', 'class C {\n  throw(e) {\n    return e;\n  }\n}'],
  ])('leaves alone the word in %s', (_name, source) => {
    expect(instrumentThrows(source).code).toBe(source);
  });

  it('tells division from a regular expression', () => {
    const source = 'const x = a++ / 2 / b;\nthrow x;';
    expect(instrumentThrows(source).code).toBe(`const x = a++ / 2 / b;\nthrow ${mark(0)} x;`);
  });

  it('records where each throw is in the original code', () => {
    const { sites } = instrumentThrows('function f(a) {\n  if (a) throw 1;\n  throw 2;\n}');
    expect(sites).toEqual([
      { line: 2, column: 9 },
      { line: 3, column: 2 },
    ]);
  });

  it('maps columns after an insertion back', () => {
    const code = instrumentThrows('  throw a; f();');
    const after = code.code.indexOf('f()');
    expect(uninstrumentedColumn(code, 1, after)).toBe('  throw a; '.length);
    expect(uninstrumentedColumn(code, 1, 2)).toBe(2);
  });
});
