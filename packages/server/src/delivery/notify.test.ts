import { type FakeNotify, type FakeTemplate, startFakeNotify } from '@lgds/fakes';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceConfigError } from '../options';
import { type NotifyConfirmationsOptions, notifyConfirmations } from './notify';
import type { Deliverer, Outgoing } from './types';

// The templates a council pastes into Notify: the README's "Emails and texts (GOV.UK Notify)" shows the same words.
const ids = {
  emailEn: 'b0a5e2a1-3f5c-4b8e-9d53-1c7f0e6a2b11',
  emailCy: 'c1b6f3b2-4a6d-4c9f-8e64-2d8a1f7b3c22',
  smsEn: 'd2c7a4c3-5b7e-4da0-9f75-3e9b2a8c4d33',
  smsCy: 'e3d8b5d4-6c8f-4eb1-8a86-4fac3b9d5e44',
  replyTo: 'f4e9c6e5-7d9a-4fc2-9b97-5abd4cae6f55',
} as const;

const smsTemplates = { en: ids.smsEn, cy: ids.smsCy };

const templates: Record<string, FakeTemplate> = {
  [ids.emailEn]: {
    type: 'email',
    subject: '((service_name)): we have your application',
    body: [
      'Your reference is ((reference))',
      'We received your application on ((submitted_date)).',
      '# What happens next',
      '((next_steps))',
      'Exampleshire Council',
    ].join('\n\n'),
  },
  [ids.emailCy]: {
    type: 'email',
    subject: '((service_name)): mae eich cais wedi dod i law',
    body: [
      'Eich cyfeirnod yw ((reference))',
      'Cawsom eich cais ar ((submitted_date)).',
      '# Beth sy’n digwydd nesaf',
      '((next_steps))',
      'Cyngor Swydd Enghraifft',
    ].join('\n\n'),
  },
  [ids.smsEn]: {
    type: 'sms',
    body: '((service_name)): we received your application on ((submitted_date)). Your reference is ((reference)). ((next_steps)) Exampleshire Council',
  },
  [ids.smsCy]: {
    type: 'sms',
    body: '((service_name)): cawsom eich cais ar ((submitted_date)). Eich cyfeirnod yw ((reference)). ((next_steps)) Cyngor Swydd Enghraifft',
  },
};

const reference = 'GW-7KQ4M-X9RTP';
const email = 'sam.resident@example.com';
const phone = '07700 900 123';

/** A garden waste subscription sent at 00:30 on 1 April 2027, UK time (23:30 on 31 March in UTC). */
function outgoing(over: Partial<Outgoing> = {}): Outgoing {
  return {
    reference,
    transaction: 'garden-waste-new',
    payload: { bins: 1 },
    submittedAt: new Date('2027-03-31T23:30:00Z'),
    attempt: 1,
    locale: 'en',
    serviceName: 'Subscribe to garden waste collection',
    nextSteps: ['We will deliver your bin within 10 working days.', 'Put it out by 7am on your collection day.'],
    contact: { email },
    ...over,
  };
}

const welsh = {
  locale: 'cy',
  serviceName: 'Tanysgrifio i gasgliadau gwastraff gardd',
  nextSteps: ['Byddwn yn danfon eich bin o fewn 10 diwrnod gwaith.'],
} as const;

let fake: FakeNotify;

beforeEach(async () => {
  fake = await startFakeNotify({ templates, emailReplyToIds: [ids.replyTo] });
});

