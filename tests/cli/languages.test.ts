// The course's own text in its languages, through the CLI on a copy of the bank: `validate`
// warns of a Persian text left out and refuses a language without a catalogue (and `grade`
// then writes nothing), `check` takes an option by its Persian label, and `sheet` shows the
// Persian title and prompt.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { StudentResult } from '../../grader/result/types.ts';
import { fakeContext } from './fake-context.ts';

const bank = join(import.meta.dirname, '../../exercises');
const root = mkdtempSync(join(tmpdir(), 'grader-languages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copyOfBank(): string {
  const dir = mkdtempSync(join(root, 'course-'));
  cpSync(bank, join(dir, 'exercises'), { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, 'exercises', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('the course text in Persian and English, through the CLI', () => {
  it('grader validate warns of a Persian title left out, at the English title, and still exits 0', async () => {
    const dir = copyOfBank();
    edit(dir, 'softmax/softmax-three-logits.yaml', '    title: سافت‌مکس سه لاجیت\n', '');
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', 'exercises'], ctx)).toBe(0);
    expect(ctx.out()).toContain('exercises/softmax/softmax-three-logits.yaml:3:8: warning missing-translation: no Persian (fa) title: add translations.fa.title\n');
    expect(ctx.out()).toContain('  title: Softmax of three logits\n         ^^^^^^^^^^^^^^^^^^^^^^^');
  });

  it('grader validate refuses a language with no catalogue, and grader grade writes nothing', async () => {
    const dir = copyOfBank();
    edit(dir, 'course.yaml', 'languages: [fa, en]', 'languages: [fa, en, xx]');
    const validate = fakeContext(dir);
    expect(await runCli(['validate', '--json', 'exercises'], validate)).toBe(1);
    // Errors only: without a usable course the bank's variants are sampled without its salt, and
    // some warnings (colliding misconceptions) depend on which variants are drawn.
    const problems = (JSON.parse(validate.out()) as { problems: { file: string; code: string; severity: string; line: number; col: number }[] }).problems.filter((p) => p.severity === 'error');
    const line = readFileSync(join(dir, 'exercises/course.yaml'), 'utf8').split('\n').indexOf('languages: [fa, en, xx]') + 1;
    expect(problems).toEqual([expect.objectContaining({ file: 'exercises/course.yaml', code: 'unknown-language', severity: 'error', line, col: 21 })]);

    const student = join(dir, 'class', 's001');
    mkdirSync(student, { recursive: true });
    writeFileSync(join(student, 'answers.yaml'), 'die-face: 1/6\n');
    const out = join(dir, 'graded');
    const grade = fakeContext(dir);
    expect(await runCli(['grade', 'class', '--out', out], grade)).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('grader check takes a choice answered with its Persian label, from translations', async () => {
    const dir = copyOfBank();
    const student = join(dir, 's001');
    mkdirSync(student);
    // decide-class's default ŷ is 0.4: class 0. Its Persian labels are new with translations.
    writeFileSync(join(student, 'answers.yaml'), 'house-price-task: رگرسیون (خروجی یک مقدار پیوسته است)\ndecide-class: کلاس ۰\nsoftmax-predicted-class: کلاس C\n');
    const ctx = fakeContext(dir);
    await runCli(['check', student, '--defaults', '--assignment', 'week-1', '--json'], ctx);
    const result = JSON.parse(ctx.out()) as StudentResult;
    const status = (id: string) => result.exercises.find((e) => e.id === id)?.status;
    expect([status('house-price-task'), status('decide-class'), status('softmax-predicted-class')]).toEqual(['correct', 'correct', 'incorrect']);
  });

  it("grader sheet is in the course's first language, Persian, and in English with --lang en", async () => {
    const dir = copyOfBank();
    const persian = fakeContext(dir);
    expect(await runCli(['sheet', '--assignment', 'week-1'], persian)).toBe(0);
    const sheet = persian.out();
    expect(sheet).toContain('# مقدمه‌ای بر یادگیری ماشین: احتمال و توابع فعال‌سازی (عددهای جزوهٔ درس)\n');
    expect(sheet).toContain('## ۱۳. سافت‌مکس سه لاجیت (softmax-three-logits، ۴ امتیاز)\n\nیک دسته‌بند برای کلاس‌های A، B و C لاجیت‌های z = [2, 1, 0.1] را می‌دهد.');
    expect(sheet).toContain('  class-0) کلاس ۰\n');
    // A number in a Persian prompt is written in Persian digits; a vector stays as math.
    expect(sheet).toContain('یک تاس سالم ۶ وجه دارد که با عددهای ۱ تا ۶ شماره‌گذاری شده‌اند.\nاحتمال آمدن عدد ۳ چقدر است؟');
    expect(sheet).not.toContain('A fair die');
    const english = fakeContext(dir);
    expect(await runCli(['sheet', '--assignment', 'week-1', '--lang', 'en'], english)).toBe(0);
    expect(english.out()).toContain('# Introduction to machine learning: Probability and activations (the course notes’ numbers)\n');
    expect(english.out()).toContain('A fair die has 6 faces, numbered 1 to 6.');
    expect(english.out()).toContain('  class-0) Class 0\n');
    expect(english.out()).not.toMatch(/[\u0600-\u06FF]/);
  });
});
