/** Ports and host of `npm run mock` / `npm start`, overridable by environment variables. */
import type { Api } from '../lib/contract.ts';
import { DEFAULT_PORTS } from './server.ts';

export const PORT_VARIABLES: Record<Api, string> = {
  gateway: 'MOCK_GATEWAY_PORT',
  razorpay: 'MOCK_RAZORPAY_PORT',
  juspay: 'MOCK_JUSPAY_PORT',
};

export function portFromEnv(variable: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${variable}=${raw} is not a port number (0-65535)`);
  }
  return port;
}

export function mockPortsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<Api, number> {
  return {
    gateway: portFromEnv(PORT_VARIABLES.gateway, DEFAULT_PORTS.gateway, env),
    razorpay: portFromEnv(PORT_VARIABLES.razorpay, DEFAULT_PORTS.razorpay, env),
    juspay: portFromEnv(PORT_VARIABLES.juspay, DEFAULT_PORTS.juspay, env),
  };
}

export function mockHostFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.MOCK_HOST || '127.0.0.1';
}
