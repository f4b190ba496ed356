import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/postgres-server';
import type { SqlDatabase } from './database';
import { migrate, migrations } from './migrations';
import { pgliteDatabase } from './pglite';
import { postgresDatabase, postgresStore } from './postgres';
import { sqlStore } from './sql-store';
import type { Journey, Session, Store } from './types';

/** One database to run the contract against, opened once for its whole describe block. */
interface Harness {
  store: Store;
  /** The store's own database, to look at rows directly. */
  db: SqlDatabase;
  /** A connection string to a new, empty database (PostgreSQL only: PGlite has no server to share). */
  newDatabase?: () => Promise<string>;
  close(): Promise<void>;
}

async function migrated(db: SqlDatabase): Promise<Store> {
  const store = sqlStore(db);
  await store.migrate();
  return store;
}

const drivers: { name: string; server: boolean; open(): Promise<Harness> }[] = [
  {
    name: 'PGlite in memory',
    server: false,
    async open() {
      const db = await pgliteDatabase();
      const store = await migrated(db);
      return { store, db, close: () => store.close() };
    },
  },
  {
    name: 'PostgreSQL server',
    server: true,
    async open() {
      const server: TestPostgres = await startPostgres();
      const db = await postgresDatabase({ connectionString: server.connectionString });
      const store = await migrated(db);
      let databases = 0;
      const newDatabase = async () => {
        databases += 1;
        const name = `contract_${databases}`;
        await db.query(`create database ${name}`); // a name of our own: identifiers cannot be parameters
        return server.connectionString.replace(/\/postgres$/, `/${name}`);
      };
      return {
        store,
        db,
        newDatabase,
        async close() {
          await store.close();
          await server.stop();
        },
      };
    },
  },
];

// Fixed times, far from the real clock: the store must go by the times it is given.
const start = new Date('2030-03-01T10:00:00.000Z');
const minutes = (count: number) => new Date(start.getTime() + count * 60_000);
const days = (count: number) => minutes(count * 24 * 60);

const newSession = (expiresAt: Date): Session => ({ id: randomUUID(), csrfToken: randomUUID(), expiresAt });

const gardenWaste = 'garden-waste';
const councilTax = 'council-tax';

const welshAnswers = {
  name: { first: 'Siân', last: 'Llŷr' },
  address: { line1: '1 Ffordd yr Eglwys', town: 'Aberystwyth', postcode: 'SY23 1AA' },
  language: 'cy',
  bins: [
    { size: 240, collected: true },
    { size: 140, collected: false },
  ],
};

