// `grader check` as a student runs it, again and again: the second check of a course reads
// the parsed exercise files from the cache the first left, answers the same, and an edited
// exercise file is parsed again, never served stale.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './fixture.ts';
import { finished, spawnGrader } from './run.ts';

const STUDENT = join(REPO, 'examples/class/ali.rezaei');

function course(): { dir: string; courseFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'grader-check-cache-'));
  cpSync(join(REPO, 'exercises'), join(dir, 'exercises'), { recursive: true });
  return { dir, courseFile: join(dir, 'exercises/course.yaml') };
}

/** Each cache entry's file name and when it was last written. */
function entriesWritten(cache: string): Record<string, number> {
  const specs = join(cache, 'specs');
  return Object.fromEntries(readdirSync(specs).map((name) => [name, statSync(join(specs, name)).mtimeMs]));
}

const check = (dir: string, courseFile: string, cache: string) =>
  finished(spawnGrader(dir, ['check', STUDENT, '--course', courseFile, '--lang', 'en'], { ...process.env, GRADER_CACHE_DIR: cache }));

describe('grader check with its course cache', () => {
  it('answers the same from the cache, and parses an edited exercise again', async () => {
    const { dir, courseFile } = course();
    const cache = join(dir, 'cache');
    const first = await check(dir, courseFile, cache);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/die-face\s+2\/2/);
    expect(readdirSync(join(cache, 'specs'))).toHaveLength(41);
    const written = entriesWritten(cache);

    // Served from the cache: no entry written again.
    const second = await check(dir, courseFile, cache);
    expect(second).toEqual(first);
    expect(entriesWritten(cache)).toEqual(written);

    const dieFace = join(dir, 'exercises/probability/die-face.yaml');
    writeFileSync(dieFace, readFileSync(dieFace, 'utf8').replace(/^points: 2$/m, 'points: 5'));
    const edited = await check(dir, courseFile, cache);
    expect(edited.out).toMatch(/die-face\s+5\/5/);
    const rewritten = Object.entries(entriesWritten(cache)).filter(([name, at]) => written[name] !== at);
    expect(rewritten).toHaveLength(1);
    expect(Object.keys(entriesWritten(cache))).toHaveLength(41);
  });

  it("keeps it in the user's cache folder by default", async () => {
    const { dir, courseFile } = course();
    const { GRADER_CACHE_DIR: _chosen, XDG_CACHE_HOME: _xdg, LOCALAPPDATA: _windows, ...env } = process.env;
    for (const [home, where] of [
      [{ HOME: join(dir, 'home') }, 'home/.cache/ml-exercise-grader/specs'],
      [{ HOME: join(dir, 'home'), XDG_CACHE_HOME: join(dir, 'xdg') }, 'xdg/ml-exercise-grader/specs'],
    ] as const) {
      const run = await finished(spawnGrader(dir, ['check', STUDENT, '--course', courseFile, '--lang', 'en'], { ...env, ...home }));
      expect(run.code).toBe(0);
      expect(readdirSync(join(dir, where))).toHaveLength(41);
    }
  });

  it('keeps nothing when GRADER_CACHE_DIR is off', async () => {
    const { dir, courseFile } = course();
    const run = await check(dir, courseFile, 'off');
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'off'))).toBe(false);
  });
});
