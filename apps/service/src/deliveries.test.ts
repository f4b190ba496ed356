// The built service, started as `npm start` runs it, with its environment pointing at a council back office and a
// GOV.UK Notify on loopback (the fakes @lgds/server's own tests use: the back office checks every signature and
// deduplicates by Idempotency-Key, and the fake Notify checks every request against Notify's published API). A
// resident without JavaScript sends a garden waste application in Welsh: the back office gets it once, signed, and
// Notify sends the Welsh confirmation with its reference. "Save and come back later" emails a link that works. A
// back office that does not answer does not hold up stopping. And a half-given set of variables stops the service at
// once, naming each one that is missing.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeNotify, type FakeTemplate, startFakeNotify } from '@lgds/fakes';
import { gardenWasteNew } from '@lgds/garden-waste';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { walks } from '../../../packages/garden-waste/src/testing/journeys';
import { type BackOffice, startBackOffice } from '../../../packages/server/test/back-office';
import { headingOf, Resident, textOf } from '../../../packages/server/test/resident';
import { freePort, killAll, mainFile, type ServiceProcess, spawnService, startService } from './service-process';

const sessionSecret = 'a-fixed-test-secret-that-is-long-enough-to-sign-cookies';
const webhookSecret = 'the-back-office-shares-this-secret-of-48-characters';

// The council's templates in Notify, by id: a confirmation and a "come back later" email in each language.
const ids = {
  confirmation: { en: '3f7c2a9e-1b4d-4e8a-9c6f-2d5e8a1b7c40', cy: '8a1d5e2c-7f3b-4a9e-b6c1-4e2f9d8a3b51' },
  returning: { en: 'c4e8b2a6-5d1f-4b3c-8e7a-9f2d6c1b4a62', cy: 'd9a3f7e1-2c6b-4d8e-a5f4-1b7e3c9d2f73' },
};
const templates: Record<string, FakeTemplate> = {
  [ids.confirmation.en]: {
    type: 'email',
    subject: '((service_name)): we have your application',
    body: 'Your reference is ((reference))\n\nWe received your application on ((submitted_date)).\n\n# What happens next\n\n((next_steps))',
  },
  [ids.confirmation.cy]: {
    type: 'email',
    subject: '((service_name)): mae eich cais wedi dod i law',
    body: 'Eich cyfeirnod yw ((reference))\n\nCawsom eich cais ar ((submitted_date)).\n\n# Beth sy’n digwydd nesaf\n\n((next_steps))',
  },
  [ids.returning.en]: {
    type: 'email',
    subject: 'Come back to ((service_name))',
    body: 'Use this link to come back to your application:\n\n((link))\n\nIt works once, until ((expiry_date)).',
  },
  [ids.returning.cy]: {
    type: 'email',
    subject: 'Dewch yn ôl at ((service_name))',
    body: 'Defnyddiwch y ddolen hon i ddod yn ôl at eich cais:\n\n((link))\n\nMae’n gweithio unwaith, tan ((expiry_date)).',
  },
};

const walk = walks.exampleshireNewDirectDebit;
const start = '/garden-waste-new';
const welshMonth =
  /^\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}$/;

let dataDir = '';
let backOffice: BackOffice | undefined;
let notify: FakeNotify | undefined;

/** A browser without JavaScript, talking to the running service over HTTP (the server's test `Resident`). */
function residentOf(origin: string): Resident {
  const overHttp = (request: Request) => fetch(new Request(request, { redirect: 'manual' }));
  return new Resident(overHttp, origin);
}

