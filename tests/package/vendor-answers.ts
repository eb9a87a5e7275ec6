/**
 * What the pack test's local server answers, per API and operationId. The bodies follow the vendors'
 * documented samples (tests/recordings and docs/sources/fixtures) and are checked against the
 * contract before use, so the consumer is exercised with answers the real services can give.
 */
import type { ApiName } from '../../scripts/apis/index.mjs';

export interface CannedAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const razorpayCustomer = {
  id: 'cust_JbRkXMROZUMCVq',
  entity: 'customer',
  name: 'Gaurav Kumar',
  email: 'gaurav.kumar@example.com',
  contact: '+919876543210',
  gstin: null,
  notes: [],
  created_at: 1654165254,
};

const otherRazorpayCustomer = { ...razorpayCustomer, id: 'cust_1Aa00000000002', name: 'Saurav Kumar', email: 'saurav.kumar@example.com' };

const juspayHeaders = {
  'x-request-id': 'req_1Aa00000000001',
  'x-response-id': 'resp_1Aa00000000001',
  'x-jp-merchant-id': 'merchant_id',
};

export const vendorAnswers: Record<ApiName, Record<string, CannedAnswer>> = {
  gateway: {
    createCustomer: {
      status: 200,
      body: {
        status: 'success',
        data: {
          message: 'Razorpay POST logic executed successfully',
          result: { action: 'create', vendor: 'razorpay', data: razorpayCustomer },
          vendor: 'razorpay',
        },
      },
    },
    fetchCustomers: {
      status: 200,
      body: {
        status: 'success',
        data: {
          message: 'Razorpay GET logic executed successfully',
          result: {
            action: 'fetch',
            vendor: 'razorpay',
            data: { entity: 'collection', count: 2, items: [razorpayCustomer, otherRazorpayCustomer] },
          },
          vendor: 'razorpay',
        },
      },
    },
    updateCustomer: {
      status: 400,
      body: {
        status: 'error',
        error: {
          code: 'VENDOR_ERROR',
          message: 'Razorpay refused the request',
          vendor: 'razorpay',
          vendor_status: 400,
          vendor_error: {
            error: {
              code: 'BAD_REQUEST_ERROR',
              description: 'Customer already exists for the merchant',
              source: 'business',
              step: 'payment_initiation',
              reason: 'input_validation_failed',
              metadata: {},
            },
          },
        },
      },
    },
  },
  razorpay: {
    createCustomer: { status: 200, body: { ...razorpayCustomer, notes: { notes_key_1: 'Tea, Earl Grey, Hot' } } },
    fetchCustomer: {
      status: 400,
      body: {
        error: {
          code: 'BAD_REQUEST_ERROR',
          description: 'The id provided does not exist',
          source: 'business',
          step: 'payment_initiation',
          reason: 'input_validation_failed',
          metadata: {},
        },
      },
    },
  },
  juspay: {
    createCustomer: {
      status: 200,
      headers: juspayHeaders,
      body: {
        id: 'cst_afdeuvmfhs3j1acm',
        object: 'customer',
        object_reference_id: 'user01@example.com',
        mobile_country_code: '91',
        mobile_number: '9988776655',
        email_address: 'user01@example.com',
        first_name: null,
        last_name: null,
        date_created: '2020-03-17T14:13:37Z',
        last_updated: '2020-03-17T14:13:37Z',
        juspay: { client_auth_token: 'tkn_24543c6a278f45d680d09edb32e78061', client_auth_token_expiry: '2020-03-17T14:28:37Z' },
      },
    },
    getCustomer: {
      status: 404,
      headers: juspayHeaders,
      body: {
        error_message: 'Cannot find what you are looking for',
        status: 'invalid_request_error',
        error_code: 'object_not_found',
        error_info: {
          user_message: 'Cannot process your request as customer account not found.',
          developer_message: 'Customer account not found.',
          code: 'RESOURCE_NOT_FOUND',
          category: 'USER_ERROR',
        },
      },
    },
  },
};
