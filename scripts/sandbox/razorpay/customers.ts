/**
 * Razorpay customers, their bank accounts and saved tokens, and affordability checks, as Razorpay's test mode keeps
 * them (docs/sources/razorpay.md §2–§3): create returns what was sent (email lower-cased, `notes` `[]` when empty),
 * a duplicate is the same (`contact`, `email`) pair, refused unless `fail_existing` is the string `"0"`, which
 * returns the existing customer; edit changes only what is sent and keeps the pair unique; lists are newest first.
 */
import { TEXTS } from '../../apis/razorpay.mjs';
import { splitCallingCode } from '../../lib/calling-code.ts';
import { firstValue } from '../../lib/query.ts';
import { randomChars } from '../../lib/random-chars.mjs';
import { dict } from '../../lib/untrusted.ts';
import type { Reply } from '../../mock/pipeline.ts';
import { ok, type Documented } from '../documented.ts';
import { newId } from '../ids.ts';
import type { Handler, SandboxCall } from '../sandbox.ts';
import type { Account, Collection, Entity } from '../state.ts';

type Json = Record<string, any>;

export interface Customer extends Entity {
  name: string | null;
  email: string | null;
  contact: string | null;
  gstin: string | null;
  notes: Json | [];
  created_at: number;
  shipping_address?: Json[];
}

export const customersOf = (account: Account) => account.collection<Customer>('customers');

/**
 * Razorpay's duplicate key: the (contact, email) pair (§3); null matches null, and a customer with neither has none.
 * A field a seeded customer leaves out is null.
 */
export const contactEmailPair = (customer: Pick<Customer, 'contact' | 'email'>): string | undefined =>
  (customer.contact ?? null) === null && (customer.email ?? null) === null ? undefined : JSON.stringify([customer.contact, customer.email]);

/** `notes` as Razorpay returns them: the object sent, or `[]` when empty (PHP's empty array). */
export function notesOf(notes: unknown): Json | [] {
  return notes && typeof notes === 'object' && !Array.isArray(notes) && Object.keys(notes).length > 0 ? (notes as Json) : [];
}

const text = (value: unknown): string | null => (value === undefined || value === null ? null : String(value).trim());
const email = (value: unknown): string | null => text(value)?.toLowerCase() ?? null;

/**
 * Whether an international contact (`+…`) starts with no assigned country calling code (`+999…`): Razorpay reads
 * contacts with libphonenumber and refuses those (docs/sources/razorpay.md §2.3), which the spec cannot express.
 */
export const unknownCallingCode = (contact: string | null): boolean =>
  contact !== null && contact.startsWith('+') && splitCallingCode(contact.slice(1)) === undefined;

/**
 * The `shipping_address` a create sent, as Razorpay's answers list it (server `Customer\Core::
 * createCustomerAddressesIfValuesSetInInput` saves it, `Customer\Entity` shows it as a list of address entities and
 * leaves the key out when there is none; docs/sources/razorpay.md §2.1, §2.6). A `billing_address` is saved too but
 * is not among the customer's public fields, so no answer shows it.
 */
function shippingAddresses(sent: unknown): { shipping_address?: Json[] } {
  if (!sent || typeof sent !== 'object') return {};
  const address = sent as Json;
  const optional = Object.fromEntries(['line2', 'state', 'contact', 'name', 'tag', 'landmark'].map((key) => [key, address[key] ?? null]));
  return {
    shipping_address: [
      { ...address, ...optional, id: `addr_${randomChars(14)}`, type: 'shipping_address', primary: address.primary ?? true },
    ],
  };
}

/** The contact and email a request sent, as Razorpay stores them and judges duplicates by: trimmed, email lower-cased. */
export const contactAndEmail = (body: Json): { contact: string | null; email: string | null } => ({
  contact: text(body.contact),
  email: email(body.email),
});

/**
 * A new customer of what a request sent, stored as Razorpay stores it (name and contact trimmed, email lower-cased,
 * `notes` `[]` when empty, a shipping address listed): by a create, or by a registration link for customer details.
 */
export function addCustomer(account: Account, body: Json): Customer {
  const customers = customersOf(account);
  return customers.add({
    id: newId('cust_', customers),
    entity: 'customer',
    name: text(body.name),
    ...contactAndEmail(body),
    gstin: text(body.gstin),
    notes: notesOf(body.notes),
    created_at: account.now(),
    ...shippingAddresses(body.shipping_address),
  });
}

/** Another customer of the account with the same (contact, email) pair: Razorpay's duplicate. */
export function duplicateOf(account: Account, contact: string | null, email: string | null, except?: string): Customer | undefined {
  const key = contactEmailPair({ contact, email });
  const found = key === undefined ? undefined : customersOf(account).lookup('pair', key);
  return found?.id === except ? undefined : found;
}

function queryNumber(query: SandboxCall['query'], name: string, fallback: number): number {
  const value = firstValue(query, name);
  return value === undefined ? fallback : Number(value);
}

/** A page of a collection, Razorpay style: newest first, `from`/`to` on `created_at`, then `skip` and `count`. */
export function page<T extends Entity & { created_at: number }>(
  collection: Collection<T>,
  query: SandboxCall['query'],
): { entity: 'collection'; count: number; items: T[] } {
  const from = queryNumber(query, 'from', -Infinity);
  const to = queryNumber(query, 'to', Infinity);
  const items = collection.newest(
    queryNumber(query, 'count', 10),
    queryNumber(query, 'skip', 0),
    (item) => item.created_at >= from && item.created_at <= to,
  );
  return { entity: 'collection', count: items.length, items };
}

