/**
 * Validates requests and responses against a bundled OpenAPI 3.1 description with ajv (JSON Schema 2020-12,
 * formats on). Shared by the boundary tests, the conformance checker and the mock server, so that all three
 * read the contract the same way.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its plugin function is the module's `default` export.
const addFormats = ajvFormats.default;
import { parseFormBody } from './form.ts';

export type Api = 'gateway' | 'razorpay' | 'juspay';
export const APIS: readonly Api[] = ['gateway', 'razorpay', 'juspay'];

export interface Violation {
  in: 'route' | 'path' | 'query' | 'header' | 'body' | 'status' | 'content-type';
  /** JSON pointer inside that part of the exchange ('' = the whole part). */
  pointer: string;
  /** The JSON Schema keyword that failed (or a check name for route/status/content-type). */
  keyword: string;
  message: string;
  /** The vendor's own text for this failure, from the schema's `x-error-messages`, placeholders filled. */
  vendorMessage?: string;
}

export interface RequestParts {
  path?: Record<string, string>;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  body?: unknown;
  contentType?: string;
}

export interface ResponseParts {
  contentType?: string;
  headers?: Record<string, string>;
}

type Json = Record<string, any>;
type Location = 'path' | 'query' | 'header';

export interface OperationInfo {
  operationId: string;
  method: string;
  /** The path template as written in the spec, e.g. `/customers/{id}`. */
  path: string;
  operation: Json;
  parameters: Json[];
}

interface RouteMatcher {
  info: OperationInfo;
  regex: RegExp;
  names: string[];
  literalLength: number;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const SPEC_ID = 'openapi.json';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function specPath(api: Api, dir = 'generated'): string {
  return `${repoRoot}${dir}/${api}/openapi.json`;
}

export function loadBundledSpec(api: Api, dir = 'generated'): Json {
  const file = specPath(api, dir);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the bundled ${api} spec at ${file} (run: npm run build): ${(error as Error).message}`);
  }
}

function createAjv(coerceTypes: boolean): Ajv2020 {
  // strict: false because OpenAPI adds keywords ajv does not know (discriminator, example, x-*);
  // verbose: true keeps the failing schema on each error so x-error-messages can be looked up.
  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, coerceTypes, validateSchema: false });
  addFormats(ajv);
  return ajv;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}

function lowerKeys<T>(record: Record<string, T> | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record ?? {})) out[key.toLowerCase()] = value;
  return out;
}

function fillPlaceholders(template: string, error: ErrorObject, property: string | undefined): string {
  const value = error.data;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  const limit = (error.params as Json).limit ?? '';
  return template
    .replaceAll('{property}', property ?? '')
    .replaceAll('{value}', text ?? '')
    .replaceAll('{unprefixed}', typeof value === 'string' ? value.slice(value.indexOf('_') + 1) : text ?? '')
    .replaceAll('{limit}', String(limit));
}

function toViolations(where: Violation['in'], errors: ErrorObject[] | null | undefined): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of errors ?? []) {
    const params = error.params as Json;
    const property: string | undefined = params.missingProperty ?? params.additionalProperty ?? params.propertyName;
    const pointer = params.missingProperty || params.additionalProperty
      ? `${error.instancePath}/${escapePointer(property!)}`
      : error.instancePath;
    const key = `${pointer} ${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const messages = (error.parentSchema as Json | undefined)?.['x-error-messages'] as Record<string, string> | undefined;
    const template = messages?.[error.keyword];
    const lastSegment = pointer.split('/').pop();
    out.push({
      in: where,
      pointer,
      keyword: error.keyword,
      message: `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`,
      ...(template ? { vendorMessage: fillPlaceholders(template, error, property ?? lastSegment) } : {}),
    });
  }
  return out;
}

export class Contract {
  readonly api: Api | undefined;
  readonly spec: Json;
  readonly basePath: string;
  readonly operations: OperationInfo[] = [];
  private readonly byId = new Map<string, OperationInfo>();
  private readonly routes = new Map<string, RouteMatcher[]>();
  private readonly strictAjv = createAjv(false);
  private readonly coercingAjv = createAjv(true);
  private readonly cache = new Map<string, ValidateFunction>();

  static load(api: Api, dir = 'generated'): Contract {
    return new Contract(loadBundledSpec(api, dir), api);
  }