afterEach(async () => {
  // Every request the deliverers made was one the published API allows.
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

function deliverers(over: Partial<NotifyConfirmationsOptions> = {}): { email: Deliverer; sms: Deliverer } {
  const [emailChannel, smsChannel] = notifyConfirmations({
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    templates: { email: { en: ids.emailEn, cy: ids.emailCy }, sms: smsTemplates },
    ...over,
  });
  if (!emailChannel || !smsChannel) throw new Error('expected an email and an sms channel');
  return { email: emailChannel, sms: smsChannel };
}

const signal = () => new AbortController().signal;

describe('a resident who gave an email address', () => {
  it('is emailed a confirmation in English, with the reference, the date and what happens next', async () => {
    const { email: channel } = deliverers();
    expect(channel.channel).toBe('email');

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({ status: 'delivered' });

    expect(fake.sent).toHaveLength(1);
    const [message] = fake.sent;
    expect(message).toMatchObject({ type: 'email', templateId: ids.emailEn, to: email, reference });
    expect(message?.personalisation).toEqual({
      reference,
      service_name: 'Subscribe to garden waste collection',
      next_steps: ['We will deliver your bin within 10 working days.', 'Put it out by 7am on your collection day.'],
      submitted_date: '1 April 2027',
    });
    // What the resident reads.
    expect(message?.subject).toBe('Subscribe to garden waste collection: we have your application');
    expect(message?.body).toContain('Your reference is GW-7KQ4M-X9RTP');
    expect(message?.body).toContain('We received your application on 1 April 2027.');
    expect(message?.body).toContain('* We will deliver your bin within 10 working days.\n* Put it out by 7am');
  });

  it('is emailed in Welsh when they used the service in Welsh', async () => {
    const { email: channel } = deliverers();

    await expect(channel.deliver(outgoing(welsh), signal())).resolves.toEqual({ status: 'delivered' });

    const [message] = fake.sent;
    expect(message?.templateId).toBe(ids.emailCy);
    expect(message?.personalisation.submitted_date).toBe('1 Ebrill 2027');
    expect(message?.subject).toBe('Tanysgrifio i gasgliadau gwastraff gardd: mae eich cais wedi dod i law');
    expect(message?.body).toContain('Eich cyfeirnod yw GW-7KQ4M-X9RTP');
    expect(message?.body).toContain('Cawsom eich cais ar 1 Ebrill 2027.');
    expect(message?.body).toContain('* Byddwn yn danfon eich bin o fewn 10 diwrnod gwaith.');
  });

  it('gets replies to the reply-to address the council chose', async () => {
    const { email: channel } = deliverers({ emailReplyToId: ids.replyTo });

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({ status: 'delivered' });

    expect(fake.sent[0]?.emailReplyToId).toBe(ids.replyTo);
  });

  it('is not also sent a text, even if they gave a phone number', async () => {
    const { email: emailChannel, sms } = deliverers();
    const both = outgoing({ contact: { email, phone } });

    await expect(sms.deliver(both, signal())).resolves.toEqual({ status: 'skipped', why: expect.any(String) });
    await expect(emailChannel.deliver(both, signal())).resolves.toEqual({ status: 'delivered' });

    expect(fake.sent.map((message) => message.type)).toEqual(['email']);
  });

  it('gets one email when an attempt is repeated after it was sent (a worker died before recording it)', async () => {
    const { email: channel } = deliverers();

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({ status: 'delivered' });
    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({ status: 'delivered' });

    expect(fake.sent).toHaveLength(1);
  });

  it('is emailed again when Notify itself failed to send the first one (technical-failure)', async () => {
    const { email: channel } = deliverers();
    await channel.deliver(outgoing(), signal());
    (fake.sent[0] as { status: string }).status = 'technical-failure';

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({ status: 'delivered' });

    expect(fake.sent).toHaveLength(2);
  });
});

describe('a resident who gave only a phone number', () => {
  it('is sent a text in their language, the next steps as one paragraph', async () => {
    const { email: emailChannel, sms } = deliverers();
    expect(sms.channel).toBe('sms');
    const phoned = outgoing({ contact: { phone } });

    await expect(emailChannel.deliver(phoned, signal())).resolves.toEqual({
      status: 'skipped',
      why: 'the resident gave no email address',
    });
    await expect(sms.deliver(phoned, signal())).resolves.toEqual({ status: 'delivered' });
    await expect(sms.deliver({ ...phoned, ...welsh, reference: 'GW-22222-33333' }, signal())).resolves.toEqual({
      status: 'delivered',
    });

    expect(fake.sent.map(({ type, templateId, to }) => ({ type, templateId, to }))).toEqual([
      { type: 'sms', templateId: ids.smsEn, to: '07700900123' },
      { type: 'sms', templateId: ids.smsCy, to: '07700900123' },
    ]);
    expect(fake.sent[0]?.body).toBe(
      'Subscribe to garden waste collection: we received your application on 1 April 2027. Your reference is ' +
        'GW-7KQ4M-X9RTP. We will deliver your bin within 10 working days. Put it out by 7am on your collection day. ' +
        'Exampleshire Council',
    );
    expect(fake.sent[1]?.body).toContain('cawsom eich cais ar 1 Ebrill 2027. Eich cyfeirnod yw GW-22222-33333.');
  });

  it('gets no text when the council gave no text message templates: there is only an email channel', () => {
    const channels = notifyConfirmations({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      templates: { email: { en: ids.emailEn, cy: ids.emailCy } },
    });
    expect(channels.map((channel) => channel.channel)).toEqual(['email']);
  });
});

it('sends nothing to a resident who gave no email address or phone number', async () => {
  const { email: emailChannel, sms } = deliverers();
  const noContact = outgoing({ contact: {} });

  await expect(emailChannel.deliver(noContact, signal())).resolves.toMatchObject({ status: 'skipped' });
  await expect(sms.deliver(noContact, signal())).resolves.toEqual({
    status: 'skipped',
    why: 'the resident gave no phone number',
  });

  expect(fake.requests).toEqual([]);
});

it('applies to the transactions the council names', () => {
  const { email: emailChannel, sms } = deliverers({ transactions: ['garden-waste-new'] });
  expect(emailChannel.transactions).toEqual(['garden-waste-new']);
  expect(sms.transactions).toEqual(['garden-waste-new']);
  expect(deliverers().email.transactions).toBeUndefined();
});

describe('what staff see when Notify refuses (rejected: fixed by the council, never tried again)', () => {
  it('a template with a placeholder the service does not fill', async () => {
    const withName = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    await fake.stop();
    fake = await startFakeNotify({
      templates: { ...templates, [withName]: { type: 'email', body: 'Dear ((first_name)), ((reference))' } },
    });
    const { email: channel } = deliverers({
      templates: { email: { en: withName, cy: ids.emailCy }, sms: smsTemplates },
    });

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({
      status: 'rejected',
      error: 'Notify 400 BadRequestError: Missing personalisation: first_name',
    });
    expect(fake.sent).toEqual([]);
  });

  it('a template id that is not one of the service’s', async () => {
    const { email: channel } = deliverers({
      templates: { email: { en: '11111111-2222-4333-8444-555555555555', cy: ids.emailCy }, sms: smsTemplates },
    });

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({
      status: 'rejected',
      error: 'Notify 400 BadRequestError: Template not found',
    });
  });

  it('a team-only API key sending to a resident outside the team', async () => {
    await fake.stop();
    fake = await startFakeNotify({ templates, team: ['officer@exampleshire.example'] });
    const { email: channel } = deliverers();

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({
      status: 'rejected',
      error: "Notify 400 BadRequestError: Can't send to this recipient using a team-only API key",
    });
  });

  it('a wrong API key (a token signed with another secret): 403', async () => {
    const { email: channel } = deliverers({ apiKey: fake.wrongApiKey });

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({
      status: 'rejected',
      error: 'Notify 403 (checking for an earlier message) AuthError: Invalid token: API key not found',
    });
    expect(fake.requests.map((request) => request.status)).toEqual([403]);
    expect(fake.sent).toEqual([]);
  });

  it('never includes the resident’s email address, phone number or the message, whatever Notify says', async () => {
    const { email: emailChannel, sms } = deliverers();
    fake.failNext(400, [
      { error: 'ValidationError', message: `email_address ${email} (Sam.Resident@Example.com) is not allowed` },
      {
        error: 'BadRequestError',
        message: 'Also 07700 900 123, +44 7700 900123 and Subscribe to garden waste collection',
      },
    ]);
    fake.failNext(400, [{ error: 'ValidationError', message: 'phone_number +447700900123 / 07700900123 not allowed' }]);

    const emailed = await emailChannel.deliver(outgoing({ contact: { email, phone } }), signal());
    const texted = await sms.deliver(outgoing({ contact: { phone } }), signal());

    expect(emailed.status).toBe('rejected');
    expect(texted.status).toBe('rejected');
    const errors = [emailed, texted].map((result) => ('error' in result ? result.error : '')).join('\n');
    expect(errors).not.toMatch(/@/);
    expect(errors).not.toMatch(/7700/);
    expect(errors).not.toContain('garden waste');
    // Still says what happened.
    expect(errors).toContain('Notify 400 ValidationError: email_address [email address]');
    expect(errors).toContain('Notify 400 ValidationError: phone_number [phone number]');
  });
});

describe('what is tried again later (retry)', () => {
  it('Notify’s rate limit (429), waiting as long as Notify asks', async () => {
    const { email: channel } = deliverers();
    fake.failNext(429);
    fake.failNext(429, undefined, { headers: { 'Retry-After': '30' } });

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({
      status: 'retry',
      error: 'Notify 429 RateLimitError: Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds',
    });
    await expect(channel.deliver(outgoing(), signal())).resolves.toMatchObject({ status: 'retry', after: 30_000 });
    expect(fake.sent).toEqual([]);

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({ status: 'delivered' });
  });

  it('the service’s daily limit (429 TooManyRequestsError): not before midnight', async () => {
    const { email: channel } = deliverers();
    fake.failNext(429, [{ error: 'TooManyRequestsError', message: 'Exceeded send limits (50) for today' }]);

    const result = await channel.deliver(outgoing(), signal());

    expect(result).toMatchObject({
      status: 'retry',
      error: 'Notify 429 TooManyRequestsError: Exceeded send limits (50) for today',
    });
    const after = 'after' in result ? (result.after ?? 0) : 0;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(24 * 3600 * 1000);
  });

  it('Notify’s own faults (500), when sending or when checking for an earlier message', async () => {
    const { email: channel } = deliverers();
    fake.failNext(500);
    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({
      status: 'retry',
      error: 'Notify 500 Exception: Internal server error',
    });

    fake.failNext(503, [{ error: 'Exception', message: 'Service unavailable' }], { on: 'check' });
    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({
      status: 'retry',
      error: 'Notify 503 (checking for an earlier message) Exception: Service unavailable',
    });
    expect(fake.sent).toEqual([]);
  });

  it('Notify that cannot be reached (connection refused)', async () => {
    const { email: channel } = deliverers();
    await fake.stop();

    await expect(channel.deliver(outgoing(), signal())).resolves.toEqual({
      status: 'retry',
      error: 'Notify could not be reached (checking for an earlier message): ECONNREFUSED',
    });
    fake = await startFakeNotify({ templates });
  });

  it('Notify that does not answer, when the worker gives up on the attempt', async () => {
    const { email: channel } = deliverers();
    fake.hangNext();
    const controller = new AbortController();

    const started = Date.now();
    const result = channel.deliver(outgoing(), controller.signal);
    await fake.hanging();
    controller.abort();

    await expect(result).resolves.toEqual({
      status: 'retry',
      error: 'Notify did not answer in time: the attempt was stopped',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fake.requests.map((request) => request.status)).toEqual([200, 'hung']);
    expect(fake.sent).toEqual([]);
    // The request itself was ended, not left open.
    await vi.waitFor(() => expect(fake.abandoned).toBe(1));
  });

  it('an attempt whose time was up before it began sends nothing', async () => {
    const { email: channel } = deliverers();
    const controller = new AbortController();
    controller.abort();

    await expect(channel.deliver(outgoing(), controller.signal)).resolves.toMatchObject({ status: 'retry' });
    expect(fake.requests).toEqual([]);
  });
});

describe('settings', () => {
  const good: NotifyConfirmationsOptions = {
    apiKey: `exampleshire_live-${ids.emailEn}-${ids.emailCy}`,
    templates: { email: { en: ids.emailEn, cy: ids.emailCy } },
  };

  it('names each wrong template id by its path', () => {
    const attempt = () =>
      notifyConfirmations({
        ...good,
        templates: { email: { en: ids.emailEn, cy: 'Welsh confirmation' }, sms: { en: '', cy: ids.smsCy } },
      });

    expect(attempt).toThrow(ServiceConfigError);
    expect(attempt).toThrow('templates.email.cy: must be a Notify template id (a UUID)');
    expect(attempt).toThrow('templates.sms.en: must be a Notify template id (a UUID)');
  });

  it('names a wrong API key without showing it', () => {
    const attempt = () => notifyConfirmations({ ...good, apiKey: 'not-a-key-secret-value' });

    expect(attempt).toThrow(/^The service's settings have 1 problem:\n- apiKey: must be a GOV.UK Notify API key/);
    expect(attempt).not.toThrow(/secret-value/);
  });

  it('names a missing Welsh template, a wrong reply-to id and a wrong address', () => {
    let error: unknown;
    try {
      notifyConfirmations({
        ...good,
        baseUrl: 'api.notifications.service.gov.uk',
        emailReplyToId: 'replies@exampleshire.example',
        templates: { email: { en: ids.emailEn } as never },
      });
    } catch (thrown) {
      error = thrown;
    }
    expect((error as ServiceConfigError).problems.map((problem) => problem.path)).toEqual([
      'baseUrl',
      'templates.email.cy',
      'emailReplyToId',
    ]);
  });
});
