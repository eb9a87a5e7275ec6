/**
 * What the privacy scan accepts: example domains, the phone numbers the vendors themselves use as samples,
 * and credentials that are plainly fake. Extend a list only with a value a vendor source uses as a sample,
 * and name the source next to it.
 */

/** RFC 2606 example domains (and their subdomains). */
export const ALLOWED_EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];

/** Documented sample phone numbers, without country code; `+91`/`91` in front of one is also accepted. */
export const SAMPLE_PHONE_NUMBERS: Record<string, string> = {
  '9876543210': 'Razorpay docs: "+919876543210", the contact example of seeds 001/002 and razorpay.md',
  '9123456780': 'Razorpay docs: seed 002 (Fetch Customer With ID)',
  '9000090000': 'Razorpay SDK docs: razorpay-node documents/token.md (Create a token)',
  '909090909090': 'CloudlessPayment docs: seed 000 (Create a Customer)',
  '9988776655': 'Juspay docs: juspay-sdk-integration-demo create-customer response.json',
  '9000000000': 'Razorpay SDK docs: razorpay-node documents/customer.md (Edit customer)',
  '9988776644': 'Juspay docs: juspay-sdk-integration-demo update-customer request.sh',
  '9999999999': 'Juspay docs: juspay-sdk-integration-demo get-customer response-auth_token.json',
  '1234567890': 'Razorpay docs: the created_at example of seed 001, a placeholder of the same shape',
  '9876543567': 'Razorpay SDK mock: razorpay-python tests/mocks/init_create_recurring.json',
  '9876543211': 'Razorpay SDK mock: razorpay-ruby test/fixtures/customer_collection.json',
  '9123456789': "Razorpay docs: seed 003 (the recurring-card flow's registration-link customer)",
  '1234567899': 'Razorpay server test data CustomerTestData::testCreateCustomer (docs/sources/razorpay.md §5)',
  '9100000000':
    'Razorpay docs: the Magic Checkout order samples (docs/sources/fixtures/razorpay/docs_magic_checkout__fetch_order_cod.json)',
  '9000000001': 'synthetic contact of docs/sources/fixtures/razorpay/node__documents_customer__eligibility_check_api.json (MANIFEST)',
};

/**
 * Credentials that are clearly not real: Razorpay-shaped keys made of one repeated character, and the
 * placeholder key/secret pairs the vendors' docs print.
 */
export function isFakeRazorpayKey(key: string): boolean {
  const body = key.replace(/^rzp_(test|live)_/, '');
  return /^(.)\1*$/.test(body);
}

/** Decoded `Authorization: Basic` credentials that are placeholders, not secrets. */
export function isFakeBasicCredential(decoded: string): boolean {
  const [user = '', password = ''] = decoded.split(':');
  return [user, password].every(
    (part) => part === '' || isFakeRazorpayKey(part) || /^(your|test|fake|dummy|example|placeholder|merchant)[_-]?/i.test(part),
  );
}

/** Secret-shaped values that are the vendors' published samples, with where each is published. */
export const SAMPLE_SECRET_VALUES: Record<string, string> = {
  tkn_24543c6a278f45d680d09edb32e78061: 'Juspay docs: juspay-sdk-integration-demo create-customer response-auth_token.json',
  tkn_8649cd66d30c47728b8dd2fb6279a4cc: 'Juspay docs: juspay-sdk-integration-demo get-customer response-auth_token.json',
};
