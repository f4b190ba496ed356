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
  /** Deletes the answers of every session that expired before `now`. Returns how many sessions lost answers. */
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
}

/** What storing a submission did. */
export type SubmitResult =
  /** Stored now, or stored earlier with the same idempotency key: either way, this is the reference. */
  | { status: 'stored' | 'existing'; reference: string }
  /** The reference is already used by another submission (a 1 in 10^14 chance): make a new one and try again. */
  | { status: 'reference-taken' };

/** Where submissions are kept. */
export interface SubmissionStore {
  /** Stores a submission once per idempotency key; concurrent calls with one key all get the same reference. */
  submit(submission: StoredSubmission & { idempotencyKey: string }): Promise<SubmitResult>;
  /** Finds a submission by its reference. */
  getSubmission(reference: string): Promise<StoredSubmission | undefined>;
}

/** Everything the service keeps, in one database. */
export interface Store extends SessionStore, SubmissionStore {
  /** Brings the database's tables up to date (versioned migrations, safe to run from several processes at once). */
  migrate(): Promise<void>;
  /** Closes the database connection (or pool). */
  close(): Promise<void>;
}
