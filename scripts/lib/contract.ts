/**
 * Validates requests and responses against a bundled OpenAPI 3.1 description with ajv (JSON Schema 2020-12,
 * formats on), and the requests the API itself sends to its users (`webhooks`). Shared by the boundary tests, the
 * conformance checker and the mocks, so that all three read the contract the same way. Routing is router.ts's,
 * the vendor texts vendor-messages.ts's.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { boundedMemo } from './bounded-memo.mjs';
import { FormError, deepObjectFields, parseFormBody } from './form.ts';
import { parseMultipartBody } from './multipart.ts';
import { escapePointer, resolveLocalRef } from './local-ref.mjs';
import { listOperations, listWebhooks, type OperationInfo } from './operations.mjs';
import { Router, type RouteMatch } from './router.ts';
import { SchemaCheck } from './schema-check.ts';
import { loadBundledSpec } from './spec.ts';
import { belowBasePath, pathnameOf } from './url.ts';
import { toViolations, type Violation } from './vendor-messages.ts';

// ajv-formats is CommonJS: under NodeNext its plugin function is the module's `default` export.
const addFormats = ajvFormats.default;

export type { OperationInfo, RouteMatch, Violation };
export { resolveLocalRef };

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

/** What validateResponse needs for one documented response, resolved once per operation and status key. */
interface ResponsePlan {
  /** Names of the required response headers, as written in the spec. */
  requiredHeaders: string[];
  content: Json | undefined;
  defaultMediaType: string | undefined;
  schemaBase: string;
  validators: Map<string, SchemaCheck | undefined>;
}

interface ParameterPlan {
  param: Json;
  /** The name to look the value up by: header names lowercased. */
  key: string;
  /** Made on first use; undefined = not yet, null = nothing to validate. */
  check: SchemaCheck | null | undefined;
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
  bodyValidators: Map<string, SchemaCheck | undefined>;
}

const SPEC_ID = 'openapi.json';

function createAjv(coerceTypes: boolean, detailed: boolean): Ajv2020 {
  // strict: false because OpenAPI adds keywords ajv does not know (discriminator, example, x-*). The detailed
  // instances report every error (allErrors) and keep the failing schema on each (verbose), so x-error-messages
  // can be looked up; the quick ones stop at the first error (see schema-check.ts).
  const ajv = new Ajv2020({ strict: false, allErrors: detailed, verbose: detailed, coerceTypes, validateSchema: false });
  addFormats(ajv);
  return ajv;
}

// Content types come from recorded traffic: bounded, so odd values cannot grow the memo without limit.
const mediaTypeOfHeader = boundedMemo((contentType) => contentType.split(';')[0]!.trim().toLowerCase());

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType === undefined ? undefined : mediaTypeOfHeader(contentType);
}

function isFormMediaType(mediaType: string): boolean {
  return mediaType === 'application/x-www-form-urlencoded' || mediaType === 'multipart/form-data';
}

/** A form's fields: URL-encoded (nesting as the media type's `encoding` says), or multipart by its boundary. */
function formFields(body: string, contentType: string | undefined, media: Json): Json {
  return mediaTypeOf(contentType) === 'multipart/form-data'
    ? parseMultipartBody(body, contentType!)
    : parseFormBody(body, deepObjectFields(media));
}

function parameterPlans(info: OperationInfo, location: Location): ParameterPlan[] {
  return info.parameters
    .filter((p) => p.in === location)
    .map((param) => ({ param, key: location === 'header' ? param.name.toLowerCase() : param.name, check: undefined }));
}

/** A header's value by its lower-case name, whatever case the record spells it in; own keys only. */
function headerValue<T>(headers: Record<string, T> | undefined, lowerName: string): T | undefined {
  if (!headers) return undefined;
  if (Object.hasOwn(headers, lowerName)) return headers[lowerName];
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lowerName) return headers[key];
  return undefined;
}

export class Contract {
  readonly api: string | undefined;
  readonly spec: Json;
  /** The path of the first server URL, e.g. `/v1`; '' when the API is served at the root. */
  readonly basePath: string;
  readonly operations: readonly OperationInfo[];
  /** The webhooks, by name (`payment.captured`). */
  readonly webhooks: ReadonlyMap<string, OperationInfo>;
  readonly router: Router;
  /** Operations and webhooks by operationId. */
  private readonly byId: Map<string, OperationInfo>;
  /** By coercion, then detail: [strict quick, strict detailed], [coercing quick, coercing detailed]. */
  private readonly ajvs = [
    [createAjv(false, false), createAjv(false, true)],
    [createAjv(true, false), createAjv(true, true)],
  ] as const;
  private readonly cache = new Map<string, SchemaCheck>();
  private readonly plans = new Map<string, OperationPlan>();

  static load(api: string, dir = 'generated'): Contract {
    return new Contract(loadBundledSpec(api, dir), api);
  }

