import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BackOffice, startBackOffice } from '../../test/back-office';
import { describeForTests } from '../../test/outgoing';
import { pgliteDatabase } from '../store/pglite';
import { sqlStore } from '../store/sql-store';
import type { Store } from '../store/types';
import { webhook } from './webhook';
import { backoffDelay, type DeliveryWorker, deliveryWorker } from './worker';

const secret = 'a-back-office-secret-of-at-least-32-characters';
const start = new Date('2030-03-01T10:00:00.000Z');

let store: Store;
let office: BackOffice;
let clock: Date;
let references = 0;

beforeAll(async () => {
  store = sqlStore(await pgliteDatabase());
  await store.migrate();
});
afterAll(() => store.close());

beforeEach(async () => {
  office = await startBackOffice(secret);
  clock = start;
});
afterEach(() => office.stop());

/** Stores a submission as the service does, with one delivery to the webhook. */
async function submitted(locale: 'en' | 'cy' = 'en'): Promise<string> {
  references += 1;
  const reference = `GW-TEST-${String(references).padStart(4, '0')}`;
  await store.submit({
    reference,
    idempotencyKey: `key-${reference}`,
    transaction: 'garden-waste-new',
    version: 1,
    payload: { reference, transaction: 'garden-waste-new', answers: { bins: { count: 2 } }, derived: {} },
    submittedAt: clock,
    locale,
    deliveries: ['webhook'],
  });
  return reference;
}

function worker(options: { maxAttempts?: number } = {}): DeliveryWorker {
  return deliveryWorker({
    store,
    // Long enough that a busy machine's slow answer is never taken for a hang (which would deliver it twice, as a
    // real timed-out delivery may be, for the back office's idempotency key to catch); the hanging one waits it out.
    deliverers: [webhook({ url: office.url, secret, timeoutMs: 3_000 })],
    describe: describeForTests,
    maxAttempts: options.maxAttempts ?? 5,
    backoff: { baseMs: 60_000, maxMs: 60 * 60_000 },
    attemptTimeoutMs: 6_000,
    now: () => clock,
    random: () => 0.5,
  });
}

/** Runs the worker until nothing is due, moving the clock past the longest backoff between rounds. */
async function deliverAll(running: DeliveryWorker): Promise<void> {
  for (let round = 0; round < 20; round++) {
    while ((await running.runOnce()) > 0) {}
    clock = new Date(clock.getTime() + 2 * 60 * 60_000);
    const { pending } = await store.countDeliveries();
    if (pending === 0) return;
  }
}

const deliveryOf = async (reference: string) => (await store.listDeliveries(reference))[0];

