/**
 * Generated — do not edit.
 * Source: spec/gateway/ (the OpenAPI description); regenerate with `npm run build`.
 */

export interface paths {
    "/customer/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer at the merchant's vendor (see "How the vendor is chosen") and returns the vendor's
         *     customer entity in `data.result.data` with `action` = `create`. SDK call: `customer.create(data)`.
         *
         *     With Razorpay, a customer with the same `email` **and** `contact` as an existing one is a duplicate:
         *     by default (`fail_existing` `true`/`"1"`) Razorpay refuses it (`400 VENDOR_ERROR`, "Customer already
         *     exists for the merchant"); with `false`/`"0"` the existing customer is returned instead.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one customer or list all customers
         * @description Without `id`, lists the merchant's customers: Razorpay's collection (`data.result.data.entity` =
         *     `collection`). With `?id=`, reads one customer (`entity` = `customer` at Razorpay, Juspay's customer object
         *     at Juspay). `action` is `fetch`. SDK calls: `customer.fetchAll()` and `customer.fetchById(customerId)`.
         *
         *     The documentation's prose calls the single read `GET /customer/get/<id>`, but its endpoint table and its
         *     example use `GET /customer/get?id=customerId`; the contract follows the examples (see the API description).
         *     Juspay has no list endpoint: with a Juspay-bound key, `id` is required.
         */
        get: operations["fetchCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a customer
         * @description Changes a customer's `name`, `email` and/or `contact` at the merchant's vendor and returns the updated
         *     entity with `action` = `edit`. The customer is identified by the required `id` query parameter (the
         *     documentation's example: `PUT /customer/update?id=customerId`). SDK call: `customer.updateById(customerId, data)`.
         *
         *     Razorpay keeps the (`email`, `contact`) pair unique among a merchant's customers: an update that would
         *     duplicate another customer's pair is refused (`400 VENDOR_ERROR`, "Customer already exists for the merchant").
         */
        put: operations["updateCustomer"];
        post?: never;
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
         * CustomerName
         * @description The customer's name: 3–50 characters of letters, digits, spaces, period (.), apostrophe ('), forward
         *     slash (/), at (@) and parentheses, starting with a letter or digit and ending with a letter, digit, period
         *     or closing parenthesis (Razorpay's rule for the start and the end; see the API description).
         * @example Gaurav Kumar
         */
        CustomerName: string & (unknown & unknown);
        /**
         * CustomerContact
         * @description The customer's phone number with its country code: 8–15 digits, optionally after a leading `+`
         *     (for example `+919876543210`). Only digits and `+` are allowed.
         * @example +919876543210
         */
        CustomerContact: string & (unknown & unknown & unknown);
        /**
         * CustomerEmail
         * Format: email
         * @description The customer's email address, at most 64 characters.
         * @example gaurav.kumar@example.com
         */
        CustomerEmail: string;
        /**
         * FailExisting
         * @description What to do when a customer with the same `email` and `contact` already exists: `true` or `"1"` (the
         *     default) fails with the vendor's duplicate error; `false` or `"0"` returns the existing customer instead.
         *     The documentation names the strings `"1"`/`"0"`; its example sends the boolean `false`; both are accepted.
         * @default 1
         */
        FailExisting: boolean | ("0" | "1");
        /**
         * Gstin
         * @description The customer's GST identification number, if any: a two-digit state code 01–37, five capital letters,
         *     four digits, a capital letter and three capital letters or digits (Razorpay's server rule; the gateway
         *     documentation's example `29XAbbA4369J1PA` does not satisfy it and is refused by Razorpay).
         * @example 29ABCDE1234L1Z1
         */
        Gstin: string;
        /**
         * NotesInput
         * @description Key-value pairs for your own use: at most 15 pairs, each key and each value at most 256 characters.
         *     Values are strings or numbers.
         * @example {
         *       "notes_key_1": "Tea, Earl Grey, Hot",
         *       "notes_key_2": "Tea, Earl Grey… decaf."
         *     }
         */
        NotesInput: {
            [key: string]: string | number;
        };
        /**
         * CustomerCreateRequest
         * @description A new customer. Every field is optional; unknown fields are refused with `400 VALIDATION_FAILED`
         *     (Razorpay refuses them too).
         */
        CustomerCreateRequest: {
            name?: components["schemas"]["CustomerName"];
            contact?: components["schemas"]["CustomerContact"];
            email?: components["schemas"]["CustomerEmail"];
            fail_existing?: components["schemas"]["FailExisting"];
            gstin?: components["schemas"]["Gstin"];
            notes?: components["schemas"]["NotesInput"];
        };
        /**
         * Action
         * @description What the gateway did at the vendor: `create`, `fetch` (one or all customers) or `edit`.
         * @enum {string}
         */
        Action: "create" | "fetch" | "edit";
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
             * @description Always `customer`. (enum property replaced by openapi-typescript)
             * @enum {string}
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
         * ResultFromRazorpay
         * @description What Razorpay returned for a create, edit or single read: `data` is Razorpay's customer entity, unchanged.
         */
        ResultFromRazorpay: {
            action: components["schemas"]["Action"];
            data: components["schemas"]["RazorpayCustomer"];
            /**
             * @description Always `razorpay` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            vendor: "razorpay";
        };
        /**
         * JuspayTimestamp
         * @description A UTC timestamp as Juspay prints it, kept as a string.
         *
         *     Real responses (2019–2023: the .NET SDK's sandbox log, the integration demo's create responses) use
         *     RFC 3339 with second precision and `Z`, e.g. `2023-06-26T07:18:41Z`. The 2016 static doc sample still
         *     shipped in Juspay's integration demo (get/update customer) uses `2016-08-02T08:07:52+0000`, an offset
         *     without a colon, which is not RFC 3339 and fails `format: date-time`. **Decision:** accept both with a
         *     pattern (optional fractional seconds, `Z` or a `±hh:mm`/`±hhmm` offset) instead of `format: date-time`,
         *     so that the documented samples validate; clients should parse both forms.
         * @example 2023-06-26T07:18:41Z
         * @example 2016-08-02T08:07:52+0000
         */
        JuspayTimestamp: string;
        /**
         * JuspayCustomer
         * @description The Juspay customer object, returned by create, get and update.
         *
         *     Lenient by design (it describes what the server sends, not what we would like): undeclared keys are
         *     allowed, `required` lists only the keys every sample and recording has, and `first_name`, `last_name`
         *     and `email_address` may be `null` (the 2023 sandbox recording in Juspay's .NET SDK repo returns
         *     `"first_name": null` for a customer created without names).
         *
         *     **Decisions where sources conflict**
         *     - `id`, not `customer_id`: the v3.2 docs table (seed 004) lists `customer_id` and adds the note
         *       "A "customer_id" should be returned, not "id"", but every sample and recording from 2016 to 2023
         *       (integration demo, .NET SDK log, PHP SDK tests, Juspay's MCP response schema) carries `id` and no
         *       `customer_id`. We follow the server.
         *     - `last_updated`, not `last_udpated`: the v3.2 docs misspell it; every real response uses `last_updated`.
         *     - Timestamps are strings matching `JuspayTimestamp` (both the RFC 3339 form and the 2016 `+0000` form).
         *     - The `id` prefix is not fixed: `cst_` (2016–2020 samples) and `cth_` (2023 sandbox) are both seen.
         *     - `mobile_number` and `mobile_country_code` are in every sample but are **not required** and may be
         *       `null`: the fact sheet's list of always-present keys is an inference, Juspay's own MCP response schema
         *       requires only `id`, `object`, `object_reference_id`, `date_created` and `last_updated` (followed here),
         *       and customers can also be created by other Juspay flows without a mobile number.
         *     - `juspay` may be `null` and its two keys may be `null` (the backend port types the block and both keys as
         *       `Maybe`, which its JSON encoder writes as `null`); when present, the token is in every sample.
         */
        JuspayCustomer: {
            /**
             * @description Customer id generated by Juspay, e.g. `cst_om2l6ctlptxwxuzj` or `cth_okEEqCF6Cso8ekHX`. The prefix
             *     has changed over time, so clients must treat the id as opaque. Usable as `{customer_id}` in the path.
             * @example cst_om2l6ctlptxwxuzj
             */
            id: string;
            /**
             * @description Object type of the entity; always `customer`.
             * @constant
             */
            object: "customer";
            /**
             * @description The merchant's own id for the customer, echoed as sent on create (also usable as `{customer_id}`).
             * @example user01@example.com
             */
            object_reference_id: string;
            /**
             * @description Customer's mobile number as stored (digits, without `+` or country code), or `null`.
             * @example 9988776655
             */
            mobile_number?: string | null;
            /**
             * @description Mobile country code without `+`; the server stores `"91"` when create omits it. `null` is tolerated.
             * @example 91
             */
            mobile_country_code?: string | null;
            /** @description Customer's e-mail address; may be `null` because the server allows creating a customer without one. */
            email_address?: string | null;
            /** @description Customer's first name; `null` when it was never supplied. */
            first_name?: string | null;
            /** @description Customer's last name; `null` when it was never supplied. */
            last_name?: string | null;
            /** @description UTC time the customer object was created in the Juspay system. */
            date_created: components["schemas"]["JuspayTimestamp"];
            /** @description UTC time of the last change to the customer object (misspelt `last_udpated` in the v3.2 docs). */
            last_updated: components["schemas"]["JuspayTimestamp"];
            /**
             * @description Client auth token block for SDK integrations. Present **only** when the request asked for it with
             *     `options.get_client_auth_token=true` (create: body field; get: query parameter); absent otherwise
             *     (the .NET SDK's tests assert it is missing, and the sandbox recording has no `juspay` key). Juspay
             *     does not return it for update.
             */
            juspay?: {
                /** @description Short-lived token the Juspay client SDK uses, e.g. `tkn_24543c6a278f45d680d09edb32e78061` (`tkn_` + 32 hex in all samples; not enforced). */
                client_auth_token: string | null;
                /** @description Expiry of `client_auth_token`; the docs say the token lives 15 minutes (the samples show issue time + 15 min). `null` is tolerated. */
                client_auth_token_expiry: components["schemas"]["JuspayTimestamp"] | null;
            } | null;
        };
        /**
         * ResultFromJuspay
         * @description What Juspay returned: `data` is Juspay's customer object, unchanged.
         */
        ResultFromJuspay: {
            action: components["schemas"]["Action"];
            data: components["schemas"]["JuspayCustomer"];
            /**
             * @description Always `juspay` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            vendor: "juspay";
        };
        /**
         * CustomerResult
         * @description The vendor's answer to a create, edit or single read. Narrow on `vendor`.
         */
        CustomerResult: components["schemas"]["ResultFromRazorpay"] | components["schemas"]["ResultFromJuspay"];
        /**
         * Vendor
         * @description The payment vendor that served the request, chosen by the API key (see the API description).
         * @enum {string}
         */
        Vendor: "razorpay" | "juspay";
        /**
         * CustomerResponse
         * @description The success envelope of a create, an update or a single read.
         */
        CustomerResponse: {
            /**
             * @description Always `success` on a 2xx answer.
             * @constant
             */
            status: "success";
            data: {
                /** @description A human-readable note from the gateway, e.g. `Razorpay logic executed successfully`. */
                message: string;
                result: components["schemas"]["CustomerResult"];
                vendor: components["schemas"]["Vendor"];
            };
        };
        /**
         * FieldError
         * @description One invalid part of the request.
         */
        FieldError: {
            /** @description The offending body field, query parameter or header, e.g. `name`, `notes.note_key_1` or `id`. */
            field: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /**
         * GatewayFailure
         * @description An error raised by the gateway itself, before or instead of calling the vendor.
         */
        GatewayFailure: {
            /**
             * @description `UNAUTHORIZED` (401): `x-api-key` missing, unknown or revoked. `VALIDATION_FAILED` (400): see `details`.
             *     `RATE_LIMITED` (429): retry after `Retry-After` seconds. `INTERNAL_ERROR` (500): the gateway failed.
             *      (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "UNAUTHORIZED" | "VALIDATION_FAILED" | "RATE_LIMITED" | "INTERNAL_ERROR";
            /** @description A human-readable explanation. */
            message: string;
            /** @description For `VALIDATION_FAILED`, one entry per invalid field. */
            details?: components["schemas"]["FieldError"][];
            /** @description The gateway's id for this request; quote it to support. */
            request_id?: string;
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
         * JuspayErrorInfo
         * @description The structured error block of Juspay's current error shape (docs error tables 2024+; the Node SDK's
         *     `ErrorInfoType`). `category` × `code` come from Juspay's error-code catalogue (`USER_ERROR` ×
         *     `INVALID_INPUT`, `RESOURCE_NOT_FOUND`, `ALREADY_EXISTS`, `UNAUTHORIZED`, `BAD_ORIGIN`, …); every
         *     sample carries both. Open to further keys.
         */
        JuspayErrorInfo: {
            /** @description Machine-readable error code, e.g. `INVALID_INPUT`, `RESOURCE_NOT_FOUND`, `ALREADY_EXISTS`, `UNAUTHORIZED`, `BAD_ORIGIN`. */
            code: string;
            /** @description Error category, e.g. `USER_ERROR`. */
            category: string;
            /** @description Message suitable for end users, e.g. `Invalid request params. Please verify your input.` */
            user_message?: string | null;
            /** @description Message for developers, e.g. `Invalid request params`. */
            developer_message?: string | null;
            /** @description Link to documentation about the error (declared by the Node SDK; not seen in customer samples). */
            href?: string | null;
            /** @description Juspay request id (declared by the Node SDK; not seen in customer samples). */
            request_id?: string | null;
            /** @description The request fields that failed validation (`INVALID_INPUT` only). */
            fields?: {
                /** @description Name of the rejected request field, e.g. `mobile_number`. */
                field_name?: string;
                /** @description Why it was rejected; `Invalid value.` in every sample. */
                reason?: string;
            }[] | null;
        };
        /**
         * JuspayErrorCurrent
         * @description Juspay's current error body (docs error tables, 2024+): a flat envelope plus a structured `error_info`
         *     block. Recognised by `error_info`, which every current-shape body carries. The other keys vary with
         *     the error: the 401 `access_denied` body has **no** `error_message`, and the 403 bad-origin body has
         *     `error` and `user_message` but no `status` or `error_code`. So only `error_info` is required. The flat keys
         *     may be `null` (the backend port types `error_message`, `error_code` and `status_id` as `Maybe`).
         */
        JuspayErrorCurrent: {
            /** @description Structured details of the error. */
            error_info: components["schemas"]["JuspayErrorInfo"];
            /** @description Human-readable error, e.g. `Wrong value in mobile_number` (absent from the 401 body). */
            error_message?: string | null;
            /** @description Error status; values vary between errors (`invalid_request_error`, `Invalid Request`, `error`). */
            status?: string | null;
            /** @description Short error code, e.g. `object_not_found`, `unique`, `access_denied`, `Invalid Request`. */
            error_code?: string | null;
            /** @description Numeric status (declared by the Node SDK's `JuspayError`; not seen in customer samples). */
            status_id?: number | null;
            /** @description Top-level copy of the user message (the 403 bad-origin body has it). */
            user_message?: string | null;
            /** @description Set to `true` by the 403 bad-origin body. */
            error?: boolean;
            /** @description Juspay's id for the failed request. */
            juspay_request_id?: string | null;
        };
        /**
         * JuspayErrorLegacy
         * @description Juspay's older error body, still produced by parts of the backend: a flat envelope **without**
         *     `error_info` (recorded in 2019 for a duplicate `object_reference_id` and a bad origin; the 2023 sandbox
         *     log of the .NET SDK shows the same shape for an orders 400; the backend port's "Mandatory fields are
         *     missing" error has it too). Every such body has `error_code`; every recorded one also has `error_message`,
         *     but the backend port declares it optional (`Maybe`) and its predefined 401 `ecAccessDenied` names no
         *     message, so only `error_code` is required. `status` is missing from
         *     the bad-origin body and its values vary (`invalid_request_error`, `error`, `ERROR`). Values may be `null`
         *     (the backend port types `error_message`, `error_code` and `status_id` as `Maybe`).
         *
         *     `not: {required: [error_info]}` (the key must be absent) keeps this member disjoint from `JuspayErrorCurrent`, which
         *     requires `error_info`, so `JuspayError`'s `oneOf` matches exactly one member.
         */
        JuspayErrorLegacy: {
            /** @description Short error code, e.g. `unique`, `bad_origin`, `Mandatory fields are missing`. */
            error_code: string | null;
            /** @description Human-readable error, e.g. `Customer with given object reference id already exist for your account.` */
            error_message?: string | null;
            /** @description Error status, e.g. `invalid_request_error` or `error`. */
            status?: string | null;
            /** @description Numeric status (declared by the Node SDK's `JuspayError`; not seen in customer samples). */
            status_id?: number | null;
            /** @description Message suitable for end users (declared by the .NET and Node SDKs). */
            user_message?: string | null;
            /** @description Juspay's id for the failed request (seen in the recorded bad-origin body). */
            juspay_request_id?: string | null;
        };
        /**
         * JuspayError
         * @description Any Juspay error body: either the current shape (`JuspayErrorCurrent`, has `error_info`) or the legacy
         *     shape (`JuspayErrorLegacy`, no `error_info`). The members exclude each other on `error_info`, so exactly
         *     one matches; there is no tag property, hence no `discriminator`. Clients should read `error_message` (or
         *     `error_info.developer_message` when `error_message` is absent, as in the 401 body) and `error_code`.
         */
        JuspayError: components["schemas"]["JuspayErrorCurrent"] | components["schemas"]["JuspayErrorLegacy"];
        /**
         * CustomerNotFound
         * @description The vendor has no customer with the requested id (Razorpay answers 400 "The id provided does not exist",
         *     Juspay 404 `object_not_found`; the gateway answers 404 for both). The vendor's body is kept in `vendor_error`.
         */
        CustomerNotFound: {
            /**
             * @description Always `CUSTOMER_NOT_FOUND`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "CUSTOMER_NOT_FOUND";
            /** @description A human-readable explanation. */
            message: string;
            vendor: components["schemas"]["Vendor"];
            /** @description The vendor's own error body, verbatim. */
            vendor_error?: components["schemas"]["RazorpayError"] | components["schemas"]["JuspayError"];
            /** @description The gateway's id for this request; quote it to support. */
            request_id?: string;
        };
        /**
         * VendorFailureFromRazorpay
         * @description Razorpay refused or failed the call; its HTTP status and body are passed through verbatim.
         */
        VendorFailureFromRazorpay: {
            /**
             * @description Always `VENDOR_ERROR`.
             * @constant
             */
            code: "VENDOR_ERROR";
            /** @description A human-readable explanation. */
            message: string;
            /**
             * @description Always `razorpay` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            vendor: "razorpay";
            /** @description The HTTP status Razorpay answered with; the gateway answers with the same status. */
            vendor_status: number;
            vendor_error: components["schemas"]["RazorpayError"];
            /** @description The gateway's id for this request; quote it to support. */
            request_id?: string;
        };
        /**
         * VendorFailureFromJuspay
         * @description Juspay refused or failed the call; its HTTP status and body are passed through verbatim.
         */
        VendorFailureFromJuspay: {
            /**
             * @description Always `VENDOR_ERROR`.
             * @constant
             */
            code: "VENDOR_ERROR";
            /** @description A human-readable explanation. */
            message: string;
            /**
             * @description Always `juspay` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            vendor: "juspay";
            /** @description The HTTP status Juspay answered with; the gateway answers with the same status. */
            vendor_status: number;
            vendor_error: components["schemas"]["JuspayError"];
            /** @description The gateway's id for this request; quote it to support. */
            request_id?: string;
        };
        /**
         * VendorFailure
         * @description A vendor's error passed through verbatim. Narrow on `vendor`.
         */
        VendorFailure: components["schemas"]["VendorFailureFromRazorpay"] | components["schemas"]["VendorFailureFromJuspay"];
        /**
         * ErrorResponse
         * @description The one error envelope of the gateway. Narrow on `error.code` (and on `error.vendor` for `VENDOR_ERROR`).
         */
        ErrorResponse: {
            /**
             * @description Always `error` on a 4xx or 5xx answer.
             * @constant
             */
            status: "error";
            /**
             * @description The error, tagged by `code`. The members exclude each other on `code`: `GatewayFailure` has one of
             *     `UNAUTHORIZED`, `VALIDATION_FAILED`, `RATE_LIMITED`, `INTERNAL_ERROR`; `CustomerNotFound` has
             *     `CUSTOMER_NOT_FOUND`; `VendorFailure` has `VENDOR_ERROR` (and is itself tagged by `vendor`).
             */
            error: components["schemas"]["GatewayFailure"] | components["schemas"]["CustomerNotFound"] | components["schemas"]["VendorFailure"];
        };
        /**
         * RazorpayCustomerCollection
         * @description One page of customers (`GET /customers`): `count` is the number of `items` on this page, not the total
         *     (docs `understand.md`: "Indicates the number of `items` are returned").
         */
        RazorpayCustomerCollection: {
            /**
             * @description Always `collection`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            entity: "collection";
            /** @description Number of items in this page. */
            count: number;
            /** @description The customers, newest first. */
            items: components["schemas"]["RazorpayCustomer"][];
        };
        /**
         * CustomerOrCollectionFromRazorpay
         * @description A Razorpay customer (`entity` = `customer`) or a collection of customers (`entity` = `collection`).
         */
        CustomerOrCollectionFromRazorpay: components["schemas"]["RazorpayCustomer"] | components["schemas"]["RazorpayCustomerCollection"];
        /**
         * FetchResultFromRazorpay
         * @description What Razorpay returned for a read: one customer (`?id=`) or a collection of customers (no `id`).
         *     Narrow on `data.entity`.
         */
        FetchResultFromRazorpay: {
            action: components["schemas"]["Action"];
            data: components["schemas"]["CustomerOrCollectionFromRazorpay"];
            /**
             * @description Always `razorpay` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            vendor: "razorpay";
        };
        /**
         * FetchResult
         * @description The vendor's answer to a read of one or all customers. Narrow on `vendor`, then on `data.entity` for Razorpay.
         */
        FetchResult: components["schemas"]["FetchResultFromRazorpay"] | components["schemas"]["ResultFromJuspay"];
        /**
         * FetchCustomersResponse
         * @description The success envelope of a read of one customer (`?id=`) or of all customers.
         */
        FetchCustomersResponse: {
            /**
             * @description Always `success` on a 2xx answer.
             * @constant
             */
            status: "success";
            data: {
                /** @description A human-readable note from the gateway, e.g. `Razorpay GET logic executed successfully`. */
                message: string;
                result: components["schemas"]["FetchResult"];
                vendor: components["schemas"]["Vendor"];
            };
        };
        /**
         * CustomerUpdateRequest
         * @description The fields to change. Fields left out keep their values. Only `name`, `email` and `contact` can be
         *     changed (the gateway's documentation; Razorpay also refuses `notes` and `fail_existing` on edit). The
         *     customer is identified by the `id` query parameter, not by the body.
         */
        CustomerUpdateRequest: {
            name?: components["schemas"]["CustomerName"];
            email?: components["schemas"]["CustomerEmail"];
            contact?: components["schemas"]["CustomerContact"];
        };
    };
    responses: {
        /** @description The `x-api-key` is missing or invalid (`UNAUTHORIZED`), or the vendor refused the merchant's vendor credentials (`VENDOR_ERROR`, passed through). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The vendor refused access (`VENDOR_ERROR`, passed through): Juspay's IP whitelist, Razorpay's forbidden resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The request body is larger than 1 MiB (1,048,576 bytes): the gateway refuses it with `VALIDATION_FAILED` before
         *     reading further, and calls no vendor.
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests for the key (`RATE_LIMITED`), or the vendor throttled the call (`VENDOR_ERROR`, passed through). */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After": number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The gateway failed (`INTERNAL_ERROR`), or the vendor answered 500 (`VENDOR_ERROR`, passed through). */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The vendor answered 502 (`VENDOR_ERROR`, passed through). */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The vendor answered 504 (`VENDOR_ERROR`, passed through). */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The vendor has no customer with that id (`CUSTOMER_NOT_FOUND`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The vendor's id of the one customer to read (`cust_…` at Razorpay; `cst_…`/`cth_…` or the merchant's
         *     `object_reference_id` at Juspay). Leave it out to list all customers (Razorpay only).
         */
        FetchCustomerId: string;
        /**
         * @description The vendor's id of the customer to update (`cust_…` at Razorpay; `cst_…`/`cth_…` or the merchant's
         *     `object_reference_id` at Juspay).
         */
        UpdateCustomerId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreateRequest"];
            };
        };
        responses: {
            /** @description The customer was created (or, with `fail_existing` false, the existing duplicate is returned). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description The request breaks the gateway's limits (`VALIDATION_FAILED`), or the vendor refused it (`VENDOR_ERROR`, passed through). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchCustomers: {
        parameters: {
            query?: {
                /**
                 * @description The vendor's id of the one customer to read (`cust_…` at Razorpay; `cst_…`/`cth_…` or the merchant's
                 *     `object_reference_id` at Juspay). Leave it out to list all customers (Razorpay only).
                 */
                id?: components["parameters"]["FetchCustomerId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer, or all customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FetchCustomersResponse"];
                };
            };
            /** @description A list was asked of a Juspay-bound key (`VALIDATION_FAILED`), or the vendor refused the id (`VENDOR_ERROR`, passed through). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCustomer: {
        parameters: {
            query: {
                /**
                 * @description The vendor's id of the customer to update (`cust_…` at Razorpay; `cst_…`/`cth_…` or the merchant's
                 *     `object_reference_id` at Juspay).
                 */
                id: components["parameters"]["UpdateCustomerId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUpdateRequest"];
            };
        };
        responses: {
            /** @description The customer after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description The request breaks the gateway's limits or lacks `id` (`VALIDATION_FAILED`), or the vendor refused it (`VENDOR_ERROR`, passed through). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
