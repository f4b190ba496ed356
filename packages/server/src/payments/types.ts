import type { Locale } from '@lgds/core';

/** A card payment to take. */
export interface NewPayment {
  /** How much, in pence: a whole number above 0 (GOV.UK Pay takes up to 10,000,000, £100,000). */
  amount: number;
  /** Your reference for it, such as the application's reference: shown to staff and in reports, not unique. */
  reference: string;
  /** What the resident is paying for, shown on the payment pages, such as "Garden waste collection: 2 bins". */
  description: string;
  /** Where the resident comes back to when they have paid, failed or cancelled: https in production. */
  returnUrl: string;
  /** The language of the payment pages: English or Welsh. */
  language: Locale;
  /** The resident's email address, filled in for them on the payment pages (and used for the receipt). */
  email?: string;
}

/** The states GOV.UK Pay reports (state.status). */
export type PaymentStatus =
  | 'created'
  | 'started'
  | 'submitted'
  | 'capturable'
  | 'success'
  | 'failed'
  | 'cancelled'
  | 'error';

/** A payment as the provider reports it. */
export interface Payment {
  /** The provider's id for the payment (GOV.UK Pay's `payment_id`). */
  id: string;
  /** Where the payment is: only `success` means the resident paid. */
  status: PaymentStatus;
  /** True once the status can no longer change: success, failed, cancelled or error. */
  finished: boolean;
  /** In pence. */
  amount: number;
  /** The reference it was created with. */
  reference: string;
  /** Where to send the resident to pay, while the payment is not finished. */
  nextUrl?: string;
  /**
   * GOV.UK Pay's code and message for a failed, cancelled or error payment: P0010 (payment method rejected), P0020
   * (expired), P0030 (the resident chose Cancel: status `failed`), P0040 (cancelled by the service: status
   * `cancelled`), P0050 (the payment provider returned an error: status `error`).
   */
  failure?: { code: string; message: string };
}

/** What a provider's webhook said, once its signature is checked. */
export interface PaymentEvent {
  /** `succeeded`: the payment was taken (GOV.UK Pay's `card_payment_succeeded`); `other`: any other event. */
  kind: 'succeeded' | 'other';
  paymentId: string;
  /** The reference the payment was made with, when the webhook carries it. */
  reference?: string;
}

/** Card payments: GOV.UK Pay (`govukPay`) or a council's own provider. */
export interface PaymentProvider {
  /** Who takes the payments, as a paid submission's payload names them, such as `govuk-pay`. */
  readonly name?: string;
  /**
   * The origin of the provider's payment pages, such as `https://card.payments.service.gov.uk`: check answers' form
   * may send the resident there (the service's Content-Security-Policy `form-action` allows it, and no other).
   */
  readonly pagesOrigin: string;
  /** Creates a payment for the resident to make at its `nextUrl`. */
  createPayment(payment: NewPayment): Promise<Payment>;
  /**
   * The payment as the provider has it now. The only proof of payment: a resident coming back to the `returnUrl`
   * proves nothing, and neither does a webhook until its payment has been read.
   */
  getPayment(paymentId: string): Promise<Payment>;
  /** Checks a webhook's signature (against every configured secret) and reads it; undefined when forged or unreadable. */
  readWebhook(rawBody: string, headers: Headers): PaymentEvent | undefined;
}

/**
 * The provider could not be reached or refused the request; `retryable` when trying again later may work (5xx, 429,
 * timeouts). The message never contains the API key.
 */
export class PaymentProviderError extends Error {
  /** The HTTP status the provider answered with; undefined when it did not answer (a timeout, a network error). */
  readonly status?: number;
  /** The provider's own error code, such as GOV.UK Pay's `P0102`. */
  readonly code?: string;
  /** Whether trying again later may work: a timeout, a network error, 429 or 5xx. */
  readonly retryable: boolean;

  constructor(message: string, details: { status?: number; code?: string; retryable: boolean; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'PaymentProviderError';
    if (details.status !== undefined) this.status = details.status;
    if (details.code !== undefined) this.code = details.code;
    this.retryable = details.retryable;
  }
}
