// The public face of spec loading: what other stages import.
export type * from './types.ts';
export { TOPICS } from './types.ts';
export { parseExerciseText, DEFAULT_CHECK_OPTIONS, MAX_SPEC_BYTES, type ParsedExercise } from './parse-exercise.ts';
export { parseCourseText, type CourseCheckOptions, type ParsedCourse } from './parse-course.ts';
export { loadCourse, loadExercises, readSpecFile, findSpecFiles, checkOptionsFor, type LoadCourseOptions, type LoadedCourse, type LoadedExercises } from './load.ts';
export { lintPaths, type Lint } from './lint.ts';
export { parseCacheIn, type ParseCache } from './parse-cache.ts';
export { placeholdersIn, renderPrompt, formatValue, formatNumber, formatNumberIn, type PromptOptions } from './prompt.ts';
export {
  assignmentTitle, courseLanguages, courseName, defaultLanguage, ENGLISH, exerciseHints, exerciseLanguages, exercisePrompt, exerciseTitle,
  misconceptionName, misconceptionTexts, optionLabels, withEnglish, type GivenText, type MisconceptionTexts, type OptionLabel,
} from './localized.ts';
export { parseDueDate } from './due-date.ts';
export type { CheckOptions } from './rules/index.ts';
export { exerciseSchemaDocument } from './schema/exercise.ts';
export { courseSchemaDocument } from './schema/course.ts';
