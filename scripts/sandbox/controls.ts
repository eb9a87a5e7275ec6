/**
 * The sandbox's own routes, `POST /__sandbox/<name>` on each API's port, outside the vendor's URL layout and
 * authenticated like the API (the caller's credentials say whose state they act on):
 * - `reset`: forgets the caller's state, nobody else's;
 * - `failures` `{"status": 504, "count"?: 1, "operation"?: "<operationId>", "retry_after"?: 1}`: the caller's next
 *   `count` calls (of that operation, or any that documents `status`) answer the documented example of `status`
 *   (a 429 with `retry_after` as its Retry-After), so that clients can test their retries (at most
 *   MAX_PLANNED_FAILURES plans at a time);
 * - `clock` `{"advance_seconds": N}`: moves the caller's clock forward, so that expiries can be reached;
 * - the vendor's own (Razorpay: `checkout`, `webhooks/trigger`, `webhooks/deliveries`).
 * Answers are JSON; refusals are `application/problem+json`.
 */
import type { ApiDefinition } from '../apis/index.mjs';
import type { Contract } from '../lib/contract.ts';
import { splitUrl } from '../lib/query.ts';
import { decodeUtf8, parseUntrustedJson } from '../lib/untrusted.ts';
import type { ControlRoutes } from '../mock/http-front.ts';
import { flatHeaders, type Reply } from '../mock/pipeline.ts';
import type { ControlHandler, VendorSandbox } from './sandbox.ts';
import { isClockOffset, MAX_CLOCK_OFFSET_SECONDS, type Account, type SandboxState } from './state.ts';

const PREFIX = '/__sandbox/';

export function controlError(status: number, detail: string): Reply {
  const title = status === 401 ? 'Unauthorized' : status === 404 ? 'No such sandbox route' : 'Bad sandbox request';
  return { status, headers: { 'content-type': 'application/problem+json' }, body: { title, status, detail } };
}

/** The clock control on one account: `{"advance_seconds": N}` moves its clock forward, then what expires by then expires. */
export function advanceClock(caller: { accountId: string; account: Account }, body: unknown, onClock: VendorSandbox['onClock']): Reply {
  const { account } = caller;
  const seconds = (body as Record<string, unknown> | undefined)?.advance_seconds;
  if (!Number.isInteger(seconds) || (seconds as number) < 0 || !isClockOffset(account.clockOffset + (seconds as number))) {
    return controlError(
      400,
      `"advance_seconds" must be a whole number of seconds, 0 or more, that keeps the clock within ${MAX_CLOCK_OFFSET_SECONDS} s (100 years) of today`,
    );
  }
  account.clockOffset += seconds as number;
  onClock?.(caller);
  return { status: 200, body: { now: account.now() } };
}

/**
 * Failures one account may have planned at a time: more than any retry test needs, and few enough that the answer,
 * which lists them all, stays small and serving one stays cheap (it searches them in order).
 */
export const MAX_PLANNED_FAILURES = 100;

