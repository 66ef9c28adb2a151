// Everything a command may touch of the outside world, passed in so that tests
// run commands in-process with their own streams, environment and folder.
export interface CliContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Set by a command's action; the CLI exits with it. */
  exitCode: number;
}

export interface OutputStream {
  write(text: string): void;
  readonly isTTY: boolean;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(stream: OutputStream, env: CliContext['env']): boolean {
  return stream.isTTY && !('NO_COLOR' in env && env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}
