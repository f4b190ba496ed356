import type { Locale } from '@lgds/core';
import { type FakeNotify, type FakeTemplate, startFakeNotify } from '@lgds/fakes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serviceFor } from '../../test/council';
import { headingOf, Resident, textOf } from '../../test/resident';
import { firstWalks, type ServiceWalk } from '../../test/walks';
import { notifyReturnLinks } from '../delivery/notify';
import { ServiceConfigError, type ServiceOptions } from '../options';
import { pgliteStore } from '../store/index';
import type { Store } from '../store/types';

// GOV.UK's "Save and come back later", as a resident without JavaScript meets it: the button on a question page,
// the email with a link (through a fake GOV.UK Notify that checks every request against Notify's published API),
// and the link bringing every answer back once.

const ids = { en: 'a1b2c3d4-1111-4222-8333-444455556666', cy: 'b2c3d4e5-2222-4333-9444-555566667777' };
const templates: Record<string, FakeTemplate> = {
  [ids.en]: {
    type: 'email',
    subject: 'Come back to ((service_name))',
    body: 'Use this link to come back to your application: ((link))\n\nIt works once, until ((expiry_date)).',
  },
  [ids.cy]: {
    type: 'email',
    subject: 'Dewch yn ôl at ((service_name))',
    body: 'Defnyddiwch y ddolen hon i ddod yn ôl at eich cais: ((link))\n\nMae’n gweithio unwaith, tan ((expiry_date)).',
  },
};

const walk = firstWalks.find((each) => each.transaction.id === 'garden-waste-new') as ServiceWalk;
const start = `/${walk.transaction.id}`;

let store: Store;
let notify: FakeNotify;
let clock: Date;

beforeAll(async () => {
  store = await pgliteStore();
});
afterAll(() => store.close());
beforeEach(async () => {
  notify = await startFakeNotify({ templates });
  clock = new Date(`${walk.today}T09:00:00Z`);
});
afterEach(async () => {
  expect(notify.violations).toEqual([]);
  await notify.stop();
});

function service(options: Partial<ServiceOptions> = {}) {
  return serviceFor(store, [{ transaction: walk.transaction, rules: walk.rules }], {
    now: () => clock,
    saveAndReturn: {
      send: notifyReturnLinks({ apiKey: notify.apiKey, baseUrl: notify.url, templates: { email: ids } }),
      origin: 'https://www.exampleshire.example',
    },
    ...options,
  });
}

/** Answers the walk's first `pages` pages; returns the resident on the next page. */
async function answerSome(resident: Resident, pages: number, locale: Locale = 'en') {
  const lang = locale === 'cy' ? '?lang=cy' : '';
  let page = await resident.open(`${start}${lang}`);
  for (const { post } of walk.pages.slice(0, pages)) {
    const sent = await resident.post(page.url, post, page.csrf ?? '');
    page = await resident.open(sent.location ?? '');
  }
  return page;
}

/** Presses "Save and come back later" on the page, then gives an email address. */
async function save(resident: Resident, page: { url: string; csrf?: string | undefined }, email: string) {
  const saved = await resident.post(page.url, { _action: 'save' }, page.csrf ?? '');
  expect(saved.status, page.url).toBe(303);
  const asking = await resident.open(saved.location ?? '');
  return { asking, sent: await resident.post(asking.url, { email }, asking.csrf ?? '') };
}

/** The link in the last email Notify sent, as the path the resident's browser opens. */
function emailedLink(): string {
  const link = String(notify.sent.at(-1)?.personalisation.link ?? '');
  expect(link.startsWith('https://www.exampleshire.example/')).toBe(true);
  return link.replace('https://www.exampleshire.example', '');
}

