/**
 * `npm run mock`: the gateway, Razorpay and Juspay mocks on 127.0.0.1:4010/4011/4012
 * (MOCK_GATEWAY_PORT, MOCK_RAZORPAY_PORT, MOCK_JUSPAY_PORT, MOCK_HOST override), until Ctrl-C / SIGTERM.
 */
import { API_NAMES } from './apis/index.mjs';
import { mockHostFromEnv, mockPortsFromEnv } from './mock/ports.ts';
import { startMocks } from './mock/server.ts';
import { stopOnSignals } from './mock/shutdown.ts';

try {
  const mocks = await startMocks({ ports: mockPortsFromEnv(), host: mockHostFromEnv() });
  stopOnSignals(mocks.close);
  for (const api of API_NAMES) console.log(`${api.padEnd(8)} mock ready at ${mocks.urls[api]}`);
} catch (error) {
  console.error(`mock: ${(error as Error).message}`);
  process.exit(1);
}
