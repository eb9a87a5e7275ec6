/**
 * Generated — do not edit.
 * Source: spec/gateway/ (the OpenAPI description); regenerate with `npm run build`.
 */

import createClient from 'openapi-fetch';
import type { StrictClient } from '../strict-client.js';
import type { paths } from './types.js';

export type { StrictClient };
export type { components, operations, paths } from './types.js';

import { createTransport, isRecord, type Failure, type Narrowed, type TransportOptions } from '../sdk-runtime.js';
import type { components, operations } from './types.js';

export type { Failure, Narrowed, RetryOptions, TransportOptions } from '../sdk-runtime.js';

export interface GatewayClientOptions {
  /** Your CloudlessPayment API key, sent as `x-api-key`. */
  apiKey: string;
  /** Defaults to production, https://www.cloudlesspayment.com/api. */
  baseUrl?: string;
}

/** A typed client for the CloudlessPayment gateway; every result narrows on `vendor`. */
export function createGatewayClient({ apiKey, baseUrl = 'https://www.cloudlesspayment.com/api' }: GatewayClientOptions): StrictClient<paths> {
  return createClient<paths>({ baseUrl, headers: { 'x-api-key': apiKey } }) as unknown as StrictClient<paths>;
}

type ErrorObject = components['schemas']['ErrorResponse']['error'];
/** The values of `Key` across the members of the error union that have it. */
type ErrorField<Member, Key extends string> = Member extends unknown ? (Key extends keyof Member ? Exclude<Member[Key], undefined> : never) : never;

/** The codes the gateway documents (`error.code`). */
const DOCUMENTED_CODES: ReadonlySet<string> = new Set(["UNAUTHORIZED", "VALIDATION_FAILED", "RATE_LIMITED", "INTERNAL_ERROR", "CUSTOMER_NOT_FOUND", "VENDOR_ERROR"]);

/**
 * Why a call failed: a code of the gateway's error envelope, or one of the SDK's own — `NETWORK_ERROR` (no
 * answer: DNS, connection refused or reset), `TIMEOUT` (no complete answer within `timeout`),
 * `UNEXPECTED_RESPONSE` (an answer the contract does not document for the call).
 */
export type CloudlessPaymentErrorCode = ErrorObject['code'] | 'NETWORK_ERROR' | 'TIMEOUT' | 'UNEXPECTED_RESPONSE';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The error object of an answer that is the documented error envelope, else undefined. */
function documentedError(failure: Failure): Record<string, unknown> | undefined {
  if (failure.kind !== 'answer' || failure.expected !== undefined || !isRecord(failure.body) || failure.body.status !== 'error') return undefined;
  const error = failure.body.error;
  return isRecord(error) && typeof error.code === 'string' && DOCUMENTED_CODES.has(error.code) ? error : undefined;
}

function describe(failure: Failure, envelope: Record<string, unknown> | undefined): string {
  const { method, url } = failure.request;
  switch (failure.kind) {
    case 'network':
      return `${method} ${url} got no answer: ${failure.cause instanceof Error ? failure.cause.message : String(failure.cause)}`;
    case 'timeout':
      return `${method} ${url} got no complete answer within ${failure.timeout} ms`;
    case 'answer':
      if (envelope) return text(envelope.message) ?? String(envelope.code);
      if (failure.expected !== undefined) {
        return `${method} ${url} answered ${failure.status} with a body other than the call's success envelope (${failure.expected})`;
      }
      return `${method} ${url} answered ${failure.status}, which the contract does not document`;
  }
}

/** What every `CloudlessPayment` call rejects with. */
export class CloudlessPaymentError extends Error {
  override readonly name = 'CloudlessPaymentError';
  /** The HTTP status; undefined when no answer arrived (`NETWORK_ERROR`, `TIMEOUT`). */
  readonly status: number | undefined;
  readonly code: CloudlessPaymentErrorCode;
  /** `VALIDATION_FAILED`: one entry per invalid field. */
  readonly details: ErrorField<ErrorObject, 'details'> | undefined;
  /** `VENDOR_ERROR`, `CUSTOMER_NOT_FOUND`: the vendor the key is bound to. */
  readonly vendor: ErrorField<ErrorObject, 'vendor'> | undefined;
  /** `VENDOR_ERROR`: the HTTP status the vendor answered with. */
  readonly vendorStatus: ErrorField<ErrorObject, 'vendor_status'> | undefined;
  /** `VENDOR_ERROR`, `CUSTOMER_NOT_FOUND`: the vendor's own error body, verbatim (narrow on `vendor`). */
  readonly vendorError: ErrorField<ErrorObject, 'vendor_error'> | undefined;
  /** The gateway's id for the request, to quote to support. */
  readonly requestId: string | undefined;
  /** The answer's body as received (parsed JSON); undefined when no answer arrived or it was not JSON. */
  readonly body: unknown;
  /** The request that failed. */
  readonly request: Failure['request'];

