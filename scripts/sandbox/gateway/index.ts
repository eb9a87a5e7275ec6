/**
 * The gateway's sandbox: a façade over the vendor sandboxes, as spec/gateway describes the gateway. A request is
 * checked against the gateway's own limits (by the pipeline), mapped onto the bound vendor's fields, performed
 * through that vendor's own pipeline (so the vendor's checks and state apply: a customer created here is visible
 * to the vendor's SDK with the bound credentials), and wrapped in the gateway's envelope.
 *
 * Which vendor account a key is bound to (the sandbox has no dashboard, so the key says it):
 * - `sandbox_razorpay_<X>` → Razorpay, key id `rzp_test_<X>` (X alphanumeric);
 * - `sandbox_juspay_<Y>` → Juspay, merchant id `<Y>`;
 * - any other key → Razorpay, key id `rzp_test_gw` + the first 14 hex digits of the key's SHA-256: a Razorpay
 *   account of its own.
 */
import { createHash } from 'node:crypto';
import { apiDefinition } from '../../apis/index.mjs';
import { newRequestId, validationFailed } from '../../apis/gateway.mjs';
import { boundedMemo } from '../../lib/bounded-memo.mjs';
import { splitCallingCode } from '../../lib/calling-code.ts';
import { encodeFormBody } from '../../lib/form.ts';
import { firstValue } from '../../lib/query.ts';
import { randomChars } from '../../lib/random-chars.mjs';
import type { Contract } from '../../lib/contract.ts';
import { dict } from '../../lib/untrusted.ts';
import { replyValue, type Pipeline, type Reply } from '../../mock/pipeline.ts';
import { advanceClock } from '../controls.ts';
import type { SandboxCall, VendorSandbox } from '../sandbox.ts';
import type { SandboxState } from '../state.ts';

type Json = Record<string, any>;
type Vendor = 'razorpay' | 'juspay';

export type Binding = { vendor: 'razorpay'; keyId: string } | { vendor: 'juspay'; merchantId: string };

export const bindingOf = boundedMemo((key: string): Binding => {
  const razorpay = /^sandbox_razorpay_([A-Za-z0-9]+)$/.exec(key);
  if (razorpay) return { vendor: 'razorpay', keyId: `rzp_test_${razorpay[1]}` };
  const juspay = /^sandbox_juspay_([A-Za-z0-9_-]+)$/.exec(key);
  if (juspay) return { vendor: 'juspay', merchantId: juspay[1]! };
  return { vendor: 'razorpay', keyId: `rzp_test_gw${createHash('sha256').update(key).digest('hex').slice(0, 14)}` };
});

/** The credentials the gateway holds for a bound account; the vendor sandboxes accept any secret or key of this form. */
function vendorHeaders(binding: Binding): Record<string, string> {
  return binding.vendor === 'razorpay'
    ? apiDefinition('razorpay').auth.headers({ keyId: binding.keyId, keySecret: 'gateway_sandbox_secret' })
    : { ...apiDefinition('juspay').auth.headers({ apiKey: 'gatewaysandbox' }), 'x-merchantid': binding.merchantId };
}

const TITLES: Record<Vendor, string> = { razorpay: 'Razorpay', juspay: 'Juspay' };

type Action = 'create' | 'edit';

/**
 * `name` → Juspay's `first_name` and `last_name`, split at the first space. An edit to a one-word name clears the
 * last name: the name the gateway was sent is the whole name.
 */
function nameFields(name: unknown, action: Action): Json {
  if (typeof name !== 'string') return {};
  const space = name.indexOf(' ');
  if (space !== -1) return { first_name: name.slice(0, space), last_name: name.slice(space + 1) };
  return action === 'edit' ? { first_name: name, last_name: '' } : { first_name: name };
}

/**
 * `contact` → Juspay's `mobile_number`, and after a leading `+` the country calling code to `mobile_country_code`
 * (without `+` Juspay keeps its own: `91` on create, the stored one on edit). Undefined when no assigned calling
 * code follows the `+`: Juspay has no field for such a number.
 */
