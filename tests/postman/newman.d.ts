// The parts of newman's programmatic API the Postman tests use (the package ships no types).
declare module 'newman' {
  export interface RunOptions {
    collection: unknown;
    environment?: unknown;
    /** Environment variables set on top of `environment`. */
    envVar?: Array<{ key: string; value: string }>;
    reporters?: string[];
    timeoutRequest?: number;
  }
  export interface Assertion {
    assertion: string;
    skipped?: boolean;
    error?: { message: string };
  }
  export interface Execution {
    item: { name: string };
    request?: { method: string; url: { toString(): string } };
    response?: { code: number; text(): string };
    assertions?: Assertion[];
    requestError?: { message: string };
  }
  export interface Summary {
    run: {
      executions: Execution[];
      failures: Array<{ error: { message: string; test?: string }; source?: { name?: string } }>;
      stats: { requests: { total: number; failed: number }; assertions: { total: number; failed: number } };
    };
  }
  function run(options: RunOptions, callback: (error: Error | null, summary: Summary) => void): void;
  export default { run };
}