  constructor(spec: Json, api?: Api) {
    this.spec = spec;
    this.api = api;
    this.strictAjv.addSchema(spec, SPEC_ID);
    this.coercingAjv.addSchema(spec, SPEC_ID);
    this.basePath = new URL(spec.servers?.[0]?.url ?? 'http://localhost/').pathname.replace(/\/$/, '');
    for (const [path, item] of Object.entries<Json>(spec.paths ?? {})) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const info: OperationInfo = {
          operationId: operation.operationId ?? `${method} ${path}`,
          method,
          path,
          operation,
          parameters: this.mergeParameters(item.parameters ?? [], operation.parameters ?? []),
        };
        this.operations.push(info);
        this.byId.set(info.operationId, info);
        this.addRoute(info);
      }
    }
    for (const list of this.routes.values()) {
      // Concrete segments win over templates: /customers/eligibility before /customers/{id}.
      list.sort((a, b) => b.literalLength - a.literalLength);
    }
  }

  operation(operationId: string): OperationInfo {
    const info = this.byId.get(operationId);
    if (!info) throw new Error(`unknown operationId '${operationId}' in the ${this.api ?? ''} spec`);
    return info;
  }

  /** Finds the operation for a method and a URL or path; the server's base path (/v1, /api) is optional. */
  match(method: string, url: string): { info: OperationInfo; pathParams: Record<string, string> } | undefined {
    const pathname = url.startsWith('/') ? url.split('?')[0]! : new URL(url).pathname;
    const candidates = this.routes.get(method.toLowerCase()) ?? [];
    const stripped = this.basePath && (pathname === this.basePath || pathname.startsWith(`${this.basePath}/`))
      ? pathname.slice(this.basePath.length) || '/'
      : undefined;
    for (const path of stripped === undefined ? [pathname] : [stripped, pathname]) {
      for (const route of candidates) {
        const found = route.regex.exec(path);
        if (!found) continue;
        const pathParams: Record<string, string> = {};
        route.names.forEach((name, i) => { pathParams[name] = decodeURIComponent(found[i + 1]!); });
        return { info: route.info, pathParams };
      }
    }
    return undefined;
  }

  validateRequest(operationId: string, request: RequestParts): Violation[] {
    const info = this.operation(operationId);
    return [
      ...this.validateParameters(info, 'path', request.path ?? {}),
      ...this.validateParameters(info, 'query', request.query ?? {}),
      ...this.validateParameters(info, 'header', lowerKeys(request.headers)),
      ...this.validateRequestBody(info, request),
    ];
  }

  validateResponse(operationId: string, status: number, body: unknown, parts: ResponseParts = {}): Violation[] {
    const info = this.operation(operationId);
    const responses: Json = info.operation.responses ?? {};
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => responses[candidate]);
    if (!key) {
      return [{ in: 'status', pointer: '', keyword: 'status', message: `status ${status} is not documented for ${operationId}` }];
    }
    const response = this.deref(responses[key]);
    const violations: Violation[] = [];
    const headers = lowerKeys(parts.headers);
    for (const [name, header] of Object.entries<Json>(response.headers ?? {})) {
      if (this.deref(header).required && headers[name.toLowerCase()] === undefined) {
        violations.push({ in: 'header', pointer: `/${name}`, keyword: 'required', message: `response header ${name} is required` });
      }
    }
    const content: Json | undefined = response.content;
    if (!content) {
      if (body !== undefined && body !== '') {
        violations.push({ in: 'body', pointer: '', keyword: 'content', message: `status ${status} of ${operationId} documents no body` });
      }
      return violations;
    }
    const mediaType = mediaTypeOf(parts.contentType) ?? Object.keys(content)[0]!;
    const media = content[mediaType];
    if (!media) {
      violations.push({ in: 'content-type', pointer: '', keyword: 'content-type', message: `content type ${mediaType} is not documented for ${operationId} ${status}` });
      return violations;
    }
    const pointer = `#/paths/${escapePointer(info.path)}/${info.method}/responses/${key}`;
    const validate = this.validator(this.strictAjv, `${responses[key].$ref ?? pointer}/content/${escapePointer(mediaType)}/schema`, media.schema);
    if (validate && !validate(body)) violations.push(...toViolations('body', validate.errors));
    return violations;
  }

  private validateParameters(info: OperationInfo, location: Location, values: Record<string, string | string[]>): Violation[] {
    const params = info.parameters.filter((p) => p.in === location);
    if (params.length === 0) return [];
    const violations: Violation[] = [];
    const data: Record<string, unknown> = {};
    for (const param of params) {
      const name = location === 'header' ? param.name.toLowerCase() : param.name;
      const value = values[name];
      if (value === undefined) {
        if (param.required) {
          violations.push({ in: location, pointer: `/${escapePointer(param.name)}`, keyword: 'required', message: `${location} parameter ${param.name} is required` });
        }
        continue;
      }
      const schema = param.schema ?? {};
      data[name] = Array.isArray(value) && schema.type !== 'array' ? value[0] : value;
      const validate = this.validator(this.coercingAjv, `${info.operationId}:${location}:${param.name}`, schema);
      const holder = { value: data[name] };
      if (validate && !validate(holder.value)) {
        violations.push(...toViolations(location, validate.errors).map((v) => ({
          ...v,
          pointer: `/${escapePointer(param.name)}${v.pointer}`,
          message: `${location} parameter ${param.name}${v.message.replace(/^\(root\)/, '')}`,
        })));
      }
    }
    return violations;
  }

  private validateRequestBody(info: OperationInfo, request: RequestParts): Violation[] {
    const requestBody = info.operation.requestBody && this.deref(info.operation.requestBody);
    const hasBody = request.body !== undefined && request.body !== '';
    if (!requestBody) {
      return hasBody && typeof request.body === 'object'
        ? [{ in: 'body', pointer: '', keyword: 'content', message: `${info.operationId} takes no request body` }]
        : [];
    }
    if (!hasBody) {
      return requestBody.required
        ? [{ in: 'body', pointer: '', keyword: 'required', message: `${info.operationId} requires a request body` }]
        : [];
    }
    const mediaType = mediaTypeOf(request.contentType) ?? Object.keys(requestBody.content)[0]!;
    const media = requestBody.content?.[mediaType];
    if (!media) {
      return [{ in: 'content-type', pointer: '', keyword: 'content-type', message: `${info.operationId} does not accept ${mediaType}` }];
    }
    const isForm = mediaType === 'application/x-www-form-urlencoded' || mediaType === 'multipart/form-data';
    const body = isForm && typeof request.body === 'string' ? parseFormBody(request.body) : request.body;
    const ajv = isForm ? this.coercingAjv : this.strictAjv;
    const ref = info.operation.requestBody.$ref ?? `#/paths/${escapePointer(info.path)}/${info.method}/requestBody`;
    const validate = this.validator(ajv, `${ref}/content/${escapePointer(mediaType)}/schema${isForm ? ':form' : ''}`, media.schema);
    // Coercion rewrites the data in place; validate a copy so callers keep what they sent.
    const data = isForm ? structuredClone(body) : body;
    return validate && !validate(data) ? toViolations('body', validate.errors) : [];
  }

  private validator(ajv: Ajv2020, cacheKey: string, schema: Json | undefined): ValidateFunction | undefined {
    if (!schema) return undefined;
    const key = `${ajv === this.coercingAjv ? 'c' : 's'}:${cacheKey}`;
    let validate = this.cache.get(key);
    if (!validate) {
      validate = ajv.compile(this.anchor(schema));
      this.cache.set(key, validate);
    }
    return validate;
  }

  /** Re-roots local `#/components/...` refs onto the registered spec so a sub-schema compiles alone. */
  private anchor(schema: Json): Json {
    return JSON.parse(JSON.stringify(schema), (_key, value) =>
      value && typeof value === 'object' && typeof value.$ref === 'string' && value.$ref.startsWith('#/')
        ? { ...value, $ref: `${SPEC_ID}${value.$ref}` }
        : value);
  }

  private deref(node: Json): Json {
    let current = node;
    const seen = new Set<string>();
    while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
      if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
      seen.add(current.$ref);
      current = current.$ref.slice(2).split('/')
        .map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc: Json, segment: string) => acc?.[segment], this.spec);
    }
    return current;
  }

  private mergeParameters(pathLevel: Json[], operationLevel: Json[]): Json[] {
    const merged = new Map<string, Json>();
    for (const param of [...pathLevel, ...operationLevel].map((p) => this.deref(p))) {
      merged.set(`${param.in}:${param.name}`, param);
    }
    return [...merged.values()];
  }

  private addRoute(info: OperationInfo): void {
    const names: string[] = [];
    const source = info.path.split('/').map((segment) => segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{([^}]+)\}/g, (_m, name: string) => { names.push(name); return '([^/]+)'; })).join('/');
    const list = this.routes.get(info.method) ?? [];
    list.push({ info, regex: new RegExp(`^${source}/?$`), names, literalLength: info.path.replace(/\{[^}]+\}/g, '').length });
    this.routes.set(info.method, list);
  }
}
