// Compiles the report templates into two isolated Handlebars environments, one per output
// flavour (HTML escapes with Handlebars' `{{ }}`, Markdown with its own helpers). A template
// that does not parse, calls an unknown helper or names a missing partial becomes a Problem
// with its file and line, and is left out; the others still work.
import Handlebars from 'handlebars';
import type { Catalogue } from '../messages/catalogue.ts';
import type { Problem } from '../problem.ts';
import { HELPERS } from './helpers.ts';

export type Flavour = 'html' | 'md';
export const TEMPLATE_NAMES = ['student.html', 'student.md', 'summary.html'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** One template or partial file: `student.html.hbs`, `partials/exercise.md.hbs`. */
export interface TemplateFile {
  /** Relative to its templates folder, with `/` separators. */
  readonly name: string;
  /** Where it was read from, for problems. */
  readonly path: string;
  readonly source: string;
}

export type RenderOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

export interface ReportTemplates {
  /** The language the reports are written in. */
  readonly catalogue: Catalogue;
  has(name: TemplateName): boolean;
  render(name: TemplateName, view: unknown): RenderOutcome;
}

const TEMPLATE_FILE = /^(student|summary)\.(html|md)\.hbs$/;
const PARTIAL_FILE = /^partials\/([A-Za-z0-9_-]+)\.(html|md)\.hbs$/;

interface Parsed {
  readonly file: TemplateFile;
  readonly ast: hbs.AST.Program;
}

export function compileTemplates(files: readonly TemplateFile[], catalogue: Catalogue): { templates: ReportTemplates; problems: Problem[] } {
  const problems: Problem[] = [];
  const environments = { html: createEnvironment('html'), md: createEnvironment('md') };
  const compiled = new Map<TemplateName, { file: TemplateFile; render: HandlebarsTemplateDelegate }>();
  const partials: Record<Flavour, Map<string, Parsed>> = { html: new Map(), md: new Map() };
  const templates: { name: TemplateName; flavour: Flavour; parsed: Parsed }[] = [];

  for (const file of files) {
    const template = TEMPLATE_FILE.exec(file.name);
    const partial = PARTIAL_FILE.exec(file.name);
    if (template === null && partial === null) {
      problems.push(unknownFile(file));
      continue;
    }
    const ast = parse(environments.html, file, problems);
    if (ast === undefined) continue;
    if (template !== null) {
      const name = `${template[1]}.${template[2]}` as TemplateName;
      if ((TEMPLATE_NAMES as readonly string[]).includes(name)) templates.push({ name, flavour: template[2] as Flavour, parsed: { file, ast } });
      else problems.push(unknownFile(file));
    } else {
      partials[partial![2] as Flavour].set(partial![1]!, { file, ast });
    }
  }

  // Partials first, so that templates can be checked against the partials that compiled.
  for (const flavour of ['html', 'md'] as const) {
    let changed = true;
    // A partial that names a broken partial is broken too; repeat until nothing changes.
    while (changed) {
      changed = false;
      for (const [name, parsed] of partials[flavour]) {
        const problem = check(environments[flavour], parsed, partials[flavour]);
        if (problem === undefined) continue;
        problems.push(problem);
        partials[flavour].delete(name);
        changed = true;
      }
    }
    for (const [name, parsed] of partials[flavour]) {
      environments[flavour].registerPartial(name, environments[flavour].compile(parsed.ast, compileOptions(flavour)));
    }
  }
  for (const { name, flavour, parsed } of templates) {
    const problem = check(environments[flavour], parsed, partials[flavour]);
    if (problem !== undefined) problems.push(problem);
    else compiled.set(name, { file: parsed.file, render: environments[flavour].compile(parsed.ast, compileOptions(flavour)) });
  }

  return {
    problems: dedupe(problems),
    templates: {
      catalogue,
      has: (name) => compiled.has(name),
      render(name, view) {
        const template = compiled.get(name);
        if (template === undefined) {
          return { ok: false, problem: { code: 'template-missing', severity: 'error', message: `no usable ${name}.hbs template`, file: `${name}.hbs` } };
        }
        try {
          return { ok: true, text: template.render(view, { data: { catalogue } }) };
        } catch (error: unknown) {
          return { ok: false, problem: templateProblem('template-render', template.file, error) };
        }
      },
    },
  };
}

function createEnvironment(flavour: Flavour): typeof Handlebars {
  const environment = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS[flavour])) environment.registerHelper(name, helper);
  return environment;
}

