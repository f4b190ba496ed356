import { z } from 'zod';
import type { DirectDebitDerived } from './journey';

// With the rules schema, on the server: a browser page works these facts out but never checks them, so is not sent
// zod. Only transaction.ts imports this.

/** What the payload carries besides the answers: the plan, the day, when the first payment is taken and the account's last 2 digits. */
export const directDebitDerivedSchema = z.strictObject({
  /** Monthly instalments a year: the plan chosen, or the council's only plan. */
  instalments: z.int().min(1).max(12),
  /** The day of the month payments are due: the day chosen, or the council's only day. */
  paymentDay: z.int().min(1).max(28),
  /** When the first payment is taken (`yyyy-MM-dd`), after the council's notice, on a working day. */
  firstPaymentDate: z.iso.date(),
  /** The last 2 digits of the account number: all that anything written to the resident shows. */
  accountNumberEnding: z.string().regex(/^\d{2}$/),
}) satisfies z.ZodType<DirectDebitDerived>;
