/**
 * The options `npm run mock` and `npm start` share: `--examples` (the documented examples instead of the sandbox),
 * `--seed <file>` and `--state <file>` (MOCK_SEED, MOCK_STATE), the ports and host from the environment.
 */
import { parseArgs } from 'node:util';
import { mockHostFromEnv, mockPortsFromEnv } from './ports.ts';
import type { MockOptions } from './server.ts';

export const MOCK_USAGE = '[--examples] [--seed <state.json>] [--state <state.json>] [--record <traffic.ndjson>]';

export function mockOptionsFrom(args: string[], env: NodeJS.ProcessEnv = process.env): MockOptions {
  const { values } = parseArgs({
    args,
    options: { examples: { type: 'boolean' }, seed: { type: 'string' }, state: { type: 'string' }, record: { type: 'string' } },
  });
  const seed = values.seed ?? env.MOCK_SEED;
  const stateFile = values.state ?? env.MOCK_STATE;
  if (values.examples && (seed || stateFile)) throw new Error('--seed and --state belong to the sandbox, not to --examples');
  return {
    ports: mockPortsFromEnv(env),
    host: mockHostFromEnv(env),
    mode: values.examples ? 'examples' : 'sandbox',
    ...(seed ? { seed } : {}),
    ...(stateFile ? { stateFile } : {}),
    ...(values.record ? { record: values.record } : {}),
  };
}
