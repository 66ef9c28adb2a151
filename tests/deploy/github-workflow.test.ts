// .github/workflows/grade.yml as GitHub reads it (a misspelt key, a bad expression or an input
// an action does not have fails), and what it promises: a token that can only read, artifacts
// with the class's names and answers kept a short time, and the class kept out of the
// repository when a private one is named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../e2e/fixture.ts';
import { checkWorkflow } from './github-workflow.ts';

const FILE = '.github/workflows/grade.yml';
const text = readFileSync(join(REPO, FILE), 'utf8');

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly if?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: { workflow_dispatch: { inputs: Record<string, unknown> } };
  readonly permissions?: unknown;
  readonly jobs: Record<string, { permissions?: unknown; steps: Step[] }>;
}
const workflow = parse(text) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe(FILE, () => {
  it("passes GitHub's workflow parser and its actions' declared inputs", async () => {
    expect(await checkWorkflow(text, FILE)).toEqual([]);
  });

  it('gives its jobs a token that can only read the repository', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job.permissions, name).toBeUndefined();
  });

  it('keeps the artifacts, which hold names, emails and answers, a week at most', () => {
    const uploads = steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((step) => step.with?.name)).toEqual(['shard-${{ matrix.shard }}', 'graded']);
    for (const upload of uploads) {
      expect(upload.with?.['retention-days']).toBeGreaterThanOrEqual(1);
      expect(upload.with?.['retention-days']).toBeLessThanOrEqual(7);
    }
  });

  it('leaves no credential on the runners', () => {
    const checkouts = steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThanOrEqual(2);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
  });

  it('checks the class out of a private repository, with a secret token, when one is named', () => {
    expect(workflow.on.workflow_dispatch.inputs).toHaveProperty('class-repository');
    const classCheckout = steps.find((step) => step.with?.repository !== undefined);
    expect(classCheckout).toMatchObject({
      if: "inputs.class-repository != ''",
      uses: 'actions/checkout@v4',
      with: { repository: '${{ inputs.class-repository }}', token: '${{ secrets.CLASS_REPOSITORY_TOKEN }}', path: 'class' },
    });
  });

  it('passes the inputs to the shell as variables, never into the script text', () => {
    for (const step of steps) if (step.run) expect(step.run, step.name).not.toMatch(/\$\{\{/);
  });
});

describe('the workflow check', () => {
  it.each([
    ['a misspelt job key', text.replace('    runs-on: ubuntu-latest\n    strategy:', '    run-on: ubuntu-latest\n    strategy:'), 'workflow-schema', /Unexpected value 'run-on'/],
    ['a permission that is not one', text.replace('  contents: read', '  contents: raed'), 'workflow-schema', /raed/],
    ['a broken condition', text.replace("if: inputs.class-repository != ''", "if: inputs.class-repository != ''')"), 'workflow-schema', /Unexpected symbol/],
    ['a context that does not exist', text.replace('name: shard-${{ matrix.shard }}', 'name: shard-${{ matrx.shard }}'), 'workflow-schema', /Unrecognized named-value: 'matrx'/],
    ['a misspelt action input', text.replace('retention-days: 7', 'retention-day: 7'), 'unknown-input', /actions\/upload-artifact@v4 has no input "retention-day"/],
    ['an action it does not know', text.replace('actions/download-artifact@v4', 'actions/download-artifacts@v4'), 'unknown-action', /actions\/download-artifacts@v4/],
  ])('fails %s, at its line', async (_name, changed, code, message) => {
    const problems = await checkWorkflow(changed, FILE);
    expect(problems).toContainEqual(expect.objectContaining({ code, file: FILE, message: expect.stringMatching(message) }));
    const line = changed.split('\n').findIndex((l, i) => l !== text.split('\n')[i]) + 1;
    expect(problems.find((p) => p.code === code)!.line).toBe(line);
  });
});
