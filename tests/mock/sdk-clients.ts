/**
 * The official SDKs aimed at a local mock, sandbox or recorder, changing only where they connect. The one place the
 * tests reach into the SDKs (CONTRIBUTING.md): neither has a public option for another host, so an SDK upgrade
 * that moves these handles fails here, not across the suites.
 */
import http from 'node:http';
import { Juspay } from 'expresscheckout-nodejs';
import Razorpay from 'razorpay';

// The Juspay SDK logs every call to logs/juspay-sdk.log in the working directory by default.
Juspay.customLogger = () => Juspay.silentLogger;

/** A `razorpay` client for the mock at `baseUrl` (`…/v1`): the SDK appends `/v1` itself, so it gets the origin. */
export function razorpayClient(baseUrl: string, options: { key_id: string; key_secret?: string }): Razorpay {
  const razorpay = new Razorpay(options);
  (razorpay.api as unknown as { rq: { defaults: { baseURL: string } } }).rq.defaults.baseURL = new URL(baseUrl).origin;
  return razorpay;
}

/**
 * SDK 1.0.0's transport reaches only `https://<host>` on port 443: it picks plain HTTP with
 * `url.protocol === 'http'` (the protocol is `http:`, so it always speaks TLS) and passes `url.host` (host *and*
 * port) as the host name to resolve, then writes the request on the socket's `secureConnect`. This agent gives
 * its https.request a plain TCP socket to the mock's host and port that also announces `secureConnect` once
 * connected; the headers, bodies and paths stay exactly what the SDK builds.
 */
class PlainSocketAgent extends http.Agent {
  override createConnection(options: any, callback: any) {
    const socket = super.createConnection({ ...options, host: String(options.host).replace(/:\d+$/, '') }, callback);
    socket?.once('connect', () => socket.emit('secureConnect'));
    return socket;
  }
}

function plainHttp<T extends object>(resource: T): T {
  const agent = Object.assign(new PlainSocketAgent({ keepAlive: false }), { protocol: 'https:' });
  const target = resource as unknown as { makeServiceCall(args: Record<string, any>): Promise<unknown> };
  const original = target.makeServiceCall.bind(target);
  target.makeServiceCall = (args) => original({ ...args, opts: { authPriority: 'default', ...args.opts, agent } });
  return resource;
}

/** An `expresscheckout-nodejs` client for the mock at `baseUrl`, its customer calls over plain HTTP. */
export function juspayClient(baseUrl: string, apiKey: string, merchantId: string): Juspay {
  const juspay = new Juspay({ apiKey, merchantId, baseUrl });
  plainHttp(juspay.customer);
  return juspay;
}

/** The SDK adds its own `http` member to every success body; the rest is the wire body. */
export function juspayWireBody(response: unknown): Record<string, unknown> {
  const { http: _metadata, ...body } = response as Record<string, unknown>;
  return body;
}
