import { type FakeGovukPay, startFakeGovukPay } from '@lgds/fakes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serviceFor } from '../../test/council';
import { headingOf, Resident, textOf } from '../../test/resident';
import { type ServiceWalk, serviceWalks } from '../../test/walks';
import type { Deliverer } from '../delivery/types';
import { serve } from '../node';
import { pgliteStore } from '../store/index';
import type { Store } from '../store/types';
import { govukPay } from './govuk-pay';

// Card payments as a resident without JavaScript meets them, through a fake GOV.UK Pay on loopback that checks every
// request against Pay's published API: check answers sends them to pay, and only Pay's own word (read by the
// service, never taken from the return) confirms and delivers their application, once.

const walk = serviceWalks.find((each) =>
  each.title.endsWith('1 small bin already there, Pension Credit, paying by card'),
);
if (!walk) throw new Error('The garden waste walk paying by card is missing');
const paying = walk as ServiceWalk;
const start = `/${paying.transaction.id}`;
const origin = 'https://www.exampleshire.example';
const webhookSecret = 'webhook-signing-secret-for-tests';

let store: Store;
let pay: FakeGovukPay;

beforeAll(async () => {
  store = await pgliteStore();
});
afterAll(() => store.close());
beforeEach(async () => {
  pay = await startFakeGovukPay();
});
afterEach(async () => {
  expect(pay.violations).toEqual([]);
  await pay.stop();
});

// The back office, counting what reaches it.
const received: string[] = [];
const backOffice: Deliverer = {
  channel: 'back-office',
  deliver: async (outgoing) => {
    received.push(outgoing.payload.reference as string);
    return { status: 'delivered' };
  },
};

function service() {
  return serviceFor(store, [{ transaction: paying.transaction, rules: paying.rules }], {
    today: paying.today,
    payments: {
      provider: govukPay({ apiKey: pay.apiKey, baseUrl: pay.url, webhookSecrets: webhookSecret }),
      origin,
    },
    deliver: [backOffice],
    deliveryWorker: false,
  });
}

/** The price a stored garden waste payload carries. */
const quoteOf = (payload: Record<string, unknown> | undefined) =>
  (payload?.derived ?? { quote: { totalPence: 0 } }) as { quote: { totalPence: number } };

/** Answers every page and opens check answers. */
async function toCheckAnswers(resident: Resident, lang = '') {
  let page = await resident.open(`${start}${lang}`);
  for (const { post } of paying.pages) {
    const sent = await resident.post(page.url, post, page.csrf ?? '');
    expect(sent.status, page.url).toBe(303);
    page = await resident.open(sent.location ?? '');
  }
  expect(page.url).toContain('check-answers');
  return page;
}

/** Presses "Accept and send": the service answers with a redirect to the payment's page on GOV.UK Pay. */
async function acceptAndPay(resident: Resident, checkAnswers: { url: string; csrf?: string | undefined }) {
  const sent = await resident.post(checkAnswers.url, {}, checkAnswers.csrf ?? '');
  expect(sent.status).toBe(303);
  const payPage = sent.location ?? '';
  expect(payPage.startsWith(`${pay.url}/pay/`), payPage).toBe(true);
  return payPage.slice(`${pay.url}/pay/`.length);
}

/** A resident who accepts, pays on GOV.UK Pay's page and is not yet back: Pay has the payment as a success. */
async function paidOnCardPage(handler: ReturnType<typeof service>) {
  const resident = new Resident(handler);
  const paymentId = await acceptAndPay(resident, await toCheckAnswers(resident));
  pay.complete(paymentId, 'success');
  return { resident, paymentId };
}

/** Presses a button on the fake's card page; returns the service path GOV.UK Pay sends the resident back to. */
async function onCardPage(paymentId: string, outcome: 'pay' | 'decline' | 'cancel') {
  const response = await fetch(`${pay.url}/pay/${paymentId}`, {
    method: 'POST',
    body: new URLSearchParams({ outcome }),
    redirect: 'manual',
  });
  const back = response.headers.get('location') ?? '';
  expect(back.startsWith(origin), back).toBe(true);
  return back.slice(origin.length);
}

