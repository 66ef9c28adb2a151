// Text from files and students on a terminal: control characters (escape sequences that
// recolour, retitle or rewrite the terminal) and bidirectional overrides are shown as
// \uXXXX, never obeyed, as the sandbox shows a student's console (escapeConsole). Tabs and
// newlines stay, except in a single-line field.
import { escapeConsole } from '../sandbox/display.ts';

export const visible = escapeConsole;

/** visible(), with tabs and newlines shown too: for a file name or a one-line message. */
export function visibleLine(text: string): string {
  return escapeConsole(text).replace(/[\t\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
