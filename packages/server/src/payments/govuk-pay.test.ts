import { type FakeGovukPay, type LoopbackServer, listenOnLoopback, startFakeGovukPay } from '@lgds/fakes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceConfigError } from '../options';
import { govukPay } from './govuk-pay';
import { type NewPayment, type PaymentProvider, PaymentProviderError } from './types';

let fake: FakeGovukPay;
let pay: PaymentProvider;

beforeEach(async () => {
  fake = await startFakeGovukPay();
  pay = govukPay({ apiKey: fake.apiKey, baseUrl: fake.url });
});

afterEach(async () => {
  // Every request the client made, and every answer the fake gave, is as GOV.UK Pay's published API says.
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

const gardenWaste: NewPayment = {
  amount: 5500,
  reference: 'GW-7KQ4M-X9RTP',
  description: 'Garden waste collection: 1 bin',
  returnUrl: 'https://www.exampleshire.gov.uk/garden-waste-new/payment/return',
  language: 'en',
};

/** Does what a resident's browser does on the card page: opens it, then presses a button (no JavaScript). */
async function pressOnCardPage(nextUrl: string, outcome: 'pay' | 'decline' | 'cancel') {
  const page = await fetch(nextUrl);
  const html = await page.text();
  const response = await fetch(nextUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ outcome }),
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return { html, status: response.status, location: response.headers.get('location') };
}

/** What a call rejected with, as a PaymentProviderError. */
async function refusal(promise: Promise<unknown>): Promise<PaymentProviderError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PaymentProviderError);
  return error as PaymentProviderError;
}

describe('creating a payment', () => {
  it('sends the amount in pence, the reference, Welsh and the email address, and gives where to send the resident', async () => {
    const payment = await pay.createPayment({ ...gardenWaste, language: 'cy', email: 'sam@example.com' });

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/payments', status: 201 });
    expect(fake.requests[0]?.authorization).toBe(`Bearer ${fake.apiKey}`);
    expect(fake.requests[0]?.body).toEqual({
      amount: 5500,
      reference: 'GW-7KQ4M-X9RTP',
      description: 'Garden waste collection: 1 bin',
      return_url: 'https://www.exampleshire.gov.uk/garden-waste-new/payment/return',
      language: 'cy',
      email: 'sam@example.com',
    });
    expect(payment).toEqual({
      id: fake.payments[0]?.id,
      status: 'created',
      finished: false,
      amount: 5500,
      reference: 'GW-7KQ4M-X9RTP',
      nextUrl: `${fake.url}/pay/${fake.payments[0]?.id}`,
    });
  });

  it('sends no email when the resident gave none (or only spaces)', async () => {
    await pay.createPayment({ ...gardenWaste, email: '  ' });
    expect(fake.requests[0]?.body).not.toHaveProperty('email');
    expect(fake.payments[0]?.language).toBe('en');
  });

  it('refuses, without asking GOV.UK Pay, an amount that is not a whole number of pence from 1p to £100,000', async () => {
    for (const amount of [0, -500, 55.5, 10_000_001, Number.NaN]) {
      const error = await refusal(pay.createPayment({ ...gardenWaste, amount }));
      expect(error.retryable).toBe(false);
      expect(error.message).toContain('amount must be a whole number of pence');
    }
    await refusal(pay.createPayment({ ...gardenWaste, reference: '' }));
    await refusal(pay.createPayment({ ...gardenWaste, returnUrl: '/garden-waste-new/payment/return' }));
    expect(fake.requests).toEqual([]);
  });
});

