import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../grader/batch/csv.ts';
import { parseRoster } from '../../grader/batch/roster.ts';
import { inShard, parseShard, shardOf } from '../../grader/batch/shard.ts';

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const result = parseCsv('\uFEFFid,name\r\ns1,"Doe, ""Jo"""\r\ns2,"two\nlines"\r\n');
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['id', 'name'] },
        { line: 2, cells: ['s1', 'Doe, "Jo"'] },
        { line: 3, cells: ['s2', 'two\nlines'] },
      ],
    });
  });
  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('id,name\ns1,"open\ns2,x\n')).toMatchObject({ ok: false, line: 2 });
  });
});

describe('roster', () => {
  it('reads columns in any order, Persian names included, and skips blank lines', () => {
    const roster = parseRoster('name,email,id,section\nسارا احمدی,sara@example.edu,s001,A\n\nAli Rezaei,,s002,B\n');
    expect(roster.problems).toEqual([]);
    expect(roster.entries.get('s001')).toEqual({ id: 's001', name: 'سارا احمدی', email: 'sara@example.edu', section: 'A' });
    expect(roster.entries.get('s002')).toEqual({ id: 's002', name: 'Ali Rezaei', section: 'B' });
    // The line of each row, blank lines counted, for problems found later.
    expect([...roster.lines]).toEqual([['s001', 2], ['s002', 4]]);
  });
  it('takes a submission time from the roster', () => {
    const roster = parseRoster('id,submitted_at\ns1,2026-10-06T10:00:00+03:30\n');
    expect(roster.entries.get('s1')?.submittedAt).toBe('2026-10-06T10:00:00+03:30');
  });
  it.each([
    ['semicolons', 'id;name;email\ns1;Doe, Jo;jo@x\n', ';'],
    ['tabs', 'name\tid\nDoe, Jo\ts1\n', '\t'],
    ["Excel's sep= line", 'sep=;\r\nid;name\r\ns1;"Doe; Jo"\r\n', ';'],
  ])('reads a roster separated by %s', (_what, text, delimiter) => {
    const roster = parseRoster(text);
    expect(roster).toMatchObject({ readable: true, problems: [], delimiter });
    expect(roster.entries.get('s1')?.name).toMatch(/^Doe[,;] Jo$/);
    expect(roster.lines.get('s1')).toBe(text.startsWith('sep=') ? 3 : 2);
  });
  it('keeps the line of each row after a quoted line break', () => {
    expect([...parseRoster('id,name\ns1,"two\nlines"\n\ns2,x\n').lines]).toEqual([['s1', 2], ['s2', 5]]);
  });
  it('takes ids that differ only by case for one student, the first row kept', () => {
    const roster = parseRoster('id,name\nr-two,First\nR-Two,Second\n');
    expect([...roster.entries.keys()]).toEqual(['r-two']);
    expect(roster.problems).toEqual([expect.objectContaining({ code: 'roster-duplicate-case', line: 3 })]);
    expect(roster.problems[0]!.message).toContain('"R-Two" is "r-two" of line 2 but for case');
  });
  it.each([
    ['name,email\nJo,jo@x\n', 'roster-header', 1],
    ['name;email\nJo;jo@x\n', 'roster-header', 1],
    ['id,name\n,Nobody\n', 'roster-row', 2],
    ['id,name\ns1,A\ns1,B\n', 'roster-duplicate', 3],
    ['id,name\ns1,"never closed\n', 'roster-syntax', 2],
  ])('reports %j as %s on line %d', (text, code, line) => {
    expect(parseRoster(text).problems).toEqual([expect.objectContaining({ code, line })]);
    expect(parseRoster(text).readable).toBe(code === 'roster-row' || code === 'roster-duplicate');
  });
});

describe('shards', () => {
  it.each([
    ['1/4', { index: 1, count: 4 }],
    ['4/4', { index: 4, count: 4 }],
    [' 2/3 ', { index: 2, count: 3 }],
  ])('parses %j', (text, shard) => expect(parseShard(text)).toEqual(shard));
  it.each(['0/4', '5/4', '1/0', 'a/b', '1-4', ''])('rejects %j with a message', (text) => {
    expect(typeof parseShard(text)).toBe('string');
  });
  it('puts every student in exactly one shard, stably, and spreads a class evenly', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `s${String(i).padStart(4, '0')}`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) {
      const owners = [1, 2, 3, 4].filter((index) => inShard(id, { index, count: 4 }));
      expect(owners).toEqual([shardOf(id, 4)]);
      counts[owners[0]! - 1]!++;
    }
    for (const count of counts) expect(count).toBeGreaterThan(900);
    expect(shardOf('s0001', 4)).toBe(shardOf('s0001', 4));
  });
});