describe('delivering submissions to the council’s back office', () => {
  it('posts the payload exactly as stored, signed, with the reference as its idempotency key', async () => {
    const reference = await submitted('cy');
    expect(await worker().runOnce()).toBe(1);
    expect(office.stored.get(reference)).toEqual((await store.getSubmission(reference))?.payload);
    expect(office.lastHeaders?.['idempotency-key']).toBe(reference);
    expect(office.lastHeaders?.['content-type']).toBe('application/json');
    expect(office.lastHeaders?.['content-language']).toBe('cy');
    expect(office.lastHeaders?.['lgds-delivery-attempt']).toBe('1');
    expect(office.lastHeaders?.['lgds-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(await deliveryOf(reference)).toMatchObject({ status: 'delivered', attempts: 1, lastError: null });
  });

  it('ends every submission delivered exactly once, or dead after the most attempts, whatever the back office does', async () => {
    const failing = {
      twice503: await submitted(),
      timesOut: await submitted(),
      throttled: await submitted(),
      requestTimeout: await submitted(),
      always500: await submitted(),
      refused: await submitted(),
      fine: await submitted(),
    };
    office.answer = (reference, attempt) => {
      if (reference === failing.twice503 && attempt <= 2) return { status: 503 };
      if (reference === failing.timesOut && attempt === 1) return 'hang';
      if (reference === failing.throttled && attempt === 1) return { status: 429, headers: { 'retry-after': '7200' } };
      if (reference === failing.requestTimeout && attempt <= 3) return { status: 408 };
      if (reference === failing.always500) return { status: 500 };
      if (reference === failing.refused) return { status: 422 };
      return undefined;
    };
    await deliverAll(worker({ maxAttempts: 4 }));

    const delivered = [failing.twice503, failing.timesOut, failing.throttled, failing.requestTimeout, failing.fine];
    expect([...office.stored.keys()].sort()).toEqual(delivered.sort());
    expect(office.duplicates).toBe(0);
    expect(office.badSignatures).toBe(0);
    expect(await deliveryOf(failing.twice503)).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(await deliveryOf(failing.timesOut)).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(await deliveryOf(failing.requestTimeout)).toMatchObject({ status: 'delivered', attempts: 4 });
    expect(await deliveryOf(failing.always500)).toMatchObject({
      status: 'dead',
      attempts: 4,
      lastError: 'The back office answered 500 Internal Server Error',
    });
    // A refusal other than 408 or 429 is not tried again: the council must look at it.
    expect(await deliveryOf(failing.refused)).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: 'The back office answered 422 Unprocessable Entity',
    });
  });

  it('waits longer after each failure, and at least as long as Retry-After asks', async () => {
    const reference = await submitted();
    office.answer = (_reference, attempt) =>
      attempt === 1 ? { status: 503 } : attempt === 2 ? { status: 429, headers: { 'retry-after': '3600' } } : undefined;
    const running = worker();
    await running.runOnce();
    // Equal jitter with random 0.5: three quarters of the base (60 s) after the first failure.
    expect((await deliveryOf(reference))?.nextAttemptAt).toEqual(new Date(start.getTime() + 45_000));
    clock = new Date(start.getTime() + 44_999);
    expect(await running.runOnce()).toBe(0);
    clock = new Date(start.getTime() + 45_000);
    expect(await running.runOnce()).toBe(1);
    expect((await deliveryOf(reference))?.nextAttemptAt).toEqual(new Date(clock.getTime() + 3_600_000));
    expect(backoffDelay(2, { baseMs: 60_000, maxMs: 3_600_000 }, () => 0.5)).toBe(90_000);
    expect(backoffDelay(30, { baseMs: 60_000, maxMs: 3_600_000 }, () => 1)).toBe(3_600_000);
  });

  it('tries a dead delivery again when staff ask, from the first attempt', async () => {
    const reference = await submitted();
    office.answer = () => ({ status: 404 });
    await worker().runOnce();
    expect(await deliveryOf(reference)).toMatchObject({ status: 'dead', attempts: 1 });
    office.answer = () => undefined;
    expect(await store.retryDeliveries(reference, clock)).toBe(1);
    expect(await store.retryDeliveries(reference, clock)).toBe(0);
    await worker().runOnce();
    expect(await deliveryOf(reference)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(office.stored.has(reference)).toBe(true);
  });

  it('takes over a delivery whose worker died mid-attempt once its lease runs out, and the dead worker cannot settle it', async () => {
    const reference = await submitted();
    // A worker that claimed it and then died: its claim holds until the lease (here 4 s) runs out.
    const [lost] = await store.claimDeliveries({
      now: clock,
      limit: 1,
      leaseMs: 4_000,
      channels: ['webhook'],
      claim: 'died',
    });
    expect(lost?.reference).toBe(reference);
    const running = worker();
    expect(await running.runOnce()).toBe(0);
    clock = new Date(start.getTime() + 4_000);
    expect(await running.runOnce()).toBe(1);
    expect(await deliveryOf(reference)).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(
      await store.settleDelivery(
        { reference, channel: 'webhook', claim: 'died' },
        { status: 'dead', at: clock, error: 'x' },
      ),
    ).toBe(false);
    expect(await deliveryOf(reference)).toMatchObject({ status: 'delivered' });
  });

  it('gives up on a delivery that never finishes an attempt, rather than trying it for ever', async () => {
    const reference = await submitted();
    for (let attempt = 0; attempt < 3; attempt++) {
      await store.claimDeliveries({
        now: clock,
        limit: 1,
        leaseMs: 1_000,
        channels: ['webhook'],
        claim: `died-${attempt}`,
      });
      clock = new Date(clock.getTime() + 1_000);
    }
    await worker({ maxAttempts: 3 }).runOnce();
    expect(await deliveryOf(reference)).toMatchObject({
      status: 'dead',
      attempts: 4,
      lastError: 'Gave up: the last 3 attempts never finished',
    });
    expect(office.posts).toBe(0);
  });
});
