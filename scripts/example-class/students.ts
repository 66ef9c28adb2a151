// The example class, one row per student: who they are, how they answer, what their code
// file holds and when they handed in. The rows are chosen so that every exercise has a
// student who gets it right and one who does not, and every status of the result model
// occurs (plan.ts checks both and refuses to write a class that misses one).
import {
  ALL_WRONG,
  AVERAGE,
  LATIN,
  PERFECT,
  PERSIAN,
  RIGHT_CODE,
  SEEDED_CODE,
  STRONG,
  WEAK,
  type AnswerProfile,
  type CodeProfile,
} from './profiles.ts';

export interface Student {
  readonly id: string;
  readonly name: string;
  readonly section: 'A' | 'B';
  /** What this student is in the class for, shown in examples/README.md. */
  readonly note: string;
  /** Absent: no answers file. */
  readonly answers?: AnswerProfile;
  readonly code: CodeProfile;
  /** When they handed in, written in the folder's `submitted_at` file or in the roster. */
  readonly submitted?: { readonly at: string; readonly in: 'file' | 'roster' };
  /** On the roster, but no folder was handed in. */
  readonly noFolder?: boolean;
}

const average = (overrides?: AnswerProfile['overrides']): AnswerProfile => ({ weights: AVERAGE, style: LATIN, ...(overrides ? { overrides } : {}) });
const strong = (overrides?: AnswerProfile['overrides']): AnswerProfile => ({ weights: STRONG, style: LATIN, ...(overrides ? { overrides } : {}) });

