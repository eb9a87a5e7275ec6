/**
 * What a workflow file gets from a running sandbox: a server for each source description it may name
 * (`--server <name>=<url>`) and the sandbox's credentials as inputs (`--input <name>=<value>`). The names are the
 * convention every workflows/*.arazzo.yaml follows (README, "Workflows").
 */
import { apiDefinition, API_NAMES, type ApiName } from '../apis/index.mjs';

/** The source descriptions the sandbox serves: one per API, and its control routes on the Razorpay port. */
export const SOURCE_NAMES: readonly string[] = [...API_NAMES, 'sandboxControls'];

export function sandboxServers(urls: Record<ApiName, string>): Record<string, string> {
  return { ...urls, sandboxControls: new URL(urls.razorpay).origin };
}

/**
 * The inputs every workflow may declare. Each API and each gateway binding has an account of its own, so that
 * the files never see each other's customers.
 */
export function sandboxInputs(): Record<string, string> {
  const razorpay = apiDefinition('razorpay').auth.sampleCredentials;
  const juspay = apiDefinition('juspay').auth;
  return {
    razorpayKeyId: razorpay.keyId!,
    razorpayKeySecret: razorpay.keySecret!,
    // Respect's Basic scheme refuses an empty password, so the header travels whole (workflows/juspay.arazzo.yaml).
    juspayAuthorization: juspay.headers(juspay.sampleCredentials).authorization!,
    juspayMerchantId: juspay.sampleCredentials.merchantId!,
    // The sandbox binds a gateway key to a vendor account by its form (README, "Sandbox").
    gatewayRazorpayKey: 'sandbox_razorpay_workflows',
    gatewayJuspayKey: 'sandbox_juspay_workflows',
  };
}
