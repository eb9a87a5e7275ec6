/**
 * The gateway documentation's four SDK calls, verbatim (seed-flow.test.ts checks that each of the seed's call
 * lines appears in this file), run in order against a gateway given as a parameter: seed-flow.test.ts runs them
 * against the stateful sandbox and against the examples mode. create → fetchAll lists the customer → fetchById
 * returns it → updateById changes it; a stateful gateway must also show the update to a later read.
 */
import { expect } from 'vitest';
import { CloudlessPayment, type components } from '../../generated/gateway/client.ts';
import { seedCreateBody, seedUpdateBody } from './seed.ts';

export interface GatewayUnderTest {
  /** The gateway's base URL, e.g. `http://127.0.0.1:4010/api`. */
  baseUrl: string;
  /** How requests reach it, when it needs more than the request (the example mock: which example to answer). */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Whether it keeps what it is sent (a sandbox). An example mock answers documented examples: its update
   * answers the documented updated customer, not the one just created, and a later read does not see the update.
   */
  stateful: boolean;
}

type Schemas = components['schemas'];

export async function runSeedFlow(gateway: GatewayUnderTest): Promise<void> {
  const cloudlesspay = new CloudlessPayment({
    key: 'Your-API-key',
    baseUrl: gateway.baseUrl,
    ...(gateway.fetch ? { fetch: gateway.fetch } : {}),
  });
  let customerId: string;
  let created: Schemas['RazorpayCustomer'];
  {
    const data = seedCreateBody as Schemas['CustomerCreateRequest'];
    const response = await cloudlesspay.customer.create(data);
    expect(response.status).toBe('success');
    const result = response.data.result;
    expect(result.action).toBe('create');
    if (result.vendor !== 'razorpay') throw new Error(`the seed's customer is a Razorpay customer, got ${result.vendor}`);
    expect(result.data).toMatchObject({ entity: 'customer', name: data.name, contact: data.contact, email: data.email, notes: data.notes });
    customerId = response.data.result.data.id;
    created = result.data;
  }
  {
    const response = await cloudlesspay.customer.fetchAll();
    expect(response.data.result.data.entity).toBe('collection');
    expect(response.data.result.data.items.find((item) => item.id === customerId)).toEqual(created);
  }
  {
    const response = await cloudlesspay.customer.fetchById(customerId);
    expect(response.data.result.action).toBe('fetch');
    expect(response.data.result.data).toEqual(created);
  }
  {
    const data = seedUpdateBody as Schemas['CustomerUpdateRequest'];
    const response = await cloudlesspay.customer.updateById(customerId, data);
    expect(response.data.result.action).toBe('edit');
    expect(response.data.result.data).toMatchObject(data);
    if (gateway.stateful) {
      expect(response.data.result.data.id).toBe(customerId);
      const reread = await cloudlesspay.customer.fetchById(customerId);
      expect(reread.data.result.data).toMatchObject({ ...data, id: customerId });
    }
  }
}
