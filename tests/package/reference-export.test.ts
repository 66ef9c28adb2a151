// Another program uses the reference implementation through the package's documented
// export, in JavaScript and in TypeScript with its usual settings (no .ts imports).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function consumer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'grader-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'ml-exercise-grader'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return dir;
}

describe("the package's reference export", () => {
  it('runs from JavaScript', () => {
    const dir = consumer();
    writeFileSync(
      join(dir, 'run.mjs'),
      "import { softmax, binaryCrossEntropyOne, referenceFunctions } from 'ml-exercise-grader/reference';\n" +
        "console.log(JSON.stringify([softmax([2, 1, 0.1]).map((x) => +x.toFixed(3)), +binaryCrossEntropyOne(1, 0.8).toFixed(4), referenceFunctions.has('softmax')]));\n",
    );
    const out = execFileSync(process.execPath, ['run.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([[0.659, 0.242, 0.099], 0.2231, true]);
  });

  it('is one file that imports nothing, so that it runs outside Node too', () => {
    const built = readFileSync(join(root, 'dist', 'reference.js'), 'utf8');
    expect(built).not.toMatch(/^\s*import\b|\brequire\(|\bimport\(/m);
    expect(built).toContain('function softmax(');
  });

  it('type-checks in a TypeScript project with node16 module settings, and catches a misuse', () => {
    const dir = consumer();
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: [] } }));
    writeFileSync(join(dir, 'good.ts'), "import { softmax, type ReferenceFunction } from 'ml-exercise-grader/reference';\nconst p: number[] = softmax([2, 1, 0.1]);\nexport const f: ReferenceFunction | undefined = undefined;\nexport { p };\n");
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' })).not.toThrow();
    writeFileSync(join(dir, 'bad.ts'), "import { softmax } from 'ml-exercise-grader/reference';\nexport const wrong: string = softmax([1]);\n");
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
    } catch (error: unknown) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toContain('bad.ts');
    expect(output).toContain('TS2322');
  });
});
