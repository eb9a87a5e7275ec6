/**
 * The sandbox of each API that has one: how to build it from the contracts, the shared state and the other APIs'
 * pipelines (the gateway performs its calls through the vendors'). An API without an entry here is served by its
 * documented examples in sandbox mode too, so a new vendor works from its spec alone and gains state when it gains
 * a module here (see CONTRIBUTING.md).
 */
import type { ApiName } from '../apis/index.mjs';
import type { Contract } from '../lib/contract.ts';
import type { Pipeline } from '../mock/pipeline.ts';
import { gatewaySandbox } from './gateway/index.ts';
import { juspaySandbox } from './juspay/index.ts';
import { razorpaySandbox } from './razorpay/index.ts';
import type { VendorSandbox } from './sandbox.ts';
import type { SandboxState } from './state.ts';
import type { WebhookSender } from './webhook-sender.ts';

export interface SandboxContext {
  contracts: Record<ApiName, Contract>;
  state: SandboxState;
  /** Every API's pipeline, filled in as they are built: read them when handling a request, not before. */
  pipelines: Record<ApiName, Pipeline>;
  /** Every API's sandbox, filled in as they are built, like the pipelines. */
  sandboxes: Partial<Record<ApiName, VendorSandbox>>;
  /** The webhook senders of the APIs whose webhooks have a URL. */
  senders: Partial<Record<ApiName, WebhookSender>>;
}

export const SANDBOXES: Partial<Record<ApiName, (context: SandboxContext) => VendorSandbox>> = {
  gateway: ({ contracts, pipelines, sandboxes, state }) => gatewaySandbox({ pipelines, contracts, sandboxes, state }),
  razorpay: ({ contracts, senders }) => razorpaySandbox(contracts.razorpay, senders.razorpay),
  juspay: ({ contracts }) => juspaySandbox(contracts.juspay),
};
