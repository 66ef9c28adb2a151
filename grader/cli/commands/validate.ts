// `grader validate [paths...]`: the instructor's linter for exercises and course files.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import type { RegisterCommand } from './index.ts';

export const registerValidate: RegisterCommand = (program: Command, ctx: CliContext) => {
  program
    .command('validate')
    .description('Check exercise and course files: schema, reference names, argument kinds, finite answers, placeholders, misconceptions.')
    .argument('[paths...]', 'exercise files or folders (default: exercises/ if it exists, else .)')
    .option('--json', 'print the problems as JSON')
    .action(async (paths: string[], options: { json?: boolean }) => (await import('../actions/validate.ts')).validate(paths, options, ctx));
};
