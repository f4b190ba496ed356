import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackOffice, startBackOffice } from '../../test/back-office';
import { describeForTests } from '../../test/outgoing';
import { startPostgres, type TestPostgres } from '../../test/postgres-server';
import { postgresDatabase, postgresStore } from '../store/postgres';
import type { Store } from '../store/types';
import type { Deliverer } from './types';
import { webhook } from './webhook';
import { type DeliveryWorker, deliveryWorker } from './worker';

// Delivery at scale, against a real PostgreSQL server: several workers, in this process and in others, share one
// outbox. What the council's back office ends up with is what counts: every submission once, none lost.

const secret = 'a-back-office-secret-of-at-least-32-characters';
let postgres: TestPostgres;
let database = 0;

beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(() => postgres?.stop());

/** A new, empty database on the test server, with the store's tables. */
async function newStore(): Promise<{ connectionString: string; store: Store }> {
  database += 1;
  const admin = await postgresDatabase({ connectionString: postgres.connectionString });
  await admin.query(`create database outbox_${database}`);
  await admin.close();
  const connectionString = postgres.connectionString.replace(/\/postgres$/, `/outbox_${database}`);
  return { connectionString, store: await postgresStore({ connectionString }) };
}

async function submit(store: Store, count: number): Promise<string[]> {
  const references = Array.from({ length: count }, (_, index) => `BW-LOAD-${String(index).padStart(5, '0')}`);
  for (const reference of references) {
    await store.submit({
      reference,
      idempotencyKey: `key-${reference}`,
      transaction: 'bulky-waste',
      version: 1,
      payload: { reference, answers: { items: { chosen: ['sofa'] } }, derived: {} },
      submittedAt: new Date(),
      deliveries: ['webhook'],
    });
  }
  return references;
}

/** Waits until no delivery is pending, or fails after `ms`. */
async function settled(store: Store, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await store.countDeliveries()).pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Deliveries still pending after ${ms} ms: ${JSON.stringify(await store.countDeliveries())}`);
}

/** Counts the attempts a worker's webhook makes. */
function counted(deliverer: Deliverer): Deliverer & { attempts: number } {
  const wrapped = {
    channel: deliverer.channel,
    attempts: 0,
    deliver: (...args: Parameters<Deliverer['deliver']>) => {
      wrapped.attempts += 1;
      return deliverer.deliver(...args);
    },
  };
  return wrapped;
}

async function totalAttempts(connectionString: string): Promise<number> {
  const db = await postgresDatabase({ connectionString });
  const { rows } = await db.query<{ attempts: number }>('select sum(attempts)::int as attempts from lgds_deliveries');
  await db.close();
  return rows[0]?.attempts ?? 0;
}

describe('delivery workers sharing one PostgreSQL database', () => {
  it('two workers deliver 1,000 submissions with none lost and none delivered twice, through failures', async () => {
    const { connectionString, store } = await newStore();
    const office: BackOffice = await startBackOffice(secret);
    const stores = [store, await postgresStore({ connectionString })];
    const workers: (DeliveryWorker & { deliverer: ReturnType<typeof counted> })[] = [];
    try {
      const references = await submit(store, 1000);
      // One in ten fails its first attempt with a 503, as a busy back office does.
      office.answer = (reference, attempt) =>
        attempt === 1 && Number(reference.slice(-5)) % 10 === 3 ? { status: 503 } : undefined;
      for (const each of stores) {
        const deliverer = counted(webhook({ url: office.url, secret }));
        workers.push(
          Object.assign(
            deliveryWorker({
              store: each,
              deliverers: [deliverer],
              describe: describeForTests,
              backoff: { baseMs: 20, maxMs: 100 },
              batch: 20,
              pollMs: 20,
            }),
            { deliverer },
          ),
        );
      }
      const started = Date.now();
      for (const worker of workers) worker.start();
      await settled(store, 240_000);
      const seconds = (Date.now() - started) / 1000;
      await Promise.all(workers.map((worker) => worker.stop()));

      const counts = await store.countDeliveries();
      const attempts = await totalAttempts(connectionString);
      const lost = references.filter((reference) => !office.stored.has(reference)).length;
      console.log(
        `outbox, 2 workers, PostgreSQL: ${references.length} submissions, ${attempts} attempts ` +
          `(${workers.map((worker) => worker.deliverer.attempts).join(' + ')}), ${office.duplicates} duplicates, ` +
          `${lost} lost, ${seconds.toFixed(1)} s`,
      );
      expect(counts).toEqual({ pending: 0, delivered: 1000, skipped: 0, dead: 0 });
      expect(lost).toBe(0);
      expect(office.stored.size).toBe(1000);
      expect(office.duplicates).toBe(0);
      expect(office.badSignatures).toBe(0);
      expect(attempts).toBe(1100);
      // Both did a share: the rows were shared out, not taken in turns by one.
      for (const worker of workers) expect(worker.deliverer.attempts).toBeGreaterThan(100);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      await Promise.all(stores.map((each) => each.close()));
      await office.stop();
    }
  });

  it('loses nothing when a worker is killed (SIGKILL) in the middle of a delivery', async () => {
    const { connectionString, store } = await newStore();
    const office = await startBackOffice(secret);
    // Inside the package, so that the bundle's imports (pg, @lgds/core) resolve from its node_modules.
    const cache = fileURLToPath(new URL('../../node_modules/.cache', import.meta.url));
    await mkdir(cache, { recursive: true });
    const folder = await mkdtemp(join(cache, 'lgds-worker-'));
    let child: ChildProcess | undefined;
    let survivor: DeliveryWorker | undefined;
    try {
      const references = await submit(store, 30);
      const victim = references[0] as string;
      // The back office holds the first post of one submission: its worker is mid-delivery when it is killed.
      let reached: () => void = () => {};
      const victimReached = new Promise<void>((resolve) => {
        reached = resolve;
      });
      office.answer = (reference, attempt) => {
        if (reference !== victim || attempt !== 1) return undefined;
        reached();
        return 'hang';
      };
      const outfile = join(folder, 'worker.mjs');
      await build({
        entryPoints: [fileURLToPath(new URL('../../test/delivery-worker-child.ts', import.meta.url))],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        outfile,
        logLevel: 'silent',
      });
      const running = spawn(process.execPath, [outfile, connectionString, office.url, secret], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child = running;
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        running.once('exit', (_code, signal) => resolve(signal)),
      );
      await Promise.race([
        victimReached,
        exited.then(() => {
          throw new Error('The worker process ended before it was killed');
        }),
      ]);
      running.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      survivor = deliveryWorker({
        store,
        deliverers: [webhook({ url: office.url, secret })],
        describe: describeForTests,
        attemptTimeoutMs: 3_000,
        pollMs: 20,
      });
      survivor.start();
      // The dead worker's lease (twice its 3 s attempt timeout) runs out, and the survivor takes its rows over.
      await settled(store, 60_000);
      const lost = references.filter((reference) => !office.stored.has(reference)).length;
      console.log(
        `outbox, worker killed mid-delivery: ${references.length} submissions, ${await totalAttempts(connectionString)} ` +
          `attempts, ${office.duplicates} duplicates (absorbed by the idempotency key), ${lost} lost`,
      );
      expect(lost).toBe(0);
      expect(await store.countDeliveries()).toEqual({ pending: 0, delivered: 30, skipped: 0, dead: 0 });
      expect((await store.listDeliveries(victim))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
      expect(office.badSignatures).toBe(0);
    } finally {
      child?.kill('SIGKILL');
      await survivor?.stop();
      await store.close();
      await office.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