describe('reading a payment', () => {
  it('reads a payment the resident paid on the card page, once they are sent back to the return address', async () => {
    const created = await pay.createPayment(gardenWaste);
    const nextUrl = created.nextUrl ?? '';

    const pressed = await pressOnCardPage(nextUrl, 'pay');
    expect(pressed.html).toContain('<html lang="en">');
    expect(pressed.html).toContain('£55.00');
    for (const button of ['Pay', 'Decline', 'Cancel']) expect(pressed.html).toMatch(new RegExp(`>${button}</button>`));
    expect(pressed).toMatchObject({ status: 303, location: gardenWaste.returnUrl });

    // The card page is no proof: the payment read from GOV.UK Pay is.
    expect(await pay.getPayment(created.id)).toEqual({
      id: created.id,
      status: 'success',
      finished: true,
      amount: 5500,
      reference: 'GW-7KQ4M-X9RTP',
    });
  });

  it('shows a payment as started, still with its next address, while the resident is on the card page', async () => {
    const created = await pay.createPayment(gardenWaste);
    await (await fetch(created.nextUrl ?? '')).arrayBuffer();
    expect(await pay.getPayment(created.id)).toMatchObject({
      status: 'started',
      finished: false,
      nextUrl: created.nextUrl,
    });
  });

  it('reads a declined card as failed with P0010, and a resident who cancelled as failed with P0030', async () => {
    const declined = await pay.createPayment(gardenWaste);
    await pressOnCardPage(declined.nextUrl ?? '', 'decline');
    const cancelled = await pay.createPayment(gardenWaste);
    await pressOnCardPage(cancelled.nextUrl ?? '', 'cancel');

    const afterDecline = await pay.getPayment(declined.id);
    expect(afterDecline).toMatchObject({
      status: 'failed',
      finished: true,
      failure: { code: 'P0010', message: 'Payment method rejected' },
    });
    expect(afterDecline).not.toHaveProperty('nextUrl');
    expect(await pay.getPayment(cancelled.id)).toMatchObject({
      status: 'failed',
      finished: true,
      failure: { code: 'P0030', message: 'Payment was cancelled by the user' },
    });
  });

  it('reads a payment the service cancelled (P0040), one that expired (P0020) and a provider error (P0050)', async () => {
    const [byService, expired, broken] = [
      await pay.createPayment(gardenWaste),
      await pay.createPayment(gardenWaste),
      await pay.createPayment(gardenWaste),
    ];
    fake.complete(byService.id, 'cancelled');
    fake.complete(expired.id, 'failed', 'P0020');
    fake.complete(broken.id, 'error');

    expect(await pay.getPayment(byService.id)).toMatchObject({
      status: 'cancelled',
      finished: true,
      failure: { code: 'P0040' },
    });
    expect(await pay.getPayment(expired.id)).toMatchObject({ status: 'failed', failure: { code: 'P0020' } });
    expect(await pay.getPayment(broken.id)).toMatchObject({ status: 'error', failure: { code: 'P0050' } });
  });

  it('reads a payment made by a resident who closed the tab before coming back', async () => {
    const created = await pay.createPayment(gardenWaste);
    fake.complete(created.id, 'success');
    expect(await pay.getPayment(created.id)).toMatchObject({ status: 'success', finished: true });
  });

  it('says a payment GOV.UK Pay does not have is not found, and not worth asking again', async () => {
    const error = await refusal(pay.getPayment('hu20sqlact5260q2nanm0q8u93'));
    expect(error).toMatchObject({ status: 404, code: 'P0200', retryable: false });
  });
});

