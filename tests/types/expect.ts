/**
 * Compile-time assertions for the type tests. openapi-fetch passes response bodies through its
 * `Readable<T>` mapped type, which rebuilds object types, so "same type" here means mutually
 * assignable rather than identical; literal and primitive types still have to match exactly.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Fails to compile unless `T` is `true`. */
export type Expect<T extends true> = T;

/** `true` unless `T` is `any` (which `Same` cannot tell apart from every other type). */
export type NotAny<T> = 0 extends 1 & T ? false : true;
