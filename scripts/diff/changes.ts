/**
 * Diffs two bundled OpenAPI documents with api-smart-diff and classifies every change with our rules.
 */
import { apiCompare, type Diff } from 'api-smart-diff';
import { describe } from './describe.js';
import { locate, toPointer } from './location.js';
import { classify, type ChangeClass } from './rules.js';

export interface Change {
  class: ChangeClass;
  rule: string;
  /** `POST /customers`, or '' for document-level changes. */
  operation: string;
  /** JSON pointer into the resolved document (`$ref`s inlined, `allOf` merged). */
  pointer: string;
  /** Human-readable description (mostly api-smart-diff's own). */
  description: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Reusable components are inlined by the library wherever they are used, so every change to them is
 * already reported — with its direction — at each operation that uses it. Their own diffs would only repeat
 * those without a direction; security schemes are the exception, as operations refer to them by name.
 */
function reportedElsewhere(diff: Diff): boolean {
  return diff.path[0] === 'components' && diff.path[1] !== 'securitySchemes';
}

export function diffSpecs(before: object, after: object): Change[] {
  const { diffs } = apiCompare(before, after);
  return diffs
    .filter((diff) => !reportedElsewhere(diff))
    .map((diff) => {
      const location = locate(diff.path);
      const verdict = classify(diff, location);
      return {
        class: verdict.class,
        rule: verdict.rule,
        operation: location.operation,
        pointer: toPointer(diff.path),
        description: describe(diff, location),
        before: diff.before,
        after: diff.after,
      };
    });
}
