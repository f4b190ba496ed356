import type { Locale } from '@lgds/core';
import type { FileStore } from '../files/types';

/** A resident's session: an opaque id held in their cookie, and the token every form they post must carry. */
export interface Session {
  /** The opaque random id in the resident's cookie. */
  id: string;
  /** The per-session CSRF token put in every form. */
  csrfToken: string;
  /** When the session ends if the resident does nothing more. */
  expiresAt: Date;
}

/** What a resident has done in one transaction within a session. */
export interface Journey {
  /** Their answers so far, keyed by step id, as `handleStepPost` returns them. */
  answers: Record<string, unknown>;
  /** The key that makes sending from check answers store one submission however often it is posted. */
  idempotencyKey: string;
  /** Set once they have sent it: the reference the confirmation page shows. */
  submittedReference?: string;
  /** Set while their sent answers wait for a card payment: the submission, its latest payment and how that went. */
  payment?: JourneyPayment;
}

/** The card payment a journey is waiting for. */
export interface JourneyPayment {
  /** The submission, stored and awaiting payment. */
  reference: string;
  /** The provider's id of the latest payment made for it. */
  paymentId: string;
  /** Why the latest payment did not go through, once the resident is back: check answers says so. */
  outcome?: 'failed' | 'cancelled' | 'error' | 'unfinished';
}

/** What resuming a session found. */
export type ResumedSession =
  | { status: 'active'; session: Session }
  /** It timed out: its answers have now been deleted. */
  | { status: 'expired' }
  /** No such session (never issued, tampered with, or long gone). */
  | { status: 'unknown' };

/** Where residents' sessions and their answers are kept, between requests and across service processes. */
export interface SessionStore {
  /** Stores a new session. */
  createSession(session: Session): Promise<void>;
  /**
   * Finds a session by the id in a cookie. An active one is extended to `expiresAt` (when that adds more than a
   * minute, so most requests only read); one past its expiry has its answers deleted and is reported as expired.
   */
  resumeSession(id: string, now: Date, expiresAt: Date): Promise<ResumedSession>;
  /** The resident's journey through one transaction, if they have started it. */
  getJourney(sessionId: string, transaction: string): Promise<Journey | undefined>;
  /** Saves the resident's journey through one transaction. */
  saveJourney(sessionId: string, transaction: string, journey: Journey): Promise<void>;
  /**
   * After a submission: moves the resident to a new session (so the old id is worth nothing to anyone who saw it),
   * taking their other journeys with them. Both the old and the new session remember the submitted reference
   * for that transaction, with its answers cleared, so a replayed post with the old cookie still leads to the
   * same confirmation. One database transaction.
   */
  rotateSession(
    oldId: string,
    next: Session,
    submitted: { transaction: string; reference: string; idempotencyKey: string },
  ): Promise<void>;
  /**
   * Deletes the answers of every session that expired before `now`, and those saved with "come back later" links
   * that have expired, and the uploaded files (never sent) that no answers hold any more. Returns how many sessions
   * lost answers.
   */
  deleteExpiredAnswers(now: Date): Promise<number>;
}

/** A submission as stored: exactly once per idempotency key. */
export interface StoredSubmission {
  reference: string;
  transaction: string;
  version: number;
  /** The payload exactly as validated against the transaction's payload schema. */
  payload: Record<string, unknown>;
  submittedAt: Date;
  /** The language the resident used (`en` for submissions stored before it was recorded). */
  locale: Locale;
  /** `awaiting-payment` until its card payment succeeds; `confirmed` once sent (and paid, if it was paid for). */
  status: 'awaiting-payment' | 'confirmed';
}

/** A submission to store, and the outbox channels to deliver it to. */
export interface NewSubmission extends Omit<StoredSubmission, 'locale' | 'status'> {
  /** Makes storing it exactly-once: a second submission with the same key stores nothing. */
  idempotencyKey: string;
  /** The language the resident used. Defaults to English. */
  locale?: Locale;
  /** The outbox channels it goes to, such as `['webhook', 'email']`: one pending delivery each. */
  deliveries?: readonly string[];
  /** Store it to await a card payment: it gets no deliveries until `confirmPayment`. */
  awaitingPayment?: boolean;
  /** The ids of the files the resident uploaded for it: kept with it in the same database transaction. */
  files?: readonly string[];
}

/** What storing a submission did. */
export type SubmitResult =
  /** Stored now, or stored earlier with the same idempotency key: either way, this is the reference. */
  | { status: 'stored' | 'existing'; reference: string }
  /** The reference is already used by another submission (a 1 in 10^14 chance): make a new one and try again. */
  | { status: 'reference-taken' };

/** Where submissions are kept. */
export interface SubmissionStore {
  /**
   * Stores a submission once per idempotency key; concurrent calls with one key all get the same reference. With
   * it, in the same database transaction, one pending delivery per channel in `deliveries` (the outbox), due now.
   */
  submit(submission: NewSubmission): Promise<SubmitResult>;
  /** Finds a submission by its reference. */
  getSubmission(reference: string): Promise<StoredSubmission | undefined>;
  /**
   * Confirmed submissions sent at or after `since` (all when left out), oldest first, at most `limit` (default
   * all). Those still awaiting a payment are left out: nothing has been sent.
   */
  listSubmissions(options?: { since?: Date; limit?: number }): Promise<StoredSubmission[]>;
}

