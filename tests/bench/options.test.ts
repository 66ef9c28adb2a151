// The bench's command line: a typo is a line of usage and exit code 2 before any work starts.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/options.ts';

const root = join(import.meta.dirname, '../..');

describe('parseBenchArgs', () => {
  it('gives the documented defaults', () => {
    expect(parseBenchArgs([])).toEqual({ options: { sizes: [100, 1000, 10000], sample: 12, parallel: 2, checkRuns: 5, floorStudents: 100, keep: false } });
  });

  it('reads every option', () => {
    const parsed = parseBenchArgs(['--sizes', '50,2000', '--sample', '0', '--parallel', '4', '--check-runs', '3', '--floor-students', '0', '--keep', '--work', '/tmp/b', '--json', 'o.json']);
    expect(parsed).toEqual({ options: { sizes: [50, 2000], sample: 0, parallel: 4, checkRuns: 3, floorStudents: 0, keep: true, work: '/tmp/b', json: 'o.json' } });
  });

  it.each([
    [['--sizes', '1000,abc'], '--sizes takes a whole number from 1 to 1000000, got "abc"'],
    [['--sizes', '0'], '--sizes takes a whole number from 1 to 1000000, got "0"'],
    [['--sizes', ''], '--sizes takes a whole number from 1 to 1000000, got ""'],
    [['--sample=-1'], '--sample takes a whole number from 0 to 1000, got "-1"'],
    [['--parallel', '1.5'], '--parallel takes a whole number from 1 to 64, got "1.5"'],
    [['--check-runs', 'x'], '--check-runs takes a whole number from 0 to 100, got "x"'],
    [['--floor-students', 'lots'], '--floor-students takes a whole number from 0 to 10000, got "lots"'],
  ])('refuses %j', (argv, message) => {
    expect(parseBenchArgs(argv)).toEqual({ error: message });
  });

  it('names an unknown option', () => {
    const parsed = parseBenchArgs(['--size', '10']);
    expect('error' in parsed && parsed.error).toContain("'--size'");
  });

  it('answers --help', () => {
    expect(parseBenchArgs(['--help', '--sizes', 'abc'])).toEqual({ help: true });
  });
});

describe('node dist/bench.js', () => {
  it('prints its usage for --help and exits 0', () => {
    const out = execFileSync(process.execPath, [join(root, 'dist/bench.js'), '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/^usage: node dist\/bench\.js/);
    expect(out).toContain('--sizes <n,n,...>');
    expect(out).toContain('--floor-students <n>');
  });

  it('exits 2 with one line of reason and the usage on a bad option, having written nothing', () => {
    const run = spawnSync(process.execPath, [join(root, 'dist/bench.js'), '--sample', 'many'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('bench: --sample takes a whole number from 0 to 1000, got "many"');
    expect(run.stderr).not.toContain('    at ');
  });
});
