/**
 * Starts the mocks of the registry's APIs in one process: `startMocks()` → their vendor-layout base URLs and
 * `close()`. Each API gets its own port and node:http server (http-front.ts) in front of a responder.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_DEFINITIONS, type ApiName } from '../apis/index.mjs';
import { Contract } from '../lib/contract.ts';
import { loadBundledSpec } from '../lib/spec.ts';
import { ExamplesResponder } from './examples-responder.ts';
import { createHttpFront, type Responder } from './http-front.ts';
import { vendorReplies } from './vendor-replies.ts';

export interface MockOptions {
  /** Port per API; 0 picks a free port. Defaults: each API's `defaultPort` (gateway 4010, razorpay 4011, juspay 4012). */
  ports?: Partial<Record<ApiName, number>>;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Directory holding `<api>/openapi.json` (absolute, or relative to the repository root); default `generated`. */
  specDir?: string;
}

export interface RunningMocks {
  /** Vendor-layout base URLs: `http://127.0.0.1:4011/v1`, `http://127.0.0.1:4010/api`, `http://127.0.0.1:4012`. */
  urls: Record<ApiName, string>;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string, name: string): Promise<number> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) => {
      fail(
        new Error(`${name} mock cannot listen on ${host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}`),
      );
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

/** The documented examples, through Prism, as a responder of the HTTP front. */
function examplesResponder(spec: Record<string, unknown>): Responder & { warmUp(): Promise<void> } {
  const examples = new ExamplesResponder(spec);
  return {
    warmUp: () => examples.warmUp(),
    respond: ({ operationId, path, query, headers }) => examples.respond(operationId, path, query, headers),
  };
}

export async function startMocks(options: MockOptions = {}): Promise<RunningMocks> {
  const host = options.host ?? '127.0.0.1';
  const specDir = options.specDir ?? 'generated';
  const prepared = API_DEFINITIONS.map((definition) => {
    const spec = loadBundledSpec(definition.name, specDir);
    const contract = new Contract(spec, definition.name);
    const responder = examplesResponder(spec);
    const server = createServer({ keepAlive: true }, createHttpFront(definition, contract, vendorReplies(definition, contract), responder));
    return { definition, contract, responder, server };
  });
  const servers = prepared.map(({ server }) => server);
  const close = async () => {
    await Promise.all(servers.map(closeServer));
  };
  try {
    const urls = {} as Record<ApiName, string>;
    await Promise.all(
      prepared.map(async ({ definition, contract, responder, server }) => {
        const [port] = await Promise.all([
          listen(server, options.ports?.[definition.name] ?? definition.defaultPort, host, definition.name),
          responder.warmUp(),
        ]);
        const hostPart = host.includes(':') ? `[${host}]` : host;
        urls[definition.name] = `http://${hostPart}:${port}${contract.basePath}`;
      }),
    );
    return { urls, close };
  } catch (error) {
    await close();
    throw error;
  }
}
