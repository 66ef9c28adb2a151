// The work of `grader check --pack <pack> <folder>`: a student's self-check from a student
// pack alone (grader pack writes it), with no course folder: no YAML of exercises, no schema
// compiled, no salt. It grades with the same code as batch grading, on what the pack holds
// (visible cases; hidden ones only as a count), for the student's numbers from the pack. A pack
// that is missing, damaged or of another format version, or a student it does not have, is
// one line naming the file, and exit code 2; nothing is written either way.
import { relative, resolve } from 'node:path';
import { createFunctionGrader } from '../../grade/function-grader.ts';
import { checkStudentId } from '../../io/student-id.ts';
import { classPackStudents, packFileOf, readPackFile, readStudentFile, studentFileOf, type PackRead } from '../../pack/read-pack.ts';
import type { Pack } from '../../pack/schema.ts';
import { gradeFromPack } from '../../pack/self-check.ts';
import { checkWithoutVerdicts } from '../../pack/no-verdict-student.ts';
import type { Problem } from '../../problem.ts';
import { toJson } from '../../result/json.ts';
import { SandboxPool } from '../../sandbox/pool.ts';
import { didYouMean } from '../../spec/schema/did-you-mean.ts';
import type { VariantValues } from '../../variant/variant.ts';
import { renderCheck, type CheckReport } from '../check-report.ts';
import { EXIT, useColour, type CliContext } from '../context.ts';
import { chooseCatalogue } from '../language.ts';
import { readCheckedFolder } from '../student-folder.ts';
import { visibleLine } from '../terminal-text.ts';
import { renderNoVerdictCheck } from '../check-no-verdict.ts';

export interface CheckPackOptions {
  readonly pack: string;
  readonly student?: string;
  readonly lang?: string;
  readonly json?: boolean;
}

interface PackStudent {
  readonly id: string;
  readonly variants: Readonly<Record<string, VariantValues>>;
  readonly firstLine: string;
}

export async function checkPack(ctx: CliContext, path: string, options: CheckPackOptions): Promise<number> {
  const shown = (file: string): string => {
    const near = relative(ctx.cwd, file);
    return near === '' || near.startsWith('..') ? file : near;
  };
  const fail = (message: string): number => {
    ctx.stderr.write(`grader check: ${visibleLine(message)}\n`);
    return EXIT.usage;
  };
  const failRead = (problem: Problem): number => fail(`${[shown(problem.file), problem.line, problem.col].filter((part) => part !== undefined).join(':')}: ${problem.message}`);

  const checked = await readCheckedFolder(ctx, path);
  if (!checked.ok) return fail(checked.usage);
  const { folder } = checked;
  // The sandbox worker starts while the pack is read (neither waits for the other).
  const pool = folder.solution ? new SandboxPool({ size: 1 }) : undefined;
  if (folder.solution) pool?.warmUp(undefined, { source: folder.solution.text, filename: folder.solution.file });
  try {
    const packFile = packFileOf(resolve(ctx.cwd, options.pack));
    const read = readPackFile(packFile);
    if (!read.ok) return failRead(read.problem);
    const pack = read.value;
    const student = packStudent(pack, packFile, options, folderName(folder.folder), shown);
    if (!student.ok) return 'problem' in student ? failRead(student.problem) : fail(student.usage);
    const language = chooseCatalogue(options.lang, pack.languages);
    if ('usage' in language) return fail(language.usage);
    const hasCode = pack.exercises.some((e) => e.answer.kind === 'function');
    const files = {
      ...(folder.answers ? { answers: folder.answers } : {}),
      ...(folder.solution ? { solutionSource: folder.solution } : {}),
      ...(folder.solutionProblem ? { solutionProblem: folder.solutionProblem } : {}),
      folderProblems: folder.problems,
    };
    const colour = useColour(ctx.stdout, ctx.env);
    const print = (json: string, report: CheckReport): void => {
      if (options.json) ctx.stdout.write(json);
      else {
        ctx.stdout.write(`${visibleLine(student.value.firstLine)}\n${report.out}`);
        if (report.err !== '') ctx.stderr.write(report.err);
      }
    };
    if (!pack.policy.verdicts) {
      const result = await checkWithoutVerdicts({ pack, studentId: student.value.id, ...files, ...(pool && hasCode ? { pool } : {}) });
      print(`${JSON.stringify(result, null, 2)}\n`, renderNoVerdictCheck(result, language.catalogue, colour));
      return result.exercises.every((e) => e.state === 'read' || e.state === 'ran') ? EXIT.ok : EXIT.failed;
    }
    const result = await gradeFromPack({
      pack,
      variants: student.value.variants,
      now: Date.now(),
      studentId: student.value.id,
      ...files,
      ...(pool && hasCode ? { gradeFunction: createFunctionGrader(pool) } : {}),
    });
    print(toJson(result), renderCheck(result, language.catalogue, colour));
    return result.exercises.every((e) => e.status === 'correct') ? EXIT.ok : EXIT.failed;
  } finally {
    await pool?.close();
  }
}

function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter((part) => part !== '').pop() ?? folder;
}

type StudentChoice = { readonly ok: true; readonly value: PackStudent } | { readonly ok: false; readonly usage: string } | Extract<PackRead<never>, { ok: false }>;

/**
 * Whose numbers: a per-student pack's own student (a --student that differs is refused), else
 * --student or the folder's name, which must be one of the class pack's students/<id>.json.
 */
function packStudent(pack: Pack, packFile: string, options: CheckPackOptions, folder: string, shown: (file: string) => string): StudentChoice {
  if (pack.student !== undefined && pack.variants !== undefined) {
    if (options.student !== undefined && options.student.toLowerCase() !== pack.student.toLowerCase()) {
      return { ok: false, usage: `--student ${options.student}: ${shown(packFile)} is the pack of ${pack.student}, and holds no other student's numbers` };
    }
    return { ok: true, value: { id: pack.student, variants: pack.variants, firstLine: `Student ${pack.student} (the pack's own)` } };
  }
  const given = options.student ?? folder;
  const what = options.student === undefined ? `the folder's name "${given}"` : `--student ${given}`;
  const invalid = checkStudentId(given);
  if (invalid) return { ok: false, usage: `${what}: ${invalid}: pass your id with --student <id>` };
  const ids = classPackStudents(packFile);
  const id = ids.find((candidate) => candidate.toLowerCase() === given.toLowerCase());
  if (id === undefined) {
    const closest = didYouMean(given, ids);
    const file = shown(studentFileOf(packFile, given));
    return { ok: false, usage: `${what} is not a student of this pack (there is no ${file})${closest === undefined ? '' : `; did you mean ${closest}?`}: pass your id with --student <id>` };
  }
  const read = readStudentFile(studentFileOf(packFile, id), pack, id);
  if (!read.ok) return read;
  return { ok: true, value: { id, variants: read.value.variants, firstLine: `Student ${id} (${options.student === undefined ? "the folder's name" : '--student'}, in the pack)` } };
}