function contactFields(contact: unknown): Json | undefined {
  if (typeof contact !== 'string') return {};
  if (!contact.startsWith('+')) return { mobile_number: contact };
  const split = splitCallingCode(contact.slice(1));
  return split && { mobile_country_code: split.code, mobile_number: split.number };
}

/** The request in Juspay's fields, or undefined when its contact cannot be (see contactFields). */
function juspayFields(body: Json, action: Action): Json | undefined {
  const contact = contactFields(body.contact);
  if (!contact) return undefined;
  return { ...contact, ...(typeof body.email === 'string' ? { email_address: body.email } : {}), ...nameFields(body.name, action) };
}

/** A request valid by the gateway's limits that Juspay cannot take: a `+` that no assigned calling code follows. */
const noCallingCode = (): Reply =>
  validationFailed('Juspay cannot take this contact', [
    { field: 'contact', message: 'contact must have a country calling code after its +' },
  ]);

/**
 * The gateway's `Retry-After` on a vendor's 429 (its spec requires one on every 429): the vendor's own when it gave
 * a whole number of seconds, else 1 (Razorpay's throttling body says only "try after sometime").
 */
function retryAfter(reply: Reply): string {
  const vendors = reply.headers?.['retry-after'];
  return vendors !== undefined && /^[1-9][0-9]*$/.test(vendors) ? vendors : '1';
}

/** The gateway's `fail_existing` (`true`/`false`/`"1"`/`"0"`) as the only form Razorpay honours, the string. */
const failExisting = (value: unknown): string => (value === false || value === '0' ? '0' : '1');

export interface GatewayVendors {
  /** Read when a request is handled: the vendors' pipelines may be built after the gateway's sandbox. */
  pipelines: Record<Vendor, Pipeline>;
  contracts: Record<Vendor, Contract>;
  /** Read when a control is called, like the pipelines: the vendors' clock and reset hooks. */
  sandboxes: Partial<Record<Vendor, Pick<VendorSandbox, 'onClock' | 'onReset'>>>;
  state: SandboxState;
}

/** The vendor account of a binding, as the vendor's sandbox keys its state. */
const boundAccount = (binding: Binding): [Vendor, string] =>
  binding.vendor === 'razorpay' ? ['razorpay', binding.keyId] : ['juspay', binding.merchantId];

