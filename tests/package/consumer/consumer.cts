/**
 * A CommonJS consumer of the packed tarball (pack.test.ts compiles it to `out/consumer.cjs`, whose import is a
 * `require()` of the ESM package: Node's require(esm)). It calls the SDK against the gateway URL it is given and
 * prints what it saw as one JSON line.
 */
import { CloudlessPayment, CloudlessPaymentError } from 'cloudlesspay-contracts/gateway';

async function main(gatewayUrl: string): Promise<void> {
  const cloudlesspay = new CloudlessPayment({ key: 'key_test_gateway', baseUrl: gatewayUrl, retry: { retries: 0 } });
  const response = await cloudlesspay.customer.create({ name: 'Gaurav Kumar' });
  const refusal = await cloudlesspay.customer.updateById('cust_JbRkXMROZUMCVq', { name: 'Gaurav Kumar' }).then(
    () => undefined,
    (error: unknown) => error,
  );
  console.log(
    JSON.stringify({
      customerId: response.data.result.data.id,
      errorIsCloudlessPaymentError: refusal instanceof CloudlessPaymentError,
      errorCode: refusal instanceof CloudlessPaymentError ? refusal.code : undefined,
    }),
  );
}

const [gatewayUrl] = process.argv.slice(2);
if (!gatewayUrl) throw new Error('usage: node consumer.cjs <gateway base URL>');
main(gatewayUrl).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
