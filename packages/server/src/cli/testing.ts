// What the command line's tests share: a store holding submissions whose deliveries have got to different places,
// and outputs that keep what is written to them.

import type { Store } from '../store/types';
import type { Output } from './commands';

/** An output that keeps what is written to it. */
export function captured(): Output & { text: () => string } {
  const chunks: string[] = [];
  return { write: (text) => chunks.push(text), text: () => chunks.join('') };
}

/** Both of a command's outputs, kept. */
export function capturedIo() {
  return { stdout: captured(), stderr: captured() };
}

/** A garden waste application in Welsh, with everything a spreadsheet could get wrong in it. */
export const welshGardenWaste = {
  reference: 'GW-A23CD-X9RTP',
  transaction: 'garden-waste-new',
  version: 1,
  submittedAt: new Date('2026-07-01T09:05:00.000Z'), // 10:05 in the UK (summer time)
  locale: 'cy' as const,
  payload: {
    reference: 'GW-A23CD-X9RTP',
    submittedAt: '2026-07-01T09:05:00.000Z',
    answers: {
      name: { first: 'Siân', last: 'Llŷr' },
      address: { line1: '1 Ffordd yr Eglwys, Flat "B"', town: 'Aberystwyth', postcode: 'SY23 1AA' },
      contact: { email: 'sian@example.com', phone: '+44 7700 900123' },
      notes: 'Gadewch y bin\nwrth y giât',
      bins: [240, 140],
      tricky: { formula: '=SUM(A1)', minus: '-1', at: '@x', tab: '\tx', cr: '\rx', fullWidth: '＝1+1' },
    },
    derived: {
      quote: {
        lines: [
          { item: 'firstBin', amountPence: 6000 },
          { item: 'directDebit', amountPence: -500 },
        ],
        totalPence: 5500,
      },
    },
  },
};

/** A council tax discount in English, sent in winter. */
export const councilTaxDiscount = {
  reference: 'CT-7KQ4M-X9RTP',
  transaction: 'council-tax-single-person-discount',
  version: 2,
  submittedAt: new Date('2026-12-01T12:00:00.000Z'), // 12:00 in the UK (GMT)
  locale: 'en' as const,
  payload: {
    reference: 'CT-7KQ4M-X9RTP',
    submittedAt: '2026-12-01T12:00:00.000Z',
    answers: { account: { number: 'A123' }, adults: { count: 1 } },
    derived: { discountPercent: 25 },
  },
};

/** One sent with no deliveries at all. */
export const noDeliveries = {
  reference: 'GW-ZZZZZ-22222',
  transaction: 'garden-waste-new',
  version: 1,
  submittedAt: new Date('2026-12-02T08:30:00.000Z'),
  locale: 'en' as const,
  payload: { reference: 'GW-ZZZZZ-22222', submittedAt: '2026-12-02T08:30:00.000Z', answers: {}, derived: {} },
};

/**
 * Puts the three submissions in `store`: the Welsh one's webhook delivered and its email dead after 3 attempts
 * ("Notify said 400"), the council tax one's webhook pending after a failed attempt, and one with none.
 */
export async function fillStore(store: Store): Promise<void> {
  await store.submit({ ...welshGardenWaste, idempotencyKey: 'one', deliveries: ['webhook', 'email'] });
  await store.submit({ ...councilTaxDiscount, idempotencyKey: 'two', deliveries: ['webhook'] });
  await store.submit({ ...noDeliveries, idempotencyKey: 'three' });
  const at = (minutes: number) => new Date(welshGardenWaste.submittedAt.getTime() + minutes * 60_000);
  const claim = (minutes: number, channel: string) =>
    store.claimDeliveries({
      now: at(minutes),
      limit: 10,
      leaseMs: 60_000,
      channels: [channel],
      claim: `claim-${minutes}`,
    });
  for (const delivery of await claim(1, 'webhook')) {
    await store.settleDelivery(delivery, { status: 'delivered', at: at(1) });
  }
  for (const attempt of [1, 2, 3]) {
    for (const delivery of await claim(attempt * 10, 'email')) {
      await store.settleDelivery(
        delivery,
        attempt < 3
          ? { status: 'pending', nextAttemptAt: at(attempt * 10 + 5), error: 'Notify timed out' }
          : { status: 'dead', at: at(attempt * 10), error: 'Notify said 400' },
      );
    }
  }
  const winter = new Date(councilTaxDiscount.submittedAt.getTime() + 60_000);
  for (const delivery of await store.claimDeliveries({
    now: winter,
    limit: 10,
    leaseMs: 60_000,
    channels: ['webhook'],
    claim: 'winter',
  })) {
    await store.settleDelivery(delivery, {
      status: 'pending',
      nextAttemptAt: new Date(winter.getTime() + 5 * 60_000),
      error: 'webhook answered 503',
    });
  }
}
