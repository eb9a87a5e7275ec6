/**
 * Shared by the sandbox tests: a sandbox on free ports that records its traffic, the check that the recorded
 * traffic conforms to the contracts (by the conformance CLI itself, as the issue asks), and calls of the control
 * routes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, createConfig } from '@redocly/openapi-core';
import type Razorpay from 'razorpay';
import { expect } from 'vitest';
import type { ApiName } from '../../scripts/apis/index.mjs';
import { Contract } from '../../scripts/lib/contract.ts';
import { startMocks, type MockOptions, type RunningMocks } from '../../scripts/mock/server.ts';
import { authHeaders } from '../mock/helpers.ts';

const CLI = fileURLToPath(new URL('../../scripts/conformance.ts', import.meta.url));

export interface RecordedSandbox extends RunningMocks {
  dir: string;
  /**
   * Stops the sandbox, runs `npm run conformance` over its traffic (and its webhook deliveries, signatures checked
   * with the webhook secret it was given) and expects zero violations.
   */
  closeAndCheckTraffic(): Promise<void>;
}

export async function startRecordedSandbox(options: MockOptions = {}): Promise<RecordedSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
  const record = join(dir, 'traffic.ndjson');
  const mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, record, ...options });
  return {
    ...mocks,
    dir,
    async closeAndCheckTraffic() {
      await mocks.close();
      const secret = options.webhooks?.razorpay?.secret;
      const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, record, ...(secret ? ['--webhook-secret', secret] : [])], {
        encoding: 'utf8',
      });
      const total = /^total\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/m.exec(run.stdout);
      expect(run.stdout.split('\n').slice(0, 20).join('\n'), 'the recorded sandbox traffic conforms to the contracts').not.toMatch(
        /^line \d+:/m,
      );
      expect(run.status).toBe(0);
      expect(Number(total?.[1])).toBeGreaterThan(0);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const CONTROLS_FILE = 'workflows/sandbox-controls.openapi.yaml';
// Bundled as Redocly bundles it: the description $refs Razorpay's error schema in spec/razorpay.
const CONTROLS = new Contract(
  (await bundle({ ref: fileURLToPath(new URL(`../../${CONTROLS_FILE}`, import.meta.url)), config: await createConfig({}) })).bundle
    .parsed as Record<string, any>,
);

/** POSTs to a control route, `/__sandbox/<name>`, on the API's port, with the API's sample credentials or `headers`. */
export async function control(
  mocks: RunningMocks,
  api: ApiName,
  name: string,
  body?: unknown,
  headers: Record<string, string> = authHeaders(api),
): Promise<{ status: number; json: any }> {
  const response = await fetch(`${new URL(mocks.urls[api]).origin}/__sandbox/${name}`, {
    method: 'POST',
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  // Every answer of a control route on the Razorpay port is held to its description, which the workflows rely on.
  const route = api === 'razorpay' ? CONTROLS.match('post', `/__sandbox/${name}`) : undefined;
  if (route) {
    const violations = CONTROLS.validateResponse(route.info.operationId, response.status, json, {
      contentType: response.headers.get('content-type') ?? '',
    });
    expect(violations, `${name} answered ${response.status} as ${CONTROLS_FILE} describes`).toEqual([]);
  }
  return { status: response.status, json };
}

/** A Razorpay key id of its own for a test, so tests never see each other's data. */
let keys = 0;
export const freshKeyId = (): string => `rzp_test_t${process.pid}x${++keys}${Date.now().toString(36)}`;

/** A recurring authorisation order for a customer (card mandate, up to ₹50), as the recurring-card flow starts. */
export const authorisationOrder = (rzp: Razorpay, customerId: string) =>
  rzp.orders.create({
    amount: 100,
    currency: 'INR',
    customer_id: customerId,
    method: 'card',
    token: { max_amount: 5000, expire_at: 2709971120, frequency: 'monthly' },
  } as any);

/** A registration link (an invoice whose payment authorises card mandates up to ₹500), as seed 003 creates one; `fields` add or replace. */
export const registrationLink = (rzp: Razorpay, fields: Record<string, unknown>) =>
  rzp.subscriptions.createRegistrationLink({
    type: 'link',
    amount: 100,
    currency: 'INR',
    description: 'Registration',
    subscription_registration: { method: 'card', max_amount: 50000, expire_at: 2709971120 },
    ...fields,
  } as any) as Promise<any>;