export function customerHandlers(documented: Documented): Record<string, Handler> {
  const notFound = (operationId: string): Reply => documented.error(operationId, TEXTS.idNotExist);

  /** The customer of the path, or the vendor's answer for an unknown one. */
  const withCustomer = (call: SandboxCall, answer: (customer: Customer) => Reply): Reply => {
    const customer = customersOf(call.account).get(call.pathParams.id!);
    return customer ? answer(customer) : notFound(call.operationId);
  };

  const tokens = (call: SandboxCall) => call.account.collection<Entity & { customer_id: string }>('tokens');
  /** The customer's token of the path, if it is the customer's. */
  const tokenOf = (call: SandboxCall, customer: Customer) => {
    const token = tokens(call).get(call.pathParams.token_id!);
    return token?.customer_id === customer.id ? token : undefined;
  };

  return {
    createCustomer(call) {
      const body = (call.body ?? {}) as Json;
      const { contact, email: mail } = contactAndEmail(body);
      if (unknownCallingCode(contact)) return documented.error(call.operationId, TEXTS.contactInvalidCountryCode);
      const existing = duplicateOf(call.account, contact, mail);
      if (existing) {
        // Only the string "0" returns the existing customer; any other value, or none, fails (§3).
        return body.fail_existing === '0' ? ok(existing) : documented.error(call.operationId, TEXTS.customerExists);
      }
      return ok(addCustomer(call.account, body));
    },

    fetchAllCustomers: (call) => ok(page(customersOf(call.account), call.query)),

    fetchCustomer: (call) => withCustomer(call, ok),

    editCustomer: (call) =>
      withCustomer(call, (customer) => {
        const body = (call.body ?? {}) as Json;
        const changed: Customer = { ...customer };
        if ('name' in body) changed.name = text(body.name);
        if ('email' in body) changed.email = email(body.email);
        if ('contact' in body) changed.contact = text(body.contact);
        if ('gstin' in body) changed.gstin = text(body.gstin);
        if ('contact' in body && unknownCallingCode(changed.contact))
          return documented.error(call.operationId, TEXTS.contactInvalidCountryCode);
        if (duplicateOf(call.account, changed.contact, changed.email, customer.id))
          return documented.error(call.operationId, TEXTS.customerExists);
        return ok(customersOf(call.account).add(changed));
      }),

    addCustomerBankAccount: (call) =>
      withCustomer(call, (customer) => {
        const body = call.body as Json;
        const accounts = call.account.collection('bank_accounts');
        const template = documented.template(call.operationId);
        const number = String(body.account_number);
        const bankAccount = {
          id: newId('ba_', accounts),
          entity: 'bank_account',
          ifsc: String(body.ifsc_code).toUpperCase(),
          // The bank's name comes from the IFSC's first four letters; the sandbox knows the documented bank only.
          bank_name: String(body.ifsc_code).slice(0, 4).toUpperCase() === String(template.ifsc).slice(0, 4) ? template.bank_name : null,
          name: body.beneficiary_name ?? customer.name ?? null,
          notes: [],
          // Razorpay masks all but the last four digits.
          account_number: 'X'.repeat(Math.max(number.length - 4, 0)) + number.slice(-4),
        };
        accounts.add({ ...bankAccount, customer_id: customer.id });
        return ok(bankAccount);
      }),

    deleteCustomerBankAccount: (call) =>
      withCustomer(call, (customer) => {
        const accounts = call.account.collection('bank_accounts');
        const found = accounts.get(call.pathParams.bank_id!);
        if (!found || found.customer_id !== customer.id) return notFound(call.operationId);
        accounts.delete(found.id);
        const { id, ifsc, bank_name, name, account_number } = found;
        return ok({ id, ifsc, bank_name, name, account_number, status: 'deleted' });
      }),

    fetchCustomerTokens: (call) =>
      withCustomer(call, (customer) => {
        const items = tokens(call).newest(Infinity, 0, (token) => token.customer_id === customer.id);
        return ok({ entity: 'collection', count: items.length, items });
      }),

    fetchCustomerToken: (call) =>
      withCustomer(call, (customer) => {
        const token = tokenOf(call, customer);
        return token ? ok(token) : notFound(call.operationId);
      }),

    deleteCustomerToken: (call) =>
      withCustomer(call, (customer) => {
        const token = tokenOf(call, customer);
        if (!token) return notFound(call.operationId);
        tokens(call).delete(token.id);
        return ok({ deleted: true });
      }),

    requestEligibilityCheck(call) {
      const body = call.body as Json;
      const checks = call.account.collection('eligibility');
      const id = newId('elig_', checks);
      const template = documented.template(call.operationId);
      // Every instrument the documented answer lists, now for this request; a sandbox finds every one eligible.
      const instruments = (template.instruments as Json[]).map((instrument) => {
        const { error: _refusal, ...rest } = instrument.eligibility ?? {};
        return { ...instrument, eligibility_req_id: id, eligibility: { ...rest, status: 'eligible' } };
      });
      const answer = { amount: body.amount, customer: body.customer ?? dict(), instruments };
      checks.add({ id, instruments });
      return ok(answer);
    },

    fetchEligibility(call) {
      const check = call.account.collection('eligibility').get(call.pathParams.eligibility_id!);
      return check ? ok({ instruments: check.instruments }) : documented.error(call.operationId, TEXTS.eligibilityNotExist);
    },
  };
}