describe.each(drivers)('store on $name', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await driver.open();
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('sessions', () => {
    it('resumes an active session with its CSRF token and keeps extending it while the resident is active', async () => {
      const session = newSession(minutes(20));
      await h.store.createSession(session);

      expect(await h.store.resumeSession(session.id, minutes(5), minutes(25))).toEqual({
        status: 'active',
        session: { id: session.id, csrfToken: session.csrfToken, expiresAt: minutes(25) },
      });
      // Past the first expiry, but within the extension: still signed in.
      const later = await h.store.resumeSession(session.id, minutes(22), minutes(42));
      expect(later).toEqual({ status: 'active', session: { ...session, expiresAt: minutes(42) } });
    });

    it('only reads when an extension would add a minute or less, so page views rarely write', async () => {
      const session = newSession(minutes(20));
      await h.store.createSession(session);
      const resumed = await h.store.resumeSession(session.id, minutes(0.5), minutes(20.5));
      expect(resumed).toEqual({ status: 'active', session });
    });

    it('never shortens a session, so a slow request cannot undo a later one', async () => {
      const session = newSession(minutes(40));
      await h.store.createSession(session);
      const resumed = await h.store.resumeSession(session.id, minutes(1), minutes(21));
      expect(resumed).toEqual({ status: 'active', session });
    });

    it('signs out a resident past their expiry, deletes their answers, and keeps recognising the old cookie', async () => {
      const session = newSession(minutes(20));
      const other = newSession(minutes(60));
      await Promise.all([h.store.createSession(session), h.store.createSession(other)]);
      const journey: Journey = { answers: welshAnswers, idempotencyKey: randomUUID() };
      await h.store.saveJourney(session.id, gardenWaste, journey);
      await h.store.saveJourney(session.id, councilTax, journey);
      await h.store.saveJourney(other.id, gardenWaste, journey);

      // Expired at the very moment of expiry, not a moment later.
      expect(await h.store.resumeSession(session.id, minutes(20), minutes(40))).toEqual({ status: 'expired' });
      expect(await h.store.getJourney(session.id, gardenWaste)).toBeUndefined();
      expect(await h.store.getJourney(session.id, councilTax)).toBeUndefined();
      // Still "your session timed out", not "who are you?", and not brought back to life.
      expect(await h.store.resumeSession(session.id, minutes(30), minutes(50))).toEqual({ status: 'expired' });
      // Someone else's answers are untouched.
      expect(await h.store.getJourney(other.id, gardenWaste)).toEqual(journey);
    });

    it('does not know a session id it never issued', async () => {
      expect(await h.store.resumeSession(randomUUID(), minutes(0), minutes(20))).toEqual({ status: 'unknown' });
    });
  });

  describe('journeys', () => {
    it('saves, reads and overwrites a journey, keeping transactions and sessions apart', async () => {
      const session = newSession(minutes(20));
      const other = newSession(minutes(20));
      await Promise.all([h.store.createSession(session), h.store.createSession(other)]);
      expect(await h.store.getJourney(session.id, gardenWaste)).toBeUndefined();

      const first: Journey = { answers: { bins: 1 }, idempotencyKey: randomUUID() };
      await h.store.saveJourney(session.id, gardenWaste, first);
      // No `submittedReference: undefined`: the property is simply absent until there is one.
      expect(await h.store.getJourney(session.id, gardenWaste)).toStrictEqual(first);

      const second: Journey = { answers: welshAnswers, idempotencyKey: randomUUID(), submittedReference: 'GW-1' };
      await h.store.saveJourney(session.id, gardenWaste, second);
      expect(await h.store.getJourney(session.id, gardenWaste)).toStrictEqual(second);

      expect(await h.store.getJourney(session.id, councilTax)).toBeUndefined();
      expect(await h.store.getJourney(other.id, gardenWaste)).toBeUndefined();
    });
    it('stores a stray U+0000 (which PostgreSQL cannot keep) as U+FFFD instead of failing the request', async () => {
      const session = newSession(minutes(20));
      await h.store.createSession(session);
      const answers = { name: 'Si\u0000ân', typed: 'back\\u0000slash', both: '\\\u0000', nested: ['\u0000'] };
      await h.store.saveJourney(session.id, gardenWaste, { answers, idempotencyKey: 'key' });
      expect((await h.store.getJourney(session.id, gardenWaste))?.answers).toStrictEqual({
        name: 'Si\ufffdân',
        typed: 'back\\u0000slash', // a backslash and the letters u0000, as typed: untouched
        both: '\\\ufffd',
        nested: ['\ufffd'],
      });
    });
  });

  describe('rotateSession', () => {
    /** A resident who has just sent garden waste with `key` and has council tax half done. */
    async function residentWhoSent() {
      const old = newSession(minutes(20));
      await h.store.createSession(old);
      const key = randomUUID();
      const councilTaxJourney: Journey = { answers: { discount: 'single-person' }, idempotencyKey: randomUUID() };
      await h.store.saveJourney(old.id, gardenWaste, { answers: welshAnswers, idempotencyKey: key });
      await h.store.saveJourney(old.id, councilTax, councilTaxJourney);
      return { old, key, councilTaxJourney, reference: `GW-${randomUUID().slice(0, 8)}` };
    }

    it('moves the resident to a new session with their other journeys; both sessions lead to the confirmation', async () => {
      const { old, key, councilTaxJourney, reference } = await residentWhoSent();
      const next = newSession(minutes(30));
      const nextKey = randomUUID();
      await h.store.rotateSession(old.id, next, { transaction: gardenWaste, reference, idempotencyKey: nextKey });

      expect(await h.store.resumeSession(next.id, minutes(2), minutes(32))).toEqual({
        status: 'active',
        session: { ...next, expiresAt: minutes(32) },
      });
      expect(await h.store.getJourney(next.id, gardenWaste)).toStrictEqual({
        answers: {},
        idempotencyKey: nextKey,
        submittedReference: reference,
      });
      expect(await h.store.getJourney(next.id, councilTax)).toStrictEqual(councilTaxJourney);
      // The old cookie shows the confirmation again (its key still the one the submission was stored under), and
      // nothing else: the half-done council tax is not reachable with it any more.
      expect(await h.store.getJourney(old.id, gardenWaste)).toStrictEqual({
        answers: {},
        idempotencyKey: key,
        submittedReference: reference,
      });
      expect(await h.store.getJourney(old.id, councilTax)).toBeUndefined();
    });

    it('copes with a double click on send: every new session works and keeps the other journeys', async () => {
      const { old, key, councilTaxJourney, reference } = await residentWhoSent();
      const nexts = Array.from({ length: 5 }, () => newSession(minutes(30)));
      const results = await Promise.allSettled(
        nexts.map((next) =>
          h.store.rotateSession(old.id, next, { transaction: gardenWaste, reference, idempotencyKey: randomUUID() }),
        ),
      );
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      for (const next of nexts) {
        expect((await h.store.resumeSession(next.id, minutes(1), minutes(31))).status).toBe('active');
        expect(await h.store.getJourney(next.id, gardenWaste)).toMatchObject({
          answers: {},
          submittedReference: reference,
        });
        expect(await h.store.getJourney(next.id, councilTax)).toStrictEqual(councilTaxJourney);
      }
      expect(await h.store.getJourney(old.id, gardenWaste)).toStrictEqual({
        answers: {},
        idempotencyKey: key,
        submittedReference: reference,
      });
      expect(await h.store.getJourney(old.id, councilTax)).toBeUndefined();
    });

    it('changes nothing when it fails part way', async () => {
      const { old, key, councilTaxJourney, reference } = await residentWhoSent();
      const taken = newSession(minutes(30));
      await h.store.createSession(taken);
      // The new id clashes with an existing session, so the insert fails after the lock, inside the transaction.
      await expect(
        h.store.rotateSession(old.id, taken, { transaction: gardenWaste, reference, idempotencyKey: randomUUID() }),
      ).rejects.toThrow();
      expect(await h.store.getJourney(old.id, gardenWaste)).toStrictEqual({
        answers: welshAnswers,
        idempotencyKey: key,
      });
      expect(await h.store.getJourney(old.id, councilTax)).toStrictEqual(councilTaxJourney);
      expect(await h.store.getJourney(taken.id, councilTax)).toBeUndefined();
    });
  });

  describe('deleteExpiredAnswers', () => {
    it('deletes the answers of expired sessions only, and forgets sessions a week after they expired', async () => {
      // It counts every session in the database, so start from none (tests in a file run one at a time).
      await h.db.query('truncate lgds_journeys, lgds_sessions');
      const { store } = h;
      const now = days(10);
      const expired = newSession(new Date(now.getTime() - 60 * 60_000)); // an hour ago
      const expiredEmpty = newSession(days(9));
      const active = newSession(days(11));
      const longGone = newSession(days(2)); // eight days ago
      for (const session of [expired, expiredEmpty, active, longGone]) await store.createSession(session);
      const journey: Journey = { answers: welshAnswers, idempotencyKey: randomUUID() };
      for (const session of [expired, active, longGone]) {
        await store.saveJourney(session.id, gardenWaste, journey);
        await store.saveJourney(session.id, councilTax, journey);
      }

      expect(await store.deleteExpiredAnswers(now)).toBe(2);
      expect(await store.getJourney(expired.id, gardenWaste)).toBeUndefined();
      expect(await store.getJourney(expired.id, councilTax)).toBeUndefined();
      expect(await store.getJourney(longGone.id, gardenWaste)).toBeUndefined();
      expect(await store.getJourney(active.id, gardenWaste)).toEqual(journey);
      expect(await store.getJourney(active.id, councilTax)).toEqual(journey);
      // Within the week: still told their session timed out. After it: a stranger.
      expect(await store.resumeSession(expired.id, now, days(11))).toEqual({ status: 'expired' });
      expect(await store.resumeSession(expiredEmpty.id, now, days(11))).toEqual({ status: 'expired' });
      expect(await store.resumeSession(longGone.id, now, days(11))).toEqual({ status: 'unknown' });
      // Nothing left to delete.
      expect(await store.deleteExpiredAnswers(now)).toBe(0);
    });
  });

  describe('submissions', () => {
    const submission = (
      idempotencyKey: string,
      reference: string,
      payload: Record<string, unknown> = welshAnswers,
    ) => ({
      idempotencyKey,
      reference,
      transaction: gardenWaste,
      version: 3,
      payload,
      submittedAt: new Date('2030-03-01T10:15:30.123Z'),
    });

    it('stores a submission exactly once when 50 requests send it at the same moment', async () => {
      const key = randomUUID();
      const references = Array.from({ length: 50 }, (_, index) => `GW-${index}-${randomUUID().slice(0, 8)}`);
      const results = await Promise.all(references.map((reference) => h.store.submit(submission(key, reference))));

      const { rows } = await h.db.query<{ reference: string }>(
        'select reference from lgds_submissions where idempotency_key = $1',
        [key],
      );
      expect(rows).toHaveLength(1);
      const stored = rows[0]?.reference;
      expect(references).toContain(stored);
      expect(results.map((result) => result.status === 'reference-taken' || result.reference)).toEqual(
        references.map(() => stored),
      );
      expect(results.filter((result) => result.status === 'stored')).toHaveLength(1);
      expect(await h.store.getSubmission(stored ?? '')).toMatchObject({ reference: stored, payload: welshAnswers });
    });

    it('gives the same reference when the same application is sent again later', async () => {
      const key = randomUUID();
      const reference = `GW-${randomUUID().slice(0, 8)}`;
      expect(await h.store.submit(submission(key, reference))).toEqual({ status: 'stored', reference });
      expect(await h.store.submit(submission(key, `GW-${randomUUID().slice(0, 8)}`, { changed: true }))).toEqual({
        status: 'existing',
        reference,
      });
      expect((await h.store.getSubmission(reference))?.payload).toStrictEqual(welshAnswers);
    });

    it('asks for a new reference when another application already has it, and keeps that one intact', async () => {
      const reference = `GW-${randomUUID().slice(0, 8)}`;
      await h.store.submit(submission(randomUUID(), reference));
      const clash = await h.store.submit(submission(randomUUID(), reference, { someoneElse: true }));
      expect(clash).toEqual({ status: 'reference-taken' });
      expect((await h.store.getSubmission(reference))?.payload).toStrictEqual(welshAnswers);
    });

    it('keeps the payload exactly as validated: nested objects, arrays, numbers, unicode and Welsh', async () => {
      const payload = {
        reference: 'CT-2Q7X-9KD4',
        applicant: { name: 'Gwenllïan ap Rhys', email: 'gwen@example.cymru', phone: null },
        address: { lines: ['Tŷ Gwyn', 'Heol y Bont'], town: 'Caerdydd', postcode: 'CF10 1AA' },
        declaration: 'Rwy’n datgan bod yr wybodaeth yn gywir — “ŵ ŷ â ê î ô û ï”',
        amounts: { pence: 4250, rate: 0.25, negative: -1, big: 9007199254740991 },
        flags: [true, false],
        emoji: '🏴󠁧󠁢󠁷󠁬󠁳󠁿 🗑️',
        nested: { deeper: { deepest: [{ a: [] }, {}] } },
        empty: '',
        quotes: 'He said "hello" \\ backslash \n newline \t tab',
      };
      const reference = `CT-${randomUUID().slice(0, 8)}`;
      await h.store.submit({ ...submission(randomUUID(), reference), payload, transaction: councilTax });
      expect(await h.store.getSubmission(reference)).toStrictEqual({
        reference,
        transaction: councilTax,
        version: 3,
        payload,
        submittedAt: new Date('2030-03-01T10:15:30.123Z'),
        locale: 'en',
        status: 'confirmed',
      });
    });

    it('finds nothing under a reference never issued', async () => {
      expect(await h.store.getSubmission('GW-NOPE-NOPE')).toBeUndefined();
    });
  });

  describe('card payments', () => {
    const awaiting = async () => {
      const reference = `GW-${randomUUID().slice(0, 8)}`;
      await h.store.submit({
        idempotencyKey: randomUUID(),
        reference,
        transaction: gardenWaste,
        version: 1,
        payload: { reference, answers: {}, derived: {} },
        submittedAt: new Date('2030-03-01T10:15:30.123Z'),
        deliveries: ['webhook', 'email'],
        awaitingPayment: true,
      });
      return reference;
    };
    const paymentFor = async (reference: string) => {
      const paymentId = randomUUID();
      await h.store.recordPayment({
        paymentId,
        reference,
        provider: 'govuk-pay',
        amountPence: 5500,
        createdAt: new Date('2030-03-01T10:16:00.000Z'),
      });
      return paymentId;
    };
    const confirmedAt = new Date('2030-03-01T10:20:00.000Z');

    it('keeps a submission awaiting payment out of the list and the outbox until its payment is confirmed', async () => {
      const reference = await awaiting();
      expect((await h.store.getSubmission(reference))?.status).toBe('awaiting-payment');
      expect((await h.store.listSubmissions()).map((each) => each.reference)).not.toContain(reference);
      expect(await h.store.listDeliveries(reference)).toEqual([]);
      const paymentId = await paymentFor(reference);
      expect(await h.store.confirmPayment({ paymentId, confirmedAt, deliveries: ['webhook', 'email'] })).toEqual({
        status: 'confirmed',
      });
      const paid = await h.store.getSubmission(reference);
      expect(paid?.status).toBe('confirmed');
      expect(paid?.payload.payment).toEqual({
        method: 'card',
        provider: 'govuk-pay',
        paymentId,
        amountPence: 5500,
        confirmedAt: confirmedAt.toISOString(),
      });
      expect((await h.store.listDeliveries(reference)).map((each) => each.channel).sort()).toEqual([
        'email',
        'webhook',
      ]);
      expect((await h.store.listSubmissions()).map((each) => each.reference)).toContain(reference);
    });

    it('confirms once when 20 confirmations of two payments for one submission arrive at the same moment', async () => {
      const reference = await awaiting();
      const first = await paymentFor(reference);
      const second = await paymentFor(reference);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          h.store.confirmPayment({ paymentId: index % 2 ? first : second, confirmedAt, deliveries: ['webhook'] }),
        ),
      );
      expect(results.filter((result) => result.status === 'confirmed')).toHaveLength(1);
      expect(results.filter((result) => result.status === 'already-confirmed')).toHaveLength(19);
      expect(await h.store.listDeliveries(reference)).toHaveLength(1);
    });

    it('records a failed payment, leaving its submission awaiting payment, and confirms nothing it never recorded', async () => {
      expect(await h.store.confirmPayment({ paymentId: 'never-made', confirmedAt })).toEqual({ status: 'unknown' });
      const reference = await awaiting();
      const paymentId = await paymentFor(reference);
      await h.store.settlePayment(paymentId, 'failed');
      expect(await h.store.getPayment(paymentId)).toMatchObject({ reference, status: 'failed', amountPence: 5500 });
      expect((await h.store.getSubmission(reference))?.status).toBe('awaiting-payment');
    });
  });

  describe('migrations', () => {
    it('can be run again and again, and at the same time, applying each migration once', async () => {
      await h.store.migrate();
      await Promise.all([h.store.migrate(), h.store.migrate(), h.store.migrate()]);
      const { rows } = await h.db.query<{ version: number }>('select version from lgds_migrations order by version');
      expect(rows.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
    });

    it('leaves the database as it was when a migration in a new release fails', async () => {
      const broken = {
        version: 999,
        name: 'broken',
        statements: ['create table lgds_half (a int)', 'select nonsense'],
      };
      await expect(migrate(h.db, [...migrations, broken])).rejects.toThrow();
      const { rows } = await h.db.query<{ version: number; half: string | null }>(
        "select version, to_regclass('lgds_half')::text as half from lgds_migrations order by version",
      );
      expect(rows).toEqual(migrations.map((migration) => ({ version: migration.version, half: null })));
    });

    // Only a server can be shared by processes: PGlite belongs to the one process that opened it.
    if (driver.server) {
      it('lets several service processes start on one new database at once', async () => {
        const connectionString = await (h.newDatabase as () => Promise<string>)();
        const stores = await Promise.all(Array.from({ length: 4 }, () => postgresStore({ connectionString, max: 2 })));
        try {
          const db = await postgresDatabase({ connectionString });
          const { rows } = await db.query<{ version: number }>('select version from lgds_migrations order by version');
          await db.close();
          expect(rows.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
          // And they work: a session made through one is found through another.
          const session = newSession(minutes(20));
          await stores[0]?.createSession(session);
          expect((await stores[3]?.resumeSession(session.id, minutes(1), minutes(21)))?.status).toBe('active');
        } finally {
          await Promise.all(stores.map((store) => store.close()));
        }
      });
    }
  });
});
