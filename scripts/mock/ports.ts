/** Ports and host of `npm run mock` / `npm start`, overridable by environment variables (MOCK_<API>_PORT, MOCK_HOST). */
import { API_DEFINITIONS, portVariable, type ApiName } from '../apis/index.mjs';

export function portFromEnv(variable: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${variable}=${raw} is not a port number (0-65535)`);
  }
  return port;
}

export function mockPortsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<ApiName, number> {
  return Object.fromEntries(
    API_DEFINITIONS.map((definition) => [definition.name, portFromEnv(portVariable(definition), definition.defaultPort, env)]),
  ) as Record<ApiName, number>;
}

export function mockHostFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.MOCK_HOST || '127.0.0.1';
}
