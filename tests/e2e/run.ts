// Running `grader grade` for the end-to-end tests: in-process with fake streams, or as the
// real process; and reading an output folder whole, to compare runs byte for byte.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCli } from '../../grader/cli/main.ts';
import { fakeContext } from '../cli/fake-context.ts';
import { REPO } from './fixture.ts';

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function gradeInProcess(cwd: string, args: readonly string[]): Promise<Run> {
  const ctx = fakeContext(cwd);
  const code = await runCli(['grade', ...args], ctx);
  return { code, out: ctx.out(), err: ctx.err() };
}

/** The real CLI, as a user runs it (bundled into dist/ by the tests' global setup). */
export function spawnGrader(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, [join(REPO, 'bin/grader.js'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function finished(child: ChildProcess): Promise<Run> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => void (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal === null ? -1 : 128), out, err }));
  });
}

/** Every file under `dir` (hidden ones included) by its path relative to `dir`, with its text. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

export function modifiedAt(path: string): number {
  return statSync(path).mtimeMs;
}
