// The parts of autocannon's programmatic API the mock benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Sent in turn by every connection, starting over after the last. */
    requests?: Request[];
    /** Requests per second over all connections; latencies are then corrected for coordinated omission. */
    overallRate?: number;
  }
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Makes the request to send from this one (autocannon calls it before every send). */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    /** Told of the answer (its body as text); `context` is the connection's, shared with setupRequest. */
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
  }
  interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    statusCodeStats: Record<string, { count: number }>;
  }
  export type { Request, Result };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
