import { deleteUnsentFiles, keepFilesWithSubmission, sqlFileStore } from '../files/sql-files';
import type { SqlDatabase, SqlQueryable } from './database';
import { migrate } from './migrations';
import { type SubmissionRow, submissionColumns, submissionOf, toJsonb } from './rows';
import { outboxQueries } from './sql-outbox';
import { insertDeliveries, paymentQueries } from './sql-payments';
import { returnLinkQueries } from './sql-return-links';
import type { Journey, JourneyPayment, NewSubmission, ResumedSession, Store, SubmitResult } from './types';

/**
 * How long a session row outlives its expiry. Its answers go at expiry; the row itself stays this long so that a
 * resident coming back with the old cookie is told their session timed out, rather than treated as a stranger.
 */
export const EXPIRED_SESSION_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/** How long a file just uploaded is kept before the answers holding it are saved (a moment, given plenty). */
const UPLOAD_GRACE_MS = 10 * 60 * 1000;

type JourneyRow = {
  answers: Record<string, unknown>;
  idempotency_key: string;
  submitted_reference: string | null;
  payment: JourneyPayment | null;
};

function journeyOf(row: JourneyRow): Journey {
  const journey: Journey = { answers: row.answers, idempotencyKey: row.idempotency_key };
  // Left out rather than `undefined`, as the type's optional properties say.
  if (row.submitted_reference !== null) journey.submittedReference = row.submitted_reference;
  if (row.payment !== null) journey.payment = row.payment;
  return journey;
}

// Sets a journey to "sent": answers gone, reference kept. On an existing row the idempotency key stays, so the
// submission it made is still the one a replayed post finds.
const markSubmitted = `
  insert into lgds_journeys (session_id, transaction, answers, idempotency_key, submitted_reference)
  values ($1, $2, '{}'::jsonb, $3, $4)
  on conflict (session_id, transaction) do update
  set answers = '{}'::jsonb, submitted_reference = excluded.submitted_reference, payment = null, updated_at = now()`;

async function rotate(
  tx: SqlQueryable,
  oldId: string,
  next: { id: string; csrfToken: string; expiresAt: Date },
  submitted: { transaction: string; reference: string; idempotencyKey: string },
): Promise<void> {
  // Locking the old session first makes concurrent rotations of it (a double click on send) take turns instead
  // of interleaving, and always in the same order, so they cannot deadlock. NO KEY UPDATE still lets other
  // requests save journeys in it meanwhile.
  const { rows: locked } = await tx.query<{ rotated_to: string | null }>(
    'select rotated_to from lgds_sessions where id = $1 for no key update',
    [oldId],
  );
  const found = locked[0];
  // Read in a statement of its own, after the lock: in READ COMMITTED each statement sees what was committed
  // before it began, so this sees what a rotation we waited for wrote (a join in the locking statement would not).
  const { rows: journeys } = await tx.query<{ submitted_reference: string | null }>(
    'select submitted_reference from lgds_journeys where session_id = $1 and transaction = $2',
    [oldId, submitted.transaction],
  );
  await tx.query('insert into lgds_sessions (id, csrf_token, expires_at) values ($1, $2, $3::timestamptz)', [
    next.id,
    next.csrfToken,
    next.expiresAt,
  ]);
  const rotatedBefore =
    found?.rotated_to != null && journeys[0]?.submitted_reference === submitted.reference
      ? found.rotated_to
      : undefined;
  if (rotatedBefore !== undefined) {
    // This submission was rotated already and the resident's other journeys moved on: copy them from there, so
    // whichever of the two new cookies their browser keeps, nothing is lost.
    await tx.query(
      `insert into lgds_journeys (session_id, transaction, answers, idempotency_key, submitted_reference)
       select $1, transaction, answers, idempotency_key, submitted_reference
       from lgds_journeys where session_id = $2 and transaction <> $3`,
      [next.id, rotatedBefore, submitted.transaction],
    );
  } else {
    // Moved, not copied: the old id must not lead to anything the resident does from now on.
    await tx.query(
      'update lgds_journeys set session_id = $1, updated_at = now() where session_id = $2 and transaction <> $3',
      [next.id, oldId, submitted.transaction],
    );
  }
  if (found) {
    // The old session (if it still exists) remembers the reference, so a replayed post shows the confirmation.
    await tx.query(markSubmitted, [oldId, submitted.transaction, submitted.idempotencyKey, submitted.reference]);
    await tx.query('update lgds_sessions set rotated_to = $1 where id = $2', [next.id, oldId]);
  }
  await tx.query(markSubmitted, [next.id, submitted.transaction, submitted.idempotencyKey, submitted.reference]);
}

