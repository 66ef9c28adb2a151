// From the course file's text to a checked CourseSpec: YAML, schema, then its own rules
// (due dates, unique assignment ids). Checks against the exercises are in `cross-check.ts`.
import type { Problem } from '../problem.ts';
import { courseLanguageProblems } from './course-languages.ts';
import { canonicalZone, parseDueDate } from './due-date.ts';
import { byPosition, tooLarge } from './parse-exercise.ts';
import { courseSchemaDocument } from './schema/course.ts';
import { checkSchema, schemaCheck } from './schema/validate.ts';
import { parseYaml, problemAtPath, type SourceFile } from './source.ts';
import type { CourseSpec } from './types.ts';

export interface ParsedCourse {
  readonly file: string;
  /** Set when the course file has no errors. */
  readonly course?: CourseSpec;
  readonly problems: readonly Problem[];
  /** Kept for the checks against the exercises, which point into this file. */
  readonly source?: SourceFile;
}

/** The sentence for a `time_zone` that names no zone (code `bad-time-zone`). */
function badTimeZone(name: string): string {
  return `time_zone: ${JSON.stringify(name)} is not an IANA time zone (e.g. Asia/Tehran, Europe/Berlin, UTC)`;
}

function courseRules(course: CourseSpec, source: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const assignmentIds = new Map<string, number>();
  const assignedIn = new Map<string, string>();
  if (course.time_zone !== undefined && canonicalZone(course.time_zone) === undefined) {
    problems.push(problemAtPath(source, ['time_zone'], 'bad-time-zone', badTimeZone(course.time_zone)));
  }
  course.assignments.forEach((assignment, i) => {
    const path = ['assignments', i];
    const due = parseDueDate(assignment.due);
    if (!due.ok) problems.push(problemAtPath(source, [...path, 'due'], 'bad-date', `assignments[${i}].due: ${due.reason}`));
    const first = assignmentIds.get(assignment.id);
    if (first !== undefined) {
      problems.push(problemAtPath(source, [...path, 'id'], 'duplicate-id', `assignment id '${assignment.id}' is already used by assignment ${first + 1}`));
    } else {
      assignmentIds.set(assignment.id, i);
    }
    assignment.exercises.forEach((exercise, j) => {
      const at = [...path, 'exercises', j];
      if (assignment.exercises.indexOf(exercise) !== j) {
        problems.push(problemAtPath(source, at, 'duplicate-exercise', `'${exercise}' is listed twice in assignment '${assignment.id}'`));
        return;
      }
      const other = assignedIn.get(exercise);
      if (other !== undefined && other !== assignment.id) {
        problems.push(problemAtPath(source, at, 'duplicate-exercise', `'${exercise}' is also in assignment '${other}'; it will be graded twice`, { severity: 'warning' }));
      }
      assignedIn.set(exercise, assignment.id);
    });
  });
  return problems;
}

export interface CourseCheckOptions {
  /** The languages with a message catalogue, which the course's `languages` must be among; unchecked when left out. */
  readonly catalogues?: readonly string[];
}

export function parseCourseText(text: string, file: string, options: CourseCheckOptions = {}): ParsedCourse {
  const large = tooLarge(text, file);
  if (large) return { file, problems: [large] };
  const yaml = parseYaml(text, file);
  if (!yaml.source || yaml.data === undefined) return { file, problems: yaml.problems };
  const schema = checkSchema(schemaCheck(courseSchemaDocument), yaml.data, yaml.source);
  const problems = [...yaml.problems, ...schema.problems];
  if (schema.damaged.size === 0) {
    problems.push(...courseRules(yaml.data as CourseSpec, yaml.source), ...courseLanguageProblems(yaml.data as CourseSpec, yaml.source, options.catalogues));
  }
  problems.sort(byPosition);
  const course = problems.some((p) => p.severity === 'error') ? {} : { course: yaml.data as CourseSpec };
  return { file, problems, source: yaml.source, ...course };
}
