/**
 * The documented answer of an operation, chosen and rendered by Prism through its public API
 * (`getHttpOperationsFromSpec`, `createInstance`): the first documented 2xx example, or what `Prefer`
 * (`code=`, `example=`, `dynamic=`) asks for, exactly as stock `prism mock` answers. Request validation, security
 * and routing are done before (http-front.ts), so Prism runs with them off. Prism loads on first use: it takes
 * over a second to import (its fake-data generator), which a mock that never needs it should not pay.
 */
import type { IHttpConfig, IHttpRequest } from '@stoplight/prism-http';
import type { IHttpOperation } from '@stoplight/types';
import type { Query } from '../lib/query.ts';
import { readPreferences } from './prefer.ts';

export interface RenderedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const BASE_CONFIG: IHttpConfig = {
  checkSecurity: false,
  validateRequest: false,
  validateResponse: false,
  errors: false,
  isProxy: false,
  upstreamProxy: undefined,
  mock: { dynamic: false },
};

/** Operations × statuses × examples × the usual Accept values stay far below this. */
const MAX_CACHED_ANSWERS = 2000;

type PrismModule = typeof import('@stoplight/prism-http');

interface Loaded {
  prism: PrismModule;
  instance: ReturnType<PrismModule['createInstance']>;
  operations: Map<string, IHttpOperation>;
}

async function load(spec: Record<string, unknown>): Promise<Loaded> {
  const [prism, core] = await Promise.all([import('@stoplight/prism-http'), import('@stoplight/prism-core')]);
  // getHttpOperationsFromSpec dereferences the document it is given; give it a copy, not the Contract's.
  const operations = await prism.getHttpOperationsFromSpec(structuredClone(spec));
  return {
    prism,
    instance: prism.createInstance(BASE_CONFIG, { logger: core.createLogger('mock', { enabled: false }) }),
    operations: new Map(operations.map((operation) => [operation.iid ?? operation.id, operation])),
  };
}

/** Prism's own problem+json, for requests that ask the mock for something the spec does not document. */
function problem(prism: PrismModule, error: Error & { status?: number }): RenderedResponse {
  const json = prism.ProblemJsonError.toProblemJson(error);
  return {
    status: error.status ?? 422,
    headers: { 'content-type': 'application/problem+json' },
    body: Buffer.from(JSON.stringify({ ...json, status: error.status ?? 422 })),
  };
}

function serialize(output: { statusCode: number; headers?: Record<string, unknown>; body?: unknown }): RenderedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(output.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const body =
    output.body === undefined ? Buffer.alloc(0) : Buffer.from(typeof output.body === 'string' ? output.body : JSON.stringify(output.body));
  return { status: output.statusCode, headers, body };
}

export class ExamplesResponder {
  private loading: Promise<Loaded> | undefined;
  /** A static answer is the same bytes for the same (operation, status, example, Accept): rendered once. */
  private readonly cache = new Map<string, RenderedResponse>();

  constructor(private readonly spec: Record<string, unknown>) {}

  /** Starts loading Prism now, so that the first answer does not wait for it. */
  warmUp(): Promise<void> {
    return this.prism().then(() => undefined);
  }

  private prism(): Promise<Loaded> {
    this.loading ??= load(this.spec);
    return this.loading;
  }

  /**
   * The documented response for a request already routed to `operationId`; `path` is the request path without
   * the server's base path.
   */
  async respond(operationId: string, path: string, query: Query, headers: Record<string, string>): Promise<RenderedResponse> {
    const { prism, instance, operations } = await this.prism();
    const operation = operations.get(operationId);
    if (!operation) throw new Error(`Prism has no operation '${operationId}'`);
    const wanted = readPreferences(headers, query);
    if (!wanted.ok) return problem(prism, prism.ProblemJsonError.fromTemplate(prism.UNPROCESSABLE_ENTITY, wanted.message));
    const mock = { ...BASE_CONFIG.mock, ...wanted.preferences };
    const key = mock.dynamic ? undefined : `${operationId}\n${mock.code ?? ''}\n${mock.exampleKey ?? ''}\n${headers.accept ?? ''}`;
    const cached = key === undefined ? undefined : this.cache.get(key);
    if (cached) return cached;
    const request: IHttpRequest = {
      method: operation.method as IHttpRequest['method'],
      url: { path, query: query as IHttpRequest['url']['query'] },
      headers,
    };
    const result = await instance.request(request, [operation], { ...BASE_CONFIG, mock })();
    const rendered = result._tag === 'Left' ? problem(prism, result.left) : serialize(result.right.output);
    // Only documented answers are cached: a failed selection is a client mistake. The key holds the client's
    // Accept header, so the cache is bounded: odd values cannot grow it without limit.
    if (key !== undefined && result._tag === 'Right' && this.cache.size < MAX_CACHED_ANSWERS) this.cache.set(key, rendered);
    return rendered;
  }
}
