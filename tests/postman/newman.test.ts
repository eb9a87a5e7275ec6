/**
 * Each API's Postman collection, run by newman with its sandbox environment against a fresh sandbox (free ports,
 * given to the run as `baseUrl` and `sandboxUrl`): every request runs, has at least one test, and no test fails;
 * the traffic the run sent conforms to the contracts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import newman, { type Summary } from 'newman';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../../scripts/apis/index.mjs';
import { startRecordedSandbox, type RecordedSandbox } from '../sandbox/helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(`${root}generated/postman/${file}`, 'utf8'));

/** The requests of a collection, depth first, as newman runs them. */
function requestNames(items: Array<{ name: string; item?: unknown[] }>): string[] {
  return items.flatMap((item) => (item.item ? requestNames(item.item as typeof items) : [item.name]));
}

function runCollection(collection: unknown, environment: unknown, envVar: Array<{ key: string; value: string }>): Promise<Summary> {
  return new Promise((resolve, reject) =>
    newman.run({ collection, environment, envVar, reporters: [], timeoutRequest: 10_000 }, (error, summary) =>
      error ? reject(error) : resolve(summary),
    ),
  );
}

let sandbox: RecordedSandbox;
beforeAll(async () => {
  sandbox = await startRecordedSandbox();
});
afterAll(async () => {
  await sandbox.closeAndCheckTraffic();
});

describe('Postman collections against a fresh sandbox (newman)', () => {
  for (const api of API_NAMES) {
    it(`${api}.postman_collection.json runs with ${api}.sandbox.postman_environment.json: every request tested, no failure`, async () => {
      const collection = readJson(`${api}.postman_collection.json`);
      const environment = readJson(`${api}.sandbox.postman_environment.json`);
      const baseUrl = sandbox.urls[api];
      const summary = await runCollection(collection, environment, [
        { key: 'baseUrl', value: baseUrl },
        { key: 'sandboxUrl', value: new URL(baseUrl).origin },
      ]);
      const failures = summary.run.failures.map(
        (failure) => `${failure.source?.name}: ${failure.error.test ?? ''} ${failure.error.message}`,
      );
      expect(failures).toEqual([]);
      const executions = summary.run.executions;
      expect(executions.map((execution) => execution.item.name)).toEqual(requestNames(collection.item));
      for (const execution of executions) {
        expect(execution.requestError, execution.item.name).toBeUndefined();
        expect(execution.assertions?.length ?? 0, `${execution.item.name} has a test`).toBeGreaterThan(0);
      }
      expect(summary.run.stats.assertions.failed).toBe(0);
    }, 60_000);
  }

  it('the production environment skips the sandbox-only requests (no sandboxUrl) and leaves the credentials empty', async () => {
    const collection = readJson('gateway.postman_collection.json');
    const environment = readJson('gateway.production.postman_environment.json');
    expect(
      environment.values.filter((value: { type: string }) => value.type === 'secret').map((value: { value: string }) => value.value),
    ).toEqual(['']);
    const summary = await runCollection(collection, environment, [
      { key: 'baseUrl', value: sandbox.urls.gateway },
      { key: 'apiKey', value: 'sandbox_razorpay_postmanprod' },
    ]);
    expect(summary.run.failures).toEqual([]);
    const ran = summary.run.executions.map((execution) => execution.item.name);
    expect(ran).toEqual(requestNames(collection.item).filter((name) => !name.endsWith('(sandbox only)')));
    expect(ran.length).toBeGreaterThan(0);
  }, 60_000);
});
