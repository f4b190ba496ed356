import type { Locale } from '@lgds/core';
import { type FakeNotify, startFakeNotify } from '@lgds/fakes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BackOffice, startBackOffice } from '../../test/back-office';
import { serviceFor } from '../../test/council';
import { Resident } from '../../test/resident';
import { firstWalks, type ServiceWalk } from '../../test/walks';
import { ServiceConfigError } from '../options';
import type { ServiceHandler } from '../service';
import { pgliteStore } from '../store/index';
import type { Store } from '../store/types';
import { notifyConfirmations } from './notify';
import type { Deliverer, Outgoing } from './types';
import { webhook } from './webhook';

// The outbox inside the service: what a resident sends is stored with its deliveries in one transaction, the
// confirmation never waits for the back office, and each deliverer gets what an email or a back office needs.

const secret = 'a-back-office-secret-of-at-least-32-characters';
let store: Store;
let office: BackOffice;

beforeAll(async () => {
  store = await pgliteStore();
});
afterAll(() => store.close());
beforeEach(async () => {
  office = await startBackOffice(secret);
});
afterEach(() => office.stop());

const gardenWaste = firstWalks.find((walk) => walk.transaction.id === 'garden-waste-new') as ServiceWalk;

/** Walks `walk` to the confirmation in `locale`; returns the reference the resident is shown. */
async function send(handler: ServiceHandler, walk: ServiceWalk, locale: Locale = 'en'): Promise<string> {
  const resident = new Resident(handler);
  const lang = locale === 'cy' ? '?lang=cy' : '';
  let page = await resident.open(`/${walk.transaction.id}${lang}`);
  for (const { post } of walk.pages) {
    const sent = await resident.post(page.url, post, page.csrf ?? '');
    page = await resident.open(sent.location ?? '');
  }
  const sent = await resident.post(page.url, {}, page.csrf ?? '');
  const confirmation = await resident.open(sent.location ?? '');
  expect(confirmation.url).toBe(`/${walk.transaction.id}/confirmation${lang}`);
  const reference = /govuk-panel__body[^>]*>[\s\S]*?<strong>([^<]+)<\/strong>/.exec(confirmation.html)?.[1];
  if (!reference) throw new Error('No reference on the confirmation page');
  return reference;
}

/** A clock that moves, from noon on the walk's day: retries fall due as time passes. */
function movingClock(): () => Date {
  const started = Date.now();
  const noon = Date.parse(`${gardenWaste.today}T12:00:00Z`);
  return () => new Date(noon + Date.now() - started);
}

