// @ts-check

/**
 * How each API's client is created and authenticated, for the docs' code samples.
 * @typedef {object} ApiProfile
 * @property {string} importPath Package subpath users import the client from.
 * @property {string} factory
 * @property {string} factoryOptions
 * @property {string} variable
 * @property {string[]} curlAuth curl arguments that authenticate, reading secrets from environment variables.
 * @property {string[]} clientHeaders Header parameters the client sends itself; the TypeScript samples leave them out.
 */

/** @type {Record<string, ApiProfile>} */
const apiProfiles = {
  gateway: {
    importPath: 'cloudlesspay-contracts/gateway',
    factory: 'createGatewayClient',
    factoryOptions: '{ apiKey: process.env.CLOUDLESSPAY_API_KEY! }',
    variable: 'gateway',
    curlAuth: ['--header "x-api-key: $CLOUDLESSPAY_API_KEY"'],
    clientHeaders: ['x-api-key'],
  },
  razorpay: {
    importPath: 'cloudlesspay-contracts/razorpay',
    factory: 'createRazorpayClient',
    factoryOptions: '{ keyId: process.env.RAZORPAY_KEY_ID!, keySecret: process.env.RAZORPAY_KEY_SECRET! }',
    variable: 'razorpay',
    curlAuth: ['--user "$RAZORPAY_KEY_ID:$RAZORPAY_KEY_SECRET"'],
    clientHeaders: [],
  },
  juspay: {
    importPath: 'cloudlesspay-contracts/juspay',
    factory: 'createJuspayClient',
    factoryOptions: '{ apiKey: process.env.JUSPAY_API_KEY!, merchantId: process.env.JUSPAY_MERCHANT_ID! }',
    variable: 'juspay',
    curlAuth: ['--user "$JUSPAY_API_KEY:"'],
    clientHeaders: ['x-merchantid', 'version'],
  },
};

/**
 * @param {string} apiName
 * @returns {ApiProfile}
 */
export function apiProfile(apiName) {
  const profile = apiProfiles[apiName];
  if (!profile) throw new Error(`unknown API "${apiName}" (known: ${Object.keys(apiProfiles).join(', ')})`);
  return profile;
}