  constructor(failure: Failure) {
    super(describe(failure, documentedError(failure)), failure.kind === 'answer' ? {} : { cause: failure.cause });
    const envelope = documentedError(failure);
    this.request = failure.request;
    this.status = failure.kind === 'answer' ? failure.status : undefined;
    this.body = failure.kind === 'answer' ? failure.body : undefined;
    this.code = envelope
      ? (envelope.code as ErrorObject['code'])
      : failure.kind === 'network'
        ? 'NETWORK_ERROR'
        : failure.kind === 'timeout'
          ? 'TIMEOUT'
          : 'UNEXPECTED_RESPONSE';
    // The envelope's fields are typed by the contract, which the documented envelope follows.
    this.details = envelope?.details as this['details'];
    this.vendor = envelope?.vendor as this['vendor'];
    this.vendorStatus = envelope?.vendor_status as this['vendorStatus'];
    this.vendorError = envelope?.vendor_error as this['vendorError'];
    this.requestId = text(envelope?.request_id);
  }
}

export interface CloudlessPaymentOptions extends TransportOptions {
  /** Your CloudlessPayment API key, sent as `x-api-key`. */
  key: string;
  /** Defaults to production, https://www.cloudlesspayment.com/api. */
  baseUrl?: string;
}

/** The generated client and the transport a `CloudlessPayment` sends its calls with. */
function connect(options: CloudlessPaymentOptions) {
  if (!isRecord(options)) throw new TypeError('CloudlessPayment options must be an object: { key: "Your-API-key" }');
  if (typeof options.key !== 'string' || options.key.trim() === '') {
    throw new TypeError('CloudlessPayment options.key must be your API key, a non-empty string');
  }
  if (options.baseUrl !== undefined && (typeof options.baseUrl !== 'string' || !URL.canParse(options.baseUrl))) {
    throw new TypeError(`CloudlessPayment options.baseUrl must be an absolute URL, got ${String(options.baseUrl)}`);
  }
  const client = createGatewayClient({ apiKey: options.key, ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}) });
  return { client, send: createTransport(options, 'CloudlessPayment options', (failure) => new CloudlessPaymentError(failure)) };
}

/** `cloudlesspay.customer`: the operations whose `x-sdk.resource` is `customer`. */
export interface CustomerResource {
  /**
   * Create a customer: `POST /customer/create` (createCustomer).
   * Rejects with a `CloudlessPaymentError`.
   */
  create(data: operations["createCustomer"]['requestBody']['content']['application/json']): Promise<operations["createCustomer"]['responses'][200]['content']['application/json']>;
  /**
   * Read one customer or list all customers: `GET /customer/get` (fetchCustomers).
   * Rejects with a `CloudlessPaymentError`.
   */
  fetchAll(): Promise<Narrowed<operations["fetchCustomers"]['responses'][200]['content']['application/json'], "razorpay", "collection">>;
  /**
   * Read one customer or list all customers: `GET /customer/get` (fetchCustomers).
   * Rejects with a `CloudlessPaymentError`.
   */
  fetchById(id: NonNullable<NonNullable<operations["fetchCustomers"]['parameters']["query"]>["id"]>): Promise<Narrowed<operations["fetchCustomers"]['responses'][200]['content']['application/json'], string, "customer">>;
  /**
   * Update a customer: `PUT /customer/update` (updateCustomer).
   * Rejects with a `CloudlessPaymentError`.
   */
  updateById(id: NonNullable<NonNullable<operations["updateCustomer"]['parameters']["query"]>["id"]>, data: operations["updateCustomer"]['requestBody']['content']['application/json']): Promise<operations["updateCustomer"]['responses'][200]['content']['application/json']>;
}

/**
 * The CloudlessPay Gateway Customers API SDK: `const cloudlesspay = new CloudlessPayment({ key: process.env.CLOUDLESSPAY_API_KEY! });`, then
 * `cloudlesspay.customer.create(…)`, `cloudlesspay.customer.fetchAll(…)`, `cloudlesspay.customer.fetchById(…)`, `cloudlesspay.customer.updateById(…)`.
 * Built from the spec's `x-sdk` annotations on the generated client; every call rejects with a `CloudlessPaymentError`.
 */
export class CloudlessPayment {
  readonly customer: CustomerResource;

  constructor(options: CloudlessPaymentOptions) {
    const { client, send } = connect(options);
    this.customer = {
      create: (data) => send("POST", (init) => client.POST("/customer/create", { ...init, body: data })),
      fetchAll: () => send("GET", (init) => client.GET("/customer/get", { ...init }), { vendor: "razorpay", entity: "collection" }),
      fetchById: (id) => send("GET", (init) => client.GET("/customer/get", { ...init, params: { query: { id } } }), { entity: "customer" }),
      updateById: (id, data) => send("PUT", (init) => client.PUT("/customer/update", { ...init, params: { query: { id } }, body: data })),
    };
  }
}
