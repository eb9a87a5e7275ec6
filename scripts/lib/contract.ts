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
import { FormError, deepObjectFields, parseFormBody } from './form.ts';
import { resolveLocalRef } from './local-ref.mjs';
import { dict } from './untrusted.ts';

export { resolveLocalRef };

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

/** What validateResponse needs for one documented response, resolved once per operation and status key. */
interface ResponsePlan {
  key: string;
  /** Names of the required response headers, as written in the spec. */
  requiredHeaders: string[];
  content: Json | undefined;
  defaultMediaType: string | undefined;
  schemaBase: string;
  validators: Map<string, ValidateFunction | undefined>;
}

interface ParameterPlan {
  param: Json;
  /** The name to look the value up by: header names lowercased. */
  key: string;
  /** Compiled on first use; undefined = not compiled yet, null = nothing to validate. */
  validate: ValidateFunction | null | undefined;
}

/** Per-operation lookups resolved on first use, so validating an exchange does no spec walking. */
interface OperationPlan {
  info: OperationInfo;
  responses: Json;
  /** Response plan per status code; null = the status is not documented. */
  byStatus: Map<number, ResponsePlan | null>;
  params: Record<Location, ParameterPlan[]>;
  requestBody: Json | undefined;
  requestBodyDefaultMediaType: string | undefined;
  requestBodyRef: string;
  bodyValidators: Map<string, ValidateFunction | undefined>;
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

const mediaTypes = new Map<string, string>();

function mediaTypeOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  let mediaType = mediaTypes.get(contentType);
  if (mediaType === undefined) {
    mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    // Content types come from recorded traffic; bound the memo so odd values cannot grow it without limit.
    if (mediaTypes.size < 1000) mediaTypes.set(contentType, mediaType);
  }
  return mediaType;
}

/** The origin (`scheme://host[:port]`) last seen to be plain, so the next URL with it skips the checks. */
let plainOrigin = '';

/** The pathname of an absolute URL; the quick scan covers plain URLs and `new URL` handles anything it would normalise. */
function pathnameOf(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme > 0) {
    const slash = url.indexOf('/', scheme + 3);
    let end = url.length;
    for (let i = slash; i !== -1 && i < url.length; i++) {
      const c = url.charCodeAt(i);
      if (c === 63 /* ? */ || c === 35 /* # */) { end = i; break; }
      if (c === 37 /* % */ || c === 46 /* . */ || c === 92 /* backslash */ || c <= 32 || c > 126) return new URL(url).pathname;
    }
    const originEnd = slash === -1 ? end : slash;
    if (originEnd === plainOrigin.length && url.startsWith(plainOrigin)) return slash === -1 || slash > end ? '/' : url.slice(slash, end);
    const authority = url.slice(scheme + 3, originEnd);
    if (/^[a-z][a-z0-9+.-]*$/i.test(url.slice(0, scheme)) && /^[A-Za-z0-9.-]+(:\d+)?$/.test(authority)) {
      plainOrigin = url.slice(0, originEnd);
      return slash === -1 || slash > end ? '/' : url.slice(slash, end);
    }
  }
  return new URL(url).pathname;
}

function parameterPlans(info: OperationInfo, location: Location): ParameterPlan[] {
  return info.parameters.filter((p) => p.in === location)
    .map((param) => ({ param, key: location === 'header' ? param.name.toLowerCase() : param.name, validate: undefined }));
}

function matchRoute(routes: RouteMatcher[], path: string): { info: OperationInfo; pathParams: Record<string, string> } | undefined {
  for (const route of routes) {
    const found = route.regex.exec(path);
    if (!found) continue;
    const pathParams = dict<string>();
    for (let i = 0; i < route.names.length; i++) {
      const raw = found[i + 1]!;
      pathParams[route.names[i]!] = raw.includes('%') ? decodePathSegment(raw) : raw;
    }
    return { info: route.info, pathParams };
  }
  return undefined;
}

