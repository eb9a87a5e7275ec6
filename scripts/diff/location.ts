/**
 * Reads a diff path of api-smart-diff (a path into the *resolved* OpenAPI document: `$ref`s inlined, `allOf`
 * merged) and says where the change sits: which operation, which side of the exchange, and — inside a
 * schema — which JSON Schema keyword changed. Property names are told apart from keywords by walking the
 * schema structure, so a property called `type` or `enum` is not mistaken for the keyword.
 *
 * A webhook (OpenAPI 3.1 `webhooks`) is an exchange the other way round: the API sends its parameters and body,
 * and its users answer. So its request side is judged as a response (it may only come to send less) and its
 * responses as a request (it may only come to accept more).
 */
import { HTTP_METHODS } from '../lib/http-methods.mjs';
import { escapePointer } from '../lib/local-ref.mjs';

export type Direction = 'request' | 'response' | 'operation' | 'document';

export interface SchemaSpot {
  /** The keyword that changed (`maxLength`, `enum`, `required`, …), or `property` when a whole property was added or removed. */
  keyword: string;
  /** Path segments after the keyword, e.g. `[2]` for the third `enum` value. */
  rest: (string | number)[];
  /** Dotted property trail inside the schema, e.g. `notes.key` ('' = the schema root). */
  field: string;
}

export interface Location {
  direction: Direction;
  /** `POST /customers`, `webhook payment.captured`, or '' outside an operation. */
  operation: string;
  /** `path` of a changed status code when a whole response was added or removed. */
  status?: string;
  schema?: SchemaSpot;
  /** True for examples, descriptions, titles, tags, links and vendor extensions (`x-*`) anywhere on the path. */
  documentationOnly: boolean;
}

const HTTP_METHOD_SET: ReadonlySet<string> = new Set(HTTP_METHODS);
const NAMED_SUBSCHEMAS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);
const INDEXED_SUBSCHEMAS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SINGLE_SUBSCHEMAS = new Set([
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contentSchema',
]);
// Tags group operations in the docs; links tell tools which operation takes another's output. Neither changes a message.
const DOCUMENTATION_KEYWORDS = new Set([
  'description',
  'summary',
  'title',
  'examples',
  'example',
  '$comment',
  'externalDocs',
  'tags',
  'links',
]);

type Segment = string | number;

function isExtension(segment: Segment): boolean {
  return typeof segment === 'string' && segment.startsWith('x-');
}

/** Walks a path that starts inside a schema and stops at the first keyword that is not a sub-schema container. */
export function locateInSchema(path: Segment[]): SchemaSpot {
  const fields: string[] = [];
  let i = 0;
  while (i < path.length) {
    const segment = path[i]!;
    if (typeof segment === 'string' && NAMED_SUBSCHEMAS.has(segment)) {
      const name = path[i + 1];
      if (name === undefined) return { keyword: segment, rest: [], field: fields.join('.') };
      fields.push(String(name));
      if (i + 2 === path.length) return { keyword: 'property', rest: [], field: fields.join('.') };
      i += 2;
    } else if (typeof segment === 'string' && INDEXED_SUBSCHEMAS.has(segment)) {
      if (i + 2 >= path.length) return { keyword: segment, rest: path.slice(i + 1), field: fields.join('.') };
      i += 2;
    } else if (typeof segment === 'string' && SINGLE_SUBSCHEMAS.has(segment) && i + 1 < path.length) {
      if (segment === 'items') fields.push(`${fields.pop() ?? ''}[]`);
      i += 1;
    } else {
      return { keyword: String(segment), rest: path.slice(i + 1), field: fields.join('.') };
    }
  }
  return { keyword: 'schema', rest: [], field: fields.join('.') };
}

function directionOf(afterOperation: Segment[], webhook: boolean): Direction {
  const first = afterOperation[0];
  if (first === 'requestBody' || first === 'parameters') return webhook ? 'response' : 'request';
  if (first === 'responses') return webhook ? 'request' : 'response';
  return 'operation';
}

export function locate(path: Segment[]): Location {
  const documentationOnly =
    path.some(isExtension) || path.some((segment, index) => DOCUMENTATION_KEYWORDS.has(String(segment)) && !isPropertyName(path, index));
  const webhook = path[0] === 'webhooks';
  if ((path[0] !== 'paths' && !webhook) || path.length < 2) return { direction: 'document', operation: '', documentationOnly };

  const template = String(path[1]);
  const methodIndex = path.findIndex((segment, index) => index >= 2 && HTTP_METHOD_SET.has(String(segment)));
  // Path-item level `parameters` apply to every operation of the path; a webhook is named, whatever its method.
  const operation = webhook ? `webhook ${template}` : methodIndex === 2 ? `${String(path[2]).toUpperCase()} ${template}` : template;
  const afterOperation = path.slice(methodIndex === 2 ? 3 : 2);
  const direction = directionOf(afterOperation, webhook);
  const location: Location = { direction, operation, documentationOnly };

  if (afterOperation[0] === 'responses' && afterOperation.length === 2) location.status = String(afterOperation[1]);
  const schemaIndex = afterOperation.indexOf('schema');
  if (schemaIndex >= 0) location.schema = locateInSchema(afterOperation.slice(schemaIndex + 1));
  return location;
}

/** A segment is a property name when it directly follows `properties` (or a sibling container) inside a schema. */
function isPropertyName(path: Segment[], index: number): boolean {
  const previous = path[index - 1];
  return typeof previous === 'string' && NAMED_SUBSCHEMAS.has(previous) && path.slice(0, index).includes('schema');
}

/** RFC 6901 JSON pointer of a diff path, for the changelog. */
export function toPointer(path: Segment[]): string {
  return '#/' + path.map((segment) => escapePointer(String(segment))).join('/');
}