async function submit(tx: SqlQueryable, submission: NewSubmission): Promise<SubmitResult> {
  // Insert-or-nothing, then look up by key: when 50 requests race with one key, PostgreSQL makes every
  // conflicting insert wait for the first to commit, so the lookup always finds the one that won.
  const inserted = await tx.query<{ reference: string }>(
    `insert into lgds_submissions
       (reference, idempotency_key, transaction, version, payload, submitted_at, locale, status)
     values ($1, $2, $3, $4, $5::jsonb, $6::timestamptz, $7, $8)
     on conflict do nothing
     returning reference`,
    [
      submission.reference,
      submission.idempotencyKey,
      submission.transaction,
      submission.version,
      toJsonb(submission.payload),
      submission.submittedAt,
      submission.locale ?? 'en',
      submission.awaitingPayment ? 'awaiting-payment' : 'confirmed',
    ],
  );
  if (inserted.rows[0]) {
    // The outbox, in the same transaction: a stored submission always has its deliveries, and a rolled-back one
    // none. Due at once; the resident's page never waits for them. One awaiting payment gets them when it is paid.
    if (!submission.awaitingPayment) {
      await insertDeliveries(tx, submission.reference, submission.deliveries ?? [], submission.submittedAt);
    }
    await keepFilesWithSubmission(tx, submission.reference, submission.files ?? []);
    return { status: 'stored', reference: inserted.rows[0].reference };
  }
  const existing = await tx.query<{ reference: string }>(
    'select reference from lgds_submissions where idempotency_key = $1',
    [submission.idempotencyKey],
  );
  // Nothing under this key, yet the insert conflicted: another submission has this reference.
  if (!existing.rows[0]) return { status: 'reference-taken' };
  return { status: 'existing', reference: existing.rows[0].reference };
}

/**
 * The store, in SQL that PGlite and a PostgreSQL server both run: every method is one statement or one
 * transaction, with values always passed as parameters. Call `migrate()` before anything else (the `pgliteStore`
 * and `postgresStore` factories do), and `close()` closes `db`.
 *
 * Times are the caller's (`now` and `expiresAt` arguments), never the database's clock, so a service and its
 * tests agree on what has expired. A session is active while `now` is before its `expiresAt`.
 */
