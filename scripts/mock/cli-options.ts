/**
 * The options `npm run mock` and `npm start` share: `--examples` (the documented examples instead of the sandbox),
 * `--seed <file>` and `--state <file>` (MOCK_SEED, MOCK_STATE), `--record <file>`, the webhook targets of the APIs
 * that send webhooks (`--razorpay-webhook-url`/`--razorpay-webhook-secret`, MOCK_RAZORPAY_WEBHOOK_URL/_SECRET) and
 * their retries (`--webhook-attempts`, `--webhook-first-retry-ms`), the ports and host from the environment.
 */
import { parseArgs } from 'node:util';
import { API_DEFINITIONS, type ApiDefinition, type ApiName } from '../apis/index.mjs';
import type { WebhookOptions } from '../sandbox/webhook-sender.ts';
import { mockHostFromEnv, mockPortsFromEnv, wholeSetting } from './ports.ts';
import type { MockOptions } from './server.ts';

const WEBHOOK_SENDERS = (API_DEFINITIONS as readonly ApiDefinition[])
  .filter((definition) => definition.webhooks)
  .map((definition) => definition.name as ApiName);

export const MOCK_USAGE = [
  '[--examples] [--seed <state.json>] [--state <state.json>] [--record <traffic.ndjson>]',
  ...WEBHOOK_SENDERS.map((name) => `[--${name}-webhook-url <url>] [--${name}-webhook-secret <secret>]`),
  '[--webhook-attempts <n>] [--webhook-first-retry-ms <ms>]',
].join(' ');

const text = { type: 'string' } as const;

function webhookUrl(value: string, what: string): string {
  const protocol = URL.canParse(value) ? new URL(value).protocol : undefined;
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`${what}=${value} is not an http(s) URL`);
  return value;
}

/** Whether the arguments ask for the usage (`--help`, `-h`): answered before any option is read. */
export const wantsHelp = (args: string[]): boolean => args.includes('--help') || args.includes('-h');

/** A setting from its flag, else from its environment variable, and the name it came by, for the errors about it. */
function setting(flagValue: string | undefined, flag: string, env: NodeJS.ProcessEnv, variable: string): { value?: string; name: string } {
  if (flagValue !== undefined) return { value: flagValue, name: `--${flag}` };
  const value = env[variable];
  return value === undefined ? { name: variable } : { value, name: variable };
}

export function mockOptionsFrom(args: string[], env: NodeJS.ProcessEnv = process.env): MockOptions {
  const { values } = parseArgs({
    args,
    options: {
      examples: { type: 'boolean' },
      seed: text,
      state: text,
      record: text,
      'webhook-attempts': text,
      'webhook-first-retry-ms': text,
      ...Object.fromEntries(
        WEBHOOK_SENDERS.flatMap((name) => [`${name}-webhook-url`, `${name}-webhook-secret`].map((flag) => [flag, text])),
      ),
    },
  });
  const flag = (name: string) => (values as Record<string, string | undefined>)[name];
  const seed = values.seed ?? env.MOCK_SEED;
  const stateFile = values.state ?? env.MOCK_STATE;
  const attempts = setting(flag('webhook-attempts'), 'webhook-attempts', env, 'MOCK_WEBHOOK_ATTEMPTS');
  const maxAttempts = wholeSetting(attempts.value, attempts.name, 1, 100);
  const firstRetry = setting(flag('webhook-first-retry-ms'), 'webhook-first-retry-ms', env, 'MOCK_WEBHOOK_FIRST_RETRY_MS');
  const firstRetryMs = wholeSetting(firstRetry.value, firstRetry.name, 0, 3_600_000);
  const webhooks: Partial<Record<ApiName, WebhookOptions>> = {};
  for (const name of WEBHOOK_SENDERS) {
    const variable = `MOCK_${name.toUpperCase()}_WEBHOOK`;
    const { value: url, name: urlName } = setting(flag(`${name}-webhook-url`), `${name}-webhook-url`, env, `${variable}_URL`);
    const secret = flag(`${name}-webhook-secret`) ?? env[`${variable}_SECRET`];
    if (!url) {
      if (secret) throw new Error(`a ${name} webhook secret without a URL: give --${name}-webhook-url or ${variable}_URL too`);
      continue;
    }
    webhooks[name] = {
      url: webhookUrl(url, urlName),
      ...(secret ? { secret } : {}),
      ...(maxAttempts === undefined ? {} : { maxAttempts }),
      ...(firstRetryMs === undefined ? {} : { firstRetryMs }),
    };
  }
  if (values.examples && (seed || stateFile)) throw new Error('--seed and --state belong to the sandbox, not to --examples');
  if (values.examples && Object.keys(webhooks).length > 0) throw new Error('webhooks come from the sandbox, not from --examples');
  return {
    ports: mockPortsFromEnv(env),
    host: mockHostFromEnv(env),
    mode: values.examples ? 'examples' : 'sandbox',
    ...(seed ? { seed } : {}),
    ...(stateFile ? { stateFile } : {}),
    ...(values.record ? { record: values.record } : {}),
    ...(Object.keys(webhooks).length > 0 ? { webhooks } : {}),
  };
}