function compileOptions(flavour: Flavour): CompileOptions {
  const knownHelpers = Object.fromEntries(Object.keys(HELPERS[flavour]).map((name) => [name, true]));
  // Unknown helpers fail at compile time with a line number instead of at render time.
  return { knownHelpers, knownHelpersOnly: true };
}

function parse(environment: typeof Handlebars, file: TemplateFile, problems: Problem[]): hbs.AST.Program | undefined {
  try {
    return environment.parse(file.source);
  } catch (error: unknown) {
    problems.push(templateProblem('template-syntax', file, error));
    return undefined;
  }
}

/** Compile-time errors (unknown helpers) and partials that do not exist, as a Problem. */
function check(environment: typeof Handlebars, parsed: Parsed, partials: ReadonlyMap<string, Parsed>): Problem | undefined {
  const missing = partialsNamed(parsed.ast).find((reference) => !partials.has(reference.name));
  if (missing !== undefined) {
    return {
      code: 'template-missing-partial',
      severity: 'error',
      message: `the partial "${missing.name}" does not exist (or did not compile)`,
      file: parsed.file.path,
      line: missing.line,
      col: missing.col,
    };
  }
  try {
    const flavour = parsed.file.name.endsWith('.md.hbs') ? 'md' : 'html';
    environment.precompile(parsed.ast, compileOptions(flavour));
    return undefined;
  } catch (error: unknown) {
    return templateProblem('template-compile', parsed.file, error);
  }
}

function partialsNamed(ast: hbs.AST.Program): { name: string; line: number; col: number }[] {
  const found: { name: string; line: number; col: number }[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; name?: { type?: string; original?: unknown }; loc?: hbs.AST.SourceLocation };
    // Partial blocks (`{{#> name}}fallback{{/name}}`) have a fallback, so only plain partials are checked.
    if (n.type === 'PartialStatement' && n.name?.type === 'PathExpression' && typeof n.name.original === 'string') {
      found.push({ name: n.name.original, line: n.loc?.start.line ?? 1, col: (n.loc?.start.column ?? 0) + 1 });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === 'object' && value !== n.loc) visit(value);
    }
  };
  visit(ast);
  return found;
}

function templateProblem(code: string, file: TemplateFile, error: unknown): Problem {
  const e = error as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const text = typeof e?.message === 'string' ? e.message : String(error);
  // Jison's parse errors carry the line only in their text: "Parse error on line 3:\n<excerpt>\n---^\nExpecting …".
  const parseError = /^Parse error on line (\d+):[\s\S]*\n(.*)$/.exec(text);
  const line = typeof e.lineNumber === 'number' ? e.lineNumber : Number(parseError?.[1] ?? NaN);
  const col = typeof e.column === 'number' ? e.column + 1 : undefined;
  const message = parseError === null ? text.replace(/ - \d+:\d+$/, '') : `syntax error: ${parseError[2]}`;
  return {
    code,
    severity: 'error',
    message: message.replace(/\s*\n\s*/g, ' '),
    file: file.path,
    ...(Number.isFinite(line) ? { line } : {}),
    ...(col === undefined ? {} : { col }),
  };
}

function unknownFile(file: TemplateFile): Problem {
  return {
    code: 'unknown-template',
    severity: 'warning',
    message: `"${file.name}" is not a report template (${TEMPLATE_NAMES.map((n) => `${n}.hbs`).join(', ')}, or partials/<name>.html.hbs / .md.hbs); ignored`,
    file: file.path,
  };
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.col}:${p.code}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