describe('when GOV.UK Pay refuses or does not answer', () => {
  it('a wrong API key (401) is not retried, and the key is never in the message', async () => {
    const wrongKey = govukPay({ apiKey: fake.wrongApiKey, baseUrl: fake.url });
    const error = await refusal(wrongKey.createPayment(gardenWaste));
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect(error.message).toContain('GOVUK_PAY_API_KEY');
    expect(error.message).not.toContain(fake.wrongApiKey);
    expect(JSON.stringify(error)).not.toContain(fake.wrongApiKey);
  });

  it('a 422 gives GOV.UK Pay’s code and description, and is not retried', async () => {
    fake.failNext(422, {
      code: 'P0102',
      field: 'return_url',
      description: 'Invalid attribute value: return_url. Must be a valid URL format',
    });
    const error = await refusal(pay.createPayment(gardenWaste));
    expect(error).toMatchObject({ status: 422, code: 'P0102', retryable: false });
    expect(error.message).toContain('Invalid attribute value: return_url');
    expect(error.message).not.toContain(fake.apiKey);
  });

  it('a 500 and a 429 may work later', async () => {
    fake.failNext(500);
    fake.failNext(429, { on: 'get' });
    const down = await refusal(pay.createPayment(gardenWaste));
    expect(down).toMatchObject({ status: 500, code: 'P0198', retryable: true });
    const busy = await refusal(pay.getPayment('hu20sqlact5260q2nanm0q8u93'));
    expect(busy).toMatchObject({ status: 429, code: 'P0900', retryable: true });
    for (const error of [down, busy]) expect(error.message).not.toContain(fake.apiKey);
  });

  it('gives up after its timeout, and says trying again may work', async () => {
    const quick = govukPay({ apiKey: fake.apiKey, baseUrl: fake.url, timeoutMs: 200 });
    fake.hangNext({ on: 'any' });
    const error = await refusal(quick.createPayment(gardenWaste));
    expect(error.retryable).toBe(true);
    expect(error.status).toBeUndefined();
    expect(error.message).toContain('did not answer within 0.2 seconds');
    expect(error.message).not.toContain(fake.apiKey);
    await fake.hanging();
    await expect.poll(() => fake.abandoned).toBe(1);
  });

  it('cannot reach GOV.UK Pay: may work later', async () => {
    const nowhere = await listenOnLoopback(() => {});
    const closedUrl = nowhere.url;
    await nowhere.stop();
    const error = await refusal(govukPay({ apiKey: fake.apiKey, baseUrl: closedUrl }).getPayment('abc'));
    expect(error).toMatchObject({ retryable: true });
    expect(error.message).toContain('could not reach GOV.UK Pay');
  });

  it('an answer that is not a payment is an error, not a crash', async () => {
    const answering = (body: string, contentType: string) =>
      govukPay({
        apiKey: 'api_test_key',
        fetch: async () => new Response(body, { status: 200, headers: { 'content-type': contentType } }),
      });
    const notJson = await refusal(answering('<html>Service unavailable</html>', 'text/html').getPayment('abc'));
    expect(notJson).toMatchObject({ status: 200, retryable: true });
    const wrongShape = await refusal(
      answering(JSON.stringify({ payment_id: 'abc', state: { status: 'paid' } }), 'application/json').getPayment('abc'),
    );
    expect(wrongShape).toMatchObject({ status: 200, retryable: false });
    expect(wrongShape.message).toContain('state.status');
  });

  it('names each wrong setting when it is made', () => {
    let thrown: unknown;
    try {
      govukPay({ apiKey: ' ', baseUrl: 'publicapi.example', timeoutMs: 0 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ServiceConfigError);
    expect((thrown as ServiceConfigError).problems.map((problem) => problem.path)).toEqual([
      'apiKey',
      'baseUrl',
      'timeoutMs',
    ]);
  });
});

describe('webhooks', () => {
  let receiver: LoopbackServer;
  let received: { body: string; headers: Headers }[];

  beforeEach(async () => {
    received = [];
    receiver = await listenOnLoopback((req, res, body) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      received.push({ body: body.toString('utf8'), headers });
      res.writeHead(200);
      res.end();
    });
  });

  afterEach(async () => {
    await receiver.stop();
  });

  /** A paid payment, and GOV.UK Pay's webhook for it as the council's service receives it. */
  async function paidWithWebhook(secret: string, eventType?: string) {
    const payment = await pay.createPayment(gardenWaste);
    fake.complete(payment.id, 'success');
    const status = await fake.sendWebhook(payment.id, {
      to: `${receiver.url}/payments/webhook`,
      secret,
      ...(eventType ? { eventType } : {}),
    });
    expect(status).toBe(200);
    const webhook = received.at(-1);
    if (!webhook) throw new Error('no webhook arrived');
    return { payment, webhook };
  }

  it('reads a correctly signed card_payment_succeeded as the payment succeeding, with its reference', async () => {
    const reader = govukPay({ apiKey: fake.apiKey, baseUrl: fake.url, webhookSecrets: 'webhook-secret-1' });
    const { payment, webhook } = await paidWithWebhook('webhook-secret-1');
    expect(webhook.headers.get('Pay-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(webhook.body)).toMatchObject({
      resource_id: payment.id,
      resource_type: 'payment',
      event_type: 'card_payment_succeeded',
      api_version: 1,
    });
    expect(reader.readWebhook(webhook.body, webhook.headers)).toEqual({
      kind: 'succeeded',
      paymentId: payment.id,
      reference: 'GW-7KQ4M-X9RTP',
    });
  });

  it('reads any other event as other', async () => {
    const reader = govukPay({ apiKey: fake.apiKey, webhookSecrets: 'webhook-secret-1' });
    const { payment, webhook } = await paidWithWebhook('webhook-secret-1', 'card_payment_captured');
    expect(reader.readWebhook(webhook.body, webhook.headers)).toMatchObject({ kind: 'other', paymentId: payment.id });
  });

  it('refuses a changed body, a forged or missing signature, and a webhook signed with another secret', async () => {
    const reader = govukPay({ apiKey: fake.apiKey, webhookSecrets: 'webhook-secret-1' });
    const { webhook } = await paidWithWebhook('webhook-secret-1');
    const tampered = webhook.body.replace('"amount":5500', '"amount":1');
    expect(tampered).not.toBe(webhook.body);
    expect(reader.readWebhook(tampered, webhook.headers)).toBeUndefined();

    const forged = new Headers(webhook.headers);
    forged.set('Pay-Signature', 'a'.repeat(64));
    expect(reader.readWebhook(webhook.body, forged)).toBeUndefined();

    const unsigned = new Headers(webhook.headers);
    unsigned.delete('Pay-Signature');
    expect(reader.readWebhook(webhook.body, unsigned)).toBeUndefined();

    const { webhook: otherService } = await paidWithWebhook('someone-elses-secret');
    expect(reader.readWebhook(otherService.body, otherService.headers)).toBeUndefined();

    // No secret set: no webhook can be checked, so none is believed.
    const noSecret = govukPay({ apiKey: fake.apiKey });
    expect(noSecret.readWebhook(webhook.body, webhook.headers)).toBeUndefined();
  });

  it('while the secret changes, accepts a webhook signed with either the new or the old one', async () => {
    const reader = govukPay({ apiKey: fake.apiKey, webhookSecrets: ['new-secret', 'old-secret'] });
    const { payment: first, webhook: signedOld } = await paidWithWebhook('old-secret');
    const { payment: second, webhook: signedNew } = await paidWithWebhook('new-secret');
    expect(reader.readWebhook(signedOld.body, signedOld.headers)).toMatchObject({ paymentId: first.id });
    expect(reader.readWebhook(signedNew.body, signedNew.headers)).toMatchObject({ paymentId: second.id });
  });

  it('gives undefined, not a crash, for a correctly signed body it cannot read', async () => {
    const { createHmac } = await import('node:crypto');
    const reader = govukPay({ apiKey: fake.apiKey, webhookSecrets: 'webhook-secret-1' });
    for (const body of ['not json', '{"event_type":"card_payment_succeeded"}', '[]']) {
      const headers = new Headers({
        'Pay-Signature': createHmac('sha256', 'webhook-secret-1').update(body).digest('hex'),
      });
      expect(reader.readWebhook(body, headers)).toBeUndefined();
    }
  });
});

describe('the fake GOV.UK Pay', () => {
  it('notices a request that breaks the published API, and an answer of its own that does', async () => {
    const response = await fetch(`${fake.url}/v1/payments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        amount: '55.00',
        reference: 'GW-1',
        description: 'Bins',
        return_url: 'x',
        colour: 'green',
      }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'P0102', field: 'amount' });
    const unsigned = await fetch(`${fake.url}/v1/payments/abc`);
    expect(unsigned.status).toBe(401);
    fake.failNext(500, { code: 500 as unknown as string });
    await refusal(pay.createPayment(gardenWaste));

    expect(fake.violations).toEqual([
      expect.stringContaining('POST /v1/payments breaks the spec: /amount must be integer'),
      'GET /v1/payments/abc has no Authorization: Bearer header',
      expect.stringContaining("the fake's own 500 answer to POST /v1/payments breaks the spec: /code must be string"),
    ]);
    // Seen: the check after each test is for the client's requests.
    fake.violations.length = 0;
  });
});
