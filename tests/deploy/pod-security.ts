// The Pod Security Standard "restricted" (kubernetes.io/docs/concepts/security/pod-security-standards,
// as the pod-security-admission controller checks it), control by control, for a pod spec of
// a manifest; and, beyond the standard, what deploy/ promises too: a read-only root file
// system with a writable emptyDir for scratch. Each control is one small check in a list.
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IContainer } from 'kubernetes-models/v1/Container';

export interface PodSecurityProblem {
  readonly code: string;
  /** The pod (`spec`) or a container (`containers[name]`, `initContainers[name]`). */
  readonly where: string;
  readonly message: string;
}

interface Check {
  readonly code: string;
  readonly problems: (pod: IPodSpec, containers: readonly Named[]) => readonly [where: string, message: string][];
}

interface Named {
  readonly where: string;
  readonly container: IContainer;
}

const RESTRICTED_VOLUMES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];
const SECCOMP = ['RuntimeDefault', 'Localhost'];
const SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];
const SAFE_SYSCTLS = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];

/** Each container's messages, where `bad` says what is wrong with it (or nothing). */
const perContainer = (containers: readonly Named[], bad: (c: IContainer) => string | undefined): [string, string][] =>
  containers.flatMap(({ where, container }) => {
    const message = bad(container);
    return message === undefined ? [] : [[where, message] as [string, string]];
  });

