/**
 * Ports and host of `npm run mock` / `npm start`, overridable by environment variables (MOCK_<API>_PORT, MOCK_HOST),
 * and the reading of whole-number settings they and the other options share.
 */
import { API_DEFINITIONS, portVariable, type ApiName } from '../apis/index.mjs';

/**
 * A whole-number setting given as text (an environment variable or a flag, named `name` in the error), from `min`
 * to `max`; undefined when it is not given.
 */
export function wholeSetting(
  raw: string | undefined,
  name: string,
  min: number,
  max: number,
  what = `a whole number from ${min} to ${max}`,
): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const number = Number(raw);
  if (!Number.isInteger(number) || number < min || number > max) throw new Error(`${name}=${raw} is not ${what}`);
  return number;
}

export function portFromEnv(variable: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  return wholeSetting(env[variable], variable, 0, 65535, 'a port number (0-65535)') ?? fallback;
}

export function mockPortsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<ApiName, number> {
  return Object.fromEntries(
    API_DEFINITIONS.map((definition) => [definition.name, portFromEnv(portVariable(definition), definition.defaultPort, env)]),
  ) as Record<ApiName, number>;
}

export function mockHostFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.MOCK_HOST || '127.0.0.1';
}
