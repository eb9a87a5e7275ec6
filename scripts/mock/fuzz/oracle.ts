/**
 * The fuzzer's judge of a generated request, independent of the mock under test: its own ajv instances compile
 * the schemas straight out of the bundled document (by JSON pointer, refs resolved by ajv), and the request is
 * judged as the client built it (values, not the bytes the mock parses). None of the Contract's routing, form
 * parsing, parameter merging or validator caching is used, so a bug there shows up as a disagreement between
 * this verdict and the mock's answer.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { escapePointer, resolveLocalRef, valueAt } from '../../lib/local-ref.mjs';
import type { FuzzRequest } from './base-request.ts';

const addFormats = ajvFormats.default;
type Json = Record<string, any>;
const SPEC = 'bundle.json';

/** One rule a request breaks: where, the JSON pointer into the value, and the schema keyword. */
export interface Breach {
  /** `body`, or a parameter's place and name, e.g. `query count`. */
  in: string;
  /** Into the value; a missing or unknown property is pointed at by its name. */
  pointer: string;
  keyword: string;
}

/** Ajv's errors as breaches: `required` and `additionalProperties` point at the property they name. */
function toBreaches(where: string, errors: ErrorObject[]): Breach[] {
  return errors.map(({ instancePath, keyword, params }) => {
    const named =
      keyword === 'required' ? params.missingProperty : keyword === 'additionalProperties' ? params.additionalProperty : undefined;
    return { in: where, pointer: named === undefined ? instancePath : `${instancePath}/${escapePointer(String(named))}`, keyword };
  });
}

export class RequestOracle {
  // Every error, not the first: a value that breaks two rules (too long and off-pattern) names both.
  /** Bodies as sent: JSON types are what they are. */
  private readonly strict = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  /** Parameters and form fields travel as text; the servers read numbers and booleans out of it. */
  private readonly coercing = new Ajv2020({ strict: false, validateSchema: false, coerceTypes: true, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly spec: Json) {
    for (const ajv of [this.strict, this.coercing]) {
      addFormats(ajv);
      ajv.addSchema(spec, SPEC);
    }
  }

  /** The pointer a local `$ref` chain ends at (the spec is bundled: every ref is local). */
  private follow(pointer: string): string {
    const followed = new Set<string>();
    resolveLocalRef(this.spec, { $ref: pointer }, followed);
    return [...followed].at(-1)!;
  }

  private at(pointer: string): Json | undefined {
    return valueAt(this.spec, pointer) as Json | undefined;
  }

  private check(ajv: Ajv2020, where: string, pointer: string, value: unknown): Breach[] {
    const key = `${ajv === this.coercing ? 'c' : 's'}${pointer}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = ajv.getSchema(`${SPEC}${pointer}`);
      if (!validate) throw new Error(`no schema at ${pointer}`);
      this.validators.set(key, validate);
    }
    // Coercion rewrites its input; judge a copy.
    return validate(ajv === this.coercing ? structuredClone(value) : value) ? [] : toBreaches(where, validate.errors ?? []);
  }

  /** Whether the contract calls `request` (for the operation at `path` and `method`) valid. */
  isValid(path: string, method: string, request: FuzzRequest): boolean {
    return this.breaches(path, method, request).length === 0;
  }

  /** The rules of the contract that `request` (for the operation at `path` and `method`) breaks. */
  breaches(path: string, method: string, request: FuzzRequest): Breach[] {
    const operationPointer = `#/paths/${escapePointer(path)}/${method.toLowerCase()}`;
    const operation = this.at(operationPointer)!;
    const parameters = new Map<string, string>();
    for (const [list, base] of [
      [this.at(`#/paths/${escapePointer(path)}`)?.parameters, `#/paths/${escapePointer(path)}/parameters`],
      [operation.parameters, `${operationPointer}/parameters`],
    ] as const) {
      (list ?? []).forEach((_: unknown, index: number) => {
        const pointer = this.follow(`${base}/${index}`);
        const parameter = this.at(pointer)!;
        parameters.set(`${parameter.in}:${parameter.name}`, pointer);
      });
    }
    const found: Breach[] = [];
    for (const pointer of parameters.values()) {
      const parameter = this.at(pointer)!;
      const values =
        parameter.in === 'path'
          ? request.pathParams
          : parameter.in === 'query'
            ? request.query
            : parameter.in === 'header'
              ? request.headers
              : undefined;
      if (!values) continue;
      const value = values[parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name];
      const where = `${parameter.in} ${parameter.name}`;
      if (value === undefined) {
        if (parameter.required) found.push({ in: where, pointer: '', keyword: 'required' });
      } else if (parameter.schema) {
        found.push(...this.check(this.coercing, where, `${pointer}/schema`, value));
      }
    }
    return [...found, ...this.bodyBreaches(operationPointer, operation, request)];
  }

  private bodyBreaches(operationPointer: string, operation: Json, request: FuzzRequest): Breach[] {
    const breach = (keyword: string): Breach[] => [{ in: 'body', pointer: '', keyword }];
    if (!operation.requestBody) return request.body === undefined ? [] : breach('requestBody');
    const bodyPointer = this.follow(`${operationPointer}/requestBody`);
    const requestBody = this.at(bodyPointer)!;
    if (request.body === undefined) return requestBody.required ? breach('required') : [];
    const mediaPointer = `${bodyPointer}/content/${escapePointer(request.mediaType ?? '')}`;
    const media = this.at(mediaPointer);
    if (!media) return breach('content');
    if (!media.schema) return [];
    if (request.mediaType === 'application/x-www-form-urlencoded' || request.mediaType === 'multipart/form-data') {
      return this.check(this.coercing, 'body', `${mediaPointer}/schema`, asForm(request.body, media.encoding ?? {}));
    }
    return this.check(this.strict, 'body', `${mediaPointer}/schema`, request.body);
  }
}

/**
 * A body as a form carries it, per the media type's encoding: values become text (null an empty value), nested
 * objects stay nested only under `deepObject` fields, anywhere else they become literal `key[inner]` fields.
 */
function asForm(body: unknown, encoding: Json): Json {
  const text = (value: unknown): unknown => {
    if (value === null) return '';
    if (typeof value !== 'object') return String(value);
    return Array.isArray(value) ? value.map(text) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(v)]));
  };
  const flat = (prefix: string, value: unknown, out: Json): void => {
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) flat(`${prefix}[${Array.isArray(value) ? '' : key}]`, inner, out);
    } else if (value !== undefined) {
      out[prefix] = text(value);
    }
  };
  const out: Json = {};
  for (const [key, value] of Object.entries(body as Json)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === 'object' && encoding[key]?.style !== 'deepObject') flat(key, value, out);
    else Object.defineProperty(out, key, { value: text(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
