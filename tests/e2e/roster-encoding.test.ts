// Rosters as Excel saves them (issue 12, item 15): "CSV" in the computer's code page
// (Windows-1256 on a Persian Windows, Windows-1252 on a Western one), semicolon-separated where
// the decimal mark is a comma (with or without Excel's `sep=;` line), and "Unicode text"
// (UTF-16 with tabs). None may silently turn names into "����": each is read, or refused with
// its line before anything is written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentResult } from '../../grader/result/types.ts';
import { writeCourse } from './fixture.ts';
import { gradeInProcess } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-roster-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = { 'parastoo.golzar': 'پرستو گلزار', 'jose.muller': 'José Müller' } as const;

/** `text` in a single-byte code page, by inverting what Node's decoder makes of each byte. */
function encodeIn(page: string, text: string): Buffer {
  const decoder = new TextDecoder(page);
  const byChar = new Map<string, number>();
  for (let byte = 255; byte >= 0; byte--) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => {
    const byte = byChar.get(char);
    if (byte === undefined) throw new Error(`${char} is not in ${page}`);
    return byte;
  }));
}

const rows = (delimiter: string, names: Record<string, string> = NAMES): string =>
  [['id', 'name', 'email'], ...Object.entries(names).map(([id, name]) => [id, name, `${id}@students.example.edu`])].map((row) => row.join(delimiter)).join('\r\n') + '\r\n';

const grade = (roster: string, out: string, ...args: string[]) => gradeInProcess(dir, ['submissions', '--roster', roster, '--out', out, ...args]);
const student = (out: string, id: string): StudentResult => JSON.parse(readFileSync(join(dir, out, 'results', `${id}.json`), 'utf8')) as StudentResult;

beforeAll(() => {
  writeCourse(dir);
  for (const id of Object.keys(NAMES)) {
    mkdirSync(join(dir, 'submissions', id), { recursive: true });
    writeFileSync(join(dir, 'submissions', id, 'answers.yaml'), 'house-price-task: Regression\n');
  }
  writeFileSync(join(dir, 'persian-1256.csv'), encodeIn('windows-1256', rows(',', { 'parastoo.golzar': NAMES['parastoo.golzar'] })));
  writeFileSync(join(dir, 'western-1252.csv'), encodeIn('windows-1252', rows(',', { 'jose.muller': NAMES['jose.muller'] })));
  writeFileSync(join(dir, 'semicolons.csv'), rows(';'));
  writeFileSync(join(dir, 'sep-line.csv'), `sep=;\r\n${rows(';').replace('José Müller', '"Müller; José"')}`);
  writeFileSync(join(dir, 'unicode-text.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows('\t'), 'utf16le')]));
});

describe('a roster that is not UTF-8', () => {
  it('is refused with its first bad line and the encodings to name, and nothing is written', async () => {
    const run = await grade('persian-1256.csv', 'refused');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/persian-1256\.csv:2: error roster-encoding: this line is not UTF-8 text/);
    // Read as Windows-1256 the line gives the name back: the message says so, to pick the right one.
    expect(run.err).toContain(`--roster-encoding windows-1256 (the line then reads "parastoo.golzar,${NAMES['parastoo.golzar']},`);
    expect(run.err).toContain('--roster-encoding windows-1252');
    expect(run.err).toContain('nothing was graded');
    expect(run.out).toBe('');
    expect(existsSync(join(dir, 'refused'))).toBe(false);
  });

  it.each([
    ['persian-1256.csv', 'windows-1256', 'parastoo.golzar'],
    ['western-1252.csv', 'windows-1252', 'jose.muller'],
  ] as const)('%s is read with --roster-encoding %s, names intact in results and gradebook', async (file, encoding, id) => {
    const out = `out-${encoding}`;
    const run = await grade(file, out, '--roster-encoding', encoding);
    expect(run.err).not.toMatch(/roster-(encoding|syntax|header)/);
    expect(student(out, id).student.name).toBe(NAMES[id]);
    expect(readFileSync(join(dir, out, 'gradebook.csv'), 'utf8')).toContain(`${id},${NAMES[id]},${id}@students.example.edu`);
    expect(readFileSync(join(dir, out, 'gradebook.csv'), 'utf8')).not.toContain('\uFFFD');
  });

  it('warns when a UTF-8 roster is read with a code page it was not saved in', async () => {
    const run = await grade('semicolons.csv', 'out-unneeded', '--roster-encoding', 'windows-1252');
    expect(run.err).toMatch(/semicolons\.csv: warning roster-encoding-unneeded: the roster is UTF-8 text, but was read as windows-1252/);
  });

  it('an encoding Node.js does not know is bad usage (2)', async () => {
    const run = await grade('semicolons.csv', 'never', '--roster-encoding', 'klingon');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--roster-encoding klingon is not an encoding');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});

describe('a roster in another layout', () => {
  it.each([
    ['semicolons.csv', 'separated by semicolons'],
    ['sep-line.csv', "with Excel's sep=; line and a quoted semicolon"],
    ['unicode-text.txt', 'saved as Unicode text (UTF-16, tabs)'],
  ])('%s (%s) is read', async (file) => {
    const out = `out-${file}`;
    const run = await grade(file, out);
    expect(run.code).toBe(0);
    expect(student(out, 'parastoo.golzar').student).toEqual({ onRoster: true, id: 'parastoo.golzar', name: NAMES['parastoo.golzar'], email: 'parastoo.golzar@students.example.edu' });
    expect(student(out, 'jose.muller').student.name).toBe(file === 'sep-line.csv' ? 'Müller; José' : NAMES['jose.muller']);
  });
});
