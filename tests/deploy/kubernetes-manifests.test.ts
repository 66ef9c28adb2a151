// The files a cluster receives: every manifest of deploy/kubernetes/ against the Kubernetes
// API's schemas (a misspelt field fails), every pod against the Pod Security Standard
// "restricted" with a read-only root file system, and the image's Dockerfile runs as a user
// that is not root. The checks themselves are shown to catch what they are for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { REPO } from '../e2e/fixture.ts';
import { checkManifest } from './kubernetes-schema.ts';
import { podSpecOf, restrictedProblems } from './pod-security.ts';

const FOLDER = join(REPO, 'deploy/kubernetes');
const MANIFESTS = readdirSync(FOLDER).filter((name) => name.endsWith('.yaml'));
const read = (name: string): string => readFileSync(join(FOLDER, name), 'utf8');

describe.each(MANIFESTS)('deploy/kubernetes/%s', (name) => {
  const { objects, problems } = checkManifest(read(name), name);

  it('is valid against the Kubernetes API schema of each of its objects, with no unknown field', () => {
    expect(objects.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('runs every pod under the restricted Pod Security Standard, read-only but for its volumes', () => {
    for (const object of objects) {
      const pod = podSpecOf(object);
      if (pod) expect(restrictedProblems(pod)).toEqual([]);
    }
  });
});

describe('the manifests', () => {
  const objects = MANIFESTS.flatMap((name) => checkManifest(read(name), name).objects);
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind) as { metadata: { name: string }; spec: Record<string, unknown> }[];

  it('are the class volume, the loader pod, and the grade and merge Jobs', () => {
    expect(objects.map((o) => `${String(o.kind)}/${(o.metadata as { name: string }).name}`).sort()).toEqual([
      'Job/grade-class',
      'Job/merge-class',
      'PersistentVolumeClaim/grader-class',
      'Pod/grader-class-loader',
    ]);
  });

  it('delete each Job some time after it ends, so that next week the same Job can be applied again', () => {
    for (const job of byKind('Job')) expect(job.spec.ttlSecondsAfterFinished, job.metadata.name).toBeGreaterThan(0);
  });

  it('give every Job a deadline, after which it is Failed and a wait for it returns', () => {
    for (const job of byKind('Job')) expect(job.spec.activeDeadlineSeconds, job.metadata.name).toBeGreaterThan(0);
  });

  it('merge exactly the shards the grade Job writes', () => {
    const grade = byKind('Job').find((j) => j.metadata.name === 'grade-class')!.spec;
    const merge = byKind('Job').find((j) => j.metadata.name === 'merge-class')!.spec as { template: { spec: IPodSpec } };
    const shards = Number(((grade.template as { spec: IPodSpec }).spec.containers[0]!.env ?? []).find((e) => e.name === 'SHARDS')?.value);
    expect(grade.completions).toBe(shards);
    expect(grade.parallelism).toBe(shards);
    const folders = (merge.template.spec.containers[0]!.args ?? []).filter((arg) => arg.startsWith('/class/shards/'));
    expect(folders).toEqual(Array.from({ length: shards }, (_, i) => `/class/shards/shard-${i + 1}`));
  });
});

describe('the schema check', () => {
  const job = read('grade-job.yaml');

  it.each([
    ['a misspelt Job field', job.replace('ttlSecondsAfterFinished:', 'ttlSecondAfterFinished:'), 'unknown-field', /\/spec\/ttlSecondAfterFinished is not a field of Job/],
    ['a misspelt container field', job.replace('          securityContext:\n            allowPrivilegeEscalation', '          securityContex:\n            allowPrivilegeEscalation'), 'unknown-field', /securityContex is not a field/],
    ['a number written as a string', job.replace('completions: 4', 'completions: "4"'), 'schema', /\/spec\/completions must be integer/],
    ['a value outside an enum', job.replace('completionMode: Indexed', 'completionMode: indexed'), 'schema', /\/spec\/completionMode must be equal to one of the allowed values/],
    ['a misspelt volume source', job.replace('persistentVolumeClaim:', 'persistentVolumeClam:'), 'unknown-field', /\/volumes\/0\/persistentVolumeClam is not a field/],
  ])('fails %s, at its line', (_name, text, code, message) => {
    const { problems } = checkManifest(text, 'grade-job.yaml');
    expect(problems).toEqual([expect.objectContaining({ code, file: 'grade-job.yaml', message: expect.stringMatching(message) })]);
    const changed = text.split('\n').findIndex((line, i) => line !== job.split('\n')[i]) + 1;
    expect(problems[0]!.line).toBe(changed);
  });

  it.each([
    ['a volume mount without its path', job.replace(/ {14}mountPath: \/tmp\n/, ''), /\/volumeMounts\/1 must have required property '?mountPath'?/],
    ['a kind it does not know', job.replace('kind: Job', 'kind: Jobb'), /batch\/v1 Jobb is not a kind/],
  ])('fails %s', (_name, text, message) => {
    const { problems } = checkManifest(text, 'grade-job.yaml');
    expect(problems).toEqual([expect.objectContaining({ file: 'grade-job.yaml', message: expect.stringMatching(message) })]);
  });
});

describe('the restricted check', () => {
  const pod = (): IPodSpec => structuredClone(podSpecOf(checkManifest(read('grade-job.yaml'), 'grade-job.yaml').objects[0]!)!);
  const container = (spec: IPodSpec) => spec.containers[0]!;

  it.each<[string, (spec: IPodSpec) => void, string]>([
    ['runAsNonRoot left out', (s) => delete s.securityContext!.runAsNonRoot, 'run-as-non-root'],
    ['a container that asks for root', (s) => (container(s).securityContext!.runAsNonRoot = false), 'run-as-non-root'],
    ['user 0', (s) => (s.securityContext!.runAsUser = 0), 'run-as-user'],
    ['privilege escalation allowed', (s) => (container(s).securityContext!.allowPrivilegeEscalation = true), 'privilege-escalation'],
    ['privilege escalation left out', (s) => delete container(s).securityContext!.allowPrivilegeEscalation, 'privilege-escalation'],
    ['capabilities not all dropped', (s) => (container(s).securityContext!.capabilities = { drop: ['NET_RAW'] }), 'capabilities'],
    ['a capability added', (s) => (container(s).securityContext!.capabilities = { drop: ['ALL'], add: ['SYS_ADMIN'] }), 'capabilities'],
    ['no seccomp profile', (s) => delete s.securityContext!.seccompProfile, 'seccomp'],
    ['an unconfined container', (s) => (container(s).securityContext!.seccompProfile = { type: 'Unconfined' }), 'seccomp'],
    ['a privileged container', (s) => (container(s).securityContext!.privileged = true), 'privileged'],
    ['the host network', (s) => (s.hostNetwork = true), 'host-namespaces'],
    ['a hostPath volume', (s) => s.volumes!.push({ name: 'host', hostPath: { path: '/' } }), 'volume-types'],
    ['a host port', (s) => (container(s).ports = [{ containerPort: 80, hostPort: 80 }]), 'host-ports'],
    ['an unsafe sysctl', (s) => (s.securityContext!.sysctls = [{ name: 'kernel.msgmax', value: '1' }]), 'sysctls'],
    ['a writable root file system', (s) => (container(s).securityContext!.readOnlyRootFilesystem = false), 'read-only-root'],
    ['no scratch volume', (s) => (container(s).volumeMounts = container(s).volumeMounts!.filter((m) => m.mountPath !== '/tmp')), 'scratch-volume'],
    ['an init container that breaks the rules', (s) => (s.initContainers = [{ name: 'copy', image: 'busybox', securityContext: { readOnlyRootFilesystem: true } }]), 'privilege-escalation'],
  ])('fails %s', (_name, change, code) => {
    const spec = pod();
    change(spec);
    const problems = restrictedProblems(spec);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = readFileSync(join(REPO, 'deploy/Dockerfile'), 'utf8');

  it('runs the grader as a user that is not root, by number (what runAsNonRoot can check)', () => {
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]!);
    expect(users.length).toBeGreaterThan(0);
    const last = users.at(-1)!;
    expect(last).toMatch(/^\d+(:\d+)?$/);
    expect(Number(last.split(':')[0])).toBeGreaterThan(0);
    expect(last.split(':')[1] ?? '1').not.toBe('0');
  });

  it('is the user the pods run as', () => {
    const user = Number(/^USER\s+(\d+)/m.exec(dockerfile)![1]);
    for (const name of MANIFESTS) {
      for (const object of checkManifest(read(name), name).objects) {
        const pod = podSpecOf(object);
        if (pod) expect(pod.securityContext?.runAsUser, name).toBe(user);
      }
    }
  });
});
