import type { DeliveredFile, Locale } from '@lgds/core';

/** A stored submission on its way out, with what a message about it needs. */
export interface Outgoing {
  /** The resident's reference: also the idempotency key every delivery of it carries. */
  reference: string;
  /** The transaction's id, such as `garden-waste-new`. */
  transaction: string;
  /** The payload exactly as stored (checked against the transaction's JSON Schema when it was sent). */
  payload: Record<string, unknown>;
  /** When the resident sent it. */
  submittedAt: Date;
  /** Which attempt this is: 1 the first time, 2 the next, and so on (reset when staff retry a dead delivery). */
  attempt: number;
  /** The language the resident used: their emails and texts are in it. */
  locale: Locale;
  /** The transaction's name in the resident's language, such as "Subscribe to garden waste collection". */
  serviceName: string;
  /** What happens next, in the resident's language: the confirmation page's own sentences. */
  nextSteps: readonly string[];
  /**
   * How to reach the resident, from the answers to the journey's email and telephone questions. A text is
   * wanted only when there is a telephone number and no email address (the resident chose to be phoned).
   */
  contact: { email?: string; phone?: string };
  /**
   * The files the resident uploaded with it (evidence), with their bytes, read from the file store only when a
   * deliverer asks: the webhook sends them to the back office; an email has no need of them. None for most
   * submissions.
   */
  files?: () => Promise<DeliveredFile[]>;
}

/**
 * What one attempt came to.
 * - `delivered`: done; never tried again.
 * - `retry`: a failure that may pass (network error, timeout, 5xx, 408, 429): tried again later with backoff.
 *   `after` (ms) is the least wait the other side asked for (a `Retry-After`).
 * - `rejected`: the other side refused it for good (another 4xx): marked dead at once, for staff to look at.
 * - `skipped`: nothing to send (a text when the resident gave no phone number): counts as done.
 */
export type DeliveryResult =
  | { status: 'delivered' }
  | { status: 'skipped'; why: string }
  | { status: 'retry'; error: string; after?: number }
  | { status: 'rejected'; error: string };

/**
 * Somewhere submissions go after they are stored: the council's back office by webhook, or the resident by
 * GOV.UK Notify. Each is a `channel` of the outbox: every submission gets one delivery row per channel, written in
 * the same database transaction as the submission, and each channel's deliveries are retried on their own.
 *
 * A delivery may be attempted more than once (a worker can die after sending and before recording it), so the
 * other side must treat the reference as an idempotency key. Errors must never contain personal data: they are
 * stored and shown to staff.
 */
export interface Deliverer {
  /** The channel's name, unique in the service: `webhook`, `email`, `waste-system`. Stored with each delivery. */
  readonly channel: string;
  /** The transactions (ids) it is for; all when left out. */
  readonly transactions?: readonly string[];
  /** Makes one attempt. Resolves with the outcome; a throw is treated as `retry`. */
  deliver(outgoing: Outgoing, signal: AbortSignal): Promise<DeliveryResult>;
}
