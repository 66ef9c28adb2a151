// A student's code file, planned function by function: which implementation each function
// gets (from the profile, or drawn by the seed), the file's text, and the status each code
// exercise will get: `wrong` for a classic mistake, which the grader marks partial or
// incorrect depending on how many cases the mistake still passes.
import type { Status } from '../../grader/result/types.ts';
import type { ExerciseSpec, FunctionAnswer } from '../../grader/spec/types.ts';
import { createRng, randomInt } from '../../grader/variant/index.ts';
import { ENDLESS_ALLOCATION, ENDLESS_LOOP, FUNCTIONS, type FunctionSource } from './functions.ts';
import type { CodeProfile, Implementation } from './profiles.ts';

export type PlannedCodeStatus = Status | 'wrong';

export interface PlannedCode {
  readonly id: string;
  readonly name: string;
  /** `left-out` when the function is not in the file; `none` when there is no file. */
  readonly implementation: string;
  readonly status: PlannedCodeStatus;
}

export interface CodePlan {
  readonly file?: { readonly name: string; readonly text: string };
  readonly exercises: readonly PlannedCode[];
}

const STATUS_OF: Readonly<Record<string, PlannedCodeStatus>> = {
  right: 'correct',
  alternative: 'correct',
  throws: 'error',
  'throws-text': 'error',
  loops: 'timeout',
  allocates: 'memory',
};

/** Mostly right, sometimes written another way, sometimes with one of the function's classic mistakes. */
function seeded(studentId: string, name: string, source: FunctionSource): Implementation {
  const rng = createRng('example-class', studentId, 'code', name);
  const draw = rng();
  if (draw < 0.72) return 'right';
  if (draw < 0.82) return 'alternative';
  const names = Object.keys(source.mistakes);
  return { mistake: names[randomInt(rng, 0, names.length - 1)]! };
}

/** The implementation's label and body. */
function body(name: string, source: FunctionSource, implementation: Implementation): { label: string; text: string } {
  if (typeof implementation === 'object' || implementation === 'mistake') {
    const mistake = typeof implementation === 'object' ? implementation.mistake : Object.keys(source.mistakes)[0]!;
    const text = source.mistakes[mistake];
    if (text === undefined) throw new Error(`${name} has no mistake '${mistake}' (it has: ${Object.keys(source.mistakes).join(', ')})`);
    return { label: `mistake:${mistake}`, text };
  }
  switch (implementation) {
    case 'right':
      return { label: 'right', text: source.right };
    case 'alternative':
      return { label: source.alternative ? 'alternative' : 'right', text: source.alternative ?? source.right };
    case 'throws':
      return { label: 'throws', text: `throw new Error('${name}: not finished yet');` };
    case 'throws-text':
      return { label: 'throws-text', text: "throw 'TODO';" };
    case 'loops':
      return { label: 'loops', text: source.loops ?? ENDLESS_LOOP };
    case 'allocates':
      return { label: 'allocates', text: source.allocates ?? ENDLESS_ALLOCATION };
  }
}

function functionText(name: string, source: FunctionSource, text: string, language: 'ts' | 'js', exported: boolean): string {
  const lines = text.split('\n').map((line) => `  ${line}`);
  return [`${exported ? 'export ' : ''}function ${name}${language === 'ts' ? source.ts : source.js} {`, ...lines, '}'].join('\n');
}

export function planCode(exercises: readonly ExerciseSpec[], studentId: string, header: string, profile: CodeProfile): CodePlan {
  const functions = exercises.map((exercise) => ({ id: exercise.id, name: (exercise.answer as FunctionAnswer).name }));
  if (profile.kind === 'none') {
    return { exercises: functions.map(({ id, name }) => ({ id, name, implementation: 'none', status: 'missing' })) };
  }
  const planned: PlannedCode[] = [];
  const blocks: string[] = [];
  for (const { id, name } of functions) {
    const source = FUNCTIONS[name];
    if (!source) throw new Error(`no student code for the function '${name}' of ${id}: add it to functions.ts`);
    if (profile.leftOut?.includes(name)) {
      planned.push({ id, name, implementation: 'left-out', status: 'missing' });
      continue;
    }
    const chosen = profile.functions?.[name] ?? (profile.default === 'seeded' ? seeded(studentId, name, source) : profile.default);
    const { label, text } = body(name, source, chosen);
    blocks.push(functionText(name, source, text, profile.language, !profile.unexported?.includes(name)));
    const status = profile.syntaxError ? 'invalid' : (STATUS_OF[label] ?? 'wrong');
    planned.push({ id, name, implementation: label, status });
  }
  let text = `// ${header}\n\n${blocks.join('\n\n')}\n`;
  if (profile.syntaxError) text = text.replace(/\}\n$/, '\n');
  return { file: { name: `solution.${profile.language}`, text }, exercises: planned };
}
