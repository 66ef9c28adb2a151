// Turns the YAML nodes of one answer into plain values, as the student typed them:
// scalars become their source text (so 0.10 keeps its trailing zero, the precision the
// student typed), sequences become arrays, mappings become null-prototype records.
// Aliases are followed, but every node visited counts against a budget and nesting is
// capped, so an alias bomb or a self-referencing alias ends with a message, not a hang.
import { isAlias, isCollection, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node } from 'yaml';

export const MAX_VALUES_PER_ANSWER = 10_000;
export const MAX_ANSWER_DEPTH = 8;

export type AnswerValueResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly failure: 'too-many-values' | 'too-deep' };

export interface Budget {
  /** Nodes still allowed for the whole file. */
  fileLeft: number;
}

export type AliasTargets = ReadonlyMap<Alias, Node>;

/**
 * What each alias refers to: the last node with its anchor before it, in document order.
 * Found in one pass, because yaml's own Alias.resolve searches the whole document on each
 * call, which a file of many aliases would turn into a quadratic amount of work.
 */
export function aliasTargets(doc: Document): AliasTargets {
  const targets = new Map<Alias, Node>();
  const anchored = new Map<string, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = anchored.get(node.source);
        if (target) targets.set(node, target);
      } else if ((isScalar(node) || isCollection(node)) && node.anchor) anchored.set(node.anchor, node);
    },
  });
  return targets;
}

class Stop {
  constructor(readonly failure: 'too-many-values' | 'too-deep') {}
}

/** A scalar's text as typed: the source of a plain scalar, the value of a quoted or block one. */
export function scalarText(node: { type?: string | undefined; source?: string; value: unknown }): string | null {
  if (node.value === null || node.value === undefined) return null;
  if (node.type === 'PLAIN' && typeof node.source === 'string') return node.source;
  return typeof node.value === 'string' ? node.value : String(node.value);
}

export function answerValue(node: Node | null, aliases: AliasTargets, budget: Budget): AnswerValueResult {
  let left = MAX_VALUES_PER_ANSWER;
  const visit = (current: unknown, depth: number): unknown => {
    if (--left < 0 || --budget.fileLeft < 0) throw new Stop('too-many-values');
    if (depth > MAX_ANSWER_DEPTH) throw new Stop('too-deep');
    const target = isAlias(current) ? aliases.get(current) : current;
    if (isAlias(current) && !target) return null;
    if (target === null || target === undefined) return null;
    if (isScalar(target)) return scalarText(target);
    if (isSeq(target)) return target.items.map((item) => visit(item, depth + 1));
    if (isMap(target)) {
      const record: Record<string, unknown> = Object.create(null);
      for (const pair of target.items) {
        const key = isScalar(pair.key) ? scalarText(pair.key) : null;
        record[key ?? '?'] = visit(pair.value, depth + 1);
      }
      return record;
    }
    return null;
  };
  try {
    return { ok: true, value: visit(node, 0) };
  } catch (stop: unknown) {
    if (stop instanceof Stop) return { ok: false, failure: stop.failure };
    throw stop;
  }
}
