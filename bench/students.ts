// Synthetic students for the bench, drawn from a seed by their number: the example class's
// kinds of student (scripts/example-class/profiles.ts) in the proportions of a large class.
// Most answer mostly right, some commit a catalogued misconception out of habit, a few hand
// in nothing readable; most code is mostly right, and a small share throws, fails to parse,
// allocates without end or loops until the time limit.
import {
  AVERAGE, LATIN, PERFECT, PERSIAN, STRONG, WEAK, type AnswerProfile, type CodeProfile, type Implementation, type WritingStyle,
} from '../scripts/example-class/profiles.ts';
import type { Student } from '../scripts/example-class/students.ts';
import { createRng, randomInt, type Rng } from '../grader/variant/index.ts';

/** The share of students whose code has each failure; the rest is written as the seed decides. */
export const CODE_FAILURES = {
  none: 0.05,
  syntaxError: 0.02,
  throws: 0.02,
  throwsText: 0.01,
  allocates: 0.003,
  /** Each costs a sandbox worker the whole time limit. */
  loops: 0.005,
} as const;

const FIRST = ['Sara', 'Ali', 'Maryam', 'Reza', 'Neda', 'Hamed', 'Fatemeh', 'Zahra', 'Omid', 'Leila', 'Anna', 'Jonas', 'Chen', 'Priya', 'Lucas', 'Amir'];
const FIRST_FA = ['سارا', 'علی', 'مریم', 'رضا', 'ندا', 'حامد', 'فاطمه', 'زهرا', 'امید', 'لیلا', 'کیان', 'پریسا'];
const LAST = ['Ahmadi', 'Rezaei', 'Hosseini', 'Karimi', 'Moradi', 'Jafari', 'Kowalska', 'Müller', 'Wang', 'Sharma', 'Silva', 'Nouri'];
const LAST_FA = ['احمدی', 'رضایی', 'حسینی', 'کریمی', 'مرادی', 'جعفری', 'ابراهیمی', 'صادقی', 'نوری', 'اکبری'];

/** Catalogue misconceptions the bench course's exercises diagnose, for students who commit one by habit. */
const HABITS = [
  'log10-instead-of-ln',
  'sum-instead-of-mean',
  'sigmoid-instead-of-softmax',
  'forgot-complement',
  'percent-instead-of-probability',
  'threshold-direction',
  'missing-minus-sign',
  'sign-of-exponent',
  'elu-as-relu',
];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[randomInt(rng, 0, items.length - 1)]!;

export function benchStudentId(index: number): string {
  return `s2026-${String(index + 1).padStart(5, '0')}`;
}

function writingStyle(rng: Rng): WritingStyle {
  const base = rng() < 0.3 ? PERSIAN : LATIN;
  return {
    ...base,
    sigfigs: pick(rng, [3, 4, 4, 5, 6]),
    fractions: rng() < 0.1,
    vectors: pick(rng, base === PERSIAN ? ['text', 'flow'] : ['flow', 'flow', 'text', 'block']),
  };
}

function answerProfile(rng: Rng): AnswerProfile | undefined {
  const draw = rng();
  if (draw < 0.03) return undefined;
  const style = writingStyle(rng);
  if (draw < 0.04) return { weights: PERFECT, template: true, style };
  const weights = pick(rng, [PERFECT, STRONG, STRONG, AVERAGE, AVERAGE, AVERAGE, AVERAGE, WEAK, WEAK]);
  return rng() < 0.2 ? { weights, habits: [pick(rng, HABITS)], style } : { weights, style };
}

function codeProfile(rng: Rng): CodeProfile {
  const f = CODE_FAILURES;
  let draw = rng();
  const language = rng() < 0.3 ? 'js' : 'ts';
  const seeded = (functions?: Record<string, Implementation>): CodeProfile => ({ kind: 'file', language, default: 'seeded', ...(functions ? { functions } : {}) });
  if ((draw -= f.none) < 0) return { kind: 'none' };
  if ((draw -= f.syntaxError) < 0) return { kind: 'file', language, default: 'seeded', syntaxError: true };
  if ((draw -= f.throws) < 0) return seeded({ [pick(rng, ['sigmoid', 'softmax', 'binaryCrossEntropy'])]: 'throws' });
  if ((draw -= f.throwsText) < 0) return seeded({ binaryCrossEntropy: 'throws-text' });
  if ((draw -= f.allocates) < 0) return seeded({ categoricalCrossEntropy: 'allocates' });
  if ((draw -= f.loops) < 0) return seeded({ elu: 'loops' });
  if (rng() < 0.02) return { kind: 'file', language, default: 'seeded', unexported: ['sigmoid'] };
  if (rng() < 0.03) return { kind: 'file', language, default: 'seeded', leftOut: ['categoricalCrossEntropy', 'elu'] };
  return seeded();
}

/** Late, written in the folder or in the roster, for about one student in eight. */
function submitted(rng: Rng): Student['submitted'] {
  const draw = rng();
  if (draw >= 0.125) return undefined;
  const day = 13 + randomInt(rng, 0, 6);
  return { at: `2026-10-${day}T${String(randomInt(rng, 0, 23)).padStart(2, '0')}:30:00+03:30`, in: draw < 0.08 ? 'file' : 'roster' };
}

/** Student number `index` (0-based) of a bench class; the same index always gives the same student. */
export function benchStudent(index: number): Student {
  const id = benchStudentId(index);
  const rng = createRng('bench-class', id);
  const persian = rng() < 0.5;
  const name = persian ? `${pick(rng, FIRST_FA)} ${pick(rng, LAST_FA)}` : `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
  const section = rng() < 0.5 ? 'A' : 'B';
  const noFolder = rng() < 0.02;
  const answers = answerProfile(rng);
  let code = noFolder ? ({ kind: 'none' } as const) : codeProfile(rng);
  // A folder holds something: a student without answers hands in code.
  if (!noFolder && !answers && code.kind === 'none') code = { kind: 'file', language: 'ts', default: 'seeded' };
  const when = submitted(rng);
  return {
    id,
    name,
    section,
    note: 'synthetic',
    ...(answers ? { answers } : {}),
    code,
    ...(when ? { submitted: when } : {}),
    ...(noFolder ? { noFolder: true } : {}),
  };
}
