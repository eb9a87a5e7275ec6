/**
 * The sandbox's state on disk: `--state` survives a restart, `--seed` loads entities checked against the spec (a bad
 * one is reported with the file and the JSON pointer), and a write killed at any moment leaves the old state or the
 * new one, never a torn file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startMocks } from '../../scripts/mock/server.ts';
import { StateFileError } from '../../scripts/sandbox/persistence.ts';
import { MAX_CLOCK_OFFSET_SECONDS, STATE_FORMAT } from '../../scripts/sandbox/state.ts';
import { razorpayClient } from '../mock/sdk-clients.ts';
import { authorisationOrder, control, registrationLink } from './helpers.ts';
import { twoStates } from './fixtures/two-states.ts';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ports = { gateway: 0, razorpay: 0, juspay: 0 };
const keyId = 'rzp_test_pppppppppppppp';
const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:s`).toString('base64')}` });

/** A state file holding `apis`, given as JSON text so that keys such as `__proto__` stay plain keys. */
const stateWith = (apis: string): string => {
  const file = join(dir, `state-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, `{"format": "${STATE_FORMAT}", "version": 1, "apis": ${apis}}`);
  return file;
};
/** The message startMocks refuses these options with (a StateFileError), or undefined when it starts. */
const refusal = async (options: Parameters<typeof startMocks>[0]): Promise<string | undefined> => {
  try {
    await (await startMocks({ ports, ...options })).close();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(StateFileError);
    return (error as Error).message;
  }
};

describe('--state', () => {
  it('keeps the data across a restart', async () => {
    const stateFile = join(dir, 'state.json');
    const first = await startMocks({ ports, stateFile });
    const rzp = razorpayClient(first.urls.razorpay, { key_id: keyId, key_secret: 's' });
    const created = await rzp.customers.create({ name: 'Remembered', contact: '9000090000' });
    const order = await rzp.orders.create({ amount: 100, currency: 'INR' });
    await first.close();
    const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
    expect(saved).toMatchObject({
      format: STATE_FORMAT,
      version: 1,
      apis: { razorpay: { [keyId]: { collections: { customers: [created], orders: [order] } } } },
    });

    const second = await startMocks({ ports, stateFile });
    const again = razorpayClient(second.urls.razorpay, { key_id: keyId, key_secret: 's' });
    expect(await again.customers.fetch(created.id)).toEqual(created);
    expect(await again.orders.fetch(order.id)).toEqual(order);
    await second.close();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('loads again what it wrote after every kind of write: each collection, the indexes rebuilt, the clock kept', async () => {
    const stateFile = join(dir, 'every-collection.json');
    const juspay = { authorization: `Basic ${Buffer.from('qaKey1:').toString('base64')}`, 'x-merchantid': 'qaRoundTrip' };
    const first = await startMocks({ ports, stateFile });
    const rzp = razorpayClient(first.urls.razorpay, { key_id: keyId, key_secret: 's' });
    const customer = await rzp.customers.create({ name: 'Round Trip', email: 'trip@example.com', contact: '9000090000' });
    await rzp.customers.addBankAccount(customer.id, { ifsc_code: 'ICIC0001207', account_number: '04030403040304' } as any);
    const authorisation = await authorisationOrder(rzp, customer.id);
    await control(first, 'razorpay', 'checkout', { order_id: authorisation.id }, basic(keyId));
    const token = (await rzp.customers.fetchTokens(customer.id)).items[0]!;
    const charge = await rzp.orders.create({ amount: 100, currency: 'INR', receipt: 'trip_1' });
    const recurring = { email: 'trip@example.com', contact: '9000090000', currency: 'INR', customer_id: customer.id, recurring: '1' };
    await rzp.payments.createRecurringPayment({ ...recurring, amount: 100, order_id: charge.id, token: token.id } as any);
    const link = await registrationLink(rzp, { customer_id: customer.id, expire_by: Math.floor(Date.now() / 1000) + 3600 });
    await rzp.customers.requestEligibilityCheck({ amount: 500000, currency: 'INR', customer: { contact: '+919000090000' } } as any);
    const juspayCustomer = { object_reference_id: 'trip_ref', mobile_number: '9000090000' };
    await fetch(`${first.urls.juspay}/customers`, {
      method: 'POST',
      headers: { ...juspay, 'content-type': 'application/json' },
      body: JSON.stringify(juspayCustomer),
    });
    await control(first, 'razorpay', 'clock', { advance_seconds: 7200 }, basic(keyId)); // the link expires
    await first.close();
    const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
    expect(Object.keys(saved.apis.razorpay[keyId].collections).sort()).toEqual([
      'bank_accounts',
      'cards',
      'customers',
      'eligibility',
      'invoices',
      'orders',
      'payments',
      'tokens',
    ]);

    const second = await startMocks({ ports, stateFile });
    try {
      expect(second.state!.save()).toEqual(saved);
      const again = razorpayClient(second.urls.razorpay, { key_id: keyId, key_secret: 's' });
      expect((await again.invoices.fetch(link.id)).status).toBe('expired');
      const duplicates = [
        again.customers.create({ name: 'Round Trip', email: 'trip@example.com', contact: '9000090000' }),
        again.orders.create({ amount: 100, currency: 'INR', receipt: 'trip_1' }),
      ];
      for (const refused of await Promise.allSettled(duplicates)) expect(refused.status).toBe('rejected');
      const juspayAgain = await fetch(`${second.urls.juspay}/customers`, {
        method: 'POST',
        headers: { ...juspay, 'content-type': 'application/json' },
        body: JSON.stringify(juspayCustomer),
      });
      expect(juspayAgain.status).toBe(400); // Juspay's `unique`: the reference is indexed again
    } finally {
      await second.close();
    }
  });

  it('saves a registration link a read found expired, so that a restart does not expire it (and say so) again', async () => {
    const expireBy = Math.floor(Date.now() / 1000) - 60;
    const link = {
      id: 'inv_SeededInvoic01',
      entity: 'invoice',
      type: 'link',
      customer_details: {},
      status: 'issued',
      amount: 100,
      currency: 'INR',
      short_url: 'https://rzp.io/i/seeded1',
      expire_by: expireBy,
      expired_at: null,
      created_at: expireBy - 3600,
    };
    const stateFile = stateWith(JSON.stringify({ razorpay: { [keyId]: { collections: { invoices: [link] } } } }));
    const mocks = await startMocks({ ports, stateFile });
    const fetched = await razorpayClient(mocks.urls.razorpay, { key_id: keyId, key_secret: 's' }).invoices.fetch(link.id);
    expect(fetched).toMatchObject({ status: 'expired', expired_at: expireBy });
    await mocks.close();
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')).apis.razorpay[keyId].collections.invoices;
    expect(saved).toEqual([fetched]);
  });
});

describe('--seed', () => {
  const customer = {
    id: 'cust_SeededCustomr1',
    entity: 'customer',
    name: 'Seeded',
    email: null,
    contact: '9876543210',
    gstin: null,
    notes: [],
    created_at: 1700000000,
  };
  const seed = (collections: Record<string, unknown[]>) => {
    const file = join(dir, `seed-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ format: STATE_FORMAT, version: 1, apis: { razorpay: { [keyId]: { collections } } } }));
    return file;
  };

  it('loads the entities of a seed file', async () => {
    const mocks = await startMocks({ ports, seed: seed({ customers: [customer] }) });
    expect(await razorpayClient(mocks.urls.razorpay, { key_id: keyId, key_secret: 's' }).customers.fetch(customer.id)).toEqual(customer);
    await mocks.close();
  });

  it('seeds a new --state file once: on a restart the file holds what became of the seed, and a reset stays reset', async () => {
    const seedFile = seed({ customers: [customer] });
    const stateFile = join(dir, `seeded-state-${Math.random().toString(36).slice(2)}.json`);
    const headers = basic(keyId);
    const first = await startMocks({ ports, seed: seedFile, stateFile });
    const fetchSeeded = (mocks: Awaited<ReturnType<typeof startMocks>>) =>
      fetch(`${mocks.urls.razorpay}/customers/${customer.id}`, { headers }).then((response) => response.status);
    expect(await fetchSeeded(first)).toBe(200);
    expect((await control(first, 'razorpay', 'reset', undefined, headers)).status).toBe(200);
    expect(await fetchSeeded(first)).toBe(400);
    await first.close();
    const second = await startMocks({ ports, seed: seedFile, stateFile });
    expect(await fetchSeeded(second)).toBe(400);
    await second.close();
  });

  it('refuses a seed with two entities under one id or one unique key (customer pair, receipt, object_reference_id)', async () => {
    const message = (file: string) =>
      startMocks({ ports, seed: file }).then(
        async (mocks) => void (await mocks.close()),
        (caught: Error) => caught.message,
      );
    const at = `/apis/razorpay/${keyId}/collections`;
    const sameId = seed({ customers: [customer, { ...customer, contact: '9000090000' }] });
    expect(await message(sameId)).toBe(`${sameId}: ${at}/customers/1: its id "${customer.id}" is also ${at}/customers/0's`);
    const samePair = seed({ customers: [customer, { ...customer, id: 'cust_SeededCustomr2', name: 'Other' }] });
    expect(await message(samePair)).toBe(`${samePair}: ${at}/customers/1: its pair ["9876543210",null] is also ${at}/customers/0's`);
    const order = { entity: 'order', amount: 1, amount_paid: 0, amount_due: 1, currency: 'INR', status: 'created', attempts: 0, notes: [] };
    const sameReceipt = seed({
      orders: [
        { ...order, id: 'order_SeededOrder001', receipt: 'rcpt_1', created_at: 1700000000 },
        { ...order, id: 'order_SeededOrder002', receipt: 'rcpt_1', created_at: 1700000000 },
      ],
    });
    expect(await message(sameReceipt)).toMatch(/orders\/1: its receipt rcpt_1 is also .*orders\/0's$/);
    const juspay = (id: string) =>
      `{"id": "${id}", "object": "customer", "object_reference_id": "ref_1", "date_created": "2026-01-01T00:00:00Z", "last_updated": "2026-01-01T00:00:00Z"}`;
    const sameReference = stateWith(
      `{"juspay": {"m1": {"collections": {"customers": [${juspay('cth_SeededCustomer001')}, ${juspay('cth_SeededCustomer002')}]}}}}`,
    );
    expect(await message(sameReference)).toMatch(/juspay\/m1\/collections\/customers\/1: its reference ref_1 is also .*customers\/0's$/);
    // Customers with neither contact nor email have no pair (null or left out alike): any number of them load.
    const bare = { id: 'cust_SeededCustomr3', entity: 'customer', created_at: 1700000000 };
    expect(await message(seed({ customers: [bare, { ...bare, id: 'cust_SeededCustomr4', contact: null }] }))).toBeUndefined();
  });

  it('charges nothing on a seeded token never registered for recurring payments (recurring_details null or absent)', async () => {
    const order = { entity: 'order', amount: 100, amount_paid: 0, amount_due: 100, currency: 'INR', receipt: null, status: 'created' };
    const token = { entity: 'token', method: 'card', customer_id: customer.id };
    const mocks = await startMocks({
      ports,
      seed: seed({
        customers: [customer],
        tokens: [
          { ...token, id: 'token_SeededTokenN01', recurring_details: null },
          { ...token, id: 'token_SeededTokenA01' },
        ],
        orders: [{ ...order, id: 'order_SeededOrder001', attempts: 0, notes: [], created_at: 1700000000 }],
      }),
    });
    try {
      for (const tokenId of ['token_SeededTokenN01', 'token_SeededTokenA01']) {
        const response = await fetch(`${mocks.urls.razorpay}/payments/create/recurring`, {
          method: 'POST',
          headers: { ...basic(keyId), 'content-type': 'application/json' },
          body: JSON.stringify({
            email: 'seeded@example.com',
            contact: '9000090000',
            amount: 100,
            currency: 'INR',
            order_id: 'order_SeededOrder001',
            customer_id: customer.id,
            token: tokenId,
            recurring: '1',
          }),
        });
        expect({ status: response.status, description: ((await response.json()) as any).error?.description }).toEqual({
          status: 400,
          description: 'The token is not confirmed for recurring payments',
        });
      }
    } finally {
      await mocks.close();
    }
  });

  it('refuses a seed whose entities break the spec, naming the file and the JSON pointer', async () => {
    const bad = seed({ customers: [customer, { ...customer, id: 'cust_SeededCustomr2', created_at: 'yesterday' }] });
    const error = await startMocks({ ports, seed: bad }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StateFileError);
    expect((error as Error).message).toContain(bad);
    expect((error as Error).message).toContain(`/apis/razorpay/${keyId}/collections/customers/1/created_at`);
    // Affordability checks too: the sandbox answers a stored one's `instruments` as they are.
    const noInstruments = await startMocks({ ports, seed: seed({ eligibility: [{ id: 'elig_SeededCheck0001' }] }) }).catch(
      (caught: Error) => caught.message,
    );
    expect(noInstruments).toMatch(/collections\/eligibility\/0\/instruments: .*must have required property 'instruments'/);
    const unknownCollection = await startMocks({ ports, seed: seed({ dragons: [] }) }).catch((caught: Error) => caught.message);
    expect(unknownCollection).toMatch(/collections\/dragons: unknown collection \(known: customers, /);
    const notState = join(dir, 'not-state.json');
    writeFileSync(notState, '[1, 2]');
    expect(await startMocks({ ports, seed: notState }).catch((caught: Error) => caught.message)).toMatch(
      /must be \{"format": "cloudlesspay-sandbox-state"/,
    );
  });
});

describe('state files from outside', () => {
  it('refuses a clock offset the clock control could not reach (0 to 100 years, whole seconds), naming the field', async () => {
    for (const offset of [100_000_000_000_000, -1, MAX_CLOCK_OFFSET_SECONDS + 1, 1.5]) {
      const file = stateWith(`{"juspay": {"m1": {"clock_offset": ${offset}, "collections": {}}}}`);
      expect(await refusal({ seed: file })).toBe(
        `${file}: /apis/juspay/m1/clock_offset: must be a whole number of seconds from 0 to ${MAX_CLOCK_OFFSET_SECONDS} (100 years)`,
      );
    }
    const farthest = stateWith(`{"juspay": {"m1": {"clock_offset": ${MAX_CLOCK_OFFSET_SECONDS}, "collections": {}}}}`);
    expect(await refusal({ seed: farthest })).toBeUndefined();
  });

  it('knows APIs and collections by their own names only: toString, __proto__ and constructor are unknown', async () => {
    for (const name of ['toString', '__proto__', 'constructor']) {
      const api = stateWith(`{"${name}": {"a": {"collections": {"x": []}}}}`);
      expect(await refusal({ seed: api })).toBe(`${api}: /apis/${name}: unknown API (known: gateway, razorpay, juspay)`);
      const empty = stateWith(`{"${name}": {"a": {"collections": {}}}}`);
      expect(await refusal({ seed: empty })).toMatch(new RegExp(`^${empty}: /apis/${name}: unknown API`));
      const collection = stateWith(`{"razorpay": {"${keyId}": {"collections": {"${name}": [{"id": "x"}]}}}}`);
      expect(await refusal({ stateFile: collection })).toMatch(
        new RegExp(`^${collection}: /apis/razorpay/${keyId}/collections/${name}: unknown collection \\(known: customers, `),
      );
    }
  });

  it('reports a JSON syntax error as file:line:column', async () => {
    const cases: [string, string][] = [
      ['{\n  "format": x\n}', ':2:13: '],
      ['{\n  "format": "a",\n}\n', ':3:1: '],
      ['{\n  "a": tru\n}', ':2:11: '],
      ['{"a": 1', ':1:8: '],
      [`{\n${'  "k": 1,\n'.repeat(500)}  "z": x\n}`, ':502:8: '], // V8 quotes only the text around it
    ];
    for (const [text, at] of cases) {
      const file = join(dir, 'syntax.json');
      writeFileSync(file, text);
      expect(await refusal({ seed: file })).toMatch(new RegExp(`^${file}${at}not valid JSON: `));
    }
  });
});

describe('--state on disk', () => {
  it('refuses to start when the state file cannot be written, naming it', async () => {
    const file = join(dir, 'no-such-dir', 's.json');
    expect(await refusal({ stateFile: file })).toMatch(new RegExp(`^${file}: cannot write it \\(ENOENT\\)`));
  });

  it('writes through a symlink to its target, which stays a link', async () => {
    const target = join(dir, 'target.json');
    writeFileSync(target, `{"format": "${STATE_FORMAT}", "version": 1, "apis": {}}`);
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    const mocks = await startMocks({ ports, stateFile: link });
    const created = await razorpayClient(mocks.urls.razorpay, { key_id: keyId, key_secret: 's' }).customers.create({ name: 'Linked' });
    await mocks.close();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).apis.razorpay[keyId].collections.customers).toEqual([created]);
  });

  it('removes the temporary files writers killed mid-write left behind, not those of live processes', async () => {
    const file = join(dir, 'killed.json');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = `${file}.${dead}.tmp`;
    const live = `${file}.${process.ppid}.tmp`;
    writeFileSync(stale, '{');
    writeFileSync(live, '{');
    await (await startMocks({ ports, stateFile: file })).close();
    expect([existsSync(stale), existsSync(live)]).toEqual([false, true]);
    rmSync(live);
  });
});

describe('atomic writes', () => {
  it('a writer killed at random moments leaves one of the two states, whole', async () => {
    const file = join(dir, 'atomic.json');
    const [first, second] = twoStates();
    writeFileSync(file, first);
    const writer = fileURLToPath(new URL('./fixtures/atomic-writer.ts', import.meta.url));
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, file], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise((started) => child.stdout.once('data', started));
      await new Promise((wait) => setTimeout(wait, 20 + Math.random() * 150));
      child.kill('SIGKILL');
      await new Promise((exited) => child.once('exit', exited));
      const text = readFileSync(file, 'utf8');
      expect(text === first || text === second, `round ${round}: the file holds ${text.length} bytes of neither state`).toBe(true);
    }
  }, 60_000);
});
