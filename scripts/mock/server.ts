/**
 * Starts the mocks of the registry's APIs in one process: `startMocks()` → their vendor-layout base URLs and
 * `close()`. Each API gets its own port and node:http server (http-front.ts) in front of its pipeline
 * (pipeline.ts), whose responder is the sandbox (scripts/sandbox/, the default) or the documented examples
 * (`mode: 'examples'`, Prism's answers, as stock `prism mock` gives them).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_DEFINITIONS, apiDefinition, type ApiDefinition, type ApiName } from '../apis/index.mjs';
import { Contract } from '../lib/contract.ts';
import { loadBundledSpec } from '../lib/spec.ts';
import { dict } from '../lib/untrusted.ts';
import { createControlRoutes } from '../sandbox/controls.ts';
import { readStateFile, StateFile, type CollectionSchemas } from '../sandbox/persistence.ts';
import { SANDBOXES } from '../sandbox/index.ts';
import { SandboxResponder, type VendorSandbox } from '../sandbox/sandbox.ts';
import { DEFAULT_LIMITS, SandboxState, type SandboxLimits } from '../sandbox/state.ts';
import { WebhookSender, type WebhookOptions } from '../sandbox/webhook-sender.ts';
import { ExamplesResponder } from './examples-responder.ts';
import { createHttpFront, type ControlRoutes } from './http-front.ts';
import { createPipeline, type Call, type Pipeline, type Reply, type Responder } from './pipeline.ts';
import { recordTo, type Recorder } from './recorder.ts';
import { vendorReplies } from './vendor-replies.ts';

export type MockMode = 'sandbox' | 'examples';

export interface MockOptions {
  /** Port per API; 0 picks a free port. Defaults: each API's `defaultPort` (gateway 4010, razorpay 4011, juspay 4012). */
  ports?: Partial<Record<ApiName, number>>;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Directory holding `<api>/openapi.json` (absolute, or relative to the repository root); default `generated`. */
  specDir?: string;
  /** `sandbox` (default): stateful, like the vendors' test modes; `examples`: the documented examples only. */
  mode?: MockMode;
  /** A state file to load at start-up (sandbox only). */
  seed?: string;
  /** A state file to load if it exists and to keep up to date (sandbox only). */
  stateFile?: string;
  limits?: SandboxLimits;
  /** Appends every exchange to this NDJSON file, in the conformance checker's format. */
  record?: string;
  /** Where the sandbox of an API with webhooks (Razorpay) delivers the events its state changes cause. */
  webhooks?: Partial<Record<ApiName, WebhookOptions>>;
}