/** A card payment made for a submission, as the service asked for it. */
export interface StoredPayment {
  paymentId: string;
  reference: string;
  /** Who takes it, such as `govuk-pay`. */
  provider: string;
  amountPence: number;
  createdAt: Date;
  status: 'created' | 'success' | 'failed' | 'cancelled' | 'error';
}

/** What confirming a payment did. */
export type ConfirmResult =
  /** Confirmed now: the payment is in the payload and the deliveries are due. */
  | { status: 'confirmed' }
  /** Confirmed before (by the resident's return or by the provider's webhook, whichever came first). */
  | { status: 'already-confirmed' }
  /** No submission awaits this payment. */
  | { status: 'unknown' };

/** The card payments made for submissions. */
export interface PaymentStore {
  /** Keeps a payment just made for a submission awaiting payment. */
  recordPayment(payment: Omit<StoredPayment, 'status'>): Promise<void>;
  /** A payment by the provider's id. */
  getPayment(paymentId: string): Promise<StoredPayment | undefined>;
  /** Records that a payment failed, was cancelled or ended in error. */
  settlePayment(paymentId: string, status: 'failed' | 'cancelled' | 'error'): Promise<void>;
  /**
   * Confirms the submission a payment that succeeded was for, exactly once however many times it is called and from
   * however many processes: its payload gains the payment, its status becomes `confirmed` and its deliveries are
   * written, due at `confirmedAt`, all in one database transaction.
   */
  confirmPayment(confirm: {
    paymentId: string;
    confirmedAt: Date;
    deliveries?: readonly string[];
  }): Promise<ConfirmResult>;
}

/** Where a submission's delivery to one channel has got to. */
export interface Delivery {
  reference: string;
  /** The channel: `webhook`, `email`, `sms`, or a name the council gave a deliverer. */
  channel: string;
  /** `pending` (due or waiting to be tried again), `delivered`, `skipped` (nothing to send) or `dead` (given up). */
  status: 'pending' | 'delivered' | 'skipped' | 'dead';
  /** Attempts made so far (a worker that died mid-attempt counts). */
  attempts: number;
  /** When it is next due, while pending. */
  nextAttemptAt: Date;
  /** Why the last attempt failed (never personal data). */
  lastError: string | null;
  /** When it was delivered, skipped or given up. */
  settledAt: Date | null;
}

/** A delivery a worker has claimed: it alone attempts it until `lockedUntil`, then another worker may. */
export interface ClaimedDelivery {
  reference: string;
  channel: string;
  /** Attempts so far, this one included. */
  attempts: number;
  /** The worker's claim: settling needs it, so a worker that overran its lease cannot settle another's attempt. */
  claim: string;
  submission: StoredSubmission;
}

/** What became of an attempt, for `settleDelivery`. */
export type DeliverySettlement =
  | { status: 'delivered' | 'skipped'; at: Date; note?: string }
  | { status: 'pending'; nextAttemptAt: Date; error: string }
  | { status: 'dead'; at: Date; error: string };

/** The outbox: deliveries of stored submissions, claimed by workers in any number of processes. */
export interface OutboxStore {
  /**
   * Claims up to `limit` pending deliveries due at `now` on the given channels, oldest first, each until
   * `now + leaseMs`, counting an attempt. Rows other workers hold are skipped, not waited for.
   */
  claimDeliveries(options: {
    now: Date;
    limit: number;
    leaseMs: number;
    channels: readonly string[];
    claim: string;
  }): Promise<ClaimedDelivery[]>;
  /** Records what an attempt came to. Returns false (and changes nothing) if the claim is no longer this one's. */
  settleDelivery(
    delivery: { reference: string; channel: string; claim: string },
    outcome: DeliverySettlement,
  ): Promise<boolean>;
  /** A submission's deliveries, by channel. */
  listDeliveries(reference: string): Promise<Delivery[]>;
  /** Makes a submission's dead deliveries pending again, due at `now`, with their attempts reset. Returns how many. */
  retryDeliveries(reference: string, now: Date): Promise<number>;
  /** How many deliveries there are in each status (for staff and for health checks). */
  countDeliveries(): Promise<Record<Delivery['status'], number>>;
}

/** A "save and come back later" link, kept by the SHA-256 of its token only. */
export interface ReturnLink {
  tokenHash: string;
  transaction: string;
  answers: Record<string, unknown>;
  createdAt: Date;
  expiresAt: Date;
}

/** What opening a return link found. */
export type OpenedReturnLink =
  | { status: 'opened'; transaction: string; answers: Record<string, unknown> }
  | { status: 'used' | 'expired' | 'unknown' };

/** Where "save and come back later" links are kept. */
export interface ReturnLinkStore {
  /** Keeps a new link. */
  saveReturnLink(link: ReturnLink): Promise<void>;
  /**
   * Uses a link once: the first call before it expires gets its answers, and marks it used in the same statement,
   * so two clicks cannot both open it.
   */
  openReturnLink(tokenHash: string, now: Date): Promise<OpenedReturnLink>;
}

/** Everything the service keeps, in one database. */
export interface Store extends SessionStore, SubmissionStore, PaymentStore, OutboxStore, ReturnLinkStore {
  /** Brings the database's tables up to date (versioned migrations, safe to run from several processes at once). */
  migrate(): Promise<void>;
  /** Closes the database connection (or pool). */
  close(): Promise<void>;
  /**
   * Uploaded files, in the same database: what the service keeps files in unless given a `files` store of its own.
   * Its `submit` keeps a submission's `files` with it, and `deleteExpiredAnswers` deletes files no answers hold.
   */
  files?: FileStore;
}
