/** How each API's client is created and authenticated, for the docs' code samples. */
export interface ApiProfile {
  /** Package subpath users import the client from. */
  importPath: string;
  factory: string;
  factoryOptions: string;
  variable: string;
  /** curl arguments that authenticate, reading secrets from environment variables. */
  curlAuth: string[];
  /** Header parameters the client sends itself; the TypeScript samples leave them out. */
  clientHeaders: string[];
}

export const apiProfiles: Record<string, ApiProfile> = {
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

export function apiProfile(apiName: string): ApiProfile {
  const profile = apiProfiles[apiName];
  if (!profile) throw new Error(`unknown API "${apiName}" (known: ${Object.keys(apiProfiles).join(', ')})`);
  return profile;
}
