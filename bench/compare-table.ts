// The bench's comparisons, each a ratio of two figures measured in the same run: the grader
// against the alternative in both its forms, and a run's CPU against the floor per student.
import { CODE_KIND_LABELS, CODE_KINDS, type SampledStudent } from './alternative-sample.ts';
import { ALTERNATIVE_FORMS, type AlternativeRun } from './alternative-run.ts';
import type { FloorReport } from './floor.ts';
import { PIECES, type FloorPieceId } from './floor-pieces.ts';
import { fixed, seconds, table, totalCpuMs, type SizeResult } from './table.ts';

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function sampleText(sample: readonly SampledStudent[]): string {
  return CODE_KINDS.filter((kind) => sample.some((s) => s.kind === kind))
    .map((kind) => `${sample.filter((s) => s.kind === kind).length} with ${CODE_KIND_LABELS[kind]}`)
    .join(', ');
}

/** Median process time by kind of code, in ms: what a kind costs the alternative. */
function byKind(run: AlternativeRun): string {
  return CODE_KINDS.filter((kind) => run.runs.some((r) => r.kind === kind))
    .map((kind) => `${kind} ${fixed(median(run.runs.filter((r) => r.kind === kind).map((r) => r.ms)), 0)}`)
    .join(', ');
}

export function alternativeLines(runs: readonly AlternativeRun[], sample: readonly SampledStudent[], ours: SizeResult): string {
  const oursMs = ours.run.wallMs / ours.size;
  const first = runs[0]!;
  const label = (run: AlternativeRun) => ALTERNATIVE_FORMS.find((form) => form.id === run.form)?.label ?? run.form;
  const exits = (run: AlternativeRun) => (['passed', 'failed', 'ended'] as const).map((exit) => run.runs.filter((r) => r.exit === exit).length).join(' / ');
  const rows = runs.map((run) => [label(run), fixed(run.classWeightedMs, 0), byKind(run), seconds(run.wallMs), exits(run), `${fixed(run.classWeightedMs / oursMs, 0)}x`]);
  const npx = runs.find((run) => run.form === 'npx');
  const direct = runs.find((run) => run.form === 'direct');
  return [
    `alternative: one test-runner process per student, ${first.students} students of the ${ours.size} class (${sampleText(sample)}), ${first.parallel} processes at a time, each ended after ${first.cpuLimitS} s of CPU time`,
    'ms per student: the sampled process times weighted by their kind of code in the class, over the processes at a time',
    '',
    table(['form', 'ms per student', 'median process ms by kind', 'sample wall s', 'passed / failed / ended', 'grader faster by'], rows),
    '',
    `grader: ${fixed(oursMs, 2)} ms per student (${ours.size} students, every report rendered)`,
    ...runs.map((run) => `ratio against ${label(run)}: ${fixed(run.classWeightedMs / oursMs, 0)}x faster per student`),
    ...(npx && direct ? [`vitest called directly takes ${fixed(direct.classWeightedMs / npx.classWeightedMs, 2)} of the npx form's time per student`] : []),
  ].join('\n');
}

/**
 * Each piece's floor beside what the run spent on it: its stage timing (time in the thread
 * doing it, which a loaded machine stretches) or, for transpiling, esbuild's CPU; and the
 * run's CPU per student beside the sum of the floors. Loops are not among the floor's
 * students: each costs its time limit, added to the sandbox's floor; nor is memory exhaustion.
 */
export function floorLines(floor: FloorReport, ours: SizeResult, left: { readonly loops: number; readonly limitMs: number; readonly memory: number }): string {
  const per = (ms: number) => ms / ours.size;
  const { stages, cpuSplit } = ours.run;
  const loopsMs = per(left.loops * left.limitMs);
  const inRun: Record<FloorPieceId, number | undefined> = {
    parse: per(stages.parse),
    transpile: cpuSplit.childProcessesMs === undefined ? undefined : per(cpuSplit.childProcessesMs),
    sandbox: per(stages.sandbox),
    compare: per(stages.expected + stages.compare),
    render: per(stages.render),
    write: per(stages.write),
  };
  const floorOf = (id: FloorPieceId) => floor.floor[id] + (id === 'sandbox' ? loopsMs : 0);
  const ratio = (run: number | undefined, base: number) => (run === undefined || base <= 0 ? 'n/a' : `${fixed(run / base, 1)}x`);
  const rows = PIECES.map((piece) => {
    const label = piece.id === 'sandbox' && left.loops > 0 ? `${piece.label}, ${left.loops} loops at ${left.limitMs} ms` : piece.label;
    return [label, fixed(floorOf(piece.id), 2), inRun[piece.id] === undefined ? 'n/a' : fixed(inRun[piece.id]!, 2), ratio(inRun[piece.id], floorOf(piece.id))];
  });
  const sum = PIECES.reduce((total, piece) => total + floorOf(piece.id), 0);
  const runCpu = per(totalCpuMs(ours.run));
  rows.push(['all pieces; the run: CPU of every thread and esbuild', fixed(sum, 2), fixed(runCpu, 2), ratio(runCpu, sum)]);
  return [
    `floor: what each piece costs one student done alone, CPU ms per student (the lowest of ${floor.byRound.parse.length} rounds of ${floor.studentsPerRound} students of the ${ours.size} class, after ${floor.warmUp} rounds to warm up)${floor.childrenCounted ? '' : "; esbuild's process could not be read"}`,
    ...(left.memory > 0 ? [`left out: ${left.memory} students whose code exhausts memory (the sandbox worker is replaced, and the new one starts cold)`] : []),
    '',
    table(['piece', 'floor', `the ${ours.size} run`, 'run / floor'], rows),
    '',
    `distance to the floor: the ${ours.size} run spends ${fixed(runCpu / sum, 1)}x the floor's CPU per student`,
  ].join('\n');
}
