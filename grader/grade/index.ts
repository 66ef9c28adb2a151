export { gradeAnswer, resultBase, reveals, roundScore, type GradeOptions, type ResultBase } from './answer.ts';
export { gradeStudent, type StudentInput } from './student.ts';
export { gradeCodeExercise, type FunctionGradeContext, type GradeFunction } from './code-exercises.ts';
export { createFunctionGrader, type TimingListener } from './function-grader.ts';
export { gradeFunctionExercise, type FunctionGrade, type FunctionGradingContext, type StudentFile } from './function-exercise.ts';
export { courseOrder } from './order.ts';
export { answerKinds, type AnswerKindGrader, type KindContext, type KindOutcome } from './kinds/index.ts';
export { isRoundingOf, roundTo } from './precision.ts';
