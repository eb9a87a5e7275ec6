import { loadConfig, type Config } from '@redocly/openapi-core';
import path from 'node:path';
import { BuildError } from './build-error.ts';

export interface ApiEntry {
  /** `gateway`, `razorpay` or `juspay`: the alias without its `@version`. */
  name: string;
  alias: string;
  /** Absolute path of the root document. */
  root: string;
}

export interface LoadedConfig {
  config: Config;
  apis: ApiEntry[];
  /** Directory of redocly.yaml; error messages give paths relative to it. */
  rootDir: string;
}

export async function loadApis(configPath: string): Promise<LoadedConfig> {
  const absoluteConfigPath = path.resolve(configPath);
  const rootDir = path.dirname(absoluteConfigPath);
  const config = await loadConfig({ configPath: absoluteConfigPath });
  const apis = Object.entries(config.resolvedConfig.apis ?? {})
    .map(([alias, api]) => ({
      name: alias.split('@')[0]!,
      alias,
      root: path.resolve(rootDir, api.root),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (apis.length === 0) throw new BuildError(`${configPath}: no \`apis\` declared; nothing to build`);
  return { config, apis, rootDir };
}
