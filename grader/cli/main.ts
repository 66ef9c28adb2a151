import { Command, CommanderError } from 'commander';
import type { CliContext } from './context.ts';
import { EXIT } from './context.ts';
import { commands } from './commands/index.ts';

export const VERSION = '0.1.0';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('grader')
    .description('Grade machine-learning exercises: answers under tolerance rules, student code in a sandbox, feedback reports.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });
  for (const register of commands) register(program, ctx);
  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never calls process.exit. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error: unknown) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; parse errors with 1, which we call bad usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    ctx.stderr.write(`grader: internal error: ${message}\n`);
    return EXIT.failed;
  }
}
