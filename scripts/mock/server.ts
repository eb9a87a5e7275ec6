/**
 * Starts the three mocks in one process: `startMocks()` → vendor-layout base URLs and `close()`.
 * Each API gets its own port and node:http server; Prism (as a library) renders the documented responses.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APIS, Contract, type Api } from '../lib/contract.ts';
import { createApiHandler } from './api-handler.ts';
import { PrismEngine } from './prism-engine.ts';

export interface MockOptions {
  /** Port per API; 0 picks a free port. Defaults: gateway 4010, razorpay 4011, juspay 4012. */
  ports?: Partial<Record<Api, number>>;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Directory holding `<api>/openapi.json` (absolute, or relative to the repository root); default `generated`. */
  specDir?: string;
}

export interface RunningMocks {
  /** Vendor-layout base URLs: `http://127.0.0.1:4011/v1`, `http://127.0.0.1:4010/api`, `http://127.0.0.1:4012`. */
  urls: Record<Api, string>;
  close(): Promise<void>;
}

export const DEFAULT_PORTS: Record<Api, number> = { gateway: 4010, razorpay: 4011, juspay: 4012 };

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function loadSpec(api: Api, specDir: string): Promise<Record<string, any>> {
  const file = resolve(repoRoot, specDir, api, 'openapi.json');
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the bundled ${api} spec at ${file} (run: npm run build): ${(error as Error).message}`);
  }
}

function listen(server: Server, port: number, host: string, api: Api): Promise<number> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) => {
      fail(new Error(`${api} mock cannot listen on ${host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}`));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      done((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    if (!server.listening) return done();
    server.close(() => done());
    // Keep-alive clients would otherwise hold close() open until they time out.
    server.closeAllConnections();
  });
}

export async function startMocks(options: MockOptions = {}): Promise<RunningMocks> {
  const host = options.host ?? '127.0.0.1';
  const specDir = options.specDir ?? 'generated';
  const prepared = await Promise.all(APIS.map(async (api) => {
    const spec = await loadSpec(api, specDir);
    const contract = new Contract(spec, api);
    const handler = createApiHandler(api, contract, PrismEngine.fromSpec(spec));
    const server = createServer({ keepAlive: true }, handler);
    return { api, contract, server };
  }));
  const servers = prepared.map(({ server }) => server);
  const close = async () => { await Promise.all(servers.map(closeServer)); };
  try {
    const urls = {} as Record<Api, string>;
    await Promise.all(prepared.map(async ({ api, contract, server }) => {
      const port = await listen(server, options.ports?.[api] ?? DEFAULT_PORTS[api], host, api);
      const hostPart = host.includes(':') ? `[${host}]` : host;
      urls[api] = `http://${hostPart}:${port}${contract.basePath}`;
    }));
    return { urls, close };
  } catch (error) {
    await close();
    throw error;
  }
}