/** A percent-encoded path segment; one that is not valid percent-encoding is taken as written. */
function decodePathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function lowerKeys<T>(record: Record<string, T> | undefined): Record<string, T> {
  const out = dict<T>();
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
    const messages = (error.parentSchema as Json | undefined)?.['x-error-messages'] as Record<string, string | Record<string, string>> | undefined;
    // A keyword's text, or (for `required`) one text per property.
    const byKeyword = messages?.[error.keyword];
    const perProperty = typeof byKeyword === 'object' && property !== undefined && Object.hasOwn(byKeyword, property) ? byKeyword[property] : undefined;
    const template = typeof byKeyword === 'string' ? byKeyword : typeof perProperty === 'string' ? perProperty : undefined;
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
  private readonly plans = new Map<string, OperationPlan>();

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
    for (const [method, list] of [...this.routes]) {
      // Concrete segments win over templates: /customers/eligibility before /customers/{id}.
      list.sort((a, b) => b.literalLength - a.literalLength);
      this.routes.set(method.toUpperCase(), list);
    }
  }

  operation(operationId: string): OperationInfo {
    const info = this.byId.get(operationId);
    if (!info) throw new Error(`unknown operationId '${operationId}' in the ${this.api ?? ''} spec`);
    return info;
  }

  /** Finds the operation for a method and a URL or path; the server's base path (/v1, /api) is optional. */
  match(method: string, url: string): { info: OperationInfo; pathParams: Record<string, string> } | undefined {
    let pathname = url;
    if (url.startsWith('/')) {
      const query = url.indexOf('?');
      if (query !== -1) pathname = url.slice(0, query);
    } else {
      pathname = pathnameOf(url);
    }
    // Recorded methods are nearly always upper case; the routes are held under both spellings.
    const candidates = this.routes.get(method) ?? this.routes.get(method.toLowerCase());
    if (!candidates) return undefined;
    const base = this.basePath;
    if (base && pathname.startsWith(base) && (pathname.length === base.length || pathname.charCodeAt(base.length) === 47 /* / */)) {
      const found = matchRoute(candidates, pathname.slice(base.length) || '/');
      if (found) return found;
    }
    return matchRoute(candidates, pathname);
  }

  validateRequest(operationId: string, request: RequestParts): Violation[] {
    const plan = this.plan(operationId);
    const violations: Violation[] = [];
    if (plan.params.path.length > 0) this.validateParameters(plan, 'path', request.path ?? {}, violations);
    if (plan.params.query.length > 0) this.validateParameters(plan, 'query', request.query ?? {}, violations);
    if (plan.params.header.length > 0) this.validateParameters(plan, 'header', lowerKeys(request.headers), violations);
    this.validateRequestBody(plan, request, violations);
    return violations;
  }

  validateResponse(operationId: string, status: number, body: unknown, parts: ResponseParts = {}): Violation[] {
    const plan = this.plan(operationId);
    const response = this.responsePlan(plan, status);
    if (!response) {
      return [{ in: 'status', pointer: '', keyword: 'status', message: `status ${status} is not documented for ${operationId}` }];
    }
    const violations: Violation[] = [];
    if (response.requiredHeaders.length > 0) {
      const headers = lowerKeys(parts.headers);
      for (const name of response.requiredHeaders) {
        if (headers[name.toLowerCase()] === undefined) {
          violations.push({ in: 'header', pointer: `/${name}`, keyword: 'required', message: `response header ${name} is required` });
        }
      }
    }
    const content = response.content;
    if (!content) {
      if (body !== undefined && body !== '') {
        violations.push({ in: 'body', pointer: '', keyword: 'content', message: `status ${status} of ${operationId} documents no body` });
      }
      return violations;
    }
    const mediaType = mediaTypeOf(parts.contentType) ?? response.defaultMediaType!;
    const media = content[mediaType];
    if (!media) {
      violations.push({ in: 'content-type', pointer: '', keyword: 'content-type', message: `content type ${mediaType} is not documented for ${operationId} ${status}` });
      return violations;
    }
    let validate = response.validators.get(mediaType);
    if (validate === undefined && !response.validators.has(mediaType)) {
      validate = this.validator(this.strictAjv, `${response.schemaBase}/content/${escapePointer(mediaType)}/schema`, media.schema);
      response.validators.set(mediaType, validate);
    }
    if (validate && !validate(body)) violations.push(...toViolations('body', validate.errors));
    return violations;
  }

  private plan(operationId: string): OperationPlan {
    let plan = this.plans.get(operationId);
    if (!plan) {
      const info = this.operation(operationId);
      const requestBody = info.operation.requestBody && this.deref(info.operation.requestBody);
      plan = {
        info,
        responses: info.operation.responses ?? {},
        byStatus: new Map(),
        params: { path: parameterPlans(info, 'path'), query: parameterPlans(info, 'query'), header: parameterPlans(info, 'header') },
        requestBody,
        requestBodyDefaultMediaType: requestBody?.content ? Object.keys(requestBody.content)[0] : undefined,
        requestBodyRef: info.operation.requestBody?.$ref ?? `#/paths/${escapePointer(info.path)}/${info.method}/requestBody`,
        bodyValidators: new Map(),
      };
      this.plans.set(operationId, plan);
    }
    return plan;
  }

  private responsePlan(plan: OperationPlan, status: number): ResponsePlan | null {
    let response = plan.byStatus.get(status);
    if (response !== undefined) return response;
    const { responses, info } = plan;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => responses[candidate]);
    if (!key) {
      response = null;
    } else {
      const resolved = this.deref(responses[key]);
      const content: Json | undefined = resolved.content;
      response = {
        key,
        requiredHeaders: Object.entries<Json>(resolved.headers ?? {}).filter(([, header]) => this.deref(header).required).map(([name]) => name),
        content,
        defaultMediaType: content ? Object.keys(content)[0] : undefined,
        schemaBase: responses[key].$ref ?? `#/paths/${escapePointer(info.path)}/${info.method}/responses/${key}`,
        validators: new Map(),
      };
    }
    // Statuses come from recorded traffic; only the 100-599 range is memoised, which bounds the map.
    if (status >= 100 && status <= 599) plan.byStatus.set(status, response);
    return response;
  }

  private validateParameters(plan: OperationPlan, location: Location, values: Record<string, string | string[]>, violations: Violation[]): void {
    const { info } = plan;
    for (const parameter of plan.params[location]) {
      const { param } = parameter;
      const value = values[parameter.key];
      if (value === undefined) {
        if (param.required) {
          violations.push({ in: location, pointer: `/${escapePointer(param.name)}`, keyword: 'required', message: `${location} parameter ${param.name} is required` });
        }
        continue;
      }
      const schema = param.schema ?? {};
      const data = Array.isArray(value) && schema.type !== 'array' ? value[0] : value;
      parameter.validate ??= this.validator(this.coercingAjv, `${info.operationId}:${location}:${param.name}`, schema) ?? null;
      const validate = parameter.validate;
      if (validate && !validate(data)) {
        for (const v of toViolations(location, validate.errors)) {
          violations.push({
            ...v,
            pointer: `/${escapePointer(param.name)}${v.pointer}`,
            message: `${location} parameter ${param.name}${v.message.replace(/^\(root\)/, '')}`,
          });
        }
      }
    }
  }

  private validateRequestBody(plan: OperationPlan, request: RequestParts, violations: Violation[]): void {
    const { info, requestBody } = plan;
    const hasBody = request.body !== undefined && request.body !== '';
    if (!requestBody) {
      if (hasBody && typeof request.body === 'object') {
        violations.push({ in: 'body', pointer: '', keyword: 'content', message: `${info.operationId} takes no request body` });
      }
      return;
    }
    if (!hasBody) {
      if (requestBody.required) violations.push({ in: 'body', pointer: '', keyword: 'required', message: `${info.operationId} requires a request body` });
      return;
    }
    const mediaType = mediaTypeOf(request.contentType) ?? plan.requestBodyDefaultMediaType!;
    const media = requestBody.content?.[mediaType];
    if (!media) {
      violations.push({ in: 'content-type', pointer: '', keyword: 'content-type', message: `${info.operationId} does not accept ${mediaType}` });
      return;
    }
    const isForm = mediaType === 'application/x-www-form-urlencoded' || mediaType === 'multipart/form-data';
    let body = request.body;
    if (isForm && typeof body === 'string') {
      try {
        body = parseFormBody(body, deepObjectFields(media));
      } catch (error) {
        if (!(error instanceof FormError)) throw error;
        violations.push({ in: 'body', pointer: '', keyword: 'form', message: error.message });
        return;
      }
    }
    let validate = plan.bodyValidators.get(mediaType);
    if (validate === undefined && !plan.bodyValidators.has(mediaType)) {
      validate = this.validator(isForm ? this.coercingAjv : this.strictAjv, `${plan.requestBodyRef}/content/${escapePointer(mediaType)}/schema${isForm ? ':form' : ''}`, media.schema);
      plan.bodyValidators.set(mediaType, validate);
    }
    // Coercion rewrites the data in place; validate a copy so callers keep what they sent.
    const data = isForm && typeof request.body !== 'string' ? structuredClone(body) : body;
    if (validate && !validate(data)) violations.push(...toViolations('body', validate.errors));
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
    return resolveLocalRef(this.spec, node) ?? node;
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
