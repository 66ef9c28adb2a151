// Renders {{name}} placeholders for grading tests (the course's own renderer lives in grader/spec/prompt.ts).
import type { Value } from '../../reference/index.ts';

export function renderPrompt(template: string, values: ReadonlyMap<string, Value>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values.get(name);
    return value === undefined ? whole : typeof value === 'number' ? String(value) : `[${value.join(', ')}]`;
  });
}
