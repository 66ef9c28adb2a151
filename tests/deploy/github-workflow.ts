// Checks a GitHub Actions workflow as GitHub reads it: @actions/workflow-parser (the parser
// and schema of GitHub's own workflow language service) for the workflow's keys, values and
// expressions, and each action's declared inputs for the `with:` of its steps. Problems are
// data, with the file, line and column.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { REPO } from '../e2e/fixture.ts';

type WorkflowParser = typeof import('@actions/workflow-parser');

export interface WorkflowProblem {
  readonly code: 'workflow-schema' | 'unknown-action' | 'unknown-input';
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/**
 * The inputs each action used by the workflows declares, from its action.yml at its latest
 * v4 tag. A `with:` key outside them is ignored by GitHub with only a warning in the log.
 */
const ACTION_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'actions/checkout@v4': [
    'allow-unsafe-pr-checkout', 'clean', 'fetch-depth', 'fetch-tags', 'filter', 'github-server-url', 'lfs', 'path', 'persist-credentials', 'ref',
    'repository', 'set-safe-directory', 'show-progress', 'sparse-checkout', 'sparse-checkout-cone-mode', 'ssh-key', 'ssh-known-hosts', 'ssh-strict',
    'ssh-user', 'submodules', 'token',
  ],
  'actions/setup-node@v4': [
    'always-auth', 'architecture', 'cache', 'cache-dependency-path', 'check-latest', 'mirror', 'mirror-token', 'node-version', 'node-version-file',
    'registry-url', 'scope', 'token',
  ],
  'actions/upload-artifact@v4': ['compression-level', 'if-no-files-found', 'include-hidden-files', 'name', 'overwrite', 'path', 'retention-days'],
  'actions/download-artifact@v4': ['artifact-ids', 'github-token', 'merge-multiple', 'name', 'path', 'pattern', 'repository', 'run-id'],
};

let parser: Promise<WorkflowParser> | undefined;

/**
 * The package imports its schema as a JSON module without an import attribute, which only a
 * bundler accepts (Node 20 refuses it): it is bundled once, with esbuild, into a temporary file.
 */
function workflowParser(): Promise<WorkflowParser> {
  parser ??= (async () => {
    const bundled = await build({
      stdin: { contents: "export * from '@actions/workflow-parser';", resolveDir: REPO, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'workflow-parser-')), 'workflow-parser.mjs');
    writeFileSync(file, bundled.outputFiles[0]!.text);
    return (await import(pathToFileURL(file).href)) as WorkflowParser;
  })();
  return parser;
}

const linePosOf = (node: Node | null | undefined, lines: LineCounter) => lines.linePos(node?.range?.[0] ?? 0);

/** The `with:` keys of every step that uses a known action, checked against its inputs. */
function actionInputProblems(text: string, file: string): WorkflowProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const jobs = doc.get('jobs', true);
  if (!isMap(jobs)) return [];
  const problems: WorkflowProblem[] = [];
  for (const job of jobs.items) {
    const steps = isPair(job) && isMap(job.value) ? job.value.get('steps', true) : undefined;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get('uses', true);
      if (!isScalar(uses) || typeof uses.value !== 'string' || uses.value.startsWith('./')) continue;
      const inputs = ACTION_INPUTS[uses.value];
      if (!inputs) {
        problems.push({ code: 'unknown-action', message: `${uses.value}: not an action whose inputs this check knows`, file, ...linePosOf(uses, lines) });
        continue;
      }
      const given = step.get('with', true);
      if (!isMap(given)) continue;
      for (const pair of given.items) {
        if (!isScalar(pair.key) || inputs.includes(String(pair.key.value))) continue;
        problems.push({ code: 'unknown-input', message: `${uses.value} has no input "${String(pair.key.value)}"`, file, ...linePosOf(pair.key, lines) });
      }
    }
  }
  return problems;
}

export async function checkWorkflow(text: string, file: string): Promise<WorkflowProblem[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await workflowParser();
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  // Converting to GitHub's model checks what parsing leaves: `if:` conditions, matrices, needs.
  if (parsed.value && parsed.context.errors.getErrors().length === 0) await convertWorkflowTemplate(parsed.context, parsed.value);
  const schema = parsed.context.errors.getErrors().map(
    (error): WorkflowProblem => ({
      code: 'workflow-schema',
      // The parser puts "file (Line: l, Col: c): " before each message.
      message: error.rawMessage ?? error.message,
      file,
      line: error.range?.start.line ?? 1,
      col: error.range?.start.column ?? 1,
    }),
  );
  return [...schema, ...actionInputProblems(text, file)];
}
