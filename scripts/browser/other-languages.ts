// A grading run's pages in the course's other languages: its results record the languages
// the course is taught in (`languages`), and `grader report <run> --lang <code>` renders the
// same results in another one, without grading again. browser-check renders each into a
// temporary folder, so that one run is checked in every language its students may read.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The languages the results in `<folder>/results/` were graded for; none when it holds no results. */
export function runLanguages(folder: string): string[] {
  const results = join(folder, 'results');
  if (!existsSync(results)) return [];
  for (const name of readdirSync(results).filter((n) => n.endsWith('.json')).sort()) {
    try {
      const languages = (JSON.parse(readFileSync(join(results, name), 'utf8')) as { languages?: unknown }).languages;
      if (Array.isArray(languages) && languages.every((l) => typeof l === 'string')) return languages as string[];
    } catch {
      // A result file that is not JSON says nothing about languages; the next one may.
    }
  }
  return [];
}

/** bin/grader.js of this repository, from the script's place (dist/, or scripts/browser/ when run from source). */
export function graderBin(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const bin = join(dir, 'bin', 'grader.js');
    if (existsSync(bin)) return bin;
    if (dirname(dir) === dir) throw new Error(`no bin/grader.js above ${from}`);
  }
}

/** `grader report <run> --lang <lang> --out <out>`; a sentence saying what failed, or undefined. */
export function renderLanguage(run: string, lang: string, out: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(process.execPath, [graderBin(), 'report', run, '--lang', lang, '--out', out], { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      resolve(error === null ? undefined : `grader report ${run} --lang ${lang} failed (${error.code ?? error.message}): ${stderr.trim()}`);
    });
  });
}
