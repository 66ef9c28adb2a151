// A CLI context with fake streams, for running commands in-process.
import type { CliContext } from '../../grader/cli/context.ts';

export type FakeContext = CliContext & { readonly out: () => string; readonly err: () => string };

export function fakeContext(cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): FakeContext {
  let out = '';
  let err = '';
  return {
    cwd,
    env: options.env ?? {},
    stdout: { write: (text) => void (out += text), isTTY: options.tty ?? false },
    stderr: { write: (text) => void (err += text), isTTY: options.tty ?? false },
    exitCode: 0,
    out: () => out,
    err: () => err,
  };
}
