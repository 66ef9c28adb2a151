import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { checkCommand } from './check.ts';
import { gradeCommand } from './grade.ts';
import { gradescopeCommand } from './gradescope.ts';
import { mergeCommand } from './merge.ts';
import { packCommand } from './pack.ts';
import { reportCommand } from './report.ts';
import { sheetCommand } from './sheet.ts';
import { registerValidate } from './validate.ts';

/**
 * Each command registers itself on the program; adding a command means adding a line here.
 * A registration names the command's options only: its work is in actions/, imported when
 * the command runs, so that the CLI starts without loading what other commands need.
 */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const commands: readonly RegisterCommand[] = [registerValidate, checkCommand, sheetCommand, packCommand, gradeCommand, reportCommand, mergeCommand, gradescopeCommand];
