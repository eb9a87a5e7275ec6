/**
 * A recorded path whose query carries another API's URL: telling the API and reporting the route read the same
 * path from it (the path, not the `://` inside the query), so the report names the route that was sent.
 */
import { describe, expect, it } from 'vitest';
import { runConformance, type ReportedViolation } from '../../scripts/conformance/run.ts';
import { loadApiInference } from '../../scripts/conformance/infer-api.ts';
import { tempFile } from './helpers.ts';

const URL_WITH_URL_IN_QUERY = '/v1/no-such-route?next=https://api.juspay.in/customers';

describe('a recorded path with a URL in its query', () => {
  it('is told apart by its own path, not by the URL in its query', () => {
    expect(loadApiInference()(URL_WITH_URL_IN_QUERY)).toBe('razorpay');
  });

  it('is reported with the path it was sent to, in the API it was told to belong to', async () => {
    const line = JSON.stringify({ method: 'GET', url: URL_WITH_URL_IN_QUERY, status: 404, headers: {}, body: {} });
    const violations: ReportedViolation[] = [];
    await runConformance(tempFile('url-in-query.ndjson', `${line}\n`), { onViolation: (v) => violations.push(v) });
    expect(violations.map((v) => `${v.check}: ${v.message}`)).toEqual([
      'route_documented: GET /v1/no-such-route is not documented in the razorpay spec',
    ]);
  });
});
