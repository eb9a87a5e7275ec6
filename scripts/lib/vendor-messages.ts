/**
 * Turns ajv's errors into Violations, with the vendor's own text where the failing schema carries it in
 * `x-error-messages` (a text per keyword, or for `required` a text per property), placeholders filled:
 * `{property}`, `{value}`, `{unprefixed}` (the value after its first `_`) and `{limit}`.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { escapePointer } from './local-ref.mjs';

export interface Violation {
  in: 'route' | 'path' | 'query' | 'header' | 'body' | 'status' | 'content-type';
  /** JSON pointer inside that part of the exchange ('' = the whole part). */
  pointer: string;
  /** The JSON Schema keyword that failed (or a check name for route/status/content-type). */
  keyword: string;
  message: string;
  /** The vendor's own text for this failure, from the schema's `x-error-messages`, placeholders filled. */
  vendorMessage?: string;
  /** That text before its placeholders were filled: how a mock finds the documented body worded alike. */
  vendorMessageTemplate?: string;
}

type Json = Record<string, any>;

export function fillPlaceholders(template: string, error: Pick<ErrorObject, 'data' | 'params'>, property: string | undefined): string {
  const value = error.data;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  const limit = (error.params as Json).limit ?? '';
  return template
    .replaceAll('{property}', property ?? '')
    .replaceAll('{value}', text ?? '')
    .replaceAll('{unprefixed}', typeof value === 'string' ? value.slice(value.indexOf('_') + 1) : (text ?? ''))
    .replaceAll('{limit}', String(limit));
}

/** The vendor text for a failed keyword of `schema`, if it has one. */
export function vendorTemplate(schema: Json | undefined, keyword: string, property: string | undefined): string | undefined {
  const byKeyword = (schema?.['x-error-messages'] as Json | undefined)?.[keyword];
  if (typeof byKeyword === 'string') return byKeyword;
  if (byKeyword && typeof byKeyword === 'object' && property !== undefined && Object.hasOwn(byKeyword, property)) {
    const perProperty = byKeyword[property];
    return typeof perProperty === 'string' ? perProperty : undefined;
  }
  return undefined;
}

/** One Violation per failing pointer and keyword (ajv repeats some under `allErrors`). */
export function toViolations(where: Violation['in'], errors: ErrorObject[] | null | undefined): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of errors ?? []) {
    const params = error.params as Json;
    const property: string | undefined = params.missingProperty ?? params.additionalProperty ?? params.propertyName;
    const pointer =
      params.missingProperty || params.additionalProperty ? `${error.instancePath}/${escapePointer(property!)}` : error.instancePath;
    const key = `${pointer} ${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const template = vendorTemplate(error.parentSchema as Json | undefined, error.keyword, property ?? pointer.split('/').pop());
    out.push({
      in: where,
      pointer,
      keyword: error.keyword,
      message: `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`,
      ...(template
        ? { vendorMessage: fillPlaceholders(template, error, property ?? pointer.split('/').pop()), vendorMessageTemplate: template }
        : {}),
    });
  }
  return out;
}
