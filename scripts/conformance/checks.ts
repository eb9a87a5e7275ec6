/**
 * The per-exchange conformance checks, named as Schemathesis names them (plus route_documented, which
 * Schemathesis does not need because it only sends requests to documented routes), and the checks of a webhook
 * delivery: its event is a documented webhook, its signature is the body's, its headers and payload are the spec's.
 */
import { API_DEFINITIONS, apiDefinition, type ApiName } from '../apis/index.mjs';
import { Contract, type RequestParts, type Violation } from '../lib/contract.ts';
import { splitUrl, type Query } from '../lib/query.ts';
import { dict } from '../lib/untrusted.ts';
import { pathnameOf } from '../lib/url.ts';
import { headerValue, isWebhookDelivery, type Exchange, type Recorded, type WebhookDelivery } from './exchange.ts';
import { loadApiInference, type ApiInference } from './infer-api.ts';

export type CheckName =
  | 'route_documented'
  | 'not_a_server_error'
  | 'status_code_conformance'
  | 'content_type_conformance'
  | 'response_schema_conformance'
  | 'response_headers_conformance'
  | 'negative_data_rejection'
  | 'webhook_documented'
  | 'webhook_signature'
  | 'webhook_headers_conformance'
  | 'webhook_payload_conformance';

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
  /** The operationId, or `webhook <name>` for a webhook delivery; undefined when the route or event is not documented. */
  operation: string | undefined;
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

const WEBHOOK_CHECK: Record<Violation['in'], CheckName> = {
  route: 'webhook_documented',
  status: 'webhook_documented',
  'content-type': 'content_type_conformance',
  header: 'webhook_headers_conformance',
  body: 'webhook_payload_conformance',
  path: 'webhook_payload_conformance',
  query: 'webhook_payload_conformance',
};

export interface CheckerOptions {
  /** Use this API for every exchange that does not name its own (otherwise inferred from the URL). */
  api?: ApiName;
  /** Directory of the bundled specs, relative to the repository root (default `generated`). */
  specDir?: string;
  /** The webhook secret: when given, every webhook delivery's signature is checked with it. */
  webhookSecret?: string;
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

  check(recorded: Recorded): CheckResult {
    return isWebhookDelivery(recorded) ? this.checkWebhook(recorded) : this.checkExchange(recorded);
  }

  private checkExchange(exchange: Exchange): CheckResult {
    const api = exchange.api ?? this.options.api ?? this.inferApi(exchange.url);
    if (!api) {
      return {
        api,
        operation: undefined,
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
        operation: undefined,
        findings: [
          {
            check: 'route_documented',
            in: 'route',
            pointer: '',
            message: `${exchange.method.toUpperCase()} ${pathnameOf(exchange.url)} is not documented in the ${api} spec`,
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
    return { api, operation: info.operationId, findings };
  }

  private checkWebhook(delivery: WebhookDelivery): CheckResult {
    const headers = delivery.headers;
    const api = delivery.api ?? this.options.api ?? webhookSender(headers);
    const signing = api && apiDefinition(api).webhooks;
    if (!api || !signing) {
      const why = api ? `the ${api} API sends no webhooks` : 'cannot tell which API sent this webhook (pass --api or set "api")';
      return { api, operation: undefined, findings: [{ check: 'webhook_documented', in: 'route', pointer: '', message: why }] };
    }
    const findings: Finding[] = [];
    const secret = this.options.webhookSecret;
    if (secret !== undefined) {
      // Checked on the raw body, before anything parses it, as a receiver must.
      const signature = headerValue(headers, signing.signatureHeader);
      if (signature === undefined) {
        findings.push({
          check: 'webhook_signature',
          in: 'header',
          pointer: `/${signing.signatureHeader}`,
          message: `the delivery has no ${signing.signatureHeader} header (a webhook secret was given)`,
        });
      } else if (!signing.verify(delivery.body, signature, secret)) {
        findings.push({
          check: 'webhook_signature',
          in: 'header',
          pointer: `/${signing.signatureHeader}`,
          message: `${signing.signatureHeader} is not the signature of this body with the given secret (the body was changed, or signed with another secret)`,
        });
      }
    }
    let payload: unknown;
    try {
      payload = JSON.parse(delivery.body);
    } catch (error) {
      findings.push({
        check: 'webhook_payload_conformance',
        in: 'body',
        pointer: '',
        message: `the body is not JSON: ${(error as Error).message}`,
      });
      return { api, operation: undefined, findings };
    }
    const contract = this.contract(api);
    const event = (payload as { event?: unknown } | null)?.event;
    if (typeof event !== 'string' || !contract.webhooks.has(event)) {
      const what = typeof event === 'string' ? `the event "${event}" is not a webhook of the ${api} spec` : 'the body names no "event"';
      findings.push({ check: 'webhook_documented', in: 'body', pointer: '/event', message: what });
      return { api, operation: undefined, findings };
    }
    const violations = contract.validateWebhook(event, {
      headers: headers ?? HEADERS_UNKNOWN,
      body: payload,
      contentType: headerValue(headers, 'content-type'),
    });
    for (const violation of violations) {
      // Without recorded headers there is nothing to hold against the required ones.
      if (violation.in === 'header' && headers === undefined) continue;
      findings.push({ check: WEBHOOK_CHECK[violation.in], in: violation.in, pointer: violation.pointer, message: violation.message });
    }
    return { api, operation: `webhook ${event}`, findings };
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

/** The API whose webhook headers (signature or event id) the delivery carries. */
function webhookSender(headers: Record<string, string> | undefined): ApiName | undefined {
  return API_DEFINITIONS.find((definition) => {
    const signing = apiDefinition(definition.name).webhooks;
    return signing && [signing.signatureHeader, signing.eventIdHeader].some((name) => headerValue(headers, name) !== undefined);
  })?.name;
}

function queryOf(url: string): Query {
  return url.includes('?') ? splitUrl(url).query : NO_QUERY;
}
