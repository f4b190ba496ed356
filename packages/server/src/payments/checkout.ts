import type { JourneyPayment, Store } from '../store/types';
import type { Payment, PaymentProvider } from './types';

/** Why a payment the resident came back from did not confirm their application: check answers says which. */
export type PaymentOutcome = NonNullable<JourneyPayment['outcome']>;

/** What a payment the provider reports came to, for the resident. */
export function outcomeOf(payment: Payment): PaymentOutcome | 'paid' {
  if (payment.status === 'success') return 'paid';
  if (!payment.finished) return 'unfinished';
  // GOV.UK Pay reports a resident's own "Cancel payment" as failed with code P0030.
  if (payment.status === 'cancelled' || payment.failure?.code === 'P0030') return 'cancelled';
  return payment.status === 'error' ? 'error' : 'failed';
}

/** What checking a payment found. */
export type Checked =
  /** It succeeded, for what was asked: the submission is confirmed (now, or before, by the other path). */
  | { outcome: 'paid'; reference: string }
  /** It did not (yet) succeed: nothing is confirmed. */
  | { outcome: PaymentOutcome; reference: string }
  /** The service never made this payment, or the provider reports something other than what was asked. */
  | { outcome: 'unknown' };

/**
 * Reads a payment from the provider, the only proof of payment, and confirms the submission it was made for when it
 * succeeded for the amount and reference the service asked for. The resident's return and the provider's webhook both
 * come here, in any order and any number of times: the store confirms once.
 */
export async function checkPayment(options: {
  store: Store;
  provider: PaymentProvider;
  paymentId: string;
  /** The outbox channels of a transaction, for the deliveries a confirmed submission gets. */
  deliveriesFor: (transaction: string) => readonly string[];
  now: Date;
}): Promise<Checked> {
  const { store, provider, paymentId } = options;
  const asked = await store.getPayment(paymentId);
  if (!asked) return { outcome: 'unknown' };
  const payment = await provider.getPayment(paymentId);
  if (payment.amount !== asked.amountPence || payment.reference !== asked.reference) return { outcome: 'unknown' };
  const outcome = outcomeOf(payment);
  if (outcome === 'paid') {
    const submission = await store.getSubmission(asked.reference);
    if (!submission) return { outcome: 'unknown' };
    await store.confirmPayment({
      paymentId,
      confirmedAt: options.now,
      deliveries: options.deliveriesFor(submission.transaction),
    });
    return { outcome, reference: asked.reference };
  }
  if (outcome !== 'unfinished') await store.settlePayment(paymentId, outcome);
  return { outcome, reference: asked.reference };
}
