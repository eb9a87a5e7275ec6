/**
 * Generated — do not edit.
 * Source: spec/razorpay/ (the OpenAPI description); regenerate with `npm run build`.
 */

export interface paths {
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch all customers
         * @description Returns the merchant's customers, newest first, one page at a time (docs `api/customers/fetch-all.md`; razorpay-node `customers.all`, which always sends `count` and `skip`).
         *
         *     - `count` 1–100 (default 10), `skip` ≥ 0 (default 0), `from`/`to` filter on `created_at` (Unix seconds). The customers docs list only `count` and `skip`; `from`/`to` are the generic list parameters of every Razorpay collection (server `RepositoryFetch`, docs `understand.md`).
         *     - The response `count` is the number of items on this page, not the total.
         *     - Customers created without details carry `null` name, email and contact (seed 000).
         */
        get: operations["fetchAllCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer (docs `api/customers/create.md`; razorpay-node `customers.create`). Every field is optional; the limits and their exact 400 messages are on the request schema.
         *
         *     **Duplicates and `fail_existing`.** If another customer of the merchant has the same `contact` **and** `email`, the server answers 400 "Customer already exists for the merchant", unless `fail_existing` is the **string** `"0"`: then it answers 200 with the existing customer (its saved name and notes, not the request's). JSON `0` or `false` do not switch the error off (the server compares with `=== '0'`); form-encoded `fail_existing=0` does, because form values are strings.
         *
         *     **Content types.** The body may be JSON or `application/x-www-form-urlencoded` (ruby, php and node ≤ 2.8 send forms); the server accepts both.
         *
         *     **Stored values.** `email` is lower-cased and trimmed, `name` trimmed, `contact` stored as sent (a JSON number comes back as a string). Success is always HTTP 200, never 201.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * Fetch a customer
         * @description Returns one customer (docs `api/customers/fetch-with-id.md`; razorpay-node `customers.fetch`).
         *
         *     Unknown or foreign ids are answered with **400** "The id provided does not exist", malformed ids with 400 "<id without cust_> is not a valid id"; Razorpay never answers 404 here.
         */
        get: operations["fetchCustomer"];
        /**
         * Edit a customer
         * @description Changes a customer's name, email, contact or GSTIN (docs `api/customers/edit.md`; razorpay-node `customers.edit` sends **PUT**, not PATCH). Only the keys sent change.
         *
         *     - `notes` and `fail_existing` cannot be sent on edit (400 "<key> is/are not required and should not be sent"); see the request schema for the decision against razorpay-php's docs.
         *     - The new contact/email pair must stay unique among the merchant's customers (400 "Customer already exists for the merchant").
         *     - The body may be JSON or `application/x-www-form-urlencoded` (ruby, php and node ≤ 2.8 send forms); the server accepts both.
         */
        put: operations["editCustomer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/bank_account": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a bank account to a customer
         * @description Saves a bank account for the customer (docs `api/customers/bank-accounts.md`; razorpay-node `customers.addBankAccount`). `ifsc_code` and `account_number` are required. The answer is the bank account with its number masked.
         *
         *     razorpay-node `documents/customer.md` shows a customer object as the answer; that is a doc mistake (the API docs and the ruby/python mocks return the bank account). The body may be JSON or `application/x-www-form-urlencoded` (ruby, php and node ≤ 2.8 send forms); the server accepts both.
         */
        post: operations["addCustomerBankAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/bank_account/{bank_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Bank account id: `ba_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `ba_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `ba_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                bank_id: components["parameters"]["BankAccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a customer's bank account
         * @description Deletes a saved bank account (docs `api/customers/bank-accounts.md`; razorpay-node `customers.deleteBankAccount`). The answer is the bank account with `"status": "deleted"`. razorpay-ruby mocks it as `{"success": true}`; the docs contradict that mock.
         */
        delete: operations["deleteCustomerBankAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * List a customer's tokens
         * @description Returns the customer's saved payment tokens: cards, UPI, e-mandate, NACH (docs `api/payments/recurring-payments/cards/tokens.md` §2.2; razorpay-node `customers.fetchTokens`; seed 003 `client.token.all`). Not paginated.
         */
        get: operations["fetchCustomerTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Token id: `token_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `token_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `token_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        /**
         * Fetch one of a customer's tokens
         * @description Returns one token of the customer (docs `tokens.md` §2.3; razorpay-node `customers.fetchToken`).
         */
        get: operations["fetchCustomerToken"];
        put?: never;
        post?: never;
        /**
         * Delete one of a customer's tokens
         * @description Deletes a token so it can no longer be charged (docs `tokens.md` §2.4; razorpay-node `customers.deleteToken`; seed 003 `client.token.delete`). Answers `{"deleted": true}`.
         */
        delete: operations["deleteCustomerToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a customer’s eligibility for EMI and pay-later
         * @description Asks the partners (card EMI issuers, pay-later and cardless-EMI providers) whether the customer can pay `amount` with them (razorpay-node `customers.requestEligibilityCheck`, `documents/customer.md` "Eligibility Check API"; Razorpay affordability docs). The answer echoes `amount` and `customer` and gives a verdict per instrument; an ineligible instrument carries an `error` object (code `GATEWAY_ERROR`) with the partner's reason. Each verdict carries `eligibility_req_id` for `GET /customers/eligibility/{eligibility_id}`.
         *
         *     The route sits under `/customers` but is a separate resource: `eligibility` is not a customer id. The body may be JSON or `application/x-www-form-urlencoded` (ruby, php and node ≤ 2.8 send forms); the server accepts both.
         */
        post: operations["requestEligibilityCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/eligibility/{eligibility_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Eligibility request id as returned in `instruments[].eligibility_req_id`: `elig_` followed by 14
                 *     alphanumerics (e.g. `elig_LBwGKVvS2X48Lq`). An unknown id gets 400 "The eligibility  id does not exist."
                 *     (razorpay-ruby `test/fixtures/error_eligibility.json`, double space as written there).
                 */
                eligibility_id: components["parameters"]["EligibilityId"];
            };
            cookie?: never;
        };
        /**
         * Fetch an eligibility result
         * @description Returns the verdicts of an earlier eligibility check (razorpay-node `customers.fetchEligibility`, `documents/customer.md` "Fetch Eligibility by id"). Only `instruments` is returned.
         */
        get: operations["fetchEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an order
         * @description Creates an order, the container every Razorpay payment is made against. The recurring-card flow creates
         *     two kinds (docs `api/payments/recurring-payments/cards/…`, seed 003 `client.order.create`):
         *
         *     1. **Authorisation order** (step 1.1.2), after creating the customer: `amount` (₹1 = `100` for cards),
         *        `currency`, `customer_id`, `method: card` and `token {max_amount, expire_at, frequency}`. The customer
         *        pays it through Checkout, which registers the card mandate and saves a token.
         *     2. **Subsequent-charge order** (step 3.1), once per debit: `amount`, `currency`, `payment_capture`,
         *        optionally `notification {token_id, payment_after}` to control the pre-debit notification (without it
         *        Razorpay debits 36 h 5 min after notifying). Then `POST /payments/create/recurring` charges the token.
         *
         *     Limits (see the request schema for sources and decisions): `amount` a whole number ≥ 100 (integer or
         *     numeric string); `currency` three upper-case letters (the node SDK defaults it to `INR`); `receipt` ≤ 40
         *     characters and unique per account; `token.max_amount` 100–100000000; `token.expire_at` a Unix timestamp
         *     in seconds (≤ 4102444799); `token.frequency` `weekly`, `monthly`, `yearly` or `as_presented`; `notes` ≤ 15
         *     pairs. Unknown fields are rejected. The docs' samples send `"currency": ""`, a doc-rendering artefact.
         *
         *     Form-encoded bodies (ruby/php SDKs) are accepted with bracketed nested keys (`token[max_amount]=5000`).
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch an order
         * @description Returns one order (step 3.3 of the recurring-card flow: check the subsequent-charge order and the
         *     delivery of its pre-debit notification; docs `create-subsequent-payments.md` §3.3; node `orders.fetch`,
         *     which sends no query). The order carries `notification {id, token_id, payment_after, status,
         *     delivered_at}` once Razorpay has notified the customer, `offers` when offers apply, and `notes` as `[]`
         *     when empty.
         *
         *     The id must be `order_` followed by 14 letters and digits; bad and unknown ids are answered with 400
         *     (Razorpay never answers 404 here).
         */
        get: operations["fetchOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscription_registration/auth_links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a registration link
         * @description Creates a registration link: an invoice of `type: link` that Razorpay sends to the customer by SMS and
         *     email, whose payment registers the mandate (step 1.2.1, the alternative to an authorisation order plus
         *     Checkout; docs `create-authorization-transaction.md` §1.2; seed 003 `client.registration_link.create`;
         *     node `subscriptions.createRegistrationLink`, which posts the params unchanged). No customer has to exist
         *     beforehand: Razorpay creates one from `customer`, or uses `customer_id`. The answer is the **invoice**
         *     (`inv_…`) with `short_url`, `order_id` and, for emandate/NACH, the `token` block.
         *
         *     Limits (see the request schema): `type` `link`; `amount` in paise, 0 or more (₹1 = `100` for cards,
         *     `0` for emandate/NACH — a per-method rule the server enforces); `currency` three letters;
         *     `subscription_registration.method` `card`, `emandate`, `nach` or `upi`, `max_amount` 100–100000000
         *     (mandatory for cards), `expire_at` a Unix timestamp, card `frequency` `weekly`, `monthly`, `yearly` or
         *     `as_presented`; `receipt` ≤ 40 characters; `sms_notify`/`email_notify` `0`/`1` (default `1`);
         *     `expire_by` a future Unix timestamp; `notes` ≤ 15 pairs. Amounts and `max_amount` may be numeric strings
         *     (seed 003 sends `"100"` and `"500"`).
         *
         *     Then resend it with `POST /invoices/{id}/notify_by/{medium}` or cancel it with
         *     `POST /invoices/{id}/cancel` while it is `issued`.
         */
        post: operations["createRegistrationLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/notify_by/{medium}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send or resend a registration link
         * @description Sends (again) the registration link's short URL to the customer by `sms` or `email` (step 1.2.2; docs
         *     `create-authorization-transaction.md` §1.2.2; seed 003 `client.invoice.notify_by`; node
         *     `invoices.notifyBy(invoiceId, medium)`, which posts **no body**). Answers `{"success": true}`.
         *
         *     The id must be `inv_` followed by 14 letters and digits; `medium` is `sms` or `email`. Bad and unknown
         *     ids are answered with 400; another medium is an unknown route, also 400 ("The requested URL was not
         *     found on the server.").
         */
        post: operations["notifyInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a registration link
         * @description Cancels a registration link that is still `issued`, so the customer can no longer authorise with it
         *     (step 1.2.3; docs `create-authorization-transaction.md` §1.2.3 "You can only cancel registration link in
         *     the `issued` state"; seed 003 `client.invoice.cancel`; node `invoices.cancel(invoiceId)`, which posts
         *     **no body**). Answers the invoice with `status: cancelled` and `cancelled_at` set.
         *
         *     The id must be `inv_` followed by 14 letters and digits; bad and unknown ids are answered with 400.
         */
        post: operations["cancelInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a payment
         * @description Returns one payment. In the recurring-card flow it is fetched after the customer's authorisation payment
         *     to read the saved card token from **`token_id`** (docs `tokens.md` §2.1 "Fetch token by payment id";
         *     seed 003 `client.token.fetch(paymentId)`; node `payments.fetch`, which sends no query unless `expand[]`
         *     is given). `card_id` leads to `GET /cards/{id}`.
         *
         *     The id must be `pay_` followed by 14 letters and digits; bad and unknown ids are answered with 400.
         */
        get: operations["fetchPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/create/recurring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Charge a saved card token
         * @description Charges the customer's saved token against a subsequent-charge order (step 3.2; docs
         *     `create-subsequent-payments.md` §3.2; seed 003 `client.payment.createRecurring`; node
         *     `payments.createRecurringPayment`, which posts the params unchanged). Answers the new payment id (and,
         *     per seed 003 and the node types, the order id and checkout signature). Some banks process debits from
         *     files, so the payment may stay `created` for a while: fetch it for its status.
         *
         *     Limits (see the request schema): every field but `description` and `notes` is mandatory; `amount` ≥ 100
         *     paise and equal to the order's amount; it must not exceed the token's `max_amount` ("Amount exceeds
         *     maximum amount allowed", a server-side check); `contact` a string or number of 8–15 digits; `recurring`
         *     `1`, `"1"` or `true`; `description` ≤ 255 characters; `notes` ≤ 15 pairs; ids `order_…`, `cust_…`,
         *     `token_…` with 14 characters after the prefix.
         */
        post: operations["createRecurringPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a card
         * @description Returns the card behind a payment (`card_id` of `GET /payments/{id}`): network, type, issuer, last four
         *     digits (docs recurring cards tokens; seed 003 `client.card.fetch`; node `cards.fetch`). Never the full
         *     number.
         *
         *     The id must be `card_` followed by 14 letters and digits; bad and unknown ids are answered with 400.
         */
        get: operations["fetchCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/fingerprints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch a card's reference number
         * @description Returns the network-wide reference of a card — the Payment Account Reference (PAR, 29 characters, Visa
         *     and Mastercard) and/or the network reference id (36 characters, non-tokenised RuPay) — by card number
         *     (optionally a tokenised number, `tokenised: true`) or by Razorpay token (docs "Card Fingerprints (or
         *     PAR) API", an on-demand feature; seed 003 `client.card.requestCardReference`; node
         *     `cards.requestCardReference`, which posts the params unchanged). Merchants use it to recognise the same
         *     card across tokens, e.g. to limit offers per card.
         *
         *     Limits: exactly one of `number` (12–19 digits) or `token` (`token_` + 14 characters). Tokenised RuPay
         *     numbers are not supported. On accounts without the feature the route answers 400 "The requested URL was
         *     not found on the server.".
         */
        post: operations["requestCardReference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * RazorpayNotes
         * @description `notes` as Razorpay returns it: a key-value object, or an **empty JSON array `[]`** when no notes are
         *     set (the server is PHP; an empty PHP array serialises as `[]`: docs `entity.md`, fetch-all samples, a live
         *     create response, ruby/python/go SDK fixtures). Values are what was stored: strings, numbers, booleans or
         *     `null`. Hand-written mocks sometimes show `{}`, which is also accepted.
         */
        RazorpayNotes: {
            [key: string]: string | number | boolean | null;
        } | unknown[];
        /**
         * RazorpayCustomerAddress
         * @description One entry of a customer's `shipping_address` list as responses carry it (razorpay-node
         *     `Invoices.RazorpayInvoiceAddress`; server `Customer\Entity::getShippingAddressAttribute` →
         *     `toArrayPublicEmbedded()`). Lenient: no field is required because no recorded body shows a non-empty list.
         */
        RazorpayCustomerAddress: {
            /** @description Address id (`addr_…`). */
            id?: string;
            /** @description Address type, `shipping_address` or `billing_address`. */
            type?: string;
            /** @description Whether this is the customer's primary address of its type. */
            primary?: boolean;
            /** @description First address line. */
            line1?: string;
            /** @description Second address line. */
            line2?: string | null;
            /** @description Postal code (a string on the wire; node types also allow a number). */
            zipcode?: string | number;
            /** @description City. */
            city?: string;
            /** @description State. */
            state?: string | null;
            /** @description Country (ISO code or name). */
            country?: string;
            /** @description Contact number for this address, or `null`. */
            contact?: string | null;
            /** @description Name for this address, or `null`. */
            name?: string | null;
            /** @description Free-form label, or `null`. */
            tag?: string | null;
            /** @description Landmark, or `null`. */
            landmark?: string | null;
        };
        /**
         * RazorpayBankAccount
         * @description A customer's bank account as returned by `POST /customers/{id}/bank_account` (with `entity` and `notes`) and
         *     by `DELETE /customers/{id}/bank_account/{bank_id}` (without `entity`, with `"status": "deleted"`); docs
         *     `api/customers/bank-accounts.md`. `id`, `ifsc` and `account_number` are in every sample. The account number is
         *     masked. razorpay-ruby mocks the delete as `{"success": true}`; that is an SDK artefact the docs contradict.
         */
        RazorpayBankAccount: {
            /** @description Bank account id, `ba_` followed by 14 alphanumerics. */
            id: string;
            /**
             * @description Always `bank_account` (absent in the delete response).
             * @constant
             */
            entity?: "bank_account";
            /** @description IFSC of the branch. */
            ifsc: string;
            /** @description Name of the bank. */
            bank_name?: string | null;
            /** @description Beneficiary name. */
            name?: string | null;
            notes?: components["schemas"]["RazorpayNotes"];
            /** @description Account number, masked except the last four digits (e.g. `XXXXXXXXXXXXXXX0434`). */
            account_number: string;
            /** @description `deleted` after a delete. */
            status?: string;
        };
        /**
         * RazorpayCustomer
         * @description A customer as Razorpay returns it (server `RZP\Models\Customer\Entity::$public`; docs `api/customers/entity.md`).
         *
         *     - Current responses carry the eight keys `id, entity, name, email, contact, gstin, notes, created_at`: the
         *       server defaults `name`, `email`, `contact` and `gstin` to `null` (seed 000 shows customers created without
         *       details), so those four are nullable.
         *     - **Decision (`required`):** only `id`, `entity` and `created_at` are required. The fact sheet infers the
         *       other five are always present from the server defaults, but the ruby SDK fixtures (`fake_customer.json`,
         *       `customer_collection.json`, `fake_customer_edited.json`) show customers without `name` and `gstin`
         *       (`gstin` was added to the entity later), and a response schema must not reject a body the server may
         *       really send for an older customer. `created_at` stays required so that the doc typo below is caught.
         *     - `notes` is an object, or `[]` when empty (see `RazorpayNotes`).
         *     - `email` is stored lower-cased and trimmed; `contact` is stored as a string as sent (trimmed only), so a
         *       contact sent as a JSON number comes back as a string. **Decision:** a numeric `contact` in a response is
         *       refused: it appears only in hand-written SDK test data (razorpay-go, the python mock), never from the server.
         *     - `shipping_address` is a list; the server drops the key when there is none (`setPublicShippingAddressAttribute`),
         *       while the gateway doc (seed 000) shows real responses with `"shipping_address": []`. docs-x calls it an
         *       object, so an object or `null` is accepted too; node types and the server say a list.
         *     - `vpas` and `bank_accounts` are public relations that appear only when loaded.
         *     - Response ids are not constrained by pattern (hand-written SDK mocks use ids such as `fake_customer_id`).
         *
         *     Several doc and SDK samples misspell `created_at` as `"created_at "` (trailing space: docs `create.md`,
         *     razorpay-node/ruby/python `documents/customer.md`); that is a typo in the samples, not API output, and such
         *     bodies do not validate here.
         */
        RazorpayCustomer: {
            /** @description Customer id, `cust_` followed by 14 case-sensitive alphanumerics, e.g. `cust_JbRkXMROZUMCVq`. */
            id: string;
            /**
             * @description Always `customer`.
             * @constant
             */
            entity: "customer";
            /** @description Customer name, or `null` when none was given. */
            name?: string | null;
            /** @description Email address (stored lower-cased), or `null`. */
            email?: string | null;
            /** @description Phone number as sent (e.g. `+919876543210`, `9123456780`), always a string, or `null`. */
            contact?: string | null;
            /** @description GST number, or `null`. */
            gstin?: string | null;
            notes?: components["schemas"]["RazorpayNotes"];
            /** @description Creation time, Unix seconds. */
            created_at: number;
            /** @description The customer's shipping addresses; `[]` or absent when there are none (docs-x calls it an object; `null` is tolerated). */
            shipping_address?: components["schemas"]["RazorpayCustomerAddress"][] | Record<string, never> | null;
            /** @description The customer's saved UPI addresses, when the relation is loaded. */
            vpas?: Record<string, never>[] | null;
            /** @description The customer's bank accounts, when the relation is loaded. */
            bank_accounts?: components["schemas"]["RazorpayBankAccount"][] | null;
        };
        /**
         * RazorpayCustomerCollection
         * @description One page of customers (`GET /customers`): `count` is the number of `items` on this page, not the total
         *     (docs `understand.md`: "Indicates the number of `items` are returned").
         */
        RazorpayCustomerCollection: {
            /**
             * @description Always `collection`.
             * @constant
             */
            entity: "collection";
            /** @description Number of items in this page. */
            count: number;
            /** @description The customers, newest first. */
            items: components["schemas"]["RazorpayCustomer"][];
        };
        /**
         * RazorpayErrorDetail
         * @description The `error` object of a Razorpay error body, also embedded in eligibility results
         *     (`instruments[].eligibility.error`). Current responses carry `code, description, source, step, reason,
         *     metadata` and, for field-specific errors, `field` (server `RZP\Error\Error::toPublicArray`; `source`, `step`
         *     and `reason` default to `"NA"`, `metadata` to `{}`). Older responses (≈2019–2020) carry `null` for `source`,
         *     `step` and `reason`, and very old ones only `code` and `description` (razorpay-magento #112,
         *     razorpay-node #136/#148, razorpay-php-testapp #13), so only `code` and `description` are required and the
         *     rest is nullable.
         */
        RazorpayErrorDetail: {
            /**
             * @description Error class: `BAD_REQUEST_ERROR` for 400/401/429, `GATEWAY_ERROR` for 502/504 and partner failures,
             *     `SERVER_ERROR` for 500 (php `Errors/ErrorCode.php`, go `constants/error_code.go`, python `ERROR_CODE`).
             *     **Decision:** an open string with these known values rather than an `enum`, so that a response is not
             *     rejected if Razorpay adds a class (other Razorpay products already use more codes).
             * @example BAD_REQUEST_ERROR
             * @example GATEWAY_ERROR
             * @example SERVER_ERROR
             */
            code: string;
            /** @description Human-readable reason, one of the vendor's fixed strings (see the named examples of each response). */
            description: string;
            /** @description Where the error originated (`business`, `customer`, `gateway`, `internal`, or `NA`); `null` in older bodies. */
            source?: string | null;
            /** @description Payment step at which the error happened (`payment_initiation`, `inquiry`, … or `NA`); `null` in older bodies. */
            step?: string | null;
            /** @description Machine-readable reason (`input_validation_failed`, `invalid_contact_number`, … or `NA`); `null` in older bodies. */
            reason?: string | null;
            /** @description Extra context such as `payment_id` / `order_id`; `{}` when empty (an empty PHP array, `[]`, is accepted as well). Absent in older bodies. */
            metadata?: Record<string, never> | unknown[] | null;
            /** @description The request field that failed validation, when the error concerns one field (`contact`, `count`, …). The docs' generic sample carries `null`. */
            field?: string | null;
            /** @description Suggested action, sent by some newer error codes. */
            action?: string | null;
        };
        /**
         * RazorpayError
         * @description Error body of every Razorpay API failure: `{"error": {"code", "description", "source"?, "step"?, "reason"?,
         *     "metadata"?, "field"?}}`. The HTTP status carries the class: 400 for validation errors, unknown ids **and
         *     unknown routes** (Razorpay never answers 404 here), 401 for authentication, 429 for rate limiting, 500 for
         *     server errors, 502/504 for gateway errors (server `RZP\Error\Error`). SDKs wrap it differently (node rejects
         *     with `{statusCode, error}`), but that wrapper is not on the wire.
         */
        RazorpayError: {
            error: components["schemas"]["RazorpayErrorDetail"];
            /** @description Follow-up actions some newer error codes add next to `error`. */
            next?: unknown[];
        };
        /**
         * RazorpayCustomerNameInput
         * @description Customer name in a request: 3–50 characters; starts with a letter or digit; ends with a letter, digit, `.` or
         *     `)`; in between letters, digits, whitespace and `' & ( ) . _ - – / @`. `null` (or leaving the key out) means
         *     no name.
         *
         *     Server (`Customer\Validator`, create and edit): `sometimes|string|max:50|nullable|custom`, where the custom
         *     rule matches the trimmed value against `/(^[a-zA-Z0-9][a-zA-Z0-9-&'._()\s–]+[a-zA-Z0-9.)]$)/`.
         *
         *     **Decision (allowed characters):** the older docs wording (seed 001 entity/edit tables, node d.ts) allows only
         *     period, apostrophe and parentheses; the newer create/edit docs (seed 000, seed 002) add forward slash and
         *     `@`, and docs-x lists `/` and `@` too. The server regex that was published predates those docs, so this
         *     description follows the newest vendor text and the server's class together: the server class plus `/` and
         *     `@`. The 3-character minimum follows from the regex and matches every doc ("between 3-50 characters").
         *     Leading or trailing spaces are trimmed by the server but rejected here, so that clients send clean values.
         */
        RazorpayCustomerNameInput: ((string & (unknown & unknown)) | null) & (unknown & unknown);
        /**
         * RazorpayContactInput
         * @description Customer phone number in a request: 8–15 digits including the country code, optionally preceded by `+`
         *     (e.g. `+919876543210`, `9123456780`). The server checks it with libphonenumber (default region IN) under the
         *     rule `contact_syntax` and answers 400 with `field: contact` and one of four strings; three of them are
         *     expressed here (invalid characters, fewer than 8 digits, more than 15 digits), the fourth ("Contact number
         *     contains invalid country code") only the server can detect.
         *
         *     Sent as a string (docs) or as a JSON number (the node and ruby SDK docs send `9123456780`); a number is stored
         *     and returned as a string. A number cannot carry `+` or leading zeros.
         *
         *     **Decision (length):** the docs say "a maximum length of 15 characters including country code"; the server
         *     counts digits ("should not be greater than 15 digits"), so a `+` does not count toward the 15.
         */
        RazorpayContactInput: ((string & (unknown & unknown & unknown)) | (number & (unknown & unknown & unknown)) | null) & (unknown & unknown & unknown);
        /**
         * RazorpayEmailInput
         * Format: email
         * @description Customer email in a request: a valid address of at most 64 characters. The server validates the format
         *     (Laravel `email`, PHP `FILTER_VALIDATE_EMAIL`: "The email must be a valid email address.") and stores it
         *     lower-cased and trimmed.
         *
         *     **Decision (length):** the 64-character limit is stated by every doc (seed 001/002, node d.ts) but is not in
         *     the published server rules; this description enforces it, because the docs promise it and a longer address
         *     may be rejected or truncated by later Razorpay flows.
         */
        RazorpayEmailInput: string | null;
        /**
         * RazorpayGstinInput
         * @description Indian GST identification number: 2-digit state code `01`–`37`, 5 uppercase letters, 4 digits, 1 uppercase
         *     letter, 3 uppercase alphanumerics, e.g. `29ABCDE1234L1Z1`. Server `Lib\Gstin::isValid`:
         *     `/^(\d{2})[A-Z]{5}\d{4}[A-Z]{1}[A-Z\d]{3}$/` **and** a known state code; no checksum. Failing values get 400
         *     "The gstin field is invalid" (server test data; docs-x adds a trailing period).
         *
         *     The docs example `29XAbbA4369J1PA` has lowercase letters and is rejected by the server: a doc error.
         */
        RazorpayGstinInput: string;
        /**
         * RazorpayNotesInput
         * @description `notes` as a request may send it: a key-value object (server `RZP\Models\Base\ExtendedValidations::validateNotes`).
         *
         *     - At most **15** pairs ("Number of fields in notes should be less than or equal to 15").
         *     - Keys at most **256** characters: the server rejects `strlen(key) > 256`, although its message says
         *       "Notes key cannot be greater 255 characters".
         *     - Values are strings, numbers, booleans or `null`; an array (or object) value is rejected with
         *       "Notes values themselves should not be an array".
         *     - Values at most **512** characters ("Notes value cannot be greater 512 characters").
         *
         *     **Decision (value length):** the docs (`entity.md`, `create.md`, seed 001) say "15 key-value pairs, 256
         *     characters (maximum) each", and an older server string said 255; the current server code and its message
         *     (and the newer docs-x error list) say 512. The server is what answers, so requests up to 512 characters are
         *     valid here; clients that want to satisfy the older docs as well should stay at 256.
         *
         *     The server counts bytes (PHP `strlen`), JSON Schema counts characters: values and keys with multi-byte
         *     characters can reach the byte limit earlier than this schema says.
         */
        RazorpayNotesInput: {
            [key: string]: string | number | boolean | null;
        };
        /**
         * RazorpayAddressInput
         * @description A `shipping_address` or `billing_address` sent on customer create (server `Customer\Validator::$createRules`
         *     `sometimes`; `Core::createCustomerAddressesIfValuesSetInInput`). Undocumented in the customer docs; the
         *     fields follow the address entity (razorpay-node `Invoices.RazorpayInvoiceAddress`). The address validator
         *     itself is not published, so only the shape is described.
         */
        RazorpayAddressInput: {
            /** @description First address line. */
            line1?: string;
            /** @description Second address line. */
            line2?: string;
            /** @description Postal code. */
            zipcode?: string | number;
            /** @description City. */
            city?: string;
            /** @description State. */
            state?: string;
            /** @description Country (ISO code or name). */
            country?: string;
            /** @description Whether this is the primary address of its type. */
            primary?: boolean;
            /** @description Name for this address. */
            name?: string;
            /** @description Contact number for this address. */
            contact?: string;
            /** @description Free-form label. */
            tag?: string;
            /** @description Landmark. */
            landmark?: string;
        };
        /**
         * RazorpayCustomerCreateRequest
         * @description Body of `POST /customers`. Every field is optional (docs `create.md`; server `createRules` all `sometimes`;
         *     older SDK tables that mark `name` mandatory are outdated, razorpay-node #368). Unknown keys are rejected with
         *     400 "<key> is/are not required and should not be sent" (server `ExtraFieldsException`).
         *
         *     Duplicates: a customer is a duplicate when another customer of the merchant has the same **pair** of
         *     `contact` and `email` (server `Customer\Core::verifyUniqueCustomer`; docs-x says "contact or email", the
         *     server code says both, which this description follows).
         */
        RazorpayCustomerCreateRequest: {
            name?: components["schemas"]["RazorpayCustomerNameInput"];
            contact?: components["schemas"]["RazorpayContactInput"];
            email?: components["schemas"]["RazorpayEmailInput"];
            /**
             * @description What to do when a customer with the same contact and email already exists. Only the **string `"0"`**
             *     returns the existing customer (HTTP 200); anything else, including the default, the number `0` and
             *     `false`, keeps the 400 "Customer already exists for the merchant" (server
             *     `Customer\Service::createLocalCustomer` compares with `=== '0'`; maintainer in razorpay-php #354;
             *     razorpay-node #377/#381: `fail_existing: 0` worked while node sent forms, where it arrives as `"0"`,
             *     and stopped working with JSON).
             *
             *     **Decision:** the docs say `string`, `"0"` or `"1"`; the node d.ts types it `boolean | 0 | 1`; the server
             *     drops the key before validation and accepts any value. This description accepts exactly the values the
             *     docs and SDKs send (`"0"`, `"1"`, `0`, `1`, `true`, `false`, and `"true"`/`"false"`, which is what a
             *     boolean becomes in the form bodies of the ruby SDK and of razorpay-node ≤ 2.8) and rejects others, so that
             *     typos are caught before they silently mean "fail".
             * @default 1
             * @enum {unknown}
             */
            fail_existing?: "0" | "1" | 0 | 1 | true | false | "true" | "false";
            gstin?: components["schemas"]["RazorpayGstinInput"];
            notes?: components["schemas"]["RazorpayNotesInput"];
            shipping_address?: components["schemas"]["RazorpayAddressInput"];
            billing_address?: components["schemas"]["RazorpayAddressInput"];
        };
        /**
         * RazorpayCustomerEditRequest
         * @description Body of `PUT /customers/{id}` (a full-replacement verb used for partial updates: only the keys sent change).
         *     Server `Customer\Validator::$editRules`: `name` (as on create), `email` (`sometimes|email`, not nullable),
         *     `contact` (`sometimes|contact_syntax`, not nullable), `gstin` (`nullable|gstin`: `null` clears it).
         *
         *     **Decision (`notes`, `fail_existing`, `gstin`):** razorpay-php `documents/customer.md` lists `notes` for edit;
         *     the server edit rules, the docs `edit.md` and node d.ts do not. The server rejects both `notes` and
         *     `fail_existing` on edit ("notes is/are not required and should not be sent"), so they are not accepted here.
         *     `gstin` is missing from node d.ts but accepted by the server (test `testUpdateCustomer`), so it is accepted.
         *
         *     The edited contact/email pair must stay unique among the merchant's customers, otherwise 400 "Customer
         *     already exists for the merchant" (docs `edit.md` "Handy Tips"; razorpay-php #43).
         */
        RazorpayCustomerEditRequest: {
            name?: components["schemas"]["RazorpayCustomerNameInput"];
            /** @description New email address; `null` is not accepted on edit (server rule has no `nullable`). */
            email?: string & components["schemas"]["RazorpayEmailInput"];
            /** @description New phone number, string or number; `null` is not accepted on edit (server rule has no `nullable`). */
            contact?: ((string & components["schemas"]["RazorpayContactInput"]) | (number & components["schemas"]["RazorpayContactInput"])) & components["schemas"]["RazorpayContactInput"];
            /** @description New GSTIN, or `null` to clear it. */
            gstin?: components["schemas"]["RazorpayGstinInput"] | null;
        };
        /**
         * RazorpayBankAccountRequest
         * @description Body of `POST /customers/{id}/bank_account` (razorpay-node `RazorpayCustomerBankAccountRequestBody`; docs
         *     `api/customers/bank-accounts.md`). `ifsc_code` and `account_number` are required, every other field is an
         *     optional beneficiary detail; unknown keys are rejected like on customer create.
         *
         *     Limits: the IFSC format is the RBI one (4 letters, `0`, 6 alphanumerics; Razorpay returns `ifsc` in that form);
         *     account numbers are 5–35 alphanumerics, the range Razorpay's bank-account validator accepts for fund accounts
         *     `[INFERRED]`. The beneficiary email and mobile follow the customer rules.
         */
        RazorpayBankAccountRequest: {
            /** @description IFSC of the branch, e.g. `ICIC0001207`. */
            ifsc_code?: string;
            /** @description Account number, 5–35 letters or digits. */
            account_number?: string;
            /** @description Account holder's name. */
            beneficiary_name?: string;
            /** @description Beneficiary address, line 1. */
            beneficiary_address1?: string;
            /** @description Beneficiary address, line 2. */
            beneficiary_address2?: string;
            /** @description Beneficiary address, line 3. */
            beneficiary_address3?: string;
            /** @description Beneficiary address, line 4. */
            beneficiary_address4?: string;
            /**
             * Format: email
             * @description Beneficiary email address.
             */
            beneficiary_email?: string;
            /** @description Beneficiary mobile number, 8–15 digits with an optional leading `+`. */
            beneficiary_mobile?: string;
            /** @description Beneficiary city. */
            beneficiary_city?: string;
            /** @description Beneficiary state (name or code, e.g. `KA`). */
            beneficiary_state?: string;
            /** @description Beneficiary country (ISO code, e.g. `IN`). */
            beneficiary_country?: string;
            /** @description Beneficiary postal code. */
            beneficiary_pin?: string;
        } & (unknown & unknown);
        /**
         * RazorpayCard
         * @description A card as Razorpay returns it, embedded in a token (`token.card`) or from `GET /cards/{id}`. Lenient: the
         *     fields present vary by endpoint and age (token samples have no `id`; `GET /cards/{id}` samples have no
         *     `flows`; newer tokens carry `token_iin`), so nothing is required and no value is constrained beyond its
         *     type. Sources: docs `api/payments/recurring-payments/cards/tokens.md`, razorpay-node `documents/token.md`,
         *     seed 003 (`client.card.fetch`), ruby `test/fixtures/fake_card.json`.
         */
        RazorpayCard: {
            /** @description Card id, `card_` followed by 14 characters (only on `GET /cards/{id}`). */
            id?: string;
            /** @description Always `card`. */
            entity?: string | null;
            /** @description Name on the card. */
            name?: string | null;
            /** @description Last four digits of the card number (a string on the wire; a python SDK mock shows a number, also accepted). */
            last4?: string | number | null;
            /** @description Card network, e.g. `Visa`, `MasterCard`, `RuPay`, `American Express`, `Diners Club`, `Maestro`, `Unknown`. */
            network?: string | null;
            /** @description Card type, e.g. `credit`, `debit`, `prepaid`, `unknown`. */
            type?: string | null;
            /** @description Four-letter issuer code (e.g. `HDFC`, `UTIB`), or `null` when unknown. */
            issuer?: string | null;
            /** @description Whether the card was issued outside India. */
            international?: boolean | null;
            /** @description Whether the card is EMI-enabled. */
            emi?: boolean | null;
            /** @description Card sub-type, `consumer` or `business`. */
            sub_type?: string | null;
            /** @description IIN of the network token, or `null`. */
            token_iin?: string | null;
            /** @description Expiry month (a number in token responses, a string elsewhere). */
            expiry_month?: number | string | null;
            /** @description Expiry year (a number in token responses, a string elsewhere). */
            expiry_year?: number | string | null;
            /** @description Flows the card supports, e.g. `{"otp": true, "recurring": true}`. */
            flows?: {
                [key: string]: unknown;
            } | null;
            /** @description Co-branding partner, or `null`. */
            cobranding_partner?: string | null;
        };
        /**
         * RazorpayToken
         * @description A saved payment token of a customer (card, UPI, e-mandate, NACH …) as `GET /customers/{id}/tokens[/{token_id}]`
         *     return it (docs `api/payments/recurring-payments/cards/tokens.md`; razorpay-node `Tokens.RazorpayToken`).
         *     Lenient: the keys vary with the method and the age of the token (`recurring_details`, `status`, `notes`,
         *     `compliant_with_tokenisation_guidelines`, `billing_address` appear in some samples only), so only `id`,
         *     `entity` and `method` are required.
         */
        RazorpayToken: {
            /** @description Token id, `token_` followed by 14 alphanumerics. */
            id: string;
            /**
             * @description Always `token`.
             * @constant
             */
            entity: "token";
            /** @description The token value to charge with (14 characters). */
            token?: string | null;
            /** @description Bank code for bank-based tokens (e.g. `HDFC` for e-mandate), else `null`. */
            bank?: string | null;
            /** @description Wallet code for wallet tokens, else `null`. */
            wallet?: string | null;
            /** @description Payment method of the token, e.g. `card`, `upi`, `emandate`, `nach`, `wallet`. */
            method: string;
            /** @description The card of a `card` token; `null` for other methods. */
            card?: components["schemas"]["RazorpayCard"] | null;
            /** @description UPI details for `upi` tokens, else `null` or absent. */
            vpa?: {
                /** @description Part of the VPA before `@`. */
                username?: string;
                /** @description Part of the VPA after `@`. */
                handle?: string;
                /** @description Account holder name, or `null`. */
                name?: string | null;
                /** @description VPA status, e.g. `valid`. */
                status?: string;
                /** @description When the VPA was received, Unix seconds. */
                received_at?: number;
            } | null;
            /** @description Account details for e-mandate / NACH tokens, else absent or `null`. */
            bank_details?: {
                /** @description Account holder. */
                beneficiary_name?: string;
                /** @description Account number. */
                account_number?: string;
                /** @description IFSC of the branch. */
                ifsc?: string;
                /** @description `savings` or `current`. */
                account_type?: string;
            } | null;
            /** @description Whether the token can be charged without the customer (recurring payments). */
            recurring?: boolean | null;
            /** @description Recurring registration status, or `null`. */
            recurring_details?: {
                /** @description e.g. `confirmed`, `rejected`, `cancelled`, `initiated`. */
                status?: string | null;
                /** @description Why the registration failed, or `null`. */
                failure_reason?: string | null;
            } | null;
            /** @description Authentication used at registration (e.g. `debitcard`, `netbanking`, `physical`), or `null`. */
            auth_type?: string | null;
            /** @description Mandate reference number, or `null`. */
            mrn?: string | null;
            /** @description Last use, Unix seconds. */
            used_at?: number | null;
            /** @description Creation time, Unix seconds. */
            created_at?: number | null;
            /** @description Mandate start, Unix seconds. */
            start_time?: number | null;
            /** @description Expiry, Unix seconds. */
            expired_at?: number | null;
            /** @description Largest amount a recurring charge may take, in paise. */
            max_amount?: number | string | null;
            /** @description Token status (`active`, `deactivated`, …), or `null` on older tokens. */
            status?: string | null;
            /** @description Why the status changed, or `null`. */
            status_reason?: string | null;
            notes?: components["schemas"]["RazorpayNotes"];
            /** @description Whether dynamic currency conversion is enabled. */
            dcc_enabled?: boolean | null;
            /** @description Whether the card token follows the RBI tokenisation rules. */
            compliant_with_tokenisation_guidelines?: boolean | null;
            /** @description Billing address stored with the token, or `null`. */
            billing_address?: Record<string, never> | null;
            /** @description Owner customer id (on some responses), or `null`. */
            customer_id?: string | null;
        };
        /**
         * RazorpayTokenCollection
         * @description A customer's tokens (`GET /customers/{id}/tokens`); `count` is the number of `items`.
         */
        RazorpayTokenCollection: {
            /**
             * @description Always `collection`.
             * @constant
             */
            entity: "collection";
            /** @description Number of items. */
            count: number;
            /** @description The tokens. */
            items: components["schemas"]["RazorpayToken"][];
        };
        /**
         * RazorpayTokenDeleted
         * @description Answer to `DELETE /customers/{id}/tokens/{token_id}`: `{"deleted": true}` (docs `tokens.md` §2.4, seed 003,
         *     razorpay-node d.ts `Promise<{ deleted: boolean }>`). razorpay-java mocks it as
         *     `{"entity":"customer","deleted":true}`, which is also accepted.
         */
        RazorpayTokenDeleted: {
            /** @description `true` once the token is deleted. */
            deleted: boolean;
            /** @description Present only in an SDK mock. */
            entity?: string;
        };
        /**
         * RazorpayEligibilityRequest
         * @description Body of `POST /customers/eligibility`, the affordability check (razorpay-node
         *     `RazorpayCustomerEligibilityRequestBody`; `documents/customer.md` "Eligibility Check API"). `amount` (in
         *     paise, a number or a numeric string), `currency` and `customer` are required; `instruments` narrows the check
         *     to some methods, issuers or providers. Missing `amount` gets 400 "Amount is required." (razorpay-ruby
         *     `error_eligibility_check.json`).
         */
        RazorpayEligibilityRequest: {
            /**
             * @description Kind of inquiry; `affordability` is the only documented value.
             * @enum {string}
             */
            inquiry?: "affordability";
            /** @description Order amount in the smallest currency unit (paise); a positive number or a string of digits (node d.ts `number | string`). */
            amount?: number | string;
            /** @description Three-letter currency code; the check is offered for `INR`. */
            currency: string;
            /** @description The customer whose eligibility is checked (all fields optional per node d.ts). */
            customer: {
                /** @description Customer id (`cust_…`). */
                id?: string;
                /** @description Customer phone number, 8–15 digits with an optional leading `+`. */
                contact?: string;
                /** @description Customer's IP address. */
                ip?: string | unknown | unknown;
                /**
                 * Format: uri
                 * @description Page the customer is checking out from.
                 */
                referrer?: string;
                /** @description Customer's browser user agent. */
                user_agent?: string;
            };
            /** @description Methods to check; all enabled methods when absent. */
            instruments?: {
                /**
                 * @description Payment method.
                 * @enum {string}
                 */
                method: "emi" | "paylater" | "cardless_emi";
                /** @description Card issuers to check for `emi` (e.g. `HDFC`). */
                issuers?: string[];
                /** @description Card types to check for `emi` (`credit`, `debit`). */
                types?: string[];
                /** @description Providers to check for `paylater` / `cardless_emi` (e.g. `getsimpl`, `zestmoney`). */
                providers?: string[];
            }[];
        } & unknown;
        /**
         * RazorpayEligibilityInstrument
         * @description One payment method in an eligibility result (razorpay-node `Customers.Instruments`; `documents/customer.md`).
         *     `issuer` and `type` appear for `emi`, `provider` for `paylater` and `cardless_emi`.
         */
        RazorpayEligibilityInstrument: {
            /** @description Payment method, e.g. `emi`, `paylater`, `cardless_emi`. */
            method: string;
            /** @description Card issuer code (for `emi`). */
            issuer?: string;
            /** @description Card type (for `emi`), e.g. `debit`. */
            type?: string;
            /** @description Provider code (for `paylater` / `cardless_emi`), e.g. `getsimpl`, `zestmoney`. */
            provider?: string;
            /** @description Id of the eligibility request (`elig_…`), usable with `GET /customers/eligibility/{eligibility_id}`. */
            eligibility_req_id?: string;
            /** @description The verdict. */
            eligibility: {
                /** @description `eligible` or `ineligible`. */
                status: string;
                error?: components["schemas"]["RazorpayErrorDetail"];
            };
        };
        /**
         * RazorpayEligibility
         * @description Result of an eligibility check (`POST /customers/eligibility`, which echoes `amount` and `customer`) or of
         *     fetching it by id (`GET /customers/eligibility/{eligibility_id}`, only `instruments`). razorpay-node types both
         *     as `Partial<RazorpayCustomerEligibility>`; `instruments` is in every sample.
         */
        RazorpayEligibility: {
            /** @description The checked amount in paise, echoed (a string in the docs sample). */
            amount?: string | number;
            /** @description The checked currency, echoed. */
            currency?: string;
            /** @description The checked customer, echoed. */
            customer?: {
                /** @description Customer id as sent (the docs sample shows it without `cust_`). */
                id?: string;
                /** @description Customer phone number. */
                contact?: string | number | null;
            };
            /** @description Verdict per method, issuer and provider. */
            instruments: components["schemas"]["RazorpayEligibilityInstrument"][];
        };
        /**
         * RazorpayPaymentAmountInput
         * @description An amount to charge, in the currency's smallest unit (paise for INR): `amount` of `POST /orders` and of
         *     `POST /payments/create/recurring`.
         *
         *     - **Whole number**: "The amount must be an integer." (docs Test S2S error index, `"amount": 100.5`).
         *     - **At least 100** (₹1.00): the Orders API answers "The amount must be at least INR 1.00" with
         *       `"field": "amount"` (docs `api/orders/create` failure sample); the newer S2S error index lists
         *       "Order amount less than minimum amount allowed" (reason `amount_less_than_minimum_amount`) for
         *       `"amount": 99`. Both are named examples of the 400 response; the mock answers with the first, because it
         *       is the one the Orders API reference shows. The recurring-card docs say the same: "For cards, the minimum
         *       value is `100`".
         *     - **Integer or numeric string**: the seeds send integers, but the node SDK types say `number | string`,
         *       the docs' Java/.NET samples put strings, and the server's Laravel `integer` rule accepts numeric strings.
         *       A numeric string is held to the same minimum by its pattern (three or more digits, no leading zero).
         *
         *     No maximum is documented (it is per-account), so none is set.
         */
        RazorpayPaymentAmountInput: ((number & (unknown & unknown)) | (string & (unknown & unknown))) & (unknown & unknown);
        /**
         * RazorpayPaymentCurrencyInput
         * @description ISO 4217 currency code of an order, registration link or payment: three upper-case letters ("The 3-letter
         *     ISO currency code for the payment", docs recurring-cards pages; "The default length is 3 characters", docs
         *     `api/orders/create`). The recurring-card flow is INR-only in practice (the emandate/cards subsequent-payment
         *     docs: "Currently, we only support `INR`"), but the Orders API itself accepts other currencies, so any code
         *     is accepted here. The node SDK's `orders.create` fills in `INR` when none is given.
         *
         *     A non-string value is answered with "expected string but provided <value>" (docs Test S2S error index,
         *     `"currency": 1`). **Decision:** the docs' recurring-card samples send `"currency": ""`, a doc-rendering
         *     artefact (the published curl has the value stripped); the server needs a real code, so `""` is rejected here.
         */
        RazorpayPaymentCurrencyInput: string;
        /**
         * RazorpayRecurringMaxAmountInput
         * @description Largest amount, in paise, that one later debit on the token may charge (`token.max_amount` of an
         *     authorisation order, `subscription_registration.max_amount` of a registration link).
         *
         *     - Minimum **100** (₹1): "The minimum value is `100`" (docs recurring cards §1.1.2 and §1.2.1).
         *     - Maximum **100000000** (₹10,00,000): docs §1.2.1 "the maximum value is `100000000`". The ₹15,000
         *       (`1500000`) figure of §1.1.2 and of the node SDK's JSDoc is the RBI threshold above which each debit needs
         *       an Additional Factor of Authentication, not a limit the API rejects, so it is not enforced here.
         *     - Emandate tokens allow 500–100000000 (node SDK JSDoc); 100 is the lower of the two, so it is the limit here.
         *     - Integer or numeric string: seed 003's registration link sends `"max_amount":"500"`.
         */
        RazorpayRecurringMaxAmountInput: number | string;
        /**
         * RazorpayRecurringTimestampInput
         * @description A point in time as a Unix timestamp in **seconds**: `token.expire_at` of an authorisation order,
         *     `subscription_registration.expire_at` and `expire_by` of a registration link. The docs give no fixed range:
         *     `expire_at` defaults to the card's expiry year (cards) or ten years (emandate), and `expire_by` must lie in
         *     the future (the server checks it against the clock, which a schema cannot do).
         *
         *     **Decision:** values must be at least 1 and at most `4102444799` (2099-12-31T23:59:59Z). That upper bound
         *     is the value Razorpay itself uses for "no expiry" (`"expire_by": 4102444799` in the registration-link and
         *     cancel samples of seed 003) and the largest value any source sends; it also catches millisecond timestamps
         *     (13 digits), a common client bug that would otherwise mean the year 50000. Numeric strings are accepted
         *     (the docs' Java and .NET samples send `"2709971120"`) when they have 1–10 digits.
         */
        RazorpayRecurringTimestampInput: number | string;
        /**
         * RazorpayRecurringFrequencyInput
         * @description How often the merchant may debit a card token. The recurring-card docs (§1.1.2 order `token.frequency`,
         *     §1.2.1 `subscription_registration.frequency`) list exactly `weekly`, `monthly`, `yearly` and
         *     `as_presented`; the node SDK JSDoc ("Currently supported frequencies are `as_presented` and `monthly`") is
         *     older and narrower. **Decision:** the four documented values. `daily` and the UPI Autopay values
         *     (`fortnightly`, `bimonthly`, `quarterly`, `half_yearly`) belong to other recurring methods and are not
         *     accepted for cards.
         * @enum {string}
         */
        RazorpayRecurringFrequencyInput: "weekly" | "monthly" | "yearly" | "as_presented";
        /**
         * RazorpayRecurringBankAccountInput
         * @description Bank account that an emandate or paper NACH authorisation debits (`token.bank_account` of an order,
         *     `subscription_registration.bank_account` of a registration link). Not used by cards; described so that the
         *     node SDK's emandate/NACH requests (`Orders.RazorpayBankAccountBaseRequestBody`) are valid. Source: node
         *     `lib/types/orders.d.ts`, python `tests/mocks/init_registration_link.json`.
         */
        RazorpayRecurringBankAccountInput: {
            /** @description Account holder's name. */
            beneficiary_name?: string;
            /** @description Account holder's mobile number. */
            beneficiary_mobile?: string;
            /** @description Account number (the python SDK mock sends a number). */
            account_number?: string | number;
            /**
             * @description Account type, `savings` (default) or `current`.
             * @enum {string}
             */
            account_type?: "savings" | "current";
            /** @description IFSC of the account's branch, e.g. `HDFC0001233`. */
            ifsc_code?: string;
        };
        /**
         * RazorpayOrderTokenInput
         * @description `token` of an authorisation order: the mandate the customer's first payment will register. For cards
         *     (`method: card`) `max_amount`, `expire_at` and `frequency` are mandatory (docs recurring cards §1.1.2; a
         *     server-side rule, see `RazorpayOrderCreateRequest`); the emandate/NACH fields are described so that the node SDK's
         *     `Tokens.RazorpayTokenEmandate`/`RazorpayTokenNach` requests are valid. Unknown keys are rejected like every
         *     other extra field ("<field> is/are not required and should not be sent").
         */
        RazorpayOrderTokenInput: {
            max_amount?: components["schemas"]["RazorpayRecurringMaxAmountInput"];
            expire_at?: components["schemas"]["RazorpayRecurringTimestampInput"];
            frequency?: components["schemas"]["RazorpayRecurringFrequencyInput"];
            /**
             * @description Emandate only; how the customer authorises the mandate.
             * @enum {string}
             */
            auth_type?: "netbanking" | "debitcard" | "aadhaar" | "physical";
            /** @description Emandate only; amount in paise charged together with the authorisation. */
            first_payment_amount?: number | string;
            notes?: components["schemas"]["RazorpayNotesInput"];
            bank_account?: components["schemas"]["RazorpayRecurringBankAccountInput"];
            /** @description Paper NACH only; text printed on the NACH form. */
            nach?: {
                /** @description First user-entered reference on the form. */
                form_reference1?: string;
                /** @description Second user-entered reference on the form. */
                form_reference2?: string;
                /** @description Description shown on the hosted page. */
                description?: string;
            };
        };
        /**
         * RazorpayOrderNotificationInput
         * @description `notification` of a subsequent-charge order: controls the pre-debit notification for the token. Optional;
         *     without it Razorpay debits 36 hours and 5 minutes after notifying (docs recurring cards §3.1).
         */
        RazorpayOrderNotificationInput: {
            /** @description The token to notify and charge, `token_` followed by 14 characters. */
            token_id: string;
            /** @description Unix timestamp after which the debit may happen; defaults to 36 h 5 min after delivery of the notification. */
            payment_after?: components["schemas"]["RazorpayRecurringTimestampInput"];
        };
        /**
         * RazorpayOrderCreateRequest
         * @description Body of `POST /orders` as the recurring-card flow uses it: the **authorisation order** (step 1.1.2:
         *     `customer_id`, `method: card`, `token {max_amount, expire_at, frequency}`) and the **subsequent-charge
         *     order** (step 3.1: `amount`, `currency`, `payment_capture`, optional `notification`). Sources: seed 003,
         *     docs `api/payments/recurring-payments/cards/{create-authorization-transaction,create-subsequent-payments}.md`,
         *     docs `api/orders/create`, node `lib/types/orders.d.ts`.
         *
         *     - `amount` and `currency` are mandatory ("amount: is required.", docs S2S error index). The node SDK's
         *       `orders.create` always sends `currency`, defaulting it to `INR`.
         *     - `receipt` at most 40 characters and unique per account ("Can have a maximum length of 40 characters and
         *       has to be unique"; reuse → "Order receipt should be unique.", which only the server can check).
         *     - An authorisation order for cards (`method: card` with a `token`) must carry `customer_id` and the token's
         *       `max_amount`, `expire_at` and `frequency` (docs §1.1.2 mark them mandatory). The server checks this
         *       cross-field rule; the schema does not, because the same body serves emandate/NACH orders, whose tokens
         *       need none of them, and conditional schemas are not understood by the type generator and example linter.
         *     - Unknown fields, and fields of features the account lacks (e.g. `transfers` without Route), are rejected
         *       with "<field> is/are not required and should not be sent" (docs S2S error index, reason
         *       `extra_field_sent`). Checkout-only order features of the node types (`line_items`, `customer_details`,
         *       `rto_review`, `promotions`, `device_details`, `transfers`) are outside this flow and not accepted here.
         */
        RazorpayOrderCreateRequest: {
            amount: components["schemas"]["RazorpayPaymentAmountInput"];
            currency: components["schemas"]["RazorpayPaymentCurrencyInput"];
            /** @description Your reference for the order, at most 40 characters, unique per account. For example, `Receipt No. 1`. */
            receipt?: string;
            /** @description The customer to charge (authorisation order), `cust_` followed by 14 characters. */
            customer_id?: string & (unknown & unknown);
            /**
             * @description Payment method of the authorisation transaction; `card` in this flow.
             * @enum {string}
             */
            method?: "card" | "netbanking" | "upi" | "emandate" | "nach";
            token?: components["schemas"]["RazorpayOrderTokenInput"];
            notification?: components["schemas"]["RazorpayOrderNotificationInput"];
            /**
             * @description Whether payments on this order are captured automatically (subsequent-charge orders, docs §3.1). Laravel's
             *     `boolean` rule accepts `true`, `false`, `1`, `0`, `"1"` and `"0"`.
             * @enum {unknown}
             */
            payment_capture?: true | false | 1 | 0 | "1" | "0";
            notes?: components["schemas"]["RazorpayNotesInput"];
            /** @description An offer to apply to the order, or `null`. */
            offer_id?: string | null;
            /** @description Whether the customer may pay in parts (`false` by default). */
            partial_payment?: boolean;
            /** @description Minimum first part, in paise, when `partial_payment` is `true`. */
            first_payment_min_amount?: number | string;
            /** @description Emandate/TPV only; the account the customer must pay from. */
            bank_account?: {
                /** @description Account number. */
                account_number: string | number;
                /** @description Account holder's name. */
                name?: string;
                /** @description IFSC of the account's branch. */
                ifsc: string;
            };
        };
        /**
         * RazorpayRecurringAuthorization
         * @description The `token` block of an authorisation order or registration link: the mandate being registered (not the
         *     saved token entity, which is `RazorpayToken`). Orders echo what was requested (seed 003:
         *     `{"max_amount":5000,"expire_at":2709971120}`, sometimes with `frequency`); registration links add the
         *     method, status and, for NACH, the form URLs (ruby `test/fixtures/fake_subscription_registration.json`, node
         *     `Tokens.RazorpayAuthorizationToken`). Lenient: every key is optional and nullable where samples or types
         *     show `null`.
         */
        RazorpayRecurringAuthorization: {
            /** @description Authorisation method, e.g. `card`, `emandate`, `nach`, `upi`. */
            method?: string | null;
            /** @description Largest single debit, in paise (a numeric string in some doc samples). */
            max_amount?: number | string | null;
            /** @description Unix timestamp until which the mandate may be used. */
            expire_at?: number | null;
            /** @description Debit frequency, e.g. `monthly` or `as_presented`. */
            frequency?: string | null;
            /** @description Currency of `max_amount`. */
            currency?: string | null;
            /** @description Emandate/NACH authorisation type, e.g. `netbanking` or `physical`. */
            auth_type?: string | null;
            /** @description Registration status of the mandate, `null` until the customer authorises it. */
            recurring_status?: string | null;
            /** @description Why the registration failed, or `null`. */
            failure_reason?: string | null;
            /** @description Amount charged with the authorisation (emandate), in paise. */
            first_payment_amount?: number | string | null;
            notes?: components["schemas"]["RazorpayNotes"];
            /** @description Bank account of an emandate/NACH mandate, or `null`. */
            bank_account?: {
                /** @description IFSC of the branch. */
                ifsc?: string;
                /** @description Bank name. */
                bank_name?: string;
                /** @description Account holder's name. */
                name?: string;
                /** @description Account number. */
                account_number?: string;
                /** @description Account type, e.g. `savings`. */
                account_type?: string;
                /** @description Account holder's email. */
                beneficiary_email?: string;
                /** @description Account holder's mobile number. */
                beneficiary_mobile?: string;
            } | null;
            /** @description Paper NACH form details, or `null`. */
            nach?: {
                /** @description Whether Razorpay generates the form. */
                create_form?: boolean;
                /** @description First reference printed on the form. */
                form_reference1?: string | null;
                /** @description Second reference printed on the form. */
                form_reference2?: string | null;
                /** @description Link to download the pre-filled form. */
                prefilled_form?: string;
                /** @description Short-lived link to the pre-filled form. */
                prefilled_form_transient?: string;
                /** @description Link where the signed form is uploaded. */
                upload_form_url?: string;
                /** @description Description printed on the form. */
                description?: string | null;
            } | null;
        };
        /**
         * RazorpayOrderNotification
         * @description `notification` of a subsequent-charge order: the pre-debit notification Razorpay sends for the token
         *     (docs recurring cards §3.1/§3.3). `status` and `delivered_at` appear once it has been delivered.
         */
        RazorpayOrderNotification: {
            /** @description Notification id, e.g. `notification_00000000000001`. */
            id?: string;
            /** @description The token that will be charged. */
            token_id?: string;
            /** @description Unix timestamp after which the debit may happen. */
            payment_after?: number;
            /** @description Delivery status, e.g. `delivered`. */
            status?: string;
            /** @description Unix timestamp of delivery. */
            delivered_at?: number | null;
        };
        /**
         * RazorpayOrder
         * @description An order as `POST /orders` and `GET /orders/{id}` return it. Sources: seed 003 (two authorisation-order
         *     responses), docs recurring cards §1.1.2, §3.1, §3.3, docs `api/orders/create`, node `Orders.RazorpayOrder`.
         *
         *     Lenient, as real bodies vary: authorisation orders add `method`, `description`, `customer_id` and `token`;
         *     subsequent-charge orders add `notification`; offers add `offers`; `notes` is an object or `[]`.
         *     **Decision (`currency`):** the docs' recurring-card samples show `"currency": ""` — the published pages
         *     have the value stripped (the same pages send `"currency": ""` in requests, which the server would reject).
         *     Live orders carry `INR`, but the schema accepts any string so that the documented samples validate;
         *     clients should not rely on the code being non-empty in doc-derived mocks. Ids carry no pattern.
         */
        RazorpayOrder: {
            /** @description Order id, `order_` followed by 14 characters. */
            id: string;
            /**
             * @description Always `order`.
             * @constant
             */
            entity: "order";
            /** @description Order amount in paise. */
            amount: number;
            /** @description Amount paid so far, in paise. */
            amount_paid: number;
            /** @description Amount still due, in paise. */
            amount_due: number;
            /** @description Currency code, e.g. `INR` (`""` in the docs' recurring-card samples, see above). */
            currency: string;
            /** @description Your reference for the order, or `null`. */
            receipt: string | null;
            /** @description Offer applied to the order, or `null`. */
            offer_id: string | null;
            /** @description Offers linked to the order (ids), or `null`. */
            offers?: string[] | null;
            /** @description `created`, `attempted` or `paid`. */
            status: string;
            /** @description Number of payment attempts on the order. */
            attempts: number;
            notes: components["schemas"]["RazorpayNotes"];
            /** @description Unix timestamp of creation. */
            created_at: number;
            /** @description Payment method fixed for the order (authorisation orders), e.g. `card`. */
            method?: string | null;
            /** @description Description shown on the hosted page, or `null`. */
            description?: string | null;
            /** @description Customer of an authorisation order. */
            customer_id?: string | null;
            /** @description The mandate of an authorisation order, or `null`. */
            token?: components["schemas"]["RazorpayRecurringAuthorization"] | null;
            /** @description The pre-debit notification of a subsequent-charge order, or `null`. */
            notification?: components["schemas"]["RazorpayOrderNotification"] | null;
            /** @description Whether payments on the order are captured automatically, when it was set. */
            payment_capture?: boolean | null;
            /** @description Whether the customer may pay in parts. */
            partial_payment?: boolean | null;
        };
        /**
         * RazorpayRegistrationLinkCustomerInput
         * @description `customer` of a registration link: the person the link is sent to; Razorpay creates (or reuses) a customer
         *     from it (docs recurring cards §1.2.1: `name`, `email`, `contact` mandatory; node
         *     `Invoices.RazorpayCustomerDetailsBaseRequestBody`). The customer limits of the Customers API apply: name at
         *     most 50 characters, email at most 64, contact 8–15 digits with an optional `+` (see `RazorpayCustomer…`
         *     schemas for the full rules). `contact` may be a number (python SDK mock `"contact": 9123456780`).
         */
        RazorpayRegistrationLinkCustomerInput: {
            /** @description Customer's name, at most 50 characters. */
            name?: string | null;
            /**
             * Format: email
             * @description Customer's email address, at most 64 characters.
             */
            email?: string | null;
            /** @description Customer's phone number, 8–15 digits including the country code, optionally starting with `+`. */
            contact?: string | number | null;
            /** @description Customer's billing address (free-form object of `line1`, `line2`, `zipcode`, `city`, `state`, `country`). */
            billing_address?: Record<string, never>;
            /** @description Customer's shipping address (same shape as `billing_address`). */
            shipping_address?: Record<string, never>;
        };
        /**
         * RazorpayRegistrationLinkAuthorizationInput
         * @description `subscription_registration` of a registration link: the mandate the customer registers by paying the link.
         *     For cards `method` and `max_amount` are mandatory and `expire_at` optional (docs recurring cards §1.2.1;
         *     `max_amount` for cards is a server-side cross-field rule, not enforced by this schema, which also serves
         *     emandate/NACH/UPI);
         *     the emandate/NACH/UPI fields follow node `Subscriptions.RazorpaySubscriptionRegistration*`.
         *
         *     **Decision (`frequency`):** the docs' parameter table marks `frequency` mandatory for cards, but seed 003
         *     (the SDK's own sample) and the docs' .NET sample send a card registration link without it, so it is
         *     optional here. For cards it must be one of the four card frequencies of `RazorpayRecurringFrequencyInput`;
         *     other methods have other frequencies (UPI TPV), so the field itself is a free string.
         */
        RazorpayRegistrationLinkAuthorizationInput: {
            /**
             * @description Authorisation method; `card` in this flow.
             * @enum {string}
             */
            method: "card" | "emandate" | "nach" | "upi";
            max_amount?: components["schemas"]["RazorpayRecurringMaxAmountInput"];
            expire_at?: components["schemas"]["RazorpayRecurringTimestampInput"];
            /** @description Debit frequency (cards, UPI TPV). For cards one of the four documented values; see `RazorpayRecurringFrequencyInput`. */
            frequency?: string;
            /**
             * @description Emandate only; how the customer authorises the mandate.
             * @enum {string}
             */
            auth_type?: "netbanking" | "debitcard" | "aadhaar" | "physical";
            /** @description Emandate only; amount in paise charged with the authorisation. */
            first_payment_amount?: number | string;
            bank_account?: components["schemas"]["RazorpayRecurringBankAccountInput"];
            /** @description Paper NACH only; text printed on the NACH form. */
            nach?: {
                /** @description First user-entered reference on the form. */
                form_reference1?: string;
                /** @description Second user-entered reference on the form. */
                form_reference2?: string;
                /** @description Description shown on the hosted page. */
                description?: string;
            };
        };
        /**
         * RazorpayRegistrationLinkCreateRequest
         * @description Body of `POST /subscription_registration/auth_links`: a registration link, i.e. an invoice of `type: link`
         *     whose payment registers a mandate (docs recurring cards §1.2.1; seed 003 `client.registration_link.create`;
         *     node `Subscriptions.RazorpayRegistrationLinkBaseRequestBody`, which is the invoice request without
         *     `line_items`, `draft`, `date`, `order_id` and `partial_payment`).
         *
         *     - `type` (`link`), `amount`, `currency`, `description` and `subscription_registration` are mandatory
         *       (docs §1.2.1). The customer is given inline (`customer`) or by id (`customer_id`, node types).
         *     - **Decision (`amount`):** the amount charged for the authorisation payment, in paise, **0 or more**. The
         *       docs say it "should be **1**" (₹1 = `100`) for cards (partner docs: "This amount should be 1 in the case
         *       of cards"; seed 003 sends `"amount":"100"`), while emandate/NACH links use `0` (python and ruby SDK
         *       mocks). The endpoint serves all methods, so the schema allows 0 and leaves the card-only ₹1 rule to the
         *       server. Numeric strings are accepted (seed 003 and the docs' samples send `"100"`).
         *     - `receipt` at most 40 characters (an invoice number: "The minimum character length is 1 and maximum is
         *       40", node `Invoices.RazorpayInvoice.invoice_number`; the invoice's `receipt` becomes its number).
         *     - `sms_notify`/`email_notify` default to `1`; the node types allow `boolean | 0 | 1`.
         *     - `expire_by` must lie in the future (a server-side clock check).
         *     - Unknown fields are rejected ("<field> is/are not required and should not be sent").
         */
        RazorpayRegistrationLinkCreateRequest: {
            /**
             * @description Always `link`.
             * @constant
             */
            type: "link";
            customer?: components["schemas"]["RazorpayRegistrationLinkCustomerInput"];
            /** @description An existing customer, `cust_` followed by 14 characters (instead of `customer`). */
            customer_id?: string & (unknown & unknown);
            /** @description Amount of the authorisation payment in paise, 0 or more (₹1 = `100` for cards, `0` for emandate/NACH; see above). */
            amount: number | string;
            currency: components["schemas"]["RazorpayPaymentCurrencyInput"];
            /** @description Description shown on the hosted page, e.g. `Registration Link for Gaurav Kumar`. */
            description: string | null;
            subscription_registration: components["schemas"]["RazorpayRegistrationLinkAuthorizationInput"];
            /** @description Your reference for the link, at most 40 characters; it also becomes the invoice number. */
            receipt?: string | null;
            /**
             * @description Whether Razorpay sends the link by SMS (`1`, the default) or you do (`0`).
             * @enum {unknown}
             */
            sms_notify?: true | false | 1 | 0 | "1" | "0";
            /**
             * @description Whether Razorpay sends the link by email (`1`, the default) or you do (`0`).
             * @enum {unknown}
             */
            email_notify?: true | false | 1 | 0 | "1" | "0";
            expire_by?: components["schemas"]["RazorpayRecurringTimestampInput"];
            notes?: components["schemas"]["RazorpayNotesInput"];
        };
        /**
         * RazorpayInvoiceCustomerDetails
         * @description `customer_details` of an invoice (registration link): a snapshot of the customer it was issued to, with the
         *     `customer_*` duplicates the invoice templates use (seed 003; node `Invoices.RazorpayCustomerDetails`).
         *     Lenient: every key optional and nullable.
         */
        RazorpayInvoiceCustomerDetails: {
            /** @description Customer id. */
            id?: string | null;
            /** @description Customer's name. */
            name?: string | null;
            /** @description Customer's email. */
            email?: string | null;
            /** @description Customer's phone number. */
            contact?: string | null;
            /** @description Customer's GSTIN. */
            gstin?: string | null;
            /** @description Billing address, or `null`. */
            billing_address?: Record<string, never> | null;
            /** @description Shipping address, or `null`. */
            shipping_address?: Record<string, never> | null;
            /** @description Same as `name`. */
            customer_name?: string | null;
            /** @description Same as `email`. */
            customer_email?: string | null;
            /** @description Same as `contact`. */
            customer_contact?: string | null;
        };
        /**
         * RazorpayInvoice
         * @description An invoice as the registration-link endpoints return it: `POST /subscription_registration/auth_links`
         *     creates one (`type: link`), `POST /invoices/{id}/cancel` returns it cancelled. Sources: seed 003 (create and
         *     cancel responses), docs recurring cards §1.2.1/§1.2.3, ruby `fake_subscription_registration.json` (with the
         *     NACH `token` block, `auth_link_status`, `nach_form_url`), python `fake_registration_link.json`, node
         *     `Invoices.RazorpayInvoice` / `Subscriptions.RazorpayRegistrationLink`.
         *
         *     Lenient: nullable timestamps and statuses, `notes` as an object or `[]`, `line_items` empty for links,
         *     optional registration-link extras. **Decision (`currency`):** any string, because the docs' sample carries
         *     `"currency": ""` (a doc-rendering artefact; live invoices carry `INR`). `required` lists the keys every
         *     sample has.
         */
        RazorpayInvoice: {
            /** @description Invoice id, `inv_` followed by 14 characters. */
            id: string;
            /**
             * @description Always `invoice`.
             * @constant
             */
            entity: "invoice";
            /** @description Your reference, or `null`. */
            receipt?: string | null;
            /** @description Invoice number (the receipt), or `null`. */
            invoice_number?: string | null;
            /** @description The customer the link was issued to. */
            customer_id?: string | null;
            /** @description Snapshot of the customer, or `null`. */
            customer_details: components["schemas"]["RazorpayInvoiceCustomerDetails"] | null;
            /** @description Order created for the authorisation payment. */
            order_id?: string | null;
            /** @description Line items; empty for registration links. */
            line_items?: Record<string, never>[] | null;
            /** @description The authorisation payment, once paid. */
            payment_id?: string | null;
            /** @description `draft`, `issued`, `partially_paid`, `paid`, `cancelled`, `expired` or `deleted`. */
            status: string;
            /** @description Unix timestamp at which the link expires (`4102444799` when it does not). */
            expire_by?: number | null;
            /** @description Unix timestamp of issue. */
            issued_at?: number | null;
            /** @description Unix timestamp of payment. */
            paid_at?: number | null;
            /** @description Unix timestamp of cancellation. */
            cancelled_at?: number | null;
            /** @description Unix timestamp of expiry. */
            expired_at?: number | null;
            /** @description SMS delivery, `pending` or `sent`. */
            sms_status?: string | null;
            /** @description Email delivery, `pending` or `sent`. */
            email_status?: string | null;
            /** @description Issue date (Unix timestamp). */
            date?: number | null;
            /** @description Terms printed on the invoice. */
            terms?: string | null;
            /** @description Whether partial payments are allowed. */
            partial_payment?: boolean | null;
            /** @description Gross amount in paise. */
            gross_amount?: number | null;
            /** @description Tax in paise. */
            tax_amount?: number | null;
            /** @description Taxable amount in paise. */
            taxable_amount?: number | null;
            /** @description Amount of the authorisation payment in paise. */
            amount: number | null;
            /** @description Amount paid, in paise. */
            amount_paid?: number | null;
            /** @description Amount due, in paise. */
            amount_due?: number | null;
            /** @description Currency code, e.g. `INR` (`""` in the docs' sample, see above). */
            currency: string;
            /** @description Currency symbol, e.g. `₹`. */
            currency_symbol?: string | null;
            /** @description Description shown on the hosted page. */
            description?: string | null;
            notes?: components["schemas"]["RazorpayNotes"];
            /** @description Comment on the invoice. */
            comment?: string | null;
            /** @description The link sent to the customer, e.g. `https://rzp.io/i/VSriCfn`. */
            short_url: string | null;
            /** @description Display flag of the hosted page. */
            view_less?: boolean | null;
            /** @description Start of the billing period. */
            billing_start?: number | null;
            /** @description End of the billing period. */
            billing_end?: number | null;
            /** @description `link` for registration links (`invoice` for ordinary invoices). */
            type: string;
            /** @description Display flag for taxes and discounts. */
            group_taxes_discounts?: boolean | null;
            /** @description Unix timestamp of creation. */
            created_at: number;
            /** @description Idempotency key, or `null`. */
            idempotency_key?: string | null;
            /** @description Registration-link status, e.g. `issued`. */
            auth_link_status?: string | null;
            /** @description The mandate the link registers, or `null`. */
            token?: components["schemas"]["RazorpayRecurringAuthorization"] | null;
            /** @description Link to the pre-filled NACH form (NACH links). */
            nach_form_url?: string | null;
        };
        /**
         * RazorpayInvoiceNotifyResult
         * @description Answer of `POST /invoices/{id}/notify_by/{medium}`: `{"success": true}` when the notification was sent
         *     (seed 003, docs recurring cards §1.2.2, ruby `test/fixtures/success.json`, node `Promise<{ success: boolean }>`).
         */
        RazorpayInvoiceNotifyResult: {
            /** @description `true` when the notification was sent, `false` when it was not. */
            success: boolean;
        };
        /**
         * RazorpayPayment
         * @description A payment as `GET /payments/{id}` returns it. In the recurring-card flow it is fetched after the
         *     authorisation payment to read the saved token from `token_id` (docs recurring cards tokens §2.1, seed 003
         *     `client.token.fetch(paymentId)`). Sources: seed 003, docs `tokens.md` §2.1, node `documents/token.md`,
         *     node `Payments.RazorpayPayment`, docs `api/payments/entity`.
         *
         *     Lenient: error fields, ids and method-specific fields are `null` when they do not apply, `notes` is an
         *     object or `[]`, and `card`, `emi`, `upi`, `offers`, `token` appear only when expanded. **Decision
         *     (`currency`):** any string, because the docs' sample carries `"currency": ""` (doc-rendering artefact).
         */
        RazorpayPayment: {
            /** @description Payment id, `pay_` followed by 14 characters. */
            id: string;
            /**
             * @description Always `payment`.
             * @constant
             */
            entity: "payment";
            /** @description Amount in paise. */
            amount: number;
            /** @description Currency code, e.g. `INR` (`""` in the docs' sample, see above). */
            currency: string;
            /** @description `created`, `authorized`, `captured`, `refunded` or `failed`. */
            status: string;
            /** @description The order the payment belongs to. */
            order_id?: string | null;
            /** @description The invoice (registration link) the payment belongs to. */
            invoice_id?: string | null;
            /** @description Whether the card is international. */
            international?: boolean | null;
            /** @description Payment method, e.g. `card`. */
            method: string;
            /** @description Amount refunded, in paise. */
            amount_refunded?: number | null;
            /** @description `partial`, `full` or `null`. */
            refund_status?: string | null;
            /** @description Whether the payment is captured. */
            captured?: boolean | null;
            /** @description Description of the payment. */
            description?: string | null;
            /** @description The card used, `card_…`; fetch it with `GET /cards/{id}`. */
            card_id?: string | null;
            /** @description The card, when expanded; `null` for other methods. */
            card?: components["schemas"]["RazorpayCard"] | null;
            /** @description Bank code (netbanking/emandate). */
            bank?: string | null;
            /** @description Wallet name. */
            wallet?: string | null;
            /** @description UPI address. */
            vpa?: string | null;
            /** @description Customer's email used for the payment. */
            email?: string | null;
            /** @description Customer's phone number used for the payment. */
            contact?: string | null;
            /** @description The customer the payment belongs to. */
            customer_id?: string | null;
            /** @description The token saved by the authorisation payment, `token_…`; the input of later recurring payments. */
            token_id?: string | null;
            /** @description Whether this was a recurring payment. */
            recurring?: boolean | null;
            /** @description `initial` (authorisation) or `auto` (subsequent debit), when recurring. */
            recurring_type?: string | null;
            notes?: components["schemas"]["RazorpayNotes"];
            /** @description Fee charged by Razorpay (including tax), in paise. */
            fee?: number | null;
            /** @description Tax on the fee, in paise. */
            tax?: number | null;
            /** @description Error code of a failed payment, e.g. `BAD_REQUEST_ERROR`. */
            error_code?: string | null;
            /** @description Error description of a failed payment. */
            error_description?: string | null;
            /** @description Point of failure, e.g. `customer`. */
            error_source?: string | null;
            /** @description Payment step of the failure, e.g. `payment_authentication`. */
            error_step?: string | null;
            /** @description Reason of the failure, e.g. `incorrect_otp`. */
            error_reason?: string | null;
            /** @description References from the acquirer, e.g. `{"auth_code": "541898"}` or `rrn`. */
            acquirer_data?: {
                [key: string]: string | number | null;
            } | unknown[] | null;
            /** @description EMI details, when paid in instalments. */
            emi?: Record<string, never> | null;
            /** @description UPI details, when expanded. */
            upi?: Record<string, never> | null;
            /** @description Offers applied, when expanded. */
            offers?: Record<string, never> | unknown[] | null;
            /** @description The saved token, when expanded, or `null`. */
            token?: components["schemas"]["RazorpayToken"] | null;
            /** @description Unix timestamp of creation. */
            created_at: number;
        };
        /**
         * RazorpayRecurringPaymentCreateRequest
         * @description Body of `POST /payments/create/recurring`: charges a saved token against a new order (docs recurring cards
         *     §3.2; seed 003 `client.payment.createRecurring`; node `Payments.RazorpayRecurringPaymentCreateRequestBody`;
         *     python `tests/mocks/init_create_recurring.json`).
         *
         *     - All of `email`, `contact`, `amount`, `currency`, `order_id`, `customer_id`, `token`, `recurring` are
         *       mandatory (seed 003 table, docs §3.2); `description` and `notes` are optional.
         *     - `amount` must equal the order's amount and not exceed the token's `max_amount` ("Amount exceeds maximum
         *       amount allowed", docs §3.2 failure sample) — both server-side checks; the schema enforces the ₹1 minimum.
         *     - `contact` is a string or a number (seed 003 sends `9123456789`, node types `string | number`).
         *     - `recurring` is sent as `1` (seed 003), `"1"` (python mock; node types `boolean | 1 | 0 | string`) or
         *       `true` (docs); the server's Laravel `boolean` rule accepts `true`, `false`, `1`, `0`, `"1"`, `"0"`.
         *     - `description` at most 255 characters ("description: the length must be no more than 255", live reports in
         *       razorpay-flutter #419 and Vacademy-io/vacademy_platform #2500 for payment creation).
         *     - Ids are checked like path ids: a wrong prefix is "The id provided does not exist" (docs §3.1/§3.3
         *       failure samples), a prefixed id of the wrong length "<id> is not a valid id".
         *     - Unknown fields are rejected ("<field> is/are not required and should not be sent").
         */
        RazorpayRecurringPaymentCreateRequest: {
            /**
             * Format: email
             * @description Customer's email address.
             */
            email: string;
            /** @description Customer's phone number, 8–15 digits including the country code, optionally starting with `+`. */
            contact: string | number;
            amount: components["schemas"]["RazorpayPaymentAmountInput"];
            currency: components["schemas"]["RazorpayPaymentCurrencyInput"];
            /** @description The order created for this charge (step 3.1), `order_` followed by 14 characters. */
            order_id: string & (unknown & unknown);
            /** @description The customer who owns the token, `cust_` followed by 14 characters. */
            customer_id: string & (unknown & unknown);
            /** @description The saved token to charge (`token_id` of the authorisation payment), `token_` followed by 14 characters. */
            token: string & (unknown & unknown);
            /**
             * @description Marks the payment as recurring; `1`/`"1"`/`true`.
             * @enum {unknown}
             */
            recurring: true | false | 1 | 0 | "1" | "0";
            /** @description Description of the payment, at most 255 characters. */
            description?: string;
            notes?: components["schemas"]["RazorpayNotesInput"];
        };
        /**
         * RazorpayRecurringPaymentCreated
         * @description Answer of `POST /payments/create/recurring`. The docs' sample carries only `razorpay_payment_id`; seed 003,
         *     the ruby mock and node's type (`{razorpay_payment_id?, razorpay_order_id?, razorpay_signature?}`) add the
         *     order id and the checkout signature; the python mock adds checkout branding keys (`org_logo`, `org_name`,
         *     `checkout_logo`, `custom_branding`). Only the payment id is required; the rest is optional. The payment
         *     may still be `created` for file-based banks (docs §3.2), so fetch it for its status.
         */
        RazorpayRecurringPaymentCreated: {
            /** @description The new payment, `pay_` followed by 14 characters. */
            razorpay_payment_id: string;
            /** @description The order the payment was made against. */
            razorpay_order_id?: string;
            /** @description HMAC-SHA256 of `order_id|payment_id` with the key secret (checkout signature). */
            razorpay_signature?: string;
            /** @description Checkout branding, logo of the organisation (may be empty). */
            org_logo?: string;
            /** @description Checkout branding, name of the organisation. */
            org_name?: string;
            /** @description Checkout branding, logo URL. */
            checkout_logo?: string;
            /** @description Checkout branding, whether custom branding is on. */
            custom_branding?: boolean;
        };
        /**
         * RazorpayCardReferenceByNumber
         * @description Card-reference request by card number (`{"number": "4854980604708430"}`, seed 003; node
         *     `Cards.RazorpayCardReferenceNumberBaseRequest`). `number` is the card number or, with `tokenised: true`,
         *     a network-token number: 12–19 digits (ISO/IEC 7812 PAN length), digits only.
         */
        RazorpayCardReferenceByNumber: {
            /** @description Card (or tokenised card) number, 12–19 digits without spaces. */
            number: string;
            /** @description Whether `number` is a network-token number (`false` by default). RuPay tokenised numbers are not supported. */
            tokenised?: boolean;
        };
        /**
         * RazorpayCardReferenceByToken
         * @description Card-reference request by Razorpay token (`{"token": "token_4lsdksD31GaZ09"}`, seed 003; node
         *     `Cards.RazorpayCardReferenceTokenBaseRequest`).
         */
        RazorpayCardReferenceByToken: {
            /** @description A saved card token, `token_` followed by 14 characters. */
            token: string & (unknown & unknown);
        };
        /**
         * RazorpayCardReferenceRequest
         * @description Body of `POST /cards/fingerprints`: either a card number or a token, never both (docs
         *     `api/payments/cards/fingerprints/{fetch-card-number,fetch-tokenised-number,fetch-razorpay-token}`). The two
         *     members exclude each other because each forbids the other's key.
         */
        RazorpayCardReferenceRequest: components["schemas"]["RazorpayCardReferenceByNumber"] | components["schemas"]["RazorpayCardReferenceByToken"];
        /**
         * RazorpayCardReference
         * @description Answer of `POST /cards/fingerprints`: the card's network-wide reference (seed 003, ruby
         *     `fake_card_reference.json`, node `Cards.RazorpayCardReference`, docs "Card Fingerprints (or PAR) API").
         *     `payment_account_reference` (PAR) is a 29-character identifier for Visa/Mastercard;
         *     `network_reference_id` a 36-character identifier for non-tokenised RuPay cards; either may be `null`.
         */
        RazorpayCardReference: {
            /** @description Card network, e.g. `Visa`, `Mastercard`, `RuPay`. */
            network?: string | null;
            /** @description Payment Account Reference (29 characters), or `null`. */
            payment_account_reference: string | null;
            /** @description Network reference id (36 characters, RuPay), or `null`. */
            network_reference_id: string | null;
            /** @description Razorpay's card reference number, when returned. */
            card_reference_number?: string | null;
            /** @description Token provider, when returned. */
            provider?: string | null;
        };
    };
    responses: {
        /** @description Authentication failed (HTTP 401): no `Authorization` header, an unknown key id, a wrong secret, a key id without a secret, or an expired key. The body is a `BAD_REQUEST_ERROR` with one of the fixed strings below (server `RZP\Error\PublicErrorDescription`; docs `api/authentication.md`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RazorpayError"];
            };
        };
        /**
         * @description The request body is larger than 1 MiB (1,048,576 bytes). Razorpay's front end refuses large bodies but publishes
         *     neither its limit nor the body it sends; this description fixes the limit at 1 MiB and the answer at 413 in
         *     Razorpay's error envelope, which is what the mocks and the sandbox send. No request of this API comes near it.
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RazorpayError"];
            };
        };
        /** @description Too many requests (HTTP 429, server `BAD_REQUEST_RATE_LIMIT_EXCEEDED`; docs `understand.md` "429 Throttling Error"). Retry later with backoff. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RazorpayError"];
            };
        };
        /** @description Unexpected server failure (HTTP 500, `SERVER_ERROR`). Current bodies use the full envelope; older ones only `code` and `description`, with the older wording. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RazorpayError"];
            };
        };
        /** @description A downstream bank, wallet or partner failed (HTTP 502, `GATEWAY_ERROR`). */
        GatewayError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RazorpayError"];
            };
        };
        /** @description A downstream gateway did not answer in time (HTTP 504, `GATEWAY_ERROR_REQUEST_TIMEOUT`, code `GATEWAY_ERROR`). */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RazorpayError"];
            };
        };
    };
    parameters: {
        /**
         * @description Number of records to return, 1–100, default 10 (docs `fetch-all.md`: "The default value is 10. The maximum
         *     value is 100"). The server rule is `integer|min:1|max:100` (`RZP\Base\RepositoryFetch`); above 100 it answers
         *     400 "The count may not be greater than 100." with `field: count`.
         */
        Count: number;
        /**
         * @description Number of records to skip, default 0 (docs `fetch-all.md`). The server rule is `integer`; a negative offset
         *     has no meaning, so this description requires `skip ≥ 0`.
         */
        Skip: number;
        /**
         * @description Unix timestamp in seconds: only records created on or after this time. Not in the customers docs, but a generic
         *     list parameter of every Razorpay collection (docs `understand.md` "Pagination"; node
         *     `RazorpayPaginationOptions`; server `RepositoryFetch::$fetchParamRules` `from => integer`).
         */
        From: number;
        /**
         * @description Unix timestamp in seconds: only records created on or before this time. Not in the customers docs, but a generic
         *     list parameter of every Razorpay collection (docs `understand.md` "Pagination"; node
         *     `RazorpayPaginationOptions`; server `RepositoryFetch::$fetchParamRules` `to => integer`).
         */
        To: number;
        /**
         * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
         *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
         *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
         *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
         */
        CustomerId: string & (unknown & unknown);
        /**
         * @description Bank account id: `ba_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
         *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `ba_` prefix gets "The id provided
         *     does not exist" (`stripSignOrFail`), `ba_` followed by anything but 14 alphanumerics gets "<rest> is not a
         *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
         */
        BankAccountId: string & (unknown & unknown);
        /**
         * @description Token id: `token_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
         *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `token_` prefix gets "The id provided
         *     does not exist" (`stripSignOrFail`), `token_` followed by anything but 14 alphanumerics gets "<rest> is not a
         *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
         */
        TokenId: string & (unknown & unknown);
        /**
         * @description Eligibility request id as returned in `instruments[].eligibility_req_id`: `elig_` followed by 14
         *     alphanumerics (e.g. `elig_LBwGKVvS2X48Lq`). An unknown id gets 400 "The eligibility  id does not exist."
         *     (razorpay-ruby `test/fixtures/error_eligibility.json`, double space as written there).
         */
        EligibilityId: string;
        /**
         * @description The order id, `order_` followed by 14 case-sensitive letters and digits (e.g. `order_DaaS6LOUAASb7Y`). Razorpay answers 400, not
         *     404, for a bad id: without the `order_` prefix "The id provided does not exist"; with the prefix but a body
         *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
         *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
         *     provided does not exist".
         */
        RazorpayOrderId: string & (unknown & unknown);
        /**
         * @description The invoice (registration link) id, `inv_` followed by 14 case-sensitive letters and digits (e.g. `inv_FHrfRupD2ouKIt`). Razorpay answers 400, not
         *     404, for a bad id: without the `inv_` prefix "The id provided does not exist"; with the prefix but a body
         *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
         *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
         *     provided does not exist".
         */
        RazorpayInvoiceId: string & (unknown & unknown);
        /** @description Channel to (re)send the registration link through, `sms` or `email` (docs recurring cards §1.2.2; node `INotify`). */
        RazorpayInvoiceNotifyMedium: "sms" | "email";
        /**
         * @description The payment id, `pay_` followed by 14 case-sensitive letters and digits (e.g. `pay_FHfqtkRzWvxky4`). Razorpay answers 400, not
         *     404, for a bad id: without the `pay_` prefix "The id provided does not exist"; with the prefix but a body
         *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
         *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
         *     provided does not exist".
         */
        RazorpayPaymentId: string & (unknown & unknown);
        /**
         * @description The card id, `card_` followed by 14 case-sensitive letters and digits (e.g. `card_JXPULjlKqC5j0i`). Razorpay answers 400, not
         *     404, for a bad id: without the `card_` prefix "The id provided does not exist"; with the prefix but a body
         *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
         *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
         *     provided does not exist".
         */
        RazorpayCardFetchId: string & (unknown & unknown);
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    fetchAllCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Number of records to return, 1–100, default 10 (docs `fetch-all.md`: "The default value is 10. The maximum
                 *     value is 100"). The server rule is `integer|min:1|max:100` (`RZP\Base\RepositoryFetch`); above 100 it answers
                 *     400 "The count may not be greater than 100." with `field: count`.
                 */
                count?: components["parameters"]["Count"];
                /**
                 * @description Number of records to skip, default 0 (docs `fetch-all.md`). The server rule is `integer`; a negative offset
                 *     has no meaning, so this description requires `skip ≥ 0`.
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description Unix timestamp in seconds: only records created on or after this time. Not in the customers docs, but a generic
                 *     list parameter of every Razorpay collection (docs `understand.md` "Pagination"; node
                 *     `RazorpayPaginationOptions`; server `RepositoryFetch::$fetchParamRules` `from => integer`).
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Unix timestamp in seconds: only records created on or before this time. Not in the customers docs, but a generic
                 *     list parameter of every Razorpay collection (docs `understand.md` "Pagination"; node
                 *     `RazorpayPaginationOptions`; server `RepositoryFetch::$fetchParamRules` `to => integer`).
                 */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayCustomerCollection"];
                };
            };
            /** @description A list parameter is invalid (`field` names it), or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The customer details; all optional. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RazorpayCustomerCreateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayCustomerCreateRequest"];
            };
        };
        responses: {
            /** @description The new customer, or the existing one when `fail_existing` is `"0"` and the contact/email pair exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayCustomer"];
                };
            };
            /** @description A field is invalid (`field` names it when the server sets it), a body key is unknown, the contact/email pair already exists, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayCustomer"];
                };
            };
            /** @description The id is malformed, unknown or belongs to another merchant, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    editCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RazorpayCustomerEditRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayCustomerEditRequest"];
            };
        };
        responses: {
            /** @description The customer after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayCustomer"];
                };
            };
            /** @description The id is malformed or unknown, a field is invalid, a key is not editable, the contact/email pair collides, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addCustomerBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** @description The bank account. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RazorpayBankAccountRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayBankAccountRequest"];
            };
        };
        responses: {
            /** @description The saved bank account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayBankAccount"];
                };
            };
            /** @description The customer id is malformed or unknown, a bank field is missing or invalid, a key is unknown, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomerBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Bank account id: `ba_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `ba_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `ba_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                bank_id: components["parameters"]["BankAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted bank account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayBankAccount"];
                };
            };
            /** @description The customer or bank account id is malformed, unknown or foreign, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchCustomerTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayTokenCollection"];
                };
            };
            /** @description The customer id is malformed, unknown or foreign, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchCustomerToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Token id: `token_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `token_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `token_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayToken"];
                };
            };
            /** @description The customer or token id is malformed, unknown or foreign, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomerToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer id: `cust_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `cust_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `cust_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Token id: `token_` followed by 14 case-sensitive alphanumerics (server `UniqueIdEntity::verifyUniqueId`, `ID_LENGTH = 14`;
                 *     docs `understand.md`). Razorpay answers 400, never 404: an id without the `token_` prefix gets "The id provided
                 *     does not exist" (`stripSignOrFail`), `token_` followed by anything but 14 alphanumerics gets "<rest> is not a
                 *     valid id", and a well-formed id that is unknown or belongs to another merchant gets "The id provided does not exist".
                 */
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token is deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayTokenDeleted"];
                };
            };
            /** @description The customer or token id is malformed, unknown or foreign, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    requestEligibilityCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Amount, currency, customer and optionally the instruments to check. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RazorpayEligibilityRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayEligibilityRequest"];
            };
        };
        responses: {
            /** @description The verdict per instrument. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayEligibility"];
                };
            };
            /** @description A required field is missing or invalid, a key is unknown, or the route is unknown (also when affordability is not enabled on the account). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Eligibility request id as returned in `instruments[].eligibility_req_id`: `elig_` followed by 14
                 *     alphanumerics (e.g. `elig_LBwGKVvS2X48Lq`). An unknown id gets 400 "The eligibility  id does not exist."
                 *     (razorpay-ruby `test/fixtures/error_eligibility.json`, double space as written there).
                 */
                eligibility_id: components["parameters"]["EligibilityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict per instrument. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayEligibility"];
                };
            };
            /** @description The eligibility id is unknown, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RazorpayOrderCreateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayOrderCreateRequest"];
            };
        };
        responses: {
            /** @description The order was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayOrder"];
                };
            };
            /** @description Invalid body (a limit broken, an unknown field), an unknown `customer_id`/`token_id`, a reused receipt, or an unknown route. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id, `order_` followed by 14 case-sensitive letters and digits (e.g. `order_DaaS6LOUAASb7Y`). Razorpay answers 400, not
                 *     404, for a bad id: without the `order_` prefix "The id provided does not exist"; with the prefix but a body
                 *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
                 *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
                 *     provided does not exist".
                 */
                id: components["parameters"]["RazorpayOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayOrder"];
                };
            };
            /** @description The id is malformed, unknown or belongs to another account, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRegistrationLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RazorpayRegistrationLinkCreateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayRegistrationLinkCreateRequest"];
            };
        };
        responses: {
            /** @description The registration link (an invoice) was issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayInvoice"];
                };
            };
            /** @description Invalid body (a limit broken, an unknown field), an unknown `customer_id`, or an unknown route. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notifyInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice (registration link) id, `inv_` followed by 14 case-sensitive letters and digits (e.g. `inv_FHrfRupD2ouKIt`). Razorpay answers 400, not
                 *     404, for a bad id: without the `inv_` prefix "The id provided does not exist"; with the prefix but a body
                 *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
                 *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
                 *     provided does not exist".
                 */
                id: components["parameters"]["RazorpayInvoiceId"];
                /** @description Channel to (re)send the registration link through, `sms` or `email` (docs recurring cards §1.2.2; node `INotify`). */
                medium: components["parameters"]["RazorpayInvoiceNotifyMedium"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayInvoiceNotifyResult"];
                };
            };
            /** @description The invoice id is malformed, unknown or belongs to another account, or the route (e.g. the medium) is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice (registration link) id, `inv_` followed by 14 case-sensitive letters and digits (e.g. `inv_FHrfRupD2ouKIt`). Razorpay answers 400, not
                 *     404, for a bad id: without the `inv_` prefix "The id provided does not exist"; with the prefix but a body
                 *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
                 *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
                 *     provided does not exist".
                 */
                id: components["parameters"]["RazorpayInvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration link is cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayInvoice"];
                };
            };
            /** @description The invoice id is malformed, unknown or belongs to another account, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payment id, `pay_` followed by 14 case-sensitive letters and digits (e.g. `pay_FHfqtkRzWvxky4`). Razorpay answers 400, not
                 *     404, for a bad id: without the `pay_` prefix "The id provided does not exist"; with the prefix but a body
                 *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
                 *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
                 *     provided does not exist".
                 */
                id: components["parameters"]["RazorpayPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayPayment"];
                };
            };
            /** @description The payment id is malformed, unknown or belongs to another account, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRecurringPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RazorpayRecurringPaymentCreateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayRecurringPaymentCreateRequest"];
            };
        };
        responses: {
            /** @description The recurring payment was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayRecurringPaymentCreated"];
                };
            };
            /** @description Invalid body, an amount above the token's limit, an unknown order, customer or token, or an unknown route. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The card id, `card_` followed by 14 case-sensitive letters and digits (e.g. `card_JXPULjlKqC5j0i`). Razorpay answers 400, not
                 *     404, for a bad id: without the `card_` prefix "The id provided does not exist"; with the prefix but a body
                 *     that is not 14 letters and digits "<body> is not a valid id" (server `stripSignOrFail` /
                 *     `UniqueIdEntity::verifyUniqueId`); a well-formed id that is unknown or belongs to another account "The id
                 *     provided does not exist".
                 */
                id: components["parameters"]["RazorpayCardFetchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayCard"];
                };
            };
            /** @description The card id is malformed, unknown or belongs to another account, or the route is unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    requestCardReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RazorpayCardReferenceRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayCardReferenceRequest"];
            };
        };
        responses: {
            /** @description The card's reference numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayCardReference"];
                };
            };
            /** @description Invalid body, an unknown token, or the feature is not enabled (unknown route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RazorpayError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["GatewayError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