  constructor(spec: Json, api?: string) {
    this.spec = spec;
    this.api = api;
    for (const ajv of this.ajvs.flat()) ajv.addSchema(spec, SPEC_ID);
    this.basePath = new URL(spec.servers?.[0]?.url ?? 'http://localhost/').pathname.replace(/\/$/, '');
    this.operations = listOperations(spec);
    const webhooks = listWebhooks(spec);
    this.webhooks = new Map(webhooks.map((info) => [info.path, info]));
    this.byId = new Map([...this.operations, ...webhooks].map((info) => [info.operationId, info]));
    this.router = new Router(this.operations);
  }

  operation(operationId: string): OperationInfo {
    const info = this.byId.get(operationId);
    if (!info) throw new Error(`unknown operationId '${operationId}' in the ${this.api ?? ''} spec`);
    return info;
  }

  /** Finds the operation for a method and a recorded URL or path; the server's base path (/v1, /api) is optional. */
  match(method: string, url: string): RouteMatch | undefined {
    const pathname = pathnameOf(url);
    const below = belowBasePath(pathname, this.basePath);
    return (below !== undefined ? this.router.match(method, below) : undefined) ?? this.router.match(method, pathname);
  }

  validateRequest(operationId: string, request: RequestParts): Violation[] {
    const plan = this.plan(operationId);
    const violations: Violation[] = [];
    if (plan.params.path.length > 0) this.validateParameters(plan, 'path', request.path ?? {}, violations);
    if (plan.params.query.length > 0) this.validateParameters(plan, 'query', request.query ?? {}, violations);
    if (plan.params.header.length > 0) this.validateParameters(plan, 'header', request.headers ?? {}, violations);
    this.validateRequestBody(plan, request, violations);
    return violations;
  }

  /**
   * Validates a delivery of the webhook `name` as the API sends it: its header parameters and its body (parsed JSON).
   * Throws for a name the spec does not describe: look it up in `webhooks` first.
   */
  validateWebhook(name: string, delivery: Pick<RequestParts, 'headers' | 'body' | 'contentType'>): Violation[] {
    const info = this.webhooks.get(name);
    if (!info) throw new Error(`unknown webhook '${name}' in the ${this.api ?? ''} spec`);
    return this.validateRequest(info.operationId, delivery);
  }

  validateResponse(operationId: string, status: number, body: unknown, parts: ResponseParts = {}): Violation[] {
    const plan = this.plan(operationId);
    const response = this.responsePlan(plan, status);
    if (!response) {
      return [{ in: 'status', pointer: '', keyword: 'status', message: `status ${status} is not documented for ${operationId}` }];
    }
    const violations: Violation[] = [];
    if (response.requiredHeaders.length > 0) {
      for (const name of response.requiredHeaders) {
        if (headerValue(parts.headers, name.toLowerCase()) === undefined) {
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
      violations.push({
        in: 'content-type',
        pointer: '',
        keyword: 'content-type',
        message: `content type ${mediaType} is not documented for ${operationId} ${status}`,
      });
      return violations;
    }
    let check = response.validators.get(mediaType);
    if (check === undefined && !response.validators.has(mediaType)) {
      check = this.schemaCheck(false, `${response.schemaBase}/content/${escapePointer(mediaType)}/schema`, media.schema);
      response.validators.set(mediaType, check);
    }
    const errors = check?.errors(body);
    if (errors) violations.push(...toViolations('body', errors));
    return violations;
  }

  /** Checks `value` against the schema at `pointer` of the spec, e.g. `#/components/schemas/RazorpayCustomer`. */
  validateSchema(pointer: string, value: unknown): Violation[] {
    const schema = resolveLocalRef(this.spec, { $ref: pointer });
    if (!schema) throw new Error(`the ${this.api ?? ''} spec has no schema at ${pointer}`);
    const errors = this.schemaCheck(false, pointer, schema)?.errors(value);
    return errors ? toViolations('body', errors) : [];
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
        requestBodyRef: info.operation.requestBody?.$ref ?? `${info.pointer}/requestBody`,
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
        requiredHeaders: Object.entries<Json>(resolved.headers ?? {})
          .filter(([, header]) => this.deref(header).required)
          .map(([name]) => name),
        content,
        defaultMediaType: content ? Object.keys(content)[0] : undefined,
        schemaBase: responses[key].$ref ?? `${info.pointer}/responses/${key}`,
        validators: new Map(),
      };
    }
    // Statuses come from recorded traffic; only the 100-599 range is memoised, which bounds the map.
    if (status >= 100 && status <= 599) plan.byStatus.set(status, response);
    return response;
  }