describe('paying by card after check answers', () => {
  it('takes the total worked out on the server, in Welsh for a Welsh resident, and confirms once paid', async () => {
    const resident = new Resident(service());
    const checkAnswers = await toCheckAnswers(resident, '?lang=cy');
    // Browsers hold the redirect after a post to the page's form-action: GOV.UK Pay's pages must be allowed there.
    expect(checkAnswers.headers.get('content-security-policy')).toContain(`form-action 'self' ${pay.url};`);
    const paymentId = await acceptAndPay(resident, checkAnswers);
    const [payment] = pay.payments;
    const submission = await store.getSubmission(payment?.reference ?? '');
    expect(submission?.status).toBe('awaiting-payment');
    const { quote } = quoteOf(submission?.payload);
    expect(payment).toMatchObject({
      amount: quote.totalPence,
      language: 'cy',
      description: 'Tanysgrifiad gwastraff gardd',
    });
    expect(await store.listDeliveries(payment?.reference ?? '')).toEqual([]);

    const confirmation = await resident.open(await onCardPage(paymentId, 'pay'));
    expect(confirmation.url).toContain('confirmation');
    expect(textOf(confirmation.html)).toContain(payment?.reference);
    expect(textOf(confirmation.html)).toMatch(/Rydych wedi talu £\d+\.\d\d gyda cherdyn/);
    const paid = await store.getSubmission(payment?.reference ?? '');
    expect(paid?.status).toBe('confirmed');
    expect(paid?.payload.payment).toMatchObject({
      method: 'card',
      provider: 'govuk-pay',
      paymentId,
      amountPence: quote.totalPence,
    });
    expect((await store.listDeliveries(payment?.reference ?? '')).map((each) => each.channel)).toEqual(['back-office']);
  });

  it('keeps every answer when the resident cancels, says so, and a new payment for the same application then works', async () => {
    const resident = new Resident(service());
    const checkAnswers = await toCheckAnswers(resident);
    const first = await acceptAndPay(resident, checkAnswers);
    const back = await resident.open(await onCardPage(first, 'cancel'));
    expect(back.url).toContain('check-answers');
    expect(textOf(back.html)).toContain('You cancelled your payment and you have not been charged');
    expect(textOf(back.html)).toContain('Pension Credit');

    const declined = await resident.open(await onCardPage(await acceptAndPay(resident, back), 'decline'));
    expect(textOf(declined.html)).toContain('Your payment was not taken and you have not been charged');

    const second = await acceptAndPay(resident, declined);
    expect(second).not.toBe(first);
    const [a, b, c] = pay.payments;
    expect(new Set([a?.reference, b?.reference, c?.reference]).size).toBe(1);
    const confirmation = await resident.open(await onCardPage(second, 'pay'));
    expect(headingOf(confirmation.html)).not.toBe('');
    expect(confirmation.url).toContain('confirmation');
    expect((await store.getSubmission(c?.reference ?? ''))?.payload.payment).toMatchObject({ paymentId: second });
  });

  it('confirms a payment whose resident closed the tab, by GOV.UK Pay’s webhook, and their return later finds it done', async () => {
    const handler = service();
    const running = await serve(handler, { port: 0 });
    try {
      const { resident, paymentId } = await paidOnCardPage(handler);
      const reference = pay.payments[0]?.reference ?? '';
      expect(await pay.sendWebhook(paymentId, { to: `${running.url}/payments/webhook`, secret: webhookSecret })).toBe(
        200,
      );
      expect((await store.getSubmission(reference))?.status).toBe('confirmed');
      // GOV.UK Pay sends a webhook again when it is not sure it arrived: nothing more happens.
      expect(await pay.sendWebhook(paymentId, { to: `${running.url}/payments/webhook`, secret: webhookSecret })).toBe(
        200,
      );
      const later = await resident.open(`${start}/card-payment/${reference}`);
      expect(later.url).toContain('confirmation');
      expect(await store.listDeliveries(reference)).toHaveLength(1);
    } finally {
      await running.close();
    }
  });

  it('confirms exactly once when the return and the webhook race for the same payment', async () => {
    const handler = service();
    const running = await serve(handler, { port: 0 });
    try {
      for (let round = 0; round < 5; round++) {
        const resident = new Resident(handler);
        const paymentId = await acceptAndPay(resident, await toCheckAnswers(resident));
        const back = await onCardPage(paymentId, 'pay');
        const reference = pay.payments.find((each) => each.id === paymentId)?.reference ?? '';
        const [returned, ...webhooks] = await Promise.all([
          resident.open(back),
          ...Array.from({ length: 3 }, () =>
            pay.sendWebhook(paymentId, { to: `${running.url}/payments/webhook`, secret: webhookSecret }),
          ),
        ]);
        expect(returned.url).toContain('confirmation');
        expect(webhooks).toEqual([200, 200, 200]);
        expect(await store.listDeliveries(reference)).toHaveLength(1);
      }
    } finally {
      await running.close();
    }
  });
});

