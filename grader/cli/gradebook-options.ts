// The gradebook options of the commands that write a gradebook (grade, report, merge): its
// layout, and what Canvas and Moodle need to match its columns and rows.
import { Option, type Command } from 'commander';
import { CANVAS_COLUMNS, GRADEBOOK_FORMATS, MOODLE_USER_FIELDS, type CanvasColumns, type GradebookFormat, type MoodleUserField } from '../report/gradebook-formats.ts';
import type { GradebookOptions } from '../report/gradebook-layouts/layout.ts';

export interface GradebookCliOptions {
  readonly format: GradebookFormat;
  readonly canvasId?: readonly string[];
  readonly canvasColumns?: CanvasColumns;
  readonly moodleUserField?: MoodleUserField;
}

const collect = (value: string, previous: readonly string[] | undefined): string[] => [...(previous ?? []), value];

export function addGradebookOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'the gradebook layout').choices(GRADEBOOK_FORMATS).default('plain'))
    .option('--canvas-id <assignment=id>', "with --format canvas: an assignment's id in Canvas, such as week-1=123456 (again for each assignment; over the course file's canvas_id)", collect)
    .addOption(
      new Option('--canvas-columns <columns>', 'with --format canvas: one column per assignment, or one per exercise (each then its own Canvas assignment)').choices(CANVAS_COLUMNS).default('assignments'),
    )
    .addOption(
      new Option('--moodle-user-field <field>', 'with --format moodle: the user field Moodle finds each row by (choose it under "Identify user by")').choices(MOODLE_USER_FIELDS).default('idnumber'),
    );
}

const badCanvasId = (text: string): string => `--canvas-id takes <assignment id>=<Canvas id>, such as week-1=123456, got "${text}"`;

/** The options as the gradebook writers take them, or what is wrong with them. */
export function gradebookOptions(cli: GradebookCliOptions): GradebookOptions | string {
  const canvasIds = new Map<string, number>();
  for (const text of cli.canvasId ?? []) {
    const match = /^([^=]+)=(\d+)$/.exec(text.trim());
    const id = Number(match?.[2]);
    if (!match || !Number.isSafeInteger(id) || id < 1) return badCanvasId(text);
    canvasIds.set(match[1]!.trim(), id);
  }
  return {
    ...(canvasIds.size === 0 ? {} : { canvasIds }),
    canvasColumns: cli.canvasColumns ?? 'assignments',
    moodleUserField: cli.moodleUserField ?? 'idnumber',
  };
}
