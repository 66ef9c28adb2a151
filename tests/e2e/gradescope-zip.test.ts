// The Gradescope autograder as a user takes it away: deploy/gradescope/make-autograder.sh
// builds the zip; the zip is unpacked into an empty folder with no repository around it, as
// Gradescope unpacks it into /autograder/source; setup.sh's steps run (all but installing
// Node.js with apt-get, which needs Gradescope's image); then run_autograder grades a sample
// submission with a sample submission_metadata.json, and results.json must satisfy
// Gradescope's specification (tests/gradescope/results.schema.json).
//
// GRADER_TEST_NODES (paths of other `node` binaries, separated by ':') runs the unpacked zip
// under each of them too, e.g. Node.js 22 and 24 (README's "Node.js versions").
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'grader-zip-'));
const zip = join(work, 'autograder-week-1.zip');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const schema = JSON.parse(readFileSync(join(repo, 'tests/gradescope/results.schema.json'), 'utf8')) as object;
const validateResults = new Ajv({ allErrors: true }).compile(schema);

interface Results {
  readonly score: number;
  readonly output: string;
  readonly tests: readonly { readonly name: string; readonly score: number; readonly max_score: number; readonly visibility: string; readonly output: string }[];
}

/** Gradescope's submission_metadata.json as it really comes (users[].sid and users[].assignment included). */
const metadata = {
  id: 87184652,
  created_at: '2026-10-11T09:00:00.123456+03:30',
  assignment: {
    id: 1482034,
    course_id: 267363,
    title: 'Week 1: probability and activations',
    release_date: '2026-10-01T09:00:00.000000+03:30',
    due_date: '2026-10-12T23:59:00.000000+03:30',
    late_due_date: null,
    total_points: '31.0',
    group_submission: false,
    group_size: null,
  },
  submission_method: 'upload',
  users: [
    {
      id: 233634,
      email: 'sara.ahmadi@students.example.edu',
      name: 'سارا احمدی',
      sid: 'sara.ahmadi',
      assignment: { release_date: '2026-10-01T09:00:00.000000+03:30', due_date: '2026-10-12T23:59:00.000000+03:30', late_due_date: null },
    },
  ],
  previous_submissions: [],
};

beforeAll(() => {
  execFileSync('bash', [join(repo, 'deploy/gradescope/make-autograder.sh'), '--assignment', 'week-1', '--out', zip], { cwd: work, stdio: 'pipe' });
}, 240_000);

/** /autograder as Gradescope lays it out: the zip unpacked in source/, run_autograder copied beside it. */
function unpack(name: string): string {
  const root = join(work, name);
  mkdirSync(join(root, 'source'), { recursive: true });
  execFileSync('unzip', ['-q', zip, '-d', join(root, 'source')]);
  copyFileSync(join(root, 'source/run_autograder'), join(root, 'run_autograder'));
  return root;
}

/** A PATH with this `node` first, and nothing of the repository's (no node_modules/.bin). */
function envFor(node: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: [dirname(node), '/usr/local/bin', '/usr/bin', '/bin'].join(delimiter), HOME: work, ...extra };
}

function gradeSample(root: string, node: string): Results {
  execFileSync('bash', [join(root, 'source/setup.sh')], { cwd: root, env: envFor(node, { SKIP_NODE_INSTALL: '1', AUTOGRADER_SOURCE: join(root, 'source') }), stdio: 'pipe' });
  mkdirSync(join(root, 'submission'));
  copyFileSync(join(repo, 'examples/class/sara.ahmadi/answers.yaml'), join(root, 'submission/answers.yaml'));
  writeFileSync(join(root, 'submission_metadata.json'), JSON.stringify(metadata));
  execFileSync(join(root, 'run_autograder'), [], { cwd: root, env: envFor(node, { AUTOGRADER_ROOT: root }), stdio: 'pipe' });
  return JSON.parse(readFileSync(join(root, 'results/results.json'), 'utf8')) as Results;
}

describe('the Gradescope autograder zip', () => {
  it('holds the built grader and its production dependencies, and no development files', () => {
    const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
    for (const name of ['setup.sh', 'run_autograder', 'gradescope-options', 'bin/grader.js', 'dist/grader.js', 'dist/sandbox-worker.js', 'exercises/course.yaml', 'reports/templates/student.html.hbs']) {
      expect(names).toContain(name);
    }
    for (const dependency of ['handlebars', 'ajv', 'esbuild', '@esbuild/linux-x64', 'quickjs-emscripten-core', '@jitl/quickjs-wasmfile-release-sync']) {
      expect(names).toContain(`node_modules/${dependency}/package.json`);
    }
    // Development tools and sources stay out: nothing is built on Gradescope.
    for (const prefix of ['bench/', 'scripts/', 'grader/', 'tests/', 'node_modules/vitest/', 'node_modules/typescript/', 'dist/bench.js', 'node_modules/.bin/']) {
      expect(names.filter((n) => n.startsWith(prefix))).toEqual([]);
    }
  });

  it('grades a sample submission from an empty folder, and results.json follows Gradescope\'s specification', () => {
    const root = unpack('autograder');
    expect(statSync(join(root, 'source/setup.sh')).mode & 0o111).not.toBe(0);
    const results = gradeSample(root, process.execPath);
    expect(validateResults(results), JSON.stringify(validateResults.errors)).toBe(true);
    // sara.ahmadi answered week 1 for her own numbers, on time: 31 points of 31, one test per exercise.
    expect(results.score).toBe(31);
    expect(results.tests).toHaveLength(17);
    expect(results.tests.reduce((sum, t) => sum + t.max_score, 0)).toBe(31);
    // The course's first language, Persian, as the course declares it.
    expect(results.output).toContain('با عددهای شمارهٔ دانشجویی sara.ahmadi تصحیح شد');
    expect(existsSync(join(root, 'source/node_modules/.bin'))).toBe(false);
  });

  const otherNodes = (process.env.GRADER_TEST_NODES ?? '').split(':').filter((path) => path !== '');
  let expected: Results | undefined;
  it.runIf(otherNodes.length > 0).each(otherNodes)('grades the same under %s', (node) => {
    expected ??= gradeSample(unpack('autograder-default-node'), process.execPath);
    const results = gradeSample(unpack(`autograder-${otherNodes.indexOf(node)}`), node);
    expect(validateResults(results), JSON.stringify(validateResults.errors)).toBe(true);
    expect({ ...results, execution_time: 0 }).toEqual({ ...expected, execution_time: 0 });
  });
});
