/**
 * Juspay's sandbox: customers per merchant id (docs/sources/juspay.md §2–§4): `object_reference_id` unique per
 * merchant (the vendor's `unique` error), read and updated by Juspay's id or by `object_reference_id`, an update
 * changes only what is sent, `options.get_client_auth_token=true` adds the `juspay` block (a token valid for 15
 * minutes), an unknown customer gets the 404 `object_not_found` body, dates are UTC to the second (`…T07:18:41Z`).
 */
import { randomUUID } from 'node:crypto';
import type { Contract } from '../../lib/contract.ts';
import { firstValue } from '../../lib/query.ts';
import type { Reply } from '../../mock/pipeline.ts';
import { ok, Documented } from '../documented.ts';
import { HEX, randomChars } from '../../lib/random-chars.mjs';
import { newId } from '../ids.ts';
import type { Handler, SandboxCall, VendorSandbox } from '../sandbox.ts';
import type { Account, Entity } from '../state.ts';

type Json = Record<string, any>;

interface JuspayCustomer extends Entity {
  object_reference_id: string;
  last_updated: string;
}

/** Juspay's client auth tokens expire after 15 minutes (docs/sources/juspay.md §2.2). */
const TOKEN_SECONDS = 15 * 60;

const juspayDate = (seconds: number): string => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const customersOf = (account: Account) => account.collection<JuspayCustomer>('customers');

/** By Juspay's id, or by the merchant's `object_reference_id`, both of which Juspay takes in the path. */
const findCustomer = (account: Account, id: string): JuspayCustomer | undefined =>
  customersOf(account).get(id) ?? customersOf(account).lookup('reference', id);

/** `true` or `True` (the .NET SDK's spelling): Juspay reads the flag case-insensitively (JuspayClientAuthTokenFlag). */
const wantsToken = (value: unknown): boolean => String(value).toLowerCase() === 'true';

/** The customer as answered: with the `juspay` block when the caller asked for a client auth token. */
function answer(account: Account, customer: JuspayCustomer, withToken: boolean) {
  if (!withToken) return ok(customer);
  const token = { client_auth_token: `tkn_${randomChars(32, HEX)}`, client_auth_token_expiry: juspayDate(account.now() + TOKEN_SECONDS) };
  return ok({ ...customer, juspay: token });
}

/**
 * With the headers Juspay puts on its answers (docs/sources/juspay.md §1.5): its ids for the request and the
 * response, and the merchant it resolved, which the .NET SDK's tests compare with the caller's.
 */
function withJuspayHeaders(handler: JuspayHandler): Handler {
  return (call) => {
    const reply = handler(call);
    // Object.assign and property writes, not spreads: on Node 20's V8 the spreads cost more than the two ids.
    const headers: Record<string, string> = Object.assign({}, reply.headers);
    headers['x-request-id'] = randomUUID();
    headers['x-response-id'] = randomUUID();
    const merchant = call.headers['x-merchantid'];
    if (merchant) headers['x-jp-merchant-id'] = merchant;
    return { status: reply.status, headers, body: reply.body };
  };
}

/** Juspay's handlers answer at once: nothing of theirs waits. */
type JuspayHandler = (call: SandboxCall) => Reply;

const UPDATABLE = ['mobile_number', 'email_address', 'first_name', 'last_name', 'mobile_country_code'];

export function juspaySandbox(contract: Contract): VendorSandbox {
  const documented = new Documented(
    contract,
    (body, code) => body?.error_code === code,
    (code) => ({ status: 'error', error_code: code, error_message: code }),
  );
  const notFound = (call: SandboxCall) => documented.error(call.operationId, 'object_not_found', 404);
  const handlers: Record<string, JuspayHandler> = {
    createCustomer(call) {
      const body = call.body as Json;
      const customers = customersOf(call.account);
      if (customers.lookup('reference', body.object_reference_id)) {
        return documented.error(call.operationId, 'unique');
      }
      const now = juspayDate(call.account.now());
      const customer = customers.add({
        id: newId('cth_', customers, 16),
        object: 'customer',
        object_reference_id: body.object_reference_id,
        // Juspay's default country code when none is sent (docs/sources/juspay.md §2.1).
        mobile_country_code: body.mobile_country_code ?? '91',
        mobile_number: body.mobile_number,
        email_address: body.email_address ?? null,
        first_name: body.first_name ?? null,
        last_name: body.last_name ?? null,
        date_created: now,
        last_updated: now,
      });
      return answer(call.account, customer, wantsToken(body['options.get_client_auth_token']));
    },

    getCustomer(call) {
      const customer = findCustomer(call.account, call.pathParams.customer_id!);
      return customer
        ? answer(call.account, customer, wantsToken(firstValue(call.query, 'options.get_client_auth_token')))
        : notFound(call);
    },

    updateCustomer(call) {
      const customer = findCustomer(call.account, call.pathParams.customer_id!);
      if (!customer) return notFound(call);
      const body = (call.body ?? {}) as Json;
      for (const field of UPDATABLE) if (field in body) customer[field] = body[field];
      customer.last_updated = juspayDate(call.account.now());
      return ok(customer);
    },
  };
  return {
    handlers: Object.fromEntries(Object.entries(handlers).map(([operationId, handler]) => [operationId, withJuspayHeaders(handler)])),
    collections: {
      customers: {
        schema: '#/components/schemas/JuspayCustomer',
        indexes: { reference: (customer: JuspayCustomer) => customer.object_reference_id },
        unique: ['reference'],
      },
    },
  };
}
