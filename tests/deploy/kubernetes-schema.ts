// Checks Kubernetes manifests against the API's schemas (kubernetes-models: types, enums,
// formats and required fields of every object), strictly: a field the schema does not
// constrain is unknown, as `kubectl apply` (strict field validation) rejects it. Problems are
// data, with the file, line and column of the offending key or value.
import { Job } from 'kubernetes-models/batch/v1';
import { PersistentVolumeClaim, Pod } from 'kubernetes-models/v1';
import { isMap, isPair, isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml';

export interface ManifestProblem {
  readonly code: 'yaml-syntax' | 'unknown-kind' | 'schema' | 'unknown-field';
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface Manifest {
  readonly objects: readonly Record<string, unknown>[];
  readonly problems: readonly ManifestProblem[];
}

interface ModelClass {
  new (data: never): { validate(): void };
}

/** The kinds the deploy folder uses, by `apiVersion kind`. */
const MODELS: Readonly<Record<string, ModelClass>> = {
  'batch/v1 Job': Job as unknown as ModelClass,
  'v1 Pod': Pod as unknown as ModelClass,
  'v1 PersistentVolumeClaim': PersistentVolumeClaim as unknown as ModelClass,
};

type Path = readonly (string | number)[];

interface SchemaError {
  readonly instancePath: string;
  readonly message?: string;
}

function schemaErrors(model: ModelClass, data: unknown): readonly SchemaError[] {
  try {
    new model(data as never).validate();
    return [];
  } catch (error) {
    return (error as { errors?: SchemaError[] }).errors ?? [{ instancePath: '', message: String(error) }];
  }
}

/** A JSON pointer, as ajv writes instance paths (`~` and `/` escaped). */
const pointer = (path: Path): string => path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
const pathOf = (instancePath: string): Path =>
  instancePath
    .split('/')
    .slice(1)
    .map((step) => step.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));

/**
 * The fields of `object` that its schema says nothing about. A known field fails validation
 * at its own path once its value is replaced by one no schema type accepts (a symbol); an
 * unknown one is never looked at.
 */
function unknownFields(model: ModelClass, object: Record<string, unknown>): Path[] {
  const unknown: Path[] = [];
  const walk = (node: unknown, path: Path): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, [...path, index]));
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const probe = structuredClone(object);
      let parent: Record<string | number, unknown> = probe;
      for (const step of path) parent = parent[step] as Record<string | number, unknown>;
      parent[key] = Symbol('probe');
      const at = pointer([...path, key]);
      if (!schemaErrors(model, probe).some((error) => error.instancePath === at)) unknown.push([...path, key]);
      else walk(value, [...path, key]);
    }
  };
  walk(object, []);
  return unknown;
}

/** Where a path is in the document: its key when it names a field, else its value. */
function positionOf(doc: Document, path: Path, lines: LineCounter): { line: number; col: number } {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path.at(-1);
  const pair = isMap(parent) ? parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last) : undefined;
  const node = (pair && isScalar(pair.key) ? pair.key : doc.getIn(path, true)) as { range?: [number, number, number] } | undefined;
  return lines.linePos(node?.range?.[0] ?? doc.contents?.range?.[0] ?? 0);
}

/** Parses every document of a manifest file and checks each object against its kind's schema. */
export function checkManifest(text: string, file: string): Manifest {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines });
  if (!Array.isArray(docs)) return { objects: [], problems: [{ code: 'yaml-syntax', message: 'not a YAML stream', file, line: 1, col: 1 }] };
  const objects: Record<string, unknown>[] = [];
  const problems: ManifestProblem[] = [];
  const at = (doc: Document, path: Path) => ({ file, ...positionOf(doc, path, lines) });
  for (const doc of docs) {
    for (const error of doc.errors) problems.push({ code: 'yaml-syntax', message: error.message, file, line: error.linePos?.[0].line ?? 1, col: error.linePos?.[0].col ?? 1 });
    const object = doc.toJS() as Record<string, unknown> | null;
    if (object === null || typeof object !== 'object') continue;
    objects.push(object);
    const model = MODELS[`${String(object.apiVersion)} ${String(object.kind)}`];
    if (!model) {
      problems.push({ code: 'unknown-kind', message: `${String(object.apiVersion)} ${String(object.kind)} is not a kind this check knows`, ...at(doc, ['kind']) });
      continue;
    }
    for (const error of schemaErrors(model, object)) {
      problems.push({ code: 'schema', message: `${error.instancePath || '/'} ${error.message ?? 'is not valid'}`, ...at(doc, pathOf(error.instancePath)) });
    }
    for (const path of unknownFields(model, object)) {
      problems.push({ code: 'unknown-field', message: `${pointer(path)} is not a field of ${String(object.kind)}`, ...at(doc, path) });
    }
  }
  return { objects, problems };
}