export const STUDENTS: readonly Student[] = [
  {
    id: 'sara.ahmadi',
    name: 'سارا احمدی',
    section: 'A',
    note: 'perfect; Persian digits, Persian option labels; TypeScript code all right; on time',
    answers: { weights: PERFECT, style: PERSIAN },
    code: RIGHT_CODE,
    submitted: { at: '2026-10-12T21:40:00+03:30', in: 'file' },
  },
  {
    id: 'ali.rezaei',
    name: 'Ali Rezaei',
    section: 'A',
    note: 'perfect; fractions such as 1/6, vectors as text; JavaScript code all right; on time (roster)',
    answers: { weights: PERFECT, style: { ...LATIN, fractions: true, vectors: 'text', sigfigs: 5 } },
    code: { kind: 'file', language: 'js', default: 'right' },
    submitted: { at: '2026-10-11T10:05:00+03:30', in: 'roster' },
  },
  {
    id: 'maryam.hosseini',
    name: 'مریم حسینی',
    section: 'B',
    note: 'perfect; six significant figures, vectors one entry per line, options by label; code right the other accepted way (ReLU′(0) = 1, step(0) = 0)',
    answers: { weights: PERFECT, style: { ...LATIN, sigfigs: 6, vectors: 'block', choices: 'label' } },
    code: { kind: 'file', language: 'ts', default: 'alternative' },
  },
  {
    id: 'reza.karimi',
    name: 'رضا کریمی',
    section: 'B',
    note: 'wrong everywhere: a catalogued misconception where the exercise has one, a wrong option otherwise; a classic mistake in every function',
    answers: { weights: ALL_WRONG, style: LATIN },
    code: { kind: 'file', language: 'ts', default: 'mistake' },
  },
  {
    id: 'neda.moradi',
    name: 'ندا مرادی',
    section: 'A',
    note: 'takes log base 10 for ln throughout (answers and code)',
    answers: { weights: STRONG, habits: ['log10-instead-of-ln', 'common-instead-of-natural-log'], style: LATIN },
    code: { kind: 'file', language: 'ts', default: 'right', functions: { binaryCrossEntropy: { mistake: 'log10' }, categoricalCrossEntropy: { mistake: 'log10' } } },
  },
  {
    id: 'hamed.jafari',
    name: 'Hamed Jafari',
    section: 'A',
    note: 'writes probabilities as percentages (16.7 for 0.167); one softmax entry and one binary task wrong (partial credit)',
    answers: {
      weights: STRONG,
      habits: ['percent-instead-of-probability'],
      overrides: { 'softmax-three-logits': 'partial', 'which-tasks-are-binary': 'partial' },
      style: LATIN,
    },
    code: SEEDED_CODE,
  },
  {
    id: 'fatemeh.ebrahimi',
    name: 'فاطمه ابراهیمی',
    section: 'B',
    note: 'forgets the complement (1 − p) and reads the 0.5 threshold the wrong way round',
    answers: { weights: STRONG, habits: ['forgot-complement', 'threshold-direction'], style: PERSIAN },
    code: SEEDED_CODE,
  },
  {
    id: 'mohammad.sadeghi',
    name: 'Mohammad Sadeghi',
    section: 'B',
    note: 'rounds too early (two decimals) on every number',
    answers: { weights: { rounded: 1 }, overrides: { 'why-not-sigmoid-hidden': 'partial' }, style: { ...LATIN, vectors: 'block' } },
    code: SEEDED_CODE,
  },
  {
    id: 'zahra.mohammadi',
    name: 'زهرا محمدی',
    section: 'A',
    note: 'sigmoid where softmax is meant, σ(x) for σ′(x), e^(+x) in the sigmoid (answers and code)',
    answers: { weights: STRONG, habits: ['sigmoid-instead-of-softmax', 'sigmoid-instead-of-derivative', 'sign-of-exponent'], style: LATIN },
    code: { kind: 'file', language: 'ts', default: 'right', functions: { softmax: { mistake: 'sigmoid' }, sigmoidDerivative: 'mistake', sigmoid: 'mistake' } },
  },
  {
    id: 'omid.nouri',
    name: 'امید نوری',
    section: 'B',
    note: 'sums a batch instead of taking the mean, and drops the minus sign of cross-entropy',
    answers: { weights: STRONG, habits: ['sum-instead-of-mean', 'missing-minus-sign'], style: LATIN },
    code: { kind: 'file', language: 'ts', default: 'right', functions: { binaryCrossEntropy: { mistake: 'sum' }, categoricalCrossEntropy: { mistake: 'sum' } } },
  },
  {
    id: 'leila.akbari',
    name: 'لیلا اکبری',
    section: 'A',
    note: 'gives Leaky ReLU a slope of 0 and treats ELU as ReLU',
    answers: { weights: STRONG, habits: ['leaky-slope-zero', 'elu-as-relu'], style: PERSIAN },
    code: {
      kind: 'file',
      language: 'ts',
      default: 'right',
      functions: { leakyRelu: 'mistake', leakyReluDerivative: 'mistake', elu: 'mistake', eluDerivative: 'mistake' },
    },
  },
  {
    id: 'amir.hosseinzadeh',
    name: 'Amir Hosseinzadeh',
    section: 'A',
    note: 'answered week 1 only, no code file; one day late',
    answers: { weights: AVERAGE, only: ['week-1'], style: LATIN },
    code: { kind: 'none' },
    submitted: { at: '2026-10-13T10:15:00+03:30', in: 'file' },
  },
  {
    id: 'kian.bahrami',
    name: 'کیان بهرامی',
    section: 'B',
    note: 'half the answers unreadable ("about a half", "0.3.4"); a code file with a syntax error',
    answers: { weights: { right: 0.5, unparseable: 0.5 }, overrides: { 'die-face': 'unparseable', 'softmax-three-logits': 'unparseable' }, style: LATIN },
    code: { kind: 'file', language: 'ts', default: 'right', syntaxError: true },
  },
  {
    id: 'parisa.kazemi',
    name: 'پریسا کاظمی',
    section: 'A',
    note: 'no answers file, only code (all right)',
    code: RIGHT_CODE,
  },
  {
    id: 'babak.shams',
    name: 'Babak Shams',
    section: 'B',
    note: 'handed in the answers template unfilled, no code',
    answers: { weights: PERFECT, template: true, style: LATIN },
    code: { kind: 'none' },
  },
  {
    id: 'nima.ghasemi',
    name: 'Nima Ghasemi',
    section: 'A',
    note: 'softmax throws an Error ("not finished yet")',
    answers: average(),
    code: { kind: 'file', language: 'ts', default: 'right', functions: { softmax: 'throws' } },
  },
  {
    id: 'shirin.rahimi',
    name: 'شیرین رحیمی',
    section: 'B',
    note: 'binaryCrossEntropy throws a string, not an Error; JavaScript',
    answers: average(),
    code: { kind: 'file', language: 'js', default: 'right', functions: { binaryCrossEntropy: 'throws-text' } },
  },
  {
    id: 'arash.tehrani',
    name: 'آرش تهرانی',
    section: 'A',
    note: 'elu loops forever (a series whose counter never advances)',
    answers: average(),
    code: { kind: 'file', language: 'ts', default: 'right', functions: { elu: 'loops' } },
  },
  {
    id: 'elham.najafi',
    name: 'Elham Najafi',
    section: 'B',
    note: 'categoricalCrossEntropy builds a table of 10⁸ logarithms (out of memory)',
    answers: strong(),
    code: { kind: 'file', language: 'ts', default: 'right', functions: { categoricalCrossEntropy: 'allocates' } },
  },
  {
    id: 'pouya.mirzaei',
    name: 'پویا میرزایی',
    section: 'A',
    note: 'code for five functions only; the other eight are missing from the file',
    answers: average(),
    code: {
      kind: 'file',
      language: 'ts',
      default: 'right',
      leftOut: ['stepDerivative', 'leakyRelu', 'leakyReluDerivative', 'elu', 'eluDerivative', 'sigmoidDerivative', 'binaryCrossEntropy', 'categoricalCrossEntropy'],
    },
  },
  {
    id: 'yasaman.farahani',
    name: 'یاسمن فراهانی',
    section: 'B',
    note: 'forgot `export` on the sigmoid functions; softmax without the max shift (fails on large logits)',
    answers: strong(),
    code: { kind: 'file', language: 'ts', default: 'right', unexported: ['sigmoid', 'sigmoidDerivative'], functions: { softmax: { mistake: 'unstable' } } },
  },
  {
    id: 'mehdi.azizi',
    name: 'Mehdi Azizi',
    section: 'A',
    note: 'three days late (time in the roster)',
    answers: average(),
    code: SEEDED_CODE,
    submitted: { at: '2026-10-15T09:00:00+03:30', in: 'roster' },
  },
  {
    id: 'narges.safavi',
    name: 'نرگس صفوی',
    section: 'B',
    note: 'a week late: past the cutoff of week 1, one minute late for week 2, on time for week 3',
    answers: strong(),
    code: RIGHT_CODE,
    submitted: { at: '2026-10-20T00:00:00+03:30', in: 'file' },
  },
  {
    id: 'hossein.mousavi',
    name: 'Hossein Mousavi',
    section: 'A',
    note: 'on time, the time written in UTC',
    answers: strong(),
    code: SEEDED_CODE,
    submitted: { at: '2026-10-12T15:00:00Z', in: 'file' },
  },
  { id: 'mina.rostami', name: 'مینا رستمی', section: 'A', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'kaveh.soltani', name: 'Kaveh Soltani', section: 'B', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'negin.heidari', name: 'نگین حیدری', section: 'A', note: 'strong', answers: { weights: STRONG, style: PERSIAN }, code: SEEDED_CODE },
  { id: 'farhad.zamani', name: 'Farhad Zamani', section: 'B', note: 'weak', answers: { weights: WEAK, style: LATIN }, code: SEEDED_CODE },
  { id: 'roya.khalili', name: 'رویا خلیلی', section: 'A', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'sina.jalali', name: 'Sina Jalali', section: 'B', note: 'strong', answers: strong(), code: RIGHT_CODE },
  { id: 'tara.golestani', name: 'تارا گلستانی', section: 'A', note: 'weak, no code', answers: { weights: WEAK, style: PERSIAN }, code: { kind: 'none' } },
  { id: 'behnam.faraji', name: 'Behnam Faraji', section: 'B', note: 'typical, JavaScript', answers: average(), code: { kind: 'file', language: 'js', default: 'seeded' } },
  { id: 'azadeh.karami', name: 'آزاده کرمی', section: 'A', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'pedram.asadi', name: 'Pedram Asadi', section: 'B', note: 'weak', answers: { weights: WEAK, style: LATIN }, code: SEEDED_CODE },
  { id: 'shiva.bagheri', name: 'شیوا باقری', section: 'A', note: 'strong', answers: { weights: STRONG, style: PERSIAN }, code: RIGHT_CODE },
  { id: 'milad.yazdani', name: 'Milad Yazdani', section: 'B', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'golnaz.ansari', name: 'گلناز انصاری', section: 'A', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'anna.kowalska', name: 'Anna Kowalska', section: 'B', note: 'exchange student, strong', answers: strong(), code: { kind: 'file', language: 'js', default: 'seeded' } },
  { id: 'saeed.fallah', name: 'سعید فلاح', section: 'A', note: 'weak', answers: { weights: WEAK, style: LATIN }, code: SEEDED_CODE },
  { id: 'hoda.shariati', name: 'Hoda Shariati', section: 'B', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'vahid.sharifi', name: 'وحید شریفی', section: 'A', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'mahsa.nikpour', name: 'Mahsa Nikpour', section: 'B', note: 'strong', answers: strong(), code: SEEDED_CODE },
  { id: 'ehsan.tavakoli', name: 'احسان توکلی', section: 'A', note: 'typical', answers: { weights: AVERAGE, style: PERSIAN }, code: SEEDED_CODE },
  { id: 'ladan.moghaddam', name: 'Ladan Moghaddam', section: 'B', note: 'typical', answers: average(), code: SEEDED_CODE },
  { id: 'dariush.kamali', name: 'داریوش کمالی', section: 'A', note: 'on the roster, handed nothing in', code: { kind: 'none' }, noFolder: true },
  { id: 'sepideh.alavi', name: 'Sepideh Alavi', section: 'B', note: 'on the roster, handed nothing in', code: { kind: 'none' }, noFolder: true },
];
