import { WorkerThread } from './worker-thread.ts';

type Json = Record<string, any>;

export interface ApiEntry {
  /** `gateway`, `razorpay` or `juspay`: the alias without its `@version`. */
  name: string;
  alias: string;
  /** Absolute path of the root document. */
  root: string;
}

export interface BundledApi extends ApiEntry {
  /** The bundled document, exactly what `redocly bundle <alias>` produces. */
  document: Json;
}

/** threads/bundle.mjs: the APIs of a redocly.yaml, linted and bundled with @redocly/openapi-core. */
export const startBundleThread = (configPath: string) =>
  new WorkerThread<{
    /** The config's `apis`, sorted by name, and the config's directory. */
    apis(): Promise<{ rootDir: string; apis: ApiEntry[] }>;
    /** The bundle and the lint problems as `file:line:col  severity  rule  message`. */
    bundle(api: ApiEntry): Promise<{ document: Json; problems: string[] }>;
    /** The YAML of a bundle made by `bundle`, as `redocly bundle` writes it. */
    yaml(alias: string): Promise<string>;
  }>('bundle.mjs', { workerData: { configPath } });

/** threads/types.mjs: openapi-typescript. */
export const startTypesThread = () => new WorkerThread<{ generate(document: Json): Promise<string> }>('types.mjs');
export type TypesThread = ReturnType<typeof startTypesThread>;

/**
 * threads/docs.mjs: Redocly CLI's build-docs, with the options of the config. With NODE_ENV=production
 * the React and styled-components inside the CLI skip their development checks while rendering the
 * same HTML; the CLI itself leaves NODE_ENV unset.
 */
export const startDocsThread = (configPath: string) =>
  new WorkerThread<{ render(alias: string, document: Json): Promise<string> }>('docs.mjs', {
    workerData: { configPath },
    env: { ...process.env, NODE_ENV: 'production' },
  });