  private validateParameters(
    plan: OperationPlan,
    location: Location,
    values: Record<string, string | string[]>,
    violations: Violation[],
  ): void {
    const { info } = plan;
    for (const parameter of plan.params[location]) {
      const { param } = parameter;
      const value =
        location === 'header'
          ? headerValue(values, parameter.key)
          : Object.hasOwn(values, parameter.key)
            ? values[parameter.key]
            : undefined;
      if (value === undefined) {
        if (param.required) {
          violations.push({
            in: location,
            pointer: `/${escapePointer(param.name)}`,
            keyword: 'required',
            message: `${location} parameter ${param.name} is required`,
          });
        }
        continue;
      }
      const schema = param.schema ?? {};
      const data = Array.isArray(value) && schema.type !== 'array' ? value[0] : value;
      parameter.check ??= this.schemaCheck(true, `${info.operationId}:${location}:${param.name}`, schema) ?? null;
      const errors = parameter.check?.errors(data);
      if (errors) {
        for (const v of toViolations(location, errors)) {
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
      if (requestBody.required)
        violations.push({ in: 'body', pointer: '', keyword: 'required', message: `${info.operationId} requires a request body` });
      return;
    }
    const mediaType = mediaTypeOf(request.contentType) ?? plan.requestBodyDefaultMediaType!;
    const media = requestBody.content?.[mediaType];
    if (!media) {
      violations.push({
        in: 'content-type',
        pointer: '',
        keyword: 'content-type',
        message: `${info.operationId} does not accept ${mediaType}`,
      });
      return;
    }
    const isForm = isFormMediaType(mediaType);
    let body = request.body;
    if (isForm && typeof body === 'string') {
      try {
        body = formFields(body, request.contentType, media);
      } catch (error) {
        if (!(error instanceof FormError)) throw error;
        violations.push({ in: 'body', pointer: '', keyword: 'form', message: error.message });
        return;
      }
    }
    const check = this.bodyCheck(plan, mediaType, media);
    const errors = isForm ? this.formErrors(check, request.body, body, request.contentType, media) : check?.errors(body);
    if (errors) violations.push(...toViolations('body', errors));
  }

  /**
   * The request body as the operation's schema reads it, for a request validateRequest accepted: JSON as sent; a
   * form parsed into its fields (deepObject nesting) with each value coerced to its schema's type ("100" → 100),
   * as validation read it.
   */
  requestBodyValue(operationId: string, body: unknown, contentType: string | undefined): unknown {
    const plan = this.plan(operationId);
    if (typeof body !== 'string' || !plan.requestBody) return body;
    const mediaType = mediaTypeOf(contentType) ?? plan.requestBodyDefaultMediaType!;
    const media = plan.requestBody.content?.[mediaType];
    if (!media || !isFormMediaType(mediaType)) return body;
    const fields = formFields(body, contentType, media);
    this.bodyCheck(plan, mediaType, media)?.errors(fields); // coerces the fields in place
    return fields;
  }

  /** The (cached) check of a request body; a form's is coercing, as every value of a form is text. */
  private bodyCheck(plan: OperationPlan, mediaType: string, media: Json): SchemaCheck | undefined {
    let check = plan.bodyValidators.get(mediaType);
    if (check === undefined && !plan.bodyValidators.has(mediaType)) {
      const isForm = isFormMediaType(mediaType);
      check = this.schemaCheck(
        isForm,
        `${plan.requestBodyRef}/content/${escapePointer(mediaType)}/schema${isForm ? ':form' : ''}`,
        media.schema,
      );
      plan.bodyValidators.set(mediaType, check);
    }
    return check;
  }

  /**
   * Coercion rewrites form data in place: each pass gets its own copy (a form string parsed once more, an object
   * cloned), and callers keep what they sent.
   */
  private formErrors(
    check: SchemaCheck | undefined,
    sent: unknown,
    parsed: unknown,
    contentType: string | undefined,
    media: Json,
  ): ReturnType<SchemaCheck['errors']> {
    if (!check) return undefined;
    const copy = (): unknown => (typeof sent === 'string' ? formFields(sent, contentType, media) : structuredClone(parsed));
    return check.errors(typeof sent === 'string' ? parsed : copy(), copy);
  }

  private schemaCheck(coerce: boolean, cacheKey: string, schema: Json | undefined): SchemaCheck | undefined {
    if (!schema) return undefined;
    const key = `${coerce ? 'c' : 's'}:${cacheKey}`;
    let check = this.cache.get(key);
    if (!check) {
      const [quick, detailed] = this.ajvs[coerce ? 1 : 0];
      const anchored = this.anchor(schema);
      check = new SchemaCheck((full) => (full ? detailed : quick).compile(anchored));
      this.cache.set(key, check);
    }
    return check;
  }

  /** Re-roots local `#/components/...` refs onto the registered spec so a sub-schema compiles alone. */
  private anchor(schema: Json): Json {
    return JSON.parse(JSON.stringify(schema), (_key, value) =>
      value && typeof value === 'object' && typeof value.$ref === 'string' && value.$ref.startsWith('#/')
        ? { ...value, $ref: `${SPEC_ID}${value.$ref}` }
        : value,
    );
  }

  private deref(node: Json): Json {
    return resolveLocalRef(this.spec, node) ?? node;
  }
}