/** Waits until `done()`, trying every 100 ms for up to `ms`. */
async function until(what: string, done: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Walks the whole garden waste journey as a browser without JavaScript posts it, sends it, gives its reference. */
async function sendApplication(resident: Resident, lang: '' | '?lang=cy'): Promise<string> {
  let page = await resident.open(`${start}${lang}`);
  for (const { step, post } of walk.pages) {
    if (step === 'address' && page.url === `${start}/addressFind${lang}`) {
      // The service finds addresses (with the local fake OS Places), which knows none at this postcode: the
      // resident types theirs in, as GOV.UK's address lookup pattern has it.
      const searched = await resident.post(
        page.url,
        { postcode: String(post.postcode), building: '' },
        page.csrf ?? '',
      );
      expect(searched.status).toBe(303);
      page = await resident.open(searched.location ?? '');
    }
    expect(page.url, `the ${step} page`).toBe(`${start}/${step}${lang}`);
    const sent = await resident.post(page.url, post, page.csrf ?? '');
    expect(sent.status, `${step} accepted: ${textOf(sent.html).slice(0, 300)}`).toBe(303);
    page = await resident.open(sent.location ?? '');
  }
  expect(page.url).toBe(`${start}/check-answers${lang}`);
  const sent = await resident.post(page.url, {}, page.csrf ?? '');
  expect(sent.status).toBe(303);
  const confirmation = await resident.open(sent.location ?? '');
  expect(confirmation.status).toBe(200);
  const reference = /class="govuk-panel__body"[\s\S]*?<strong>([^<]+)<\/strong>/.exec(confirmation.html)?.[1] ?? '';
  expect(reference).toMatch(/^GW-/);
  return reference;
}

beforeAll(async () => {
  if (!existsSync(mainFile)) throw new Error(`${mainFile} is missing: run \`pnpm run build\` first`);
  dataDir = await mkdtemp(join(tmpdir(), 'exampleshire-deliveries-'));
});

afterEach(async () => {
  await killAll();
  await backOffice?.stop();
  await notify?.stop();
  backOffice = undefined;
  notify = undefined;
});

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the service with a back office and GOV.UK Notify configured by its environment', () => {
  it('delivers a Welsh application once to the back office, emails the Welsh confirmation, and emails return links', async () => {
    const office = await startBackOffice(webhookSecret);
    const fakeNotify = await startFakeNotify({ templates });
    backOffice = office;
    notify = fakeNotify;
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const service: ServiceProcess = await startService({
      PORT: String(port),
      DATA_DIR: join(dataDir, 'configured'),
      SESSION_SECRET: sessionSecret,
      WEBHOOK_URL: office.url,
      WEBHOOK_SECRET: webhookSecret,
      NOTIFY_API_KEY: fakeNotify.apiKey,
      NOTIFY_BASE_URL: fakeNotify.url,
      NOTIFY_CONFIRMATION_TEMPLATE_EN: ids.confirmation.en,
      NOTIFY_CONFIRMATION_TEMPLATE_CY: ids.confirmation.cy,
      NOTIFY_RETURN_TEMPLATE_EN: ids.returning.en,
      NOTIFY_RETURN_TEMPLATE_CY: ids.returning.cy,
    });
    // What is on, in one line, with no secret or key in it.
    const started = service.output();
    expect(started).toContain(`Delivering each submission to the back office at ${new URL(office.url).origin}`);
    expect(started).toContain('"Save and come back later" is on');
    expect(started).not.toContain(webhookSecret);
    expect(started).not.toContain(fakeNotify.apiKey);

    // A resident walks the whole journey in Welsh, page by page, as a browser without JavaScript posts it.
    const reference = await sendApplication(residentOf(origin), '?lang=cy');

    // The back office has it once, signed with the shared secret, and Notify has sent the confirmation.
    await until('the back office and Notify', () => office.stored.has(reference) && fakeNotify.sent.length > 0);
    // A few more rounds of the worker (it looks every second): nothing is sent again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(office.badSignatures).toBe(0);
    expect(office.posts).toBe(1);
    expect(office.duplicates).toBe(0);
    expect([...office.stored.keys()]).toEqual([reference]);
    expect(office.lastHeaders?.['idempotency-key']).toBe(reference);
    expect(office.lastHeaders?.['content-language']).toBe('cy');
    expect(office.stored.get(reference)).toMatchObject({
      answers: { address: { line1: '1 High Street', postcode: 'EX1 1AA' } },
    });

    expect(fakeNotify.sent).toHaveLength(1);
    const email = fakeNotify.sent[0];
    expect(email).toMatchObject({
      type: 'email',
      templateId: ids.confirmation.cy,
      to: 'resident@example.com',
      reference,
    });
    expect(email?.subject).toBe(`${gardenWasteNew.title.cy}: mae eich cais wedi dod i law`);
    expect(email?.body).toContain(`Eich cyfeirnod yw ${reference}`);
    expect(String(email?.personalisation.submitted_date)).toMatch(welshMonth);

    // Another resident saves their answers: the link is emailed, for the address they used, and brings them back.
    const saver = residentOf(origin);
    let first = await saver.open(start);
    const answered = await saver.post(first.url, walk.pages[0]?.post ?? {}, first.csrf ?? '');
    first = await saver.open(answered.location ?? '');
    const saving = await saver.post(first.url, { _action: 'save' }, first.csrf ?? '');
    expect(saving.status).toBe(303);
    const asking = await saver.open(saving.location ?? '');
    const asked = await saver.post(asking.url, { email: 'sian@example.com' }, asking.csrf ?? '');
    expect(headingOf(asked.html)).toBe('We have sent you a link');
    const linkEmail = fakeNotify.sent.at(-1);
    expect(linkEmail).toMatchObject({ templateId: ids.returning.en, to: 'sian@example.com' });
    const link = String(linkEmail?.personalisation.link);
    expect(link.startsWith(`${origin}${start}/return/`)).toBe(true);
    const elsewhere = residentOf(origin);
    const landing = await elsewhere.open(link.slice(origin.length));
    const used = await elsewhere.post(landing.url, {}, landing.csrf ?? '');
    expect(used.status).toBe(303);
    expect((await elsewhere.open(used.location ?? '')).url).toBe(first.url);

    expect(fakeNotify.violations).toEqual([]);

    // Stopped as an operator stops it: the worker settles, then the database closes, and it exits cleanly.
    expect(await service.stop()).toBe(0);
    expect(office.posts).toBe(1);
  });

  it('stops within its time when the back office is not answering, leaving the delivery to be tried again', async () => {
    const office = await startBackOffice(webhookSecret);
    backOffice = office;
    office.answer = () => 'hang';
    const port = await freePort();
    const service = await startService({
      PORT: String(port),
      DATA_DIR: join(dataDir, 'hanging'),
      SESSION_SECRET: sessionSecret,
      WEBHOOK_URL: office.url,
      WEBHOOK_SECRET: webhookSecret,
    });
    await sendApplication(residentOf(`http://127.0.0.1:${port}`), '');
    await until('the delivery to reach the back office', () => office.posts > 0);
    const stopping = Date.now();
    expect(await service.stop()).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(9000);
    expect(service.output()).toContain('Deliveries still in progress after 5 seconds are left');
  });

  it('refuses to start with a half-given set, naming every missing variable, before it opens anything', async () => {
    const folder = join(dataDir, 'never-made');
    const service = spawnService({
      PORT: '0',
      DATA_DIR: folder,
      SESSION_SECRET: sessionSecret,
      WEBHOOK_URL: 'https://backoffice.exampleshire.example/submissions',
      NOTIFY_API_KEY: `exampleshire_test-${ids.confirmation.en}-${ids.confirmation.cy}`,
      NOTIFY_CONFIRMATION_TEMPLATE_EN: ids.confirmation.en,
      NOTIFY_RETURN_TEMPLATE_CY: ids.returning.cy,
    });
    expect(await service.exited).toBe(1);
    const output = service.output();
    expect(output).toContain("The service's environment variables have 3 problems:");
    expect(output).toContain('- WEBHOOK_SECRET: not set, but WEBHOOK_URL is');
    expect(output).toContain('- NOTIFY_CONFIRMATION_TEMPLATE_CY: not set, but NOTIFY_CONFIRMATION_TEMPLATE_EN is');
    expect(output).toContain('- NOTIFY_RETURN_TEMPLATE_EN: not set, but NOTIFY_RETURN_TEMPLATE_CY is');
    // One message, no stack trace, no secret; nothing opened or made.
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('Keeping sessions');
    expect(output).not.toContain(ids.confirmation.cy);
    expect(existsSync(folder)).toBe(false);
  });
});
