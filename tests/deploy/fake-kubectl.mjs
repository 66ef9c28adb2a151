#!/usr/bin/env node
// A stand-in for kubectl and a one-node cluster, for testing deploy/kubernetes/grade-class.sh
// where no cluster runs: it keeps the objects applied (FAKE_KUBE_STATE/objects.json), runs a
// Job's containers right here when it is created (the grader from this repository for the
// image, FAKE_KUBE_STATE/volume for the class volume at /class), and logs every call
// (calls.jsonl). It answers only the calls the script makes, as kubectl would, and fails
// loudly on any other.
//   FAKE_KUBE_PENDING_LOOKS=n  a Job shows no condition to its first n looks (a Job still running)
//   FAKE_KUBE_NO_NODES=1       a Job's pods never start (no node has room): it never ends
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

const REPO = resolve(import.meta.dirname, '../..');
const STATE = process.env.FAKE_KUBE_STATE ?? '';
if (!STATE.startsWith(tmpdir())) die('FAKE_KUBE_STATE must be a folder under the temporary folder');
const VOLUME = join(STATE, 'volume');
const OBJECTS = join(STATE, 'objects.json');
const CONDITIONS_QUERY = 'jsonpath={.status.conditions[?(@.status=="True")].type}';

function die(message) {
  process.stderr.write(`fake kubectl: ${message}\n`);
  process.exit(1);
}

const load = () => (existsSync(OBJECTS) ? JSON.parse(readFileSync(OBJECTS, 'utf8')) : {});
const save = (objects) => writeFileSync(OBJECTS, JSON.stringify(objects, null, 2));
// Inside a container, /class is the class volume and /grader the grader's image.
const inContainer = (arg) => arg.replaceAll('/class', VOLUME).replaceAll('/grader/', `${REPO}/`);

let args = process.argv.slice(2);
appendFileSync(join(STATE, 'calls.jsonl'), `${JSON.stringify(args)}\n`);
const at = args.indexOf('--namespace');
if (at >= 0) args = [...args.slice(0, at), ...args.slice(at + 2)];
mkdirSync(VOLUME, { recursive: true });

/** Runs a Job's pods at once, one per completion index, and gives the Job its final condition. */
async function runJob(job) {
  if (process.env.FAKE_KUBE_NO_NODES === '1') return { conditions: [], logs: [], looks: 0 };
  const container = job.spec.template.spec.containers[0];
  const indexed = job.spec.completionMode === 'Indexed';
  const pods = Array.from({ length: job.spec.completions ?? 1 }, (_, index) => {
    // The image's ENTRYPOINT (deploy/Dockerfile) when the container gives only args.
    const argv = [...(container.command ?? ['node', '/grader/bin/grader.js']), ...(container.args ?? [])].map(inContainer);
    const env = { ...process.env, HOME: STATE, ...Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value])) };
    if (indexed) env.JOB_COMPLETION_INDEX = String(index);
    const child = spawn(argv[0], argv.slice(1), { env, cwd: STATE });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    return new Promise((done) => child.on('close', (code) => done({ log: `[pod/${job.metadata.name}-${index}] ${log}`, ok: code === 0 })));
  });
  const ran = await Promise.all(pods);
  const failed = ran.some((pod) => !pod.ok);
  return { conditions: [{ type: failed ? 'Failed' : 'Complete', status: 'True' }], logs: ran.map((pod) => pod.log), looks: 0 };
}

async function apply(files) {
  const objects = load();
  for (const file of files) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const object = doc.toJS();
      const key = `${object.kind.toLowerCase()}/${object.metadata.name}`;
      if (objects[key]) {
        // What kubectl says for an object already there with the same spec: nothing runs again.
        console.log(`${key} unchanged`);
        continue;
      }
      objects[key] = { object, status: object.kind === 'Job' ? await runJob(object) : { conditions: [{ type: 'Ready', status: 'True' }] } };
      console.log(`${key} created`);
    }
  }
  save(objects);
}

const [verb, ...rest] = args;
const flag = (name) => rest.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
const objects = load();
switch (verb) {
  case 'apply': {
    const files = rest.flatMap((a, i) => (rest[i - 1] === '-f' ? [a] : []));
    if (files.length === 0) die(`apply ${rest.join(' ')}`);
    await apply(files);
    break;
  }
  case 'delete': {
    const [kind, ...names] = rest.filter((a) => !a.startsWith('--'));
    for (const name of names) {
      if (!objects[`${kind}/${name}`] && !rest.includes('--ignore-not-found')) die(`${kind}/${name} not found`);
      if (objects[`${kind}/${name}`]) console.log(`${kind}.${name} deleted`);
      delete objects[`${kind}/${name}`];
    }
    save(objects);
    break;
  }
  case 'wait': {
    const target = rest.find((a) => a.startsWith('pod/'));
    if (flag('--for') !== 'condition=Ready' || !target || !objects[target]) die(`wait ${rest.join(' ')}: no such pod or condition`);
    break;
  }
  case 'get': {
    const [kind, name, o, query] = rest;
    const job = objects[`${kind}/${name}`];
    if (kind !== 'job' || o !== '-o' || query !== CONDITIONS_QUERY) die(`get ${rest.join(' ')}`);
    if (!job) die(`jobs.batch "${name}" not found`);
    const pending = Number(process.env.FAKE_KUBE_PENDING_LOOKS ?? 0);
    job.status.looks += 1;
    save(objects);
    if (job.status.looks > pending) process.stdout.write(job.status.conditions.filter((c) => c.status === 'True').map((c) => c.type).join(' '));
    break;
  }
  case 'logs': {
    const selector = rest[rest.indexOf('--selector') + 1] ?? '';
    const name = rest.find((a) => a.startsWith('job/'))?.slice(4) ?? selector.replace(/^job-name=/, '');
    const job = objects[`job/${name}`];
    if (!job) die(`logs ${rest.join(' ')}`);
    process.stdout.write(job.status.logs.join(''));
    break;
  }
  case 'exec': {
    const pod = `pod/${rest.find((a) => !a.startsWith('-'))}`;
    if (!objects[pod]) die(`exec: ${pod} not found`);
    const command = rest.slice(rest.indexOf('--') + 1).map(inContainer);
    const run = spawnSync(command[0], command.slice(1), { stdio: [rest.includes('-i') ? 'inherit' : 'ignore', 'inherit', 'inherit'] });
    process.exit(run.status ?? 1);
  }
  default:
    die(`unsupported call: ${args.join(' ')}`);
}