/** Waits for `ready`, checking every 20 ms, for at most 30 seconds. */
async function until(ready: () => boolean | Promise<boolean>): Promise<void> {
  const limit = Date.now() + 30_000;
  while (!(await ready())) {
    if (Date.now() > limit) throw new Error('Waited 30 seconds');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A deliverer that keeps what it is given. */
function capturing(channel = 'capture'): Deliverer & { got: Outgoing[] } {
  const got: Outgoing[] = [];
  return {
    channel,
    got,
    async deliver(outgoing) {
      got.push(outgoing);
      return { status: 'delivered' };
    },
  };
}

describe('the service’s outbox', () => {
  it('shows the confirmation at once while the back office does not answer, and delivers when it does', async () => {
    let holding = true;
    office.answer = () => (holding ? 'hang' : undefined);
    const handler = serviceFor(store, [{ transaction: gardenWaste.transaction, rules: gardenWaste.rules }], {
      now: movingClock(),
      deliver: [webhook({ url: office.url, secret, timeoutMs: 500 })],
      deliveryWorker: { attemptTimeoutMs: 1_000, backoff: { baseMs: 50, maxMs: 100 }, pollMs: 20 },
    });
    try {
      const reference = await send(handler, gardenWaste, 'cy');
      // The confirmation came while the back office held the delivery unanswered.
      await until(() => office.posts > 0);
      expect(office.stored.has(reference)).toBe(false);
      holding = false;
      await until(async () => (await store.listDeliveries(reference))[0]?.status === 'delivered');
      expect(office.stored.get(reference)).toEqual((await store.getSubmission(reference))?.payload);
      expect(office.lastHeaders?.['content-language']).toBe('cy');
      expect((await store.listDeliveries(reference))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    } finally {
      await handler.deliveries?.stop();
    }
  });

  it('gives each deliverer the service’s name and next steps in the resident’s language, and how to reach them', async () => {
    const capture = capturing();
    const handler = serviceFor(store, [{ transaction: gardenWaste.transaction, rules: gardenWaste.rules }], {
      today: gardenWaste.today,
      deliver: [capture],
      deliveryWorker: false,
    });
    const welsh = await send(handler, gardenWaste, 'cy');
    const english = await send(handler, gardenWaste, 'en');
    while (((await handler.deliveries?.runOnce()) ?? 0) > 0) {}
    const byReference = new Map(capture.got.map((outgoing) => [outgoing.reference, outgoing]));
    expect(byReference.get(welsh)).toMatchObject({
      locale: 'cy',
      serviceName: gardenWaste.transaction.title.cy,
      attempt: 1,
      transaction: 'garden-waste-new',
    });
    expect(byReference.get(english)).toMatchObject({ locale: 'en', serviceName: gardenWaste.transaction.title.en });
    // The walk's resident asked to be emailed.
    const emailed = JSON.stringify(gardenWaste.pages).match(/"email":"([^"]+)"/)?.[1];
    expect(emailed).toBeDefined();
    expect(byReference.get(english)?.contact).toEqual({ email: emailed });
    expect(byReference.get(english)?.nextSteps.length).toBeGreaterThan(0);
    expect(byReference.get(welsh)?.nextSteps).not.toEqual(byReference.get(english)?.nextSteps);
  });

  it('sends each transaction only to the deliverers that are for it', async () => {
    const everything = capturing('everything');
    const renewalsOnly = { ...capturing('renewals'), transactions: ['garden-waste-renewal'] };
    const renewal = firstWalks.find((walk) => walk.transaction.id === 'garden-waste-renewal') as ServiceWalk;
    const handler = serviceFor(
      store,
      [
        { transaction: gardenWaste.transaction, rules: gardenWaste.rules },
        { transaction: renewal.transaction, rules: renewal.rules },
      ],
      { today: gardenWaste.today, deliver: [everything, renewalsOnly], deliveryWorker: false },
    );
    const reference = await send(handler, gardenWaste);
    expect((await store.listDeliveries(reference)).map((delivery) => delivery.channel)).toEqual(['everything']);
  });

  it('names every wrong delivery setting by its path', () => {
    const make = () =>
      serviceFor(store, [{ transaction: gardenWaste.transaction, rules: gardenWaste.rules }], {
        deliver: [capturing('backoffice'), capturing('backoffice'), { ...capturing('x'), transactions: ['parking'] }],
        deliveryWorker: { maxAttempts: 0, backoff: { baseMs: -1 } },
      });
    expect(make).toThrow(ServiceConfigError);
    try {
      make();
    } catch (error) {
      expect((error as ServiceConfigError).problems.map((problem) => problem.path)).toEqual([
        'deliver.1.channel',
        'deliver.2.transactions',
        'deliveryWorker.maxAttempts',
        'deliveryWorker.backoff.baseMs',
      ]);
    }
  });

  it('refuses a webhook it could not deliver safely', () => {
    expect(() => webhook({ url: 'http://backoffice.example.gov.uk/in', secret: 'short' })).toThrow(
      [
        "The webhook's settings are wrong:",
        '- webhook.url: must start https:// (http:// only to this machine), got http://',
        '- webhook.secret: must be at least 32 random characters (keep it in an environment variable)',
      ].join('\n'),
    );
  });

  describe('with GOV.UK Notify', () => {
    const templates = { en: '0f0e0d0c-1111-4222-8333-444455556666', cy: '1e1d1c1b-2222-4333-9444-555566667777' };
    let notify: FakeNotify;
    beforeEach(async () => {
      notify = await startFakeNotify({
        templates: {
          [templates.en]: { type: 'email', subject: '((service_name))', body: 'Your reference is ((reference))' },
          [templates.cy]: { type: 'email', subject: '((service_name))', body: 'Eich cyfeirnod yw ((reference))' },
        },
      });
    });
    afterEach(async () => {
      expect(notify.violations).toEqual([]);
      await notify.stop();
    });

    it('emails the confirmation in the resident’s language; while Notify is down the confirmation page is unaffected and the email is retried', async () => {
      const handler = serviceFor(store, [{ transaction: gardenWaste.transaction, rules: gardenWaste.rules }], {
        now: movingClock(),
        deliver: [
          webhook({ url: office.url, secret }),
          ...notifyConfirmations({ apiKey: notify.apiKey, baseUrl: notify.url, templates: { email: templates } }),
        ],
        deliveryWorker: { backoff: { baseMs: 1, maxMs: 1 } },
      });
      try {
        // Notify fails every request for a while: its 500s.
        notify.failNext(500, [{ error: 'Exception', message: 'Internal server error' }], { on: 'any', times: 4 });
        const reference = await send(handler, gardenWaste, 'cy');
        const settled = async () => {
          const deliveries = await store.listDeliveries(reference);
          return deliveries.length === 2 && deliveries.every((delivery) => delivery.status !== 'pending');
        };
        await until(settled);
        const deliveries = await store.listDeliveries(reference);
        const email = deliveries.find((delivery) => delivery.channel === 'email');
        expect(email?.status).toBe('delivered');
        expect(email?.attempts).toBeGreaterThan(1);
        expect(deliveries.find((delivery) => delivery.channel === 'webhook')?.status).toBe('delivered');
        expect(notify.sent).toHaveLength(1);
        expect(notify.sent[0]).toMatchObject({ templateId: templates.cy, reference });
        expect(notify.sent[0]?.body).toBe(`Eich cyfeirnod yw ${reference}`);
      } finally {
        await handler.deliveries?.stop();
      }
    });
  });
});
