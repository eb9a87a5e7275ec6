/**
 * The Razorpay operations the contract tests hold to their limits and to the vendor's recorded bodies, by part of
 * the API: one list each, shared by the limit tests and the fixture tests.
 */
export const CUSTOMER_OPERATIONS = [
  'createCustomer',
  'fetchAllCustomers',
  'fetchCustomer',
  'editCustomer',
  'addCustomerBankAccount',
  'deleteCustomerBankAccount',
  'fetchCustomerTokens',
  'fetchCustomerToken',
  'deleteCustomerToken',
  'requestEligibilityCheck',
  'fetchEligibility',
] as const;
export type CustomerOperation = (typeof CUSTOMER_OPERATIONS)[number];

export const RECURRING_OPERATIONS = [
  'createOrder',
  'fetchOrder',
  'createRegistrationLink',
  'notifyInvoice',
  'fetchInvoice',
  'cancelInvoice',
  'fetchPayment',
  'createRecurringPayment',
  'fetchCard',
  'requestCardReference',
] as const;
export type RecurringOperation = (typeof RECURRING_OPERATIONS)[number];
