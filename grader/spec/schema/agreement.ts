// The compiler's proof that the schemas accept exactly the types of `types.ts`:
// if a field is added, dropped, renamed or retyped on one side only, `tsc` fails here.
import type { CourseSpec, ExerciseSpec } from '../types.ts';
import type { SchemaType } from './build.ts';
import type { course } from './course.ts';
import type { exercise } from './exercise.ts';

/** Drops `readonly` and flattens intersections, so that only the shape is compared. */
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;

/** True only when A and B are the same type (not merely assignable either way). */
export type Same<A, B> =
  (<X>() => X extends Plain<A> ? 1 : 2) extends <X>() => X extends Plain<B> ? 1 : 2 ? true : false;

export const exerciseSchemaAgrees: Same<SchemaType<typeof exercise>, ExerciseSpec> = true;
export const courseSchemaAgrees: Same<SchemaType<typeof course>, CourseSpec> = true;
