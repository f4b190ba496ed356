import type { SqlDatabase, SqlQueryable } from './database';
import { toJsonb } from './rows';
import type { PaymentStore, StoredPayment } from './types';

type PaymentRow = {
  payment_id: string;
  reference: string;
  provider: string;
  amount_pence: number;
  created_at: Date;
  status: StoredPayment['status'];
};

/**
 * Writes a submission's outbox: one pending delivery per channel, due at `dueAt`. Called in the transaction that
 * stores a submission, or in the one that confirms its payment, so a confirmed submission always has its deliveries.
 */
export async function insertDeliveries(
  tx: SqlQueryable,
  reference: string,
  channels: readonly string[],
  dueAt: Date,
): Promise<void> {
  if (channels.length === 0) return;
  await tx.query(
    `insert into lgds_deliveries (reference, channel, next_attempt_at)
     select $1, channel, $3::timestamptz from unnest($2::text[]) as channel`,
    [reference, [...new Set(channels)], dueAt],
  );
}

/**
 * The card payments' SQL. Confirming is one conditional update of the submission (`status = 'awaiting-payment'`):
 * when the resident's return and the provider's webhook race, PostgreSQL makes the second update wait for the first
 * to commit and then find nothing left to confirm, so the payment is confirmed, and delivered, once.
 */
export function paymentQueries(db: SqlDatabase): PaymentStore {
  return {
    async recordPayment(payment) {
      await db.query(
        `insert into lgds_payments (payment_id, reference, provider, amount_pence, created_at)
         values ($1, $2, $3, $4, $5::timestamptz)`,
        [payment.paymentId, payment.reference, payment.provider, payment.amountPence, payment.createdAt],
      );
    },

    async getPayment(paymentId) {
      const { rows } = await db.query<PaymentRow>(
        `select payment_id, reference, provider, amount_pence, created_at, status
         from lgds_payments where payment_id = $1`,
        [paymentId],
      );
      const row = rows[0];
      return (
        row && {
          paymentId: row.payment_id,
          reference: row.reference,
          provider: row.provider,
          amountPence: row.amount_pence,
          createdAt: row.created_at,
          status: row.status,
        }
      );
    },

    async settlePayment(paymentId, status) {
      // A payment that succeeded stays so, whatever arrives late.
      await db.query(`update lgds_payments set status = $2 where payment_id = $1 and status <> 'success'`, [
        paymentId,
        status,
      ]);
    },

    confirmPayment: ({ paymentId, confirmedAt, deliveries = [] }) =>
      db.transaction(async (tx) => {
        const { rows: payments } = await tx.query<PaymentRow>(
          `update lgds_payments set status = 'success' where payment_id = $1
           returning payment_id, reference, provider, amount_pence, created_at, status`,
          [paymentId],
        );
        const payment = payments[0];
        if (!payment) return { status: 'unknown' as const };
        const record = {
          method: 'card',
          provider: payment.provider,
          paymentId: payment.payment_id,
          amountPence: payment.amount_pence,
          confirmedAt: confirmedAt.toISOString(),
        };
        const { rows: confirmed } = await tx.query<{ reference: string }>(
          `update lgds_submissions
           set status = 'confirmed', payload = payload || jsonb_build_object('payment', $2::jsonb)
           where reference = $1 and status = 'awaiting-payment'
           returning reference`,
          [payment.reference, toJsonb(record)],
        );
        if (!confirmed[0]) return { status: 'already-confirmed' as const };
        await insertDeliveries(tx, payment.reference, deliveries, confirmedAt);
        return { status: 'confirmed' as const };
      }),
  };
}
