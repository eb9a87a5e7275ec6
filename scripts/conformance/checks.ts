/**
 * The per-exchange conformance checks, named as Schemathesis names them (plus route_documented, which
 * Schemathesis does not need because it only sends requests to documented routes).
 */
import type { ApiName } from '../apis/index.mjs';
import { Contract, type RequestParts, type Violation } from '../lib/contract.ts';
import { splitUrl, type Query } from '../lib/query.ts';
import { dict } from '../lib/untrusted.ts';
import { headerValue, type Exchange } from './exchange.ts';
import { loadApiInference, type ApiInference } from './infer-api.ts';

export const CHECKS = [
  'route_documented',
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'negative_data_rejection',
] as const;
export type CheckName = (typeof CHECKS)[number];

export interface Finding {
  check: CheckName;
  /** The part of the exchange the pointer points into. */
  in: Violation['in'] | 'request';
  /** JSON pointer inside that part ('' = the whole part). */
  pointer: string;
  message: string;
}

export interface CheckResult {
  api: ApiName | undefined;
  /** operationId, or undefined when the route is not documented. */
  operationId: string | undefined;
  findings: Finding[];
}

const RESPONSE_CHECK: Record<Violation['in'], CheckName> = {
  route: 'route_documented',
  status: 'status_code_conformance',
  'content-type': 'content_type_conformance',
  header: 'response_headers_conformance',
  body: 'response_schema_conformance',
  path: 'response_schema_conformance',
  query: 'response_schema_conformance',
};

export interface CheckerOptions {
  /** Use this API for every exchange that does not name its own (otherwise inferred from the URL). */
  api?: ApiName;
  /** Directory of the bundled specs, relative to the repository root (default `generated`). */
  specDir?: string;
}

export class ConformanceChecker {
  private readonly contracts = new Map<ApiName, Contract>();

  private inference: ApiInference | undefined;

  constructor(private readonly options: CheckerOptions = {}) {}

  private inferApi(url: string): ApiName | undefined {
    this.inference ??= loadApiInference(this.options.specDir);
    return this.inference(url);
  }

  contract(api: ApiName): Contract {
    let contract = this.contracts.get(api);
    if (!contract) {
      contract = Contract.load(api, this.options.specDir);
      this.contracts.set(api, contract);
    }
    return contract;
  }

  check(exchange: Exchange): CheckResult {
    const api = exchange.api ?? this.options.api ?? this.inferApi(exchange.url);
    if (!api) {
      return {
        api,
        operationId: undefined,
        findings: [
          {
            check: 'route_documented',
            in: 'route',
            pointer: '',
            message: `cannot tell which API ${exchange.url} belongs to (pass --api or set "api")`,
          },
        ],
      };
    }
    const contract = this.contract(api);
    const matched = contract.match(exchange.method, exchange.url);
    if (!matched) {
      return {
        api,
        operationId: undefined,
        findings: [
          {
            check: 'route_documented',
            in: 'route',
            pointer: '',
            message: `${exchange.method.toUpperCase()} ${pathOf(exchange.url)} is not documented in the ${api} spec`,
          },
        ],
      };
    }
    const { info, pathParams } = matched;
    const findings: Finding[] = [];
    const status = exchange.status;

    if (status >= 500) {
      const responses = info.operation.responses ?? {};
      if (!responses[String(status)] && !responses['5XX']) {
        findings.push({
          check: 'not_a_server_error',
          in: 'status',
          pointer: '',
          message: `server error ${status} is not documented for ${info.operationId}`,
        });
      }
    }

    const responseViolations = contract.validateResponse(info.operationId, status, exchange.body, {
      contentType: headerValue(exchange.headers, 'content-type'),
      // Without recorded headers there is nothing to hold against the required ones.
      headers: exchange.headers ?? HEADERS_UNKNOWN,
    });
    for (const violation of responseViolations) {
      if (violation.in === 'header' && exchange.headers === undefined) continue;
      findings.push({ check: RESPONSE_CHECK[violation.in], in: violation.in, pointer: violation.pointer, message: violation.message });
    }

    if (status < 400) {
      const rejected = this.requestViolation(contract, info.operationId, exchange, pathParams);
      if (rejected) {
        findings.push({
          check: 'negative_data_rejection',
          in: rejected.in,
          pointer: rejected.pointer,
          message: `the request breaks the spec (${rejected.in} ${rejected.message}) but got ${status}, not a 4xx`,
        });
      }
    }
    return { api, operationId: info.operationId, findings };
  }

  /** The first way the recorded request breaks the spec, judging only the parts the recording holds. */
  private requestViolation(
    contract: Contract,
    operationId: string,
    exchange: Exchange,
    path: Record<string, string>,
  ): Violation | undefined {
    const request = exchange.request;
    const hasHeaders = request?.headers !== undefined;
    const hasBody = request !== undefined && 'body' in request;
    const parts: RequestParts = { path, query: queryOf(exchange.url) };
    if (hasHeaders) parts.headers = request!.headers;
    if (hasBody) {
      parts.body = request!.body;
      parts.contentType = headerValue(request!.headers, 'content-type');
    }
    const violations = contract.validateRequest(operationId, parts);
    return violations.find((v) => (v.in !== 'header' || hasHeaders) && (v.in !== 'body' || hasBody));
  }
}

const HEADERS_UNKNOWN: Record<string, string> = dict();
const NO_QUERY: Query = dict();

function pathOf(url: string): string {
  const scheme = url.indexOf('://');
  const start = scheme === -1 ? 0 : url.indexOf('/', scheme + 3);
  if (start === -1) return '/';
  const end = url.search(/[?#]/);
  return url.slice(start, end === -1 ? undefined : end);
}

function queryOf(url: string): Query {
  return url.includes('?') ? splitUrl(url).query : NO_QUERY;
}
