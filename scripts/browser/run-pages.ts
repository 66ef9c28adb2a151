// The HTML pages of a grading run (`grader grade --out <folder>`): its class summary and every
// student's report, and the language they are written in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunPages {
  readonly folder: string;
  /** The `lang` of the summary's <html> element (`en`, `fa`). */
  readonly lang: string;
  readonly summary: string;
  /** Every student's report, by student id, sorted. */
  readonly reports: ReadonlyMap<string, string>;
}

/** The pages of `folder`, or a sentence saying why it is not a grading run's output. */
export function findRunPages(folder: string): RunPages | string {
  const summary = join(folder, 'summary.html');
  const reports = join(folder, 'reports');
  if (!existsSync(summary) || !existsSync(reports)) return `${folder} has no summary.html and reports/: grade a class into it first (npm run demo)`;
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(summary, 'utf8'))?.[1] ?? 'und';
  const names = readdirSync(reports).filter((name) => name.endsWith('.html')).sort();
  return { folder, lang, summary, reports: new Map(names.map((name) => [name.slice(0, -'.html'.length), join(reports, name)])) };
}
