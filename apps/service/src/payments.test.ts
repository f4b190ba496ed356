// The built service, started as `npm start` runs it, in development with no GOV.UK Pay or OS Places key: it starts
// the local fakes itself and says so. A resident without JavaScript finds their address by postcode on the fake OS
// Places and applies for garden waste paying by card: Accept and send takes them to the fake GOV.UK Pay's card page
// for the price the rules give, Pay sends them back, and the service reads the payment from Pay and shows the
// confirmation with the application's reference.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { walks } from '../../../packages/garden-waste/src/testing/journeys';
import { Resident, textOf } from '../../../packages/server/test/resident';
import { freePort, killAll, mainFile, startService } from './service-process';

const walk = walks.exampleshireNewConcession;
const start = '/garden-waste-new';

let dataDir = '';

beforeAll(async () => {
  if (!existsSync(mainFile)) throw new Error(`${mainFile} is missing: run \`pnpm run build\` first`);
  dataDir = await mkdtemp(join(tmpdir(), 'exampleshire-payments-'));
});
afterEach(() => killAll());
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the service in development without a GOV.UK Pay key', () => {
  it('takes a garden waste card payment on its local fake GOV.UK Pay and confirms the application on return', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const service = await startService({
      PORT: String(port),
      DATA_DIR: join(dataDir, 'card'),
      SESSION_SECRET: 'a-fixed-test-secret-that-is-long-enough-to-sign-cookies',
      NODE_ENV: 'development',
    });
    const fakePay = /Card payments: a local fake GOV\.UK Pay at (http:\/\/127\.0\.0\.1:\d+) — no real money/.exec(
      service.output(),
    )?.[1];
    expect(fakePay, service.output()).toBeDefined();
    expect(service.output()).toMatch(/Address lookup: a local fake OS Places at http:\/\/127\.0\.0\.1:\d+ — /);
    expect(service.output()).not.toMatch(/api_test_/);

    // The resident finds their address by postcode, with the local fake OS Places.
    const resident = new Resident((request) => fetch(new Request(request, { redirect: 'manual' })), origin);
    let page = await resident.open(start);
    expect(page.url).toBe(`${start}/addressFind`);
    const searched = await resident.post(page.url, { postcode: 'aa1 1aa', building: '' }, page.csrf ?? '');
    expect(searched.location).toBe(`${start}/addressChoose`);
    page = await resident.open(searched.location ?? '');
    expect(textOf(page.html)).toContain('3 Orchard Lane, Northmoor, AA1 1AA');
    const chosen = await resident.post(page.url, { uprn: '100000000002' }, page.csrf ?? '');
    expect(chosen.status).toBe(303);
    page = await resident.open(chosen.location ?? '');

    // Every other page to check answers, as a browser without JavaScript posts them.
    for (const { step, post } of walk.pages.filter((each) => each.step !== 'address')) {
      expect(page.url, `the ${step} page`).toBe(`${start}/${step}`);
      const sent = await resident.post(page.url, post, page.csrf ?? '');
      expect(sent.status, `${step}: ${textOf(sent.html).slice(0, 300)}`).toBe(303);
      page = await resident.open(sent.location ?? '');
    }
    expect(page.url).toBe(`${start}/check-answers`);
    expect(textOf(page.html)).toContain('3 Orchard Lane');

    // Accept and send: off to GOV.UK Pay (the fake), for the total the rules give.
    const accepted = await resident.post(page.url, {}, page.csrf ?? '');
    expect(accepted.status).toBe(303);
    const cardPage = accepted.location ?? '';
    expect(cardPage.startsWith(`${fakePay}/pay/`), cardPage).toBe(true);
    const card = await fetch(cardPage);
    const cardHtml = await card.text();
    expect(card.status).toBe(200);
    expect(cardHtml).toContain('Enter card details');
    expect(cardHtml).toMatch(/Total amount<\/dt><dd[^>]*>£\d+\.\d\d</);

    // The resident presses Pay, and GOV.UK Pay sends them back to the service, which asks Pay how it went.
    const paid = await fetch(cardPage, {
      method: 'POST',
      body: new URLSearchParams({ outcome: 'pay' }),
      redirect: 'manual',
    });
    expect(paid.status).toBe(303);
    const back = paid.headers.get('location') ?? '';
    expect(back.startsWith(`${origin}${start}/`), back).toBe(true);
    const confirmation = await resident.open(back.slice(origin.length));
    expect(confirmation.status).toBe(200);
    expect(confirmation.url).toContain('confirmation');
    const reference = /class="govuk-panel__body"[\s\S]*?<strong>([^<]+)<\/strong>/.exec(confirmation.html)?.[1] ?? '';
    expect(reference).toMatch(/^GW-/);
    expect(cardHtml).toContain(reference);
    expect(textOf(confirmation.html)).toMatch(/You have paid £\d+\.\d\d by card/);
    expect(service.output()).not.toContain('"level":"error"');

    expect(await service.stop()).toBe(0);
  });
});
