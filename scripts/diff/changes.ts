/**
 * Diffs two bundled OpenAPI documents with api-smart-diff and classifies every change with our rules.
 */
import { apiCompare, type Diff } from 'api-smart-diff';
import { resolveLocalRef } from '../lib/local-ref.mjs';
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

type Json = Record<string, unknown>;

/**
 * api-smart-diff inlines the `$ref`s under `paths` but not under `webhooks` (OpenAPI 3.1), where it would only see a
 * `$ref` string that never changes. The webhooks' refs are inlined here, so that a change to a component is judged
 * at every webhook that uses it, as at every operation. A ref already being inlined (a recursive schema) is kept.
 */
function withWebhooksInlined(spec: object): object {
  const document = spec as Json;
  if (!document.webhooks) return spec;
  const inline = (node: unknown, open: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, open));
    if (node === null || typeof node !== 'object') return node;
    const { $ref: ref, ...siblings } = node as Json;
    if (typeof ref === 'string' && ref.startsWith('#/') && !open.includes(ref)) {
      return inline({ ...resolveLocalRef(document, { $ref: ref }), ...siblings }, [...open, ref]);
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value, open)]));
  };
  return { ...document, webhooks: inline(document.webhooks, []) };
}

export function diffSpecs(before: object, after: object): Change[] {
  const { diffs } = apiCompare(withWebhooksInlined(before), withWebhooksInlined(after));
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
