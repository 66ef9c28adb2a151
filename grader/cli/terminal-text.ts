// Text from files and students on a terminal: control characters (escape sequences that
// recolour, retitle or rewrite the terminal) and bidirectional overrides are shown as
// \uXXXX, never obeyed. Tabs and newlines stay, except in a single-line field.

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function visible(text: string): string {
  return text.replace(CONTROLS, escaped);
}

/** visible(), with tabs and newlines shown too: for a file name or a one-line message. */
export function visibleLine(text: string): string {
  return visible(text).replace(/[\t\n]/g, escaped);
}