function commonControls(
  definition: ApiDefinition,
  contract: Contract,
  state: SandboxState,
  { onClock, onReset }: Pick<VendorSandbox, 'onClock' | 'onReset'>,
): Record<string, ControlHandler> {
  // Error status → the operations whose spec documents it: a planned failure answers that example, so only they can.
  const documenting = new Map<number, Set<string>>();
  for (const { operationId, operation } of contract.operations) {
    for (const code of Object.keys(operation.responses ?? {})) {
      const status = Number(code);
      if (status < 400) continue;
      if (!documenting.has(status)) documenting.set(status, new Set());
      documenting.get(status)!.add(operationId);
    }
  }
  return {
    reset({ accountId }) {
      state.reset(definition.name, accountId);
      onReset?.(accountId);
      return { status: 200, body: { reset: true, account: accountId } };
    },
    failures({ account, body }) {
      const request = (body ?? {}) as Record<string, unknown>;
      const { status, count = 1, operation, retry_after: retryAfter } = request;
      const operations = typeof status === 'number' ? documenting.get(status) : undefined;
      if (!operations) {
        return controlError(
          400,
          `"status" must be an error status the ${definition.name} spec documents: ${[...documenting.keys()].join(', ')}`,
        );
      }
      if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > 1000)
        return controlError(400, '"count" must be a whole number from 1 to 1000');
      if (
        operation !== undefined &&
        (typeof operation !== 'string' || !contract.operations.some((info) => info.operationId === operation))
      ) {
        return controlError(400, `"operation" must be an operationId of the ${definition.name} spec`);
      }
      if (operation !== undefined && !operations.has(operation as string)) {
        const its = [...documenting].filter(([, ids]) => ids.has(operation as string)).map(([code]) => code);
        return controlError(
          400,
          `${operation as string} documents no ${status as number} answer to fail with; it documents ${its.join(', ')}`,
        );
      }
      if (retryAfter !== undefined && (status !== 429 || !Number.isInteger(retryAfter) || (retryAfter as number) < 1)) {
        return controlError(400, '"retry_after" must be a whole number of seconds, 1 or more, and goes with status 429 only');
      }
      if (account.failures.length >= MAX_PLANNED_FAILURES) {
        return controlError(
          400,
          `at most ${MAX_PLANNED_FAILURES} failures can be planned per account, and ${MAX_PLANNED_FAILURES} are: let them be served, or POST /__sandbox/reset`,
        );
      }
      account.failures.push({
        status: status as number,
        remaining: count as number,
        operations: operation ? new Set([operation as string]) : operations,
        ...(operation ? { operationId: operation as string } : {}),
        ...(retryAfter === undefined ? {} : { retryAfter: retryAfter as number }),
      });
      return {
        status: 200,
        body: {
          planned: account.failures.map(({ status: s, remaining, operationId, retryAfter: wait }) => ({
            status: s,
            count: remaining,
            operation: operationId ?? null,
            ...(wait === undefined ? {} : { retry_after: wait }),
          })),
        },
      };
    },
    clock: (caller) => advanceClock(caller, caller.body, onClock),
  };
}

export function createControlRoutes(
  definition: ApiDefinition,
  contract: Contract,
  state: SandboxState,
  sandbox: Pick<VendorSandbox, 'controls' | 'onClock' | 'onReset'> = {},
): ControlRoutes {
  const controls = new Map(Object.entries({ ...commonControls(definition, contract, state, sandbox), ...sandbox.controls }));
  return (call) => {
    // Every request passes here: most are the API's, told apart without parsing their URL.
    if (!call.url.includes(PREFIX)) return undefined;
    const { path } = splitUrl(call.url);
    if (!path.startsWith(PREFIX)) return undefined;
    const handler = controls.get(path.slice(PREFIX.length));
    if (!handler)
      return Promise.resolve(
        controlError(404, `the sandbox has no route ${path}; it has ${[...controls.keys()].map((name) => PREFIX + name).join(', ')}`),
      );
    if (call.method !== 'POST') return Promise.resolve(controlError(400, `${PREFIX}… routes take POST`));
    if (definition.auth.check(call.headers))
      return Promise.resolve(controlError(401, `${path} takes the same credentials as the ${definition.title} API`));
    let body: unknown;
    if (call.bytes.length > 0) {
      const text = decodeUtf8(call.bytes);
      const parsed = text === undefined ? undefined : parseUntrustedJson(text);
      if (!parsed?.ok) return Promise.resolve(controlError(400, 'the body must be a JSON object'));
      body = parsed.value;
    }
    const headers = flatHeaders(call.headers);
    const accountId = definition.auth.account(headers);
    const reply = handler({ accountId, account: state.account(definition.name, accountId), headers, body });
    if (reply.status < 400) state.changed();
    return Promise.resolve(reply);
  };
}