export interface RunningMocks {
  /** Vendor-layout base URLs: `http://127.0.0.1:4011/v1`, `http://127.0.0.1:4010/api`, `http://127.0.0.1:4012`. */
  urls: Record<ApiName, string>;
  /** The sandbox's state (undefined in examples mode). */
  state: SandboxState | undefined;
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

interface Api {
  name: ApiName;
  definition: ApiDefinition;
  contract: Contract;
  examples: ExamplesResponder;
  pipeline?: Pipeline;
  controls?: ControlRoutes;
}

/** A sender per API that has webhooks and a URL for them. */
function webhookSenders(
  webhooks: Partial<Record<ApiName, WebhookOptions>>,
  recorder: Recorder | undefined,
): Partial<Record<ApiName, WebhookSender>> {
  const senders: Partial<Record<ApiName, WebhookSender>> = {};
  for (const [name, webhookOptions] of Object.entries(webhooks) as [ApiName, WebhookOptions][]) {
    const vendor = apiDefinition(name).webhooks;
    if (!vendor) throw new Error(`the ${name} API sends no webhooks`);
    const record = recorder && ((headers: Record<string, string>, raw: string) => recorder.webhook(name, headers, raw));
    senders[name] = new WebhookSender(vendor, webhookOptions, record);
  }
  return senders;
}

/** The documented examples, through Prism, as the responder of a pipeline. */
const examplesResponder = (examples: ExamplesResponder): Responder => ({
  respond: ({ operationId, path, query, headers }) => examples.respond(operationId, path, query, headers),
});

export async function startMocks(options: MockOptions = {}): Promise<RunningMocks> {
  const host = options.host ?? '127.0.0.1';
  const specDir = options.specDir ?? 'generated';
  const mode = options.mode ?? 'sandbox';
  const apis = {} as Record<ApiName, Api>;
  for (const definition of API_DEFINITIONS) {
    const spec = loadBundledSpec(definition.name, specDir);
    apis[definition.name] = {
      name: definition.name,
      definition,
      contract: new Contract(spec, definition.name),
      examples: new ExamplesResponder(spec),
    };
  }

  let state: SandboxState | undefined;
  let stateFile: StateFile | undefined;
  const recorder = options.record ? recordTo(options.record) : undefined;
  const senders = webhookSenders(options.webhooks ?? {}, recorder);
  if (mode === 'sandbox') {
    state = new SandboxState(options.limits ?? DEFAULT_LIMITS);
    const context = {
      contracts: Object.fromEntries(Object.values(apis).map((api) => [api.name, api.contract])) as Record<ApiName, Contract>,
      state,
      pipelines: {} as Record<ApiName, Pipeline>,
      sandboxes: {} as Partial<Record<ApiName, VendorSandbox>>,
      senders,
    };
    const schemas: CollectionSchemas = dict(); // looked up by API names from state files
    for (const api of Object.values(apis)) {
      const { name, definition, contract, examples } = api;
      const sandbox = SANDBOXES[name]?.(context);
      if (sandbox) context.sandboxes[name] = sandbox;
      const responder = sandbox ? new SandboxResponder(definition, state, sandbox, examples) : examplesResponder(examples);
      api.pipeline = context.pipelines[name] = createPipeline(definition, contract, vendorReplies(definition, contract), responder);
      state.defineCollections(name, sandbox?.collections ?? {});
      schemas[name] = { contract, collections: sandbox?.collections ?? {} };
      api.controls = createControlRoutes(definition, contract, state, sandbox);
    }
    // The seed starts a state file; once the file exists it holds the seed's entities and what became of them
    // (edited, deleted, reset), so loading the seed again would bring back what the tests removed. It is still
    // read, so that a broken seed is reported whichever start it is.
    const seed = options.seed ? readStateFile(options.seed, schemas) : undefined;
    if (seed && !(options.stateFile && existsSync(options.stateFile))) state.load(seed);
    if (options.stateFile) stateFile = new StateFile(options.stateFile, state, schemas);
  } else {
    if (Object.keys(senders).length > 0) throw new Error('webhooks come from the sandbox, not from the examples mode');
    for (const api of Object.values(apis)) {
      const { definition, contract, examples } = api;
      api.pipeline = createPipeline(definition, contract, vendorReplies(definition, contract), examplesResponder(examples));
    }
  }

  const servers = Object.values(apis).map(({ name, definition, contract, pipeline, controls }) => {
    const { payloadTooLarge } = vendorReplies(definition, contract);
    const record = recorder && ((call: Call, reply: Reply) => recorder.exchange(name, call, reply));
    return {
      name,
      contract,
      server: createServer(
        { keepAlive: true },
        createHttpFront({
          name: definition.name,
          pipeline: pipeline!,
          payloadTooLarge,
          ...(controls ? { controls } : {}),
          ...(record ? { record } : {}),
        }),
      ),
    };
  });
  const close = async () => {
    await Promise.all([...servers.map(({ server }) => closeServer(server)), ...Object.values(senders).map((sender) => sender.close())]);
    stateFile?.close();
  };
  try {
    const urls = {} as Record<ApiName, string>;
    await Promise.all(
      servers.map(async ({ name, contract, server }) => {
        const { definition, examples } = apis[name];
        const [port] = await Promise.all([
          listen(server, options.ports?.[name] ?? definition.defaultPort, host, name),
          // The examples mode answers everything through Prism: load it before saying ready. The sandbox loads it
          // on the first request that asks for an example.
          mode === 'examples' ? examples.warmUp() : undefined,
        ]);
        const hostPart = host.includes(':') ? `[${host}]` : host;
        urls[name] = `http://${hostPart}:${port}${contract.basePath}`;
      }),
    );
    return { urls, state, close };
  } catch (error) {
    await close();
    throw error;
  }
}