export function sqlStore(db: SqlDatabase): Store {
  return {
    migrate: () => migrate(db),

    close: () => db.close(),

    async createSession(session) {
      await db.query('insert into lgds_sessions (id, csrf_token, expires_at) values ($1, $2, $3::timestamptz)', [
        session.id,
        session.csrfToken,
        session.expiresAt,
      ]);
    },

    async resumeSession(id, now, expiresAt): Promise<ResumedSession> {
      // One statement reads, extends or clears, so two requests arriving together cannot both see a session
      // that is about to expire, or extend one whose answers are being deleted. It writes only when the session
      // would gain more than a minute: most page views just read, which keeps a busy database fast. An extension
      // never shortens the session: a slow request that started earlier must not undo a later one's extension.
      const { rows } = await db.query<{ status: 'active' | 'expired'; csrf_token: string; expires_at: Date }>(
        `with extended as (
           update lgds_sessions set expires_at = $3::timestamptz
           where id = $1 and expires_at > $2::timestamptz
             and expires_at < $3::timestamptz - interval '1 minute'
           returning csrf_token, expires_at
         ), unchanged as (
           select csrf_token, expires_at from lgds_sessions
           where id = $1 and expires_at > $2::timestamptz
             and expires_at >= $3::timestamptz - interval '1 minute'
         ), expired as (
           select id from lgds_sessions where id = $1 and expires_at <= $2::timestamptz
         ), cleared as (
           delete from lgds_journeys where session_id in (select id from expired)
         )
         select 'active' as status, csrf_token, expires_at from extended
         union all
         select 'active', csrf_token, expires_at from unchanged
         union all
         select 'expired', null, null from expired`,
        [id, now, expiresAt],
      );
      const row = rows[0];
      if (!row) return { status: 'unknown' };
      if (row.status === 'expired') return { status: 'expired' };
      return { status: 'active', session: { id, csrfToken: row.csrf_token, expiresAt: row.expires_at } };
    },

    async getJourney(sessionId, transaction) {
      const { rows } = await db.query<JourneyRow>(
        `select answers, idempotency_key, submitted_reference, payment
         from lgds_journeys where session_id = $1 and transaction = $2`,
        [sessionId, transaction],
      );
      return rows[0] && journeyOf(rows[0]);
    },

    async saveJourney(sessionId, transaction, journey) {
      await db.query(
        `insert into lgds_journeys (session_id, transaction, answers, idempotency_key, submitted_reference, payment)
         values ($1, $2, $3::jsonb, $4, $5, $6::jsonb)
         on conflict (session_id, transaction) do update
         set answers = excluded.answers, idempotency_key = excluded.idempotency_key,
             submitted_reference = excluded.submitted_reference, payment = excluded.payment, updated_at = now()`,
        [
          sessionId,
          transaction,
          toJsonb(journey.answers),
          journey.idempotencyKey,
          journey.submittedReference ?? null,
          journey.payment ? JSON.stringify(journey.payment) : null,
        ],
      );
    },

    rotateSession: (oldId, next, submitted) => db.transaction((tx) => rotate(tx, oldId, next, submitted)),

    async deleteExpiredAnswers(now) {
      // One statement: answers of every expired session go now; rows of sessions past the grace period go too
      // (their journeys are the ones just deleted, so the cascade finds nothing more).
      const { rows } = await db.query<{ sessions: number }>(
        `with cleared as (
           delete from lgds_journeys j using lgds_sessions s
           where s.id = j.session_id and s.expires_at <= $1::timestamptz
           returning j.session_id
         ), purged as (
           delete from lgds_sessions where expires_at < $2::timestamptz
         ), links_cleared as (
           -- answers saved with a "come back later" link go when it expires; the row stays a while longer, so the
           -- link still says it has expired rather than that it never worked
           update lgds_return_links set answers = '{}'::jsonb
           where expires_at <= $1::timestamptz and answers <> '{}'::jsonb
         ), links_purged as (
           delete from lgds_return_links where expires_at < $2::timestamptz
         )
         select count(distinct session_id)::int as sessions from cleared`,
        [now, new Date(now.getTime() - EXPIRED_SESSION_GRACE_MS)],
      );
      // A statement of its own: in the one above, every part sees the journeys as they were before it deleted any.
      await deleteUnsentFiles(db, new Date(now.getTime() - UPLOAD_GRACE_MS));
      return rows[0]?.sessions ?? 0;
    },

    submit: (submission) => db.transaction((tx) => submit(tx, submission)),

    async getSubmission(reference) {
      const { rows } = await db.query<SubmissionRow>(
        `select ${submissionColumns} from lgds_submissions s where s.reference = $1`,
        [reference],
      );
      return rows[0] && submissionOf(rows[0]);
    },

    async listSubmissions(options = {}) {
      const { rows } = await db.query<SubmissionRow>(
        `select ${submissionColumns} from lgds_submissions s
         where s.submitted_at >= coalesce($1::timestamptz, '-infinity') and s.status = 'confirmed'
         order by s.submitted_at, s.reference
         limit $2`,
        [options.since ?? null, options.limit ?? null],
      );
      return rows.map(submissionOf);
    },

    files: sqlFileStore(db),

    ...paymentQueries(db),
    ...outboxQueries(db),
    ...returnLinkQueries(db),
  };
}
