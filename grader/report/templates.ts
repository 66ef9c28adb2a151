// Reads the report templates: the defaults shipped in reports/templates/, and an instructor's
// folder (`--templates <dir>`) whose files replace the defaults of the same name
// (`student.html.hbs`, `partials/exercise.md.hbs`) or add partials.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../messages/catalogue.ts';
import type { Problem } from '../problem.ts';
import { compileTemplates } from './compile-templates.ts';
import type { ReportTemplates, TemplateFile } from './compile-templates.ts';

/**
 * reports/templates/ of this package, found by walking up from this module: the source file
 * (grader/report/) and the bundle (dist/) sit at different depths.
 */
export function defaultTemplatesFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    const candidate = join(folder, 'reports', 'templates');
    if (existsSync(join(candidate, 'student.html.hbs'))) return candidate;
    folder = dirname(folder);
  }
  throw new Error('the default report templates (reports/templates/) are missing from this installation');
}

export async function loadTemplates(
  overrides: string | undefined,
  catalogue: Catalogue,
  defaults: string = defaultTemplatesFolder(),
): Promise<{ templates: ReportTemplates; problems: Problem[]; files: ReadonlyMap<string, string>; sources: readonly TemplateFile[] }> {
  const problems: Problem[] = [];
  const files = new Map<string, TemplateFile>();
  for (const file of await readTemplateFolder(defaults, problems)) files.set(file.name, file);
  if (overrides !== undefined) for (const file of await readTemplateFolder(overrides, problems)) files.set(file.name, file);
  const sources = [...files.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const compiled = compileTemplates(sources, catalogue);
  const texts = new Map(sources.map((file) => [file.name, file.source]));
  // `sources` compiles to the same templates elsewhere (a grade worker thread).
  return { templates: compiled.templates, problems: [...problems, ...compiled.problems], files: texts, sources };
}

/** The `.hbs` files of a folder and of its `partials/` subfolder. */
async function readTemplateFolder(folder: string, problems: Problem[]): Promise<TemplateFile[]> {
  const files: TemplateFile[] = [];
  for (const sub of ['', 'partials']) {
    const dir = sub === '' ? folder : join(folder, sub);
    let names: string[];
    try {
      names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.hbs')).map((e) => e.name);
    } catch (error: unknown) {
      const missing = (error as { code?: string }).code === 'ENOENT';
      if (!(missing && sub === 'partials')) {
        problems.push({ code: 'templates-unreadable', severity: 'error', message: missing ? 'no such folder' : String(error), file: dir });
      }
      continue;
    }
    for (const name of names.sort()) {
      const path = join(dir, name);
      try {
        files.push({ name: sub === '' ? name : `${sub}/${name}`, path, source: await readFile(path, 'utf8') });
      } catch (error: unknown) {
        problems.push({ code: 'templates-unreadable', severity: 'error', message: String(error), file: path });
      }
    }
  }
  return files;
}
