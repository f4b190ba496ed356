import type { SqlDatabase } from './database';
import { type SubmissionRow, submissionColumns, submissionOf } from './rows';
import type { Delivery, OutboxStore } from './types';

type DeliveryRow = {
  reference: string;
  channel: string;
  status: Delivery['status'];
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  settled_at: Date | null;
};

/**
 * The outbox's SQL. Workers in any number of processes claim due deliveries with `FOR UPDATE SKIP LOCKED` (each
 * row goes to one worker, and none waits on another) and hold them for a lease: a worker that dies mid-attempt
 * leaves the row to be claimed again once the lease runs out, so nothing is lost; its attempt still counts, so a
 * delivery that kills its worker every time is given up on after the most attempts rather than tried for ever.
 */
export function outboxQueries(db: SqlDatabase): OutboxStore {
  return {
    async claimDeliveries({ now, limit, leaseMs, channels, claim }) {
      const { rows } = await db.query<SubmissionRow & { channel: string; attempts: number }>(
        `with due as (
           select reference, channel from lgds_deliveries
           where status = 'pending' and next_attempt_at <= $1::timestamptz and channel = any($3::text[])
             and (locked_until is null or locked_until <= $1::timestamptz)
           order by next_attempt_at
           limit $2
           for update skip locked
         ), claimed as (
           update lgds_deliveries d
           set claim = $4, locked_until = $5::timestamptz, attempts = d.attempts + 1
           from due where d.reference = due.reference and d.channel = due.channel
           returning d.reference, d.channel, d.attempts
         )
         select claimed.channel, claimed.attempts, ${submissionColumns}
         from claimed join lgds_submissions s on s.reference = claimed.reference`,
        [now, limit, [...channels], claim, new Date(now.getTime() + leaseMs)],
      );
      return rows.map((row) => ({
        reference: row.reference,
        channel: row.channel,
        attempts: row.attempts,
        claim,
        submission: submissionOf(row),
      }));
    },

    async settleDelivery({ reference, channel, claim }, outcome) {
      const pending = outcome.status === 'pending';
      const { rows } = await db.query<{ reference: string }>(
        `update lgds_deliveries
         set status = $4, claim = null, locked_until = null, last_error = $5,
             next_attempt_at = coalesce($6::timestamptz, next_attempt_at), settled_at = $7::timestamptz
         where reference = $1 and channel = $2 and claim = $3 and status = 'pending'
         returning reference`,
        [
          reference,
          channel,
          claim,
          outcome.status,
          'error' in outcome ? outcome.error : (outcome.note ?? null),
          pending ? outcome.nextAttemptAt : null,
          pending ? null : outcome.at,
        ],
      );
      return rows.length > 0;
    },

    async listDeliveries(reference) {
      const { rows } = await db.query<DeliveryRow>(
        `select reference, channel, status, attempts, next_attempt_at, last_error, settled_at
         from lgds_deliveries where reference = $1 order by channel`,
        [reference],
      );
      return rows.map((row) => ({
        reference: row.reference,
        channel: row.channel,
        status: row.status,
        attempts: row.attempts,
        nextAttemptAt: row.next_attempt_at,
        lastError: row.last_error,
        settledAt: row.settled_at,
      }));
    },

    async retryDeliveries(reference, now) {
      const { rows } = await db.query<{ channel: string }>(
        `update lgds_deliveries
         set status = 'pending', attempts = 0, next_attempt_at = $2::timestamptz, claim = null, locked_until = null,
             settled_at = null
         where reference = $1 and status = 'dead'
         returning channel`,
        [reference, now],
      );
      return rows.length;
    },

    async countDeliveries() {
      const { rows } = await db.query<{ status: Delivery['status']; count: number }>(
        'select status, count(*)::int as count from lgds_deliveries group by status',
      );
      const counts = { pending: 0, delivered: 0, skipped: 0, dead: 0 };
      for (const row of rows) counts[row.status] = row.count;
      return counts;
    },
  };
}