const CHECKS: readonly Check[] = [
  // Baseline, which restricted includes.
  {
    code: 'host-namespaces',
    problems: (pod) => (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((field) => pod[field] === true).map((field) => ['spec', `${field} must be unset or false`]),
  },
  {
    code: 'host-process',
    problems: (pod, containers) => [
      ...(pod.securityContext?.windowsOptions?.hostProcess === true ? [['spec', 'windowsOptions.hostProcess must be unset or false'] as [string, string]] : []),
      ...perContainer(containers, (c) => (c.securityContext?.windowsOptions?.hostProcess === true ? 'windowsOptions.hostProcess must be unset or false' : undefined)),
    ],
  },
  { code: 'privileged', problems: (_pod, containers) => perContainer(containers, (c) => (c.securityContext?.privileged === true ? 'privileged must be unset or false' : undefined)) },
  {
    code: 'host-ports',
    problems: (_pod, containers) => perContainer(containers, (c) => ((c.ports ?? []).some((port) => (port.hostPort ?? 0) !== 0) ? 'hostPort must be unset or 0' : undefined)),
  },
  {
    code: 'apparmor',
    problems: (pod, containers) => {
      const bad = (type: string | undefined) => type !== undefined && !SECCOMP.includes(type);
      return [
        ...(bad(pod.securityContext?.appArmorProfile?.type) ? [['spec', 'appArmorProfile.type must be RuntimeDefault or Localhost'] as [string, string]] : []),
        ...perContainer(containers, (c) => (bad(c.securityContext?.appArmorProfile?.type) ? 'appArmorProfile.type must be RuntimeDefault or Localhost' : undefined)),
      ];
    },
  },
  {
    code: 'selinux',
    problems: (pod, containers) => {
      const bad = (options: { type?: string; user?: string; role?: string } | undefined) =>
        options !== undefined && (!SELINUX_TYPES.includes(options.type ?? '') || options.user !== undefined || options.role !== undefined);
      const message = 'seLinuxOptions: a container type only, no user or role';
      return [...(bad(pod.securityContext?.seLinuxOptions) ? [['spec', message] as [string, string]] : []), ...perContainer(containers, (c) => (bad(c.securityContext?.seLinuxOptions) ? message : undefined))];
    },
  },
  { code: 'proc-mount', problems: (_pod, containers) => perContainer(containers, (c) => ((c.securityContext?.procMount ?? 'Default') !== 'Default' ? 'procMount must be unset or Default' : undefined)) },
  {
    code: 'sysctls',
    problems: (pod) => (pod.securityContext?.sysctls ?? []).filter((s) => !SAFE_SYSCTLS.includes(s.name)).map((s) => ['spec', `sysctl ${s.name} is not in the safe set`]),
  },
  // Restricted.
  {
    code: 'volume-types',
    problems: (pod) =>
      (pod.volumes ?? []).flatMap((volume) => {
        const sources = Object.keys(volume).filter((key) => key !== 'name');
        return sources.every((source) => RESTRICTED_VOLUMES.includes(source)) ? [] : [['spec', `volume ${volume.name} is ${sources.join(', ')}: only ${RESTRICTED_VOLUMES.join(', ')} are allowed`] as [string, string]];
      }),
  },
  {
    code: 'privilege-escalation',
    problems: (_pod, containers) => perContainer(containers, (c) => (c.securityContext?.allowPrivilegeEscalation === false ? undefined : 'allowPrivilegeEscalation must be false')),
  },
  {
    code: 'run-as-non-root',
    problems: (pod, containers) => {
      const podSays = pod.securityContext?.runAsNonRoot === true;
      return perContainer(containers, (c) => {
        const own = c.securityContext?.runAsNonRoot;
        return own === true || (own === undefined && podSays) ? undefined : 'runAsNonRoot must be true (for the pod, or for every container)';
      });
    },
  },
  {
    code: 'run-as-user',
    problems: (pod, containers) => [
      ...(pod.securityContext?.runAsUser === 0 ? [['spec', 'runAsUser must not be 0'] as [string, string]] : []),
      ...perContainer(containers, (c) => (c.securityContext?.runAsUser === 0 ? 'runAsUser must not be 0' : undefined)),
    ],
  },
  {
    code: 'seccomp',
    problems: (pod, containers) => {
      const podType = pod.securityContext?.seccompProfile?.type;
      return perContainer(containers, (c) => {
        const type = c.securityContext?.seccompProfile?.type ?? podType;
        return type !== undefined && SECCOMP.includes(type) ? undefined : 'seccompProfile.type must be RuntimeDefault or Localhost (for the pod, or for every container)';
      });
    },
  },
  {
    code: 'capabilities',
    problems: (_pod, containers) =>
      perContainer(containers, (c) => {
        const { add = [], drop = [] } = c.securityContext?.capabilities ?? {};
        if (!drop.includes('ALL')) return 'capabilities.drop must include ALL';
        const added = add.filter((capability) => capability !== 'NET_BIND_SERVICE');
        return added.length === 0 ? undefined : `capabilities.add may hold only NET_BIND_SERVICE, not ${added.join(', ')}`;
      }),
  },
  // Beyond the standard: nothing written but the volumes, scratch files included.
  {
    code: 'read-only-root',
    problems: (_pod, containers) => perContainer(containers, (c) => (c.securityContext?.readOnlyRootFilesystem === true ? undefined : 'readOnlyRootFilesystem must be true')),
  },
  {
    code: 'scratch-volume',
    problems: (pod, containers) => {
      const emptyDirs = new Set((pod.volumes ?? []).filter((v) => v.emptyDir !== undefined).map((v) => v.name));
      return perContainer(containers, (c) =>
        (c.volumeMounts ?? []).some((m) => emptyDirs.has(m.name) && m.readOnly !== true) ? undefined : 'a writable emptyDir volume must be mounted for scratch files',
      );
    },
  },
];

/** Every container of the pod (init and ephemeral ones too), named by where it is. */
function containersOf(pod: IPodSpec): Named[] {
  return (['initContainers', 'containers', 'ephemeralContainers'] as const).flatMap((field) =>
    ((pod[field] ?? []) as IContainer[]).map((container) => ({ where: `${field}[${container.name}]`, container })),
  );
}

export function restrictedProblems(pod: IPodSpec): PodSecurityProblem[] {
  const containers = containersOf(pod);
  return CHECKS.flatMap((check) => check.problems(pod, containers).map(([where, message]) => ({ code: check.code, where, message })));
}

/** The pod spec of an object that runs pods: a Pod, a Job's template, a CronJob's job's. */
export function podSpecOf(object: Record<string, unknown>): IPodSpec | undefined {
  const spec = object.spec as Record<string, unknown> | undefined;
  switch (object.kind) {
    case 'Pod':
      return spec as unknown as IPodSpec | undefined;
    case 'Job':
      return (spec?.template as { spec?: IPodSpec } | undefined)?.spec;
    case 'CronJob':
      return ((spec?.jobTemplate as { spec?: { template?: { spec?: IPodSpec } } } | undefined)?.spec?.template)?.spec;
    default:
      return undefined;
  }
}