export function gatewaySandbox({ pipelines, contracts, sandboxes, state }: GatewayVendors): VendorSandbox {
  async function call(binding: Binding, method: string, path: string, body?: Json, query?: Record<string, string>): Promise<Reply> {
    const headers = Object.assign({}, vendorHeaders(binding)); // not a spread: see SandboxResponder.respond
    let bytes = Buffer.alloc(0);
    if (body !== undefined && binding.vendor === 'razorpay') {
      bytes = Buffer.from(JSON.stringify(body));
      headers['content-type'] = 'application/json';
    } else if (body !== undefined) {
      bytes = Buffer.from(encodeFormBody(body).toString());
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const search = query ? `?${new URLSearchParams(query)}` : '';
    const reply = await pipelines[binding.vendor]({ method, url: `${contracts[binding.vendor].basePath}${path}${search}`, headers, bytes });
    // A documented example (a planned failure, `Prefer: code=`) comes rendered, as bytes: the envelope carries JSON.
    return Buffer.isBuffer(reply.body) ? { ...reply, body: replyValue(reply) } : reply;
  }

  function envelope(binding: Binding, action: string, reply: Reply, customerId?: string): Reply {
    const vendor = binding.vendor;
    if (reply.status < 400) {
      const message = `${TITLES[vendor]} logic executed successfully`;
      return { status: 200, body: { status: 'success', data: { message, result: { action, data: reply.body, vendor }, vendor } } };
    }
    const vendorError = reply.body as Json;
    const unknownCustomer =
      customerId !== undefined &&
      ((vendor === 'razorpay' && reply.status === 400 && vendorError?.error?.description === 'The id provided does not exist') ||
        (vendor === 'juspay' && reply.status === 404 && vendorError?.error_code === 'object_not_found'));
    if (unknownCustomer) {
      return {
        status: 404,
        body: {
          status: 'error',
          error: {
            code: 'CUSTOMER_NOT_FOUND',
            message: `No customer with id ${customerId}`,
            vendor,
            vendor_error: vendorError,
            request_id: newRequestId(),
          },
        },
      };
    }
    return {
      status: reply.status,
      ...(reply.status === 429 ? { headers: { 'retry-after': retryAfter(reply) } } : {}),
      body: {
        status: 'error',
        error: {
          code: 'VENDOR_ERROR',
          message: `${TITLES[vendor]} answered ${reply.status}`,
          vendor,
          vendor_status: reply.status,
          vendor_error: vendorError ?? dict(),
          request_id: newRequestId(),
        },
      },
    };
  }

  const bindingOfCall = (sandboxCall: SandboxCall): Binding => bindingOf(sandboxCall.accountId);
  const idOf = (sandboxCall: SandboxCall): string | undefined => firstValue(sandboxCall.query, 'id');

  return {
    handlers: {
      async createCustomer(sandboxCall) {
        const binding = bindingOfCall(sandboxCall);
        const body = sandboxCall.body as Json;
        if (binding.vendor === 'razorpay') {
          const { fail_existing: fail, ...fields } = body;
          const forwarded = fail === undefined ? fields : { ...fields, fail_existing: failExisting(fail) };
          return envelope(binding, 'create', await call(binding, 'POST', '/customers', forwarded));
        }
        // The gateway's own customer reference becomes Juspay's required object_reference_id.
        const fields = juspayFields(body, 'create');
        if (!fields) return noCallingCode();
        const reference = `cp_${randomChars(14)}`;
        return envelope(binding, 'create', await call(binding, 'POST', '/customers', { object_reference_id: reference, ...fields }));
      },

      async fetchCustomers(sandboxCall) {
        const binding = bindingOfCall(sandboxCall);
        const id = idOf(sandboxCall);
        if (id === undefined) {
          if (binding.vendor === 'juspay')
            return validationFailed('Juspay cannot list customers; pass id', [
              { field: 'id', message: 'id is required for vendor juspay' },
            ]);
          return envelope(binding, 'fetch', await call(binding, 'GET', '/customers'));
        }
        return envelope(binding, 'fetch', await call(binding, 'GET', `/customers/${encodeURIComponent(id)}`), id);
      },

      async updateCustomer(sandboxCall) {
        const binding = bindingOfCall(sandboxCall);
        const id = idOf(sandboxCall)!;
        const body = sandboxCall.body as Json;
        const path = `/customers/${encodeURIComponent(id)}`;
        if (binding.vendor === 'razorpay') return envelope(binding, 'edit', await call(binding, 'PUT', path, body), id);
        const fields = juspayFields(body, 'edit');
        return fields ? envelope(binding, 'edit', await call(binding, 'POST', path, fields), id) : noCallingCode();
      },
    },
    collections: {},
    controls: {
      // A gateway key's data is its bound vendor account's: resetting the key resets that account, and its clock is
      // that account's clock (the vendor stamps `created_at` and expires links).
      reset({ accountId }) {
        const [vendor, id] = boundAccount(bindingOf(accountId));
        state.reset('gateway', accountId);
        state.reset(vendor, id);
        sandboxes[vendor]?.onReset?.(id);
        return { status: 200, body: { reset: true, account: id } }; // the account emptied: the vendor's
      },
      clock({ accountId, body }) {
        const [vendor, id] = boundAccount(bindingOf(accountId));
        return advanceClock({ accountId: id, account: state.account(vendor, id) }, body, sandboxes[vendor]?.onClock);
      },
    },
  };
}
