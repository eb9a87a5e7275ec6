/**
 * Vendor-shaped answers for requests the mock refuses: invalid requests (from the shared Contract's
 * violations, with the vendor's exact text from `x-error-messages` where the spec has it) and routes the
 * vendor does not serve.
 */
import type { Api, Contract, Violation } from '../lib/contract.ts';
import { findAnyExample, findResponseHeaders } from './spec-examples.ts';

export interface ErrorReply {
  status: number;
  /** undefined = an empty body. */
  body: unknown;
  headers?: Record<string, string>;
}

/** The first segment of the violation's pointer: the body field, query parameter or header at fault. */
function fieldOf(violation: Violation): string {
  return violation.pointer.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
}

/** The violation the vendor would report first: one the spec gives the vendor's text for, else the first. */
function leading(violations: Violation[]): Violation {
  return violations.find((violation) => violation.vendorMessage) ?? violations[0]!;
}

function limitOf(violation: Violation): string {
  return /(\d+)/.exec(violation.message)?.[1] ?? '';
}

/** Razorpay's (Laravel) wording for rules the spec carries no vendor text for. */
function razorpayDescription(violation: Violation, field: string): string {
  if (violation.vendorMessage) return violation.vendorMessage;
  switch (violation.keyword) {
    case 'required': return `The ${field} field is required.`;
    case 'additionalProperties': return `${field} is/are not required and should not be sent`;
    case 'maxLength': return `The ${field} may not be greater than ${limitOf(violation)} characters.`;
    case 'minLength': return `The ${field} must be at least ${limitOf(violation)} characters.`;
    case 'maximum': return `The ${field} may not be greater than ${limitOf(violation)}.`;
    case 'minimum': return `The ${field} must be at least ${limitOf(violation)}.`;
    case 'type': return `The ${field} must be of the right type: ${violation.message}`;
    default: return field ? `The ${field} field is invalid.` : `The request body is invalid: ${violation.message}.`;
  }
}

function razorpayInvalid(violations: Violation[]): ErrorReply {
  const violation = leading(violations);
  const field = fieldOf(violation);
  return {
    status: 400,
    body: {
      error: {
        code: 'BAD_REQUEST_ERROR',
        description: razorpayDescription(violation, field),
        source: 'business',
        step: 'payment_initiation',
        reason: 'input_validation_failed',
        metadata: {},
        ...(field ? { field } : {}),
      },
    },
  };
}

function juspayInvalid(violations: Violation[]): ErrorReply {
  const violation = leading(violations);
  if (violation.keyword === 'required') {
    // Juspay's answer to a missing mandatory field is the flat legacy shape (recorded in the spec).
    const message = violation.vendorMessage ?? 'Mandatory fields are missing';
    return { status: 400, body: { status: 'error', error_message: message, error_code: message } };
  }
  const fields = [...new Set(violations.map(fieldOf).filter(Boolean))];
  const field = fieldOf(violation);
  return {
    status: 400,
    body: {
      status: 'Invalid Request',
      error_code: 'Invalid Request',
      error_message: violation.vendorMessage ?? `Wrong value in ${field || 'request'}`,
      error_info: {
        user_message: 'Invalid request params. Please verify your input.',
        fields: fields.map((name) => ({ field_name: name, reason: 'Invalid value.' })),
        developer_message: 'Invalid request params',
        code: 'INVALID_INPUT',
        category: 'USER_ERROR',
      },
    },
  };
}

function gatewayInvalid(violations: Violation[]): ErrorReply {
  const seen = new Set<string>();
  const details = violations.flatMap((violation) => {
    const field = violation.pointer.split('/').filter(Boolean).join('.');
    const message = violation.vendorMessage ?? violation.message;
    const key = `${field}\n${message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ field: field || 'body', message }];
  });
  return { status: 400, body: { status: 'error', error: { code: 'VALIDATION_FAILED', message: 'The request is invalid', details } } };
}

export type InvalidRequestRenderer = (violations: Violation[]) => ErrorReply;

export function createInvalidRequestRenderer(api: Api): InvalidRequestRenderer {
  return { razorpay: razorpayInvalid, juspay: juspayInvalid, gateway: gatewayInvalid }[api];
}

/** How the vendor answers a path it does not serve (`methodKnown`: the path exists with another method). */
export type UnknownRouteRenderer = (method: string, path: string, methodKnown: boolean) => ErrorReply;

export function createUnknownRouteRenderer(api: Api, contract: Contract): UnknownRouteRenderer {
  if (api === 'razorpay') {
    // Razorpay answers 400, never 404, for unknown URLs and for a method a URL does not support.
    const notFound = findAnyExample(contract, 400, 'an unknown URL',
      (value) => value?.error?.description === 'The requested URL was not found on the server.');
    const badMethod = findAnyExample(contract, 400, 'an unsupported method',
      (value) => value?.error?.description === 'The current http method is not supported');
    return (_method, _path, methodKnown) => ({ status: 400, body: methodKnown ? badMethod : notFound });
  }
  if (api === 'juspay') {
    // Juspay documents a bare 404 for a wrong endpoint.
    return () => ({ status: 404, body: undefined });
  }
  // The gateway documents no answer for paths outside its API; NOT_FOUND is deliberately not one of its
  // documented error codes, so no client mistakes it for CUSTOMER_NOT_FOUND.
  return (method, path, methodKnown) => ({
    status: methodKnown ? 405 : 404,
    body: { status: 'error', error: { code: methodKnown ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND', message: `No route for ${method} ${path}` } },
  });
}

/**
 * The vendor's answer to a body over the mocks' cap: the 413 every operation documents (its example, and the
 * response headers the spec requires, filled from their examples or as `mock`).
 */
export function createPayloadTooLargeRenderer(contract: Contract): () => ErrorReply {
  const body = findAnyExample(contract, 413, 'a body over 1 MiB', (value) => value !== undefined);
  const headers = findResponseHeaders(contract, 413);
  return () => ({ status: 413, body, headers });
}
