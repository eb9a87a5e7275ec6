/**
 * Prism as a library: selects and renders the documented response of an operation (static examples,
 * `Prefer: code=…, example=…` honoured exactly as stock `prism mock` reads them). Request validation, security
 * and output validation are done elsewhere (the vendor layer and the tests), so Prism runs with all of them
 * off and a silent logger; its answers are cached because a static mock answers the same bytes for the same
 * (operation, status, example, Accept) every time.
 */
import './lazy-faker.ts';
import { createLogger } from '@stoplight/prism-core';
import { createInstance, ProblemJsonError, type IHttpConfig, type IHttpRequest } from '@stoplight/prism-http';
import { getHttpConfigFromRequest } from '@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js';
import { transformOas3Operations } from '@stoplight/http-spec/oas3/operation';
import { bundleTarget } from '@stoplight/json';
import type { IHttpOperation } from '@stoplight/types';

export interface RenderedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Operations × statuses × examples × the usual Accept values stay far below this. */
const MAX_CACHED_ANSWERS = 2000;

const BASE_CONFIG: IHttpConfig = {
  checkSecurity: false,
  validateRequest: false,
  validateResponse: false,
  errors: false,
  isProxy: false,
  upstreamProxy: undefined,
  mock: { dynamic: false },
};

export class PrismEngine {
  private readonly prism = createInstance(BASE_CONFIG, { logger: createLogger('mock', { enabled: false }) });
  private readonly cache = new Map<string, RenderedResponse>();

  private constructor(private readonly operations: Map<string, IHttpOperation>) {}

  /**
   * Reads the operations the way Prism's getHttpOperationsFromSpec does (http-spec's OpenAPI 3 transform, then
   * each operation bundled with the components it references), minus its full dereference of the document:
   * a bundled spec has only local refs, and skipping the dereference makes start-up about 7× faster.
   */
  static fromSpec(spec: Record<string, unknown>): PrismEngine {
    // bundleTarget rewrites the refs of the document it is given; keep the caller's spec (the Contract's) intact.
    const document = structuredClone(spec);
    const operations = (transformOas3Operations(document as any) as IHttpOperation[]).map((operation) =>
      bundleTarget({ document: { ...document, __target__: operation } as Record<string, unknown>, path: '#/__target__', cloneDocument: false }) as IHttpOperation);
    return new PrismEngine(new Map(operations.map((operation) => [operation.iid ?? operation.id, operation])));
  }

  /**
   * The documented response for a request already routed to `operationId`; `path` is the request path
   * without the server's base path, `query` its parsed query (Prism's `__code`/`__example` fallbacks).
   */
  async respond(operationId: string, path: string, query: Record<string, string | string[]>, headers: Record<string, string>): Promise<RenderedResponse> {
    const operation = this.operations.get(operationId);
    if (!operation) throw new Error(`Prism has no operation '${operationId}'`);
    const request: IHttpRequest = { method: operation.method as IHttpRequest['method'], url: { path, query }, headers };
    const preferences = getHttpConfigFromRequest(request);
    if (preferences._tag === 'Left') return problem(preferences.left);
    const mock = { ...BASE_CONFIG.mock, ...definedOnly(preferences.right) };
    const key = mock.dynamic ? undefined : `${operationId}\n${mock.code ?? ''}\n${mock.exampleKey ?? ''}\n${headers.accept ?? ''}`;
    const cached = key === undefined ? undefined : this.cache.get(key);
    if (cached) return cached;
    const result = await this.prism.request(request, [operation], { ...BASE_CONFIG, mock })();
    const rendered = result._tag === 'Left' ? problem(result.left) : serialize(result.right.output);
    // Only documented answers are cached: a failed selection is a client mistake, not worth keeping. The key
    // holds the client's Accept header, so the cache is bounded: odd values cannot grow it without limit.
    if (key !== undefined && result._tag === 'Right' && this.cache.size < MAX_CACHED_ANSWERS) this.cache.set(key, rendered);
    return rendered;
  }
}

function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function serialize(output: { statusCode: number; headers?: Record<string, string>; body?: unknown }): RenderedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(output.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const body = output.body === undefined ? Buffer.alloc(0)
    : Buffer.from(typeof output.body === 'string' ? output.body : JSON.stringify(output.body));
  return { status: output.statusCode, headers, body };
}

/** Prism's own problem+json, for requests that ask the mock for something the spec does not document. */
function problem(error: Error & { status?: number }): RenderedResponse {
  const json = ProblemJsonError.toProblemJson(error);
  return {
    status: error.status ?? 422,
    headers: { 'content-type': 'application/problem+json' },
    body: Buffer.from(JSON.stringify({ ...json, status: error.status ?? 422 })),
  };
}
