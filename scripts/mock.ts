/**
 * `npm run mock [-- <options>]` (cli-options.ts): the gateway, Razorpay and Juspay sandboxes (or,
 * with `--examples`, the documented examples) on 127.0.0.1:4010/4011/4012 (MOCK_GATEWAY_PORT, MOCK_RAZORPAY_PORT,
 * MOCK_JUSPAY_PORT, MOCK_HOST override), until Ctrl-C / SIGTERM.
 */
import { API_NAMES } from './apis/index.mjs';
import { MOCK_USAGE, mockOptionsFrom, wantsHelp } from './mock/cli-options.ts';
import { startMocks } from './mock/server.ts';
import { stopOnSignals } from './mock/shutdown.ts';

if (wantsHelp(process.argv.slice(2))) {
  console.log(`usage: npm run mock -- ${MOCK_USAGE}`);
  process.exit(0);
}

try {
  const options = mockOptionsFrom(process.argv.slice(2));
  const mocks = await startMocks(options);
  stopOnSignals(mocks.close);
  console.log(options.mode === 'examples' ? 'The documented examples (Prism):' : 'The sandbox (stateful; see the README):');
  for (const api of API_NAMES) console.log(`${api.padEnd(8)} mock ready at ${mocks.urls[api]}`);
  for (const [api, { url }] of Object.entries(options.webhooks ?? {})) console.log(`${api.padEnd(8)} webhooks go to ${url}`);
} catch (error) {
  console.error(`mock: ${(error as Error).message}\nusage: npm run mock -- ${MOCK_USAGE}`);
  process.exit(1);
}