describe('hostile requests change nothing', () => {
  it('refuses a webhook with a forged Pay-Signature', async () => {
    const handler = service();
    const running = await serve(handler, { port: 0 });
    try {
      const { paymentId } = await paidOnCardPage(handler);
      const status = await pay.sendWebhook(paymentId, {
        to: `${running.url}/payments/webhook`,
        secret: 'a-secret-the-council-never-set',
      });
      expect(status).toBe(401);
      const reference = pay.payments[0]?.reference ?? '';
      expect((await store.getSubmission(reference))?.status).toBe('awaiting-payment');
      expect(await store.listDeliveries(reference)).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it('refuses a return address for someone else’s payment', async () => {
    const handler = service();
    const owner = new Resident(handler);
    const paymentId = await acceptAndPay(owner, await toCheckAnswers(owner));
    const back = await onCardPage(paymentId, 'pay');
    const stranger = new Resident(handler);
    await toCheckAnswers(stranger);
    const refused = await stranger.open(back);
    expect(refused.status).toBe(403);
    const reference = pay.payments[0]?.reference ?? '';
    expect((await store.getSubmission(reference))?.status).toBe('awaiting-payment');
    // The owner's own return still confirms it.
    expect((await owner.open(back)).url).toContain('confirmation');
  });

  it('takes the amount the rules give, whatever amount is posted with Accept and send', async () => {
    const resident = new Resident(service());
    const checkAnswers = await toCheckAnswers(resident);
    const sent = await resident.post(checkAnswers.url, { amount: '1', totalPence: '1' }, checkAnswers.csrf ?? '');
    expect(sent.status).toBe(303);
    const [payment] = pay.payments;
    const submission = await store.getSubmission(payment?.reference ?? '');
    const { quote } = quoteOf(submission?.payload);
    expect(quote.totalPence).toBeGreaterThan(1);
    expect(payment?.amount).toBe(quote.totalPence);
  });
});

describe('when GOV.UK Pay is not working', () => {
  it('keeps every answer on check answers, says so, and sends nothing', async () => {
    const resident = new Resident(service());
    const checkAnswers = await toCheckAnswers(resident);
    const before = (await store.listSubmissions()).length;
    pay.failNext(500, { on: 'create' });
    const sent = await resident.post(checkAnswers.url, {}, checkAnswers.csrf ?? '');
    expect(sent.status).toBe(200);
    expect(textOf(sent.html)).toContain('The payment service is not working at the moment');
    expect(textOf(sent.html)).toContain('Pension Credit');
    expect((await store.listSubmissions()).length).toBe(before);
  });

  it('tells a resident back from paying not to pay again while it cannot check, and confirms once it can', async () => {
    const resident = new Resident(service());
    const paymentId = await acceptAndPay(resident, await toCheckAnswers(resident));
    const back = await onCardPage(paymentId, 'pay');
    pay.failNext(503, { on: 'get' });
    const unchecked = await resident.open(back);
    expect(unchecked.status).toBe(503);
    expect(headingOf(unchecked.html)).toBe('We cannot check your payment at the moment');
    expect(textOf(unchecked.html)).toContain('If you have paid, do not pay again.');
    expect(unchecked.html).not.toContain('PaymentProviderError');
    const reference = pay.payments.at(-1)?.reference ?? '';
    expect((await store.getSubmission(reference))?.status).toBe('awaiting-payment');

    const again = await resident.open(back);
    expect(again.url).toContain('confirmation');
    expect((await store.getSubmission(reference))?.status).toBe('confirmed');
  });
});