describe('save and come back later, without JavaScript', () => {
  it('offers a secondary button on question pages that posts without checking', async () => {
    const page = await answerSome(new Resident(service()), 1);
    const button = /<button[^>]*govuk-button--secondary[^>]*>/.exec(page.html)?.[0] ?? '';
    expect(button).toContain('formNoValidate=""');
    expect(button).toContain('name="_action"');
    expect(button).toContain('value="save"');
    expect(textOf(page.html)).toContain('Save and come back later');
  });

  it('emails a link that brings every answer back, on a new device, and takes the resident to the first page still to answer', async () => {
    const handler = service();
    const resident = new Resident(handler);
    const page = await answerSome(resident, 2);
    const { sent } = await save(resident, page, 'sian@example.com');
    expect(sent.status).toBe(200);
    expect(headingOf(sent.html)).toBe('We have sent you a link');
    expect(textOf(sent.html)).toContain('We sent a link to sian@example.com.');
    expect(notify.sent).toHaveLength(1);
    expect(notify.sent[0]).toMatchObject({ templateId: ids.en, to: 'sian@example.com' });
    expect(notify.sent[0]?.body).toContain('It works once, until');

    // Another browser: nothing but the link.
    const elsewhere = new Resident(handler);
    const landing = await elsewhere.open(emailedLink());
    expect(headingOf(landing.html)).toBe('Continue your application');
    const used = await elsewhere.post(landing.url, {}, landing.csrf ?? '');
    expect(used.status).toBe(303);
    const back = await elsewhere.open(used.location ?? '');
    expect(back.url).toBe(page.url);
    // Every answer is there, exactly: each page answered shows the same in both browsers.
    const form = (html: string) =>
      /<form[\s\S]*<\/form>/.exec(html)?.[0].replace(/name="_csrf" value="[^"]*"/, '') ?? 'no form';
    for (const { step } of walk.pages.slice(0, 2)) {
      const there = await elsewhere.open(`${start}/${step}`);
      const here = await resident.open(`${start}/${step}`);
      expect(there.url).toBe(`${start}/${step}`);
      expect(form(there.html)).toBe(form(here.html));
    }
  });

  it('keeps the answers on the page being saved when they are right, and leaves them out when they are not', async () => {
    const handler = service();
    const resident = new Resident(handler);
    const page = await answerSome(resident, 1);
    const next = walk.pages[1];
    if (!next) throw new Error('The walk is too short');
    const saved = await resident.post(page.url, { ...next.post, _action: 'save' }, page.csrf ?? '');
    expect(saved.status).toBe(303);
    const after = await resident.open(`${start}`);
    expect(after.url).toBe(`${start}/${walk.pages[2]?.step}`);

    const hasty = new Resident(handler);
    const unanswered = await answerSome(hasty, 1);
    expect((await hasty.post(unanswered.url, { _action: 'save' }, unanswered.csrf ?? '')).status).toBe(303);
    expect((await hasty.open(start)).url).toBe(unanswered.url);
  });

  it('says a used link has been used, and an expired one has expired, in Welsh too', async () => {
    const handler = service();
    const resident = new Resident(handler);
    await save(resident, await answerSome(resident, 1, 'cy'), 'sian@example.com');
    expect(notify.sent.at(-1)?.templateId).toBe(ids.cy);
    const link = emailedLink();
    expect(link).toContain('lang=cy');
    const first = new Resident(handler);
    const landing = await first.open(link);
    expect((await first.post(landing.url, {}, landing.csrf ?? '')).status).toBe(303);
    const again = await first.post(landing.url, {}, landing.csrf ?? '');
    expect(again.status).toBe(410);
    expect(headingOf(again.html)).toBe('Mae’r ddolen hon eisoes wedi cael ei defnyddio');

    const another = new Resident(handler);
    await save(another, await answerSome(another, 1), 'sian@example.com');
    const later = emailedLink();
    clock = new Date(clock.getTime() + 7 * 24 * 60 * 60 * 1000 + 1);
    const late = new Resident(handler);
    const expired = await late.post(later, {}, (await late.open(later)).csrf ?? '');
    expect(expired.status).toBe(410);
    expect(headingOf(expired.html)).toBe('This link has expired');
    expect(textOf(expired.html)).toContain('Links work for 7 days');
  });

  it('says a made-up or mangled link does not work, and opening a link alone uses nothing up', async () => {
    const handler = service();
    const stranger = new Resident(handler);
    const madeUp = await stranger.open(`${start}/return/not-a-token`);
    expect(madeUp.status).toBe(404);
    expect(headingOf(madeUp.html)).toBe('This link does not work');
    const guess = `${start}/return/${'A'.repeat(43)}`;
    const guessed = await stranger.post(guess, {}, (await stranger.open(guess)).csrf ?? '');
    expect(guessed.status).toBe(404);

    const resident = new Resident(handler);
    await save(resident, await answerSome(resident, 1), 'sian@example.com');
    const link = emailedLink();
    // An email scanner opens the link first: the resident's click still works.
    await new Resident(handler).open(link);
    const owner = new Resident(handler);
    const landing = await owner.open(link);
    expect((await owner.post(landing.url, {}, landing.csrf ?? '')).status).toBe(303);
  });

  it('asks again, in GOV.UK’s words, for a missing or wrong email address', async () => {
    const resident = new Resident(service());
    const page = await answerSome(resident, 1);
    const { sent: empty } = await save(resident, page, '   ');
    expect(empty.title.startsWith('Error: ')).toBe(true);
    expect(textOf(empty.html)).toContain('Enter your email address');
    const { sent: wrong } = await save(resident, page, 'sian.example.com');
    expect(textOf(wrong.html)).toContain('Enter an email address in the correct format, like name@example.com');
    expect(wrong.html).toContain('value="sian.example.com"');
    expect(notify.sent).toHaveLength(0);
  });

  it('tells the resident when Notify is down, keeps their answers, and lets them try again', async () => {
    const resident = new Resident(service());
    const page = await answerSome(resident, 2);
    notify.failNext(500, [{ error: 'Exception', message: 'Internal server error' }]);
    const { sent } = await save(resident, page, 'sian@example.com');
    expect(sent.status).toBe(200);
    expect(textOf(sent.html)).toContain('Sorry, we could not send the email. Try again in a few minutes.');
    expect(sent.html).toContain('value="sian@example.com"');
    const again = await resident.post(`${start}/save-for-later`, { email: 'sian@example.com' }, sent.csrf ?? '');
    expect(headingOf(again.html)).toBe('We have sent you a link');
    const resumed = await resident.open(start);
    expect(resumed.url).toBe(page.url);
  });

  it('refuses a save posted from another site (no CSRF token), and changes nothing', async () => {
    const resident = new Resident(service());
    await answerSome(resident, 1);
    const forged = await resident.post(`${start}/save-for-later`, { email: 'attacker@example.com' }, false);
    expect(forged.status).toBe(403);
    expect(notify.sent).toHaveLength(0);
  });

  it('is not offered unless the council sets it up, and its settings are checked', async () => {
    const plain = serviceFor(store, [{ transaction: walk.transaction, rules: walk.rules }], { now: () => clock });
    const page = await answerSome(new Resident(plain), 1);
    expect(textOf(page.html)).not.toContain('Save and come back later');
    expect((await new Resident(plain).open(`${start}/save-for-later`)).status).toBe(404);
    expect(() =>
      service({ saveAndReturn: { send: 'notify' as never, days: 0, origin: 'www.exampleshire.example/path' } }),
    ).toThrow(ServiceConfigError);
    try {
      service({ saveAndReturn: { send: 'notify' as never, days: 0, origin: 'www.exampleshire.example/path' } });
    } catch (error) {
      expect((error as ServiceConfigError).problems.map((problem) => problem.path)).toEqual([
        'saveAndReturn.send',
        'saveAndReturn.days',
        'saveAndReturn.origin',
      ]);
    }
  });
});
