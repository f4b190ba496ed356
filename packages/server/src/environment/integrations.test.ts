// The environment variables that turn on the webhook, GOV.UK Notify's confirmations, "Save and come back later",
// GOV.UK Pay and OS Places: each set whole or not at all, every problem named by its variable in one message.
import { describe, expect, it } from 'vitest';
import { ServiceConfigError } from '../options';
import {
  type Environment,
  EnvironmentError,
  INTEGRATION_VARIABLES,
  integrationsFrom,
  localFakesWanted,
} from './integrations';

const uuid = (digit: string) =>
  `${digit.repeat(8)}-${digit.repeat(4)}-4${digit.repeat(3)}-8${digit.repeat(3)}-${digit.repeat(12)}`;
const apiKey = `exampleshire_live-${uuid('1')}-${uuid('2')}`;
const webhookVariables = {
  WEBHOOK_URL: 'https://backoffice.exampleshire.example/lgds/submissions?token=private',
  WEBHOOK_SECRET: 'a-webhook-secret-of-at-least-thirty-two-characters',
};
const confirmations = { NOTIFY_CONFIRMATION_TEMPLATE_EN: uuid('3'), NOTIFY_CONFIRMATION_TEMPLATE_CY: uuid('4') };
const texts = { NOTIFY_SMS_TEMPLATE_EN: uuid('5'), NOTIFY_SMS_TEMPLATE_CY: uuid('6') };
const returns = { NOTIFY_RETURN_TEMPLATE_EN: uuid('7'), NOTIFY_RETURN_TEMPLATE_CY: uuid('8') };

/** The problems `integrationsFrom` names for an environment, as `variable: message` lines. */
function problemsOf(env: Environment): string[] {
  try {
    integrationsFrom(env);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentError);
    expect(error).toBeInstanceOf(ServiceConfigError);
    return (error as EnvironmentError).problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  throw new Error('integrationsFrom did not throw');
}

describe('integrationsFrom', () => {
  it('turns nothing on when nothing is set, and says which variables turn each thing on', () => {
    const none = integrationsFrom({ PORT: '3000', WEBHOOK_URL: '  ', NOTIFY_API_KEY: '' });
    expect(none.deliver).toEqual([]);
    expect(none.saveAndReturn).toBeUndefined();
    expect(none.summary).not.toContain('\n');
    expect(none.summary).toMatch(/^Deliveries and emails are off: set WEBHOOK_URL and WEBHOOK_SECRET/);
    for (const variable of ['NOTIFY_API_KEY', 'NOTIFY_CONFIRMATION_TEMPLATE_CY', 'NOTIFY_RETURN_TEMPLATE_CY']) {
      expect(none.summary).toContain(variable);
    }
  });

  it('turns everything on from a whole set, and logs where to without the secret, the key or the path', () => {
    const all = integrationsFrom({
      ...webhookVariables,
      NOTIFY_API_KEY: apiKey,
      ...confirmations,
      ...texts,
      ...returns,
      PUBLIC_URL: 'https://www.exampleshire.example/',
    });
    expect(all.deliver.map((deliverer) => deliverer.channel)).toEqual(['webhook', 'email', 'sms']);
    expect(all.saveAndReturn?.origin).toBe('https://www.exampleshire.example');
    expect(typeof all.saveAndReturn?.send).toBe('function');
    expect(all.summary).toContain('to the back office at https://backoffice.exampleshire.example (signed webhook)');
    expect(all.summary).toContain('a confirmation email (or a text, to residents who gave only a phone number)');
    expect(all.summary).toContain('for https://www.exampleshire.example (PUBLIC_URL)');
    for (const hidden of [webhookVariables.WEBHOOK_SECRET, apiKey, 'token=private', '/lgds/submissions']) {
      expect(all.summary).not.toContain(hidden);
    }
  });

  it('turns on each part alone, and says what turns on the rest', () => {
    const webhookOnly = integrationsFrom(webhookVariables);
    expect(webhookOnly.deliver.map((deliverer) => deliverer.channel)).toEqual(['webhook']);
    expect(webhookOnly.saveAndReturn).toBeUndefined();
    expect(webhookOnly.summary).toContain('No confirmation emails: set NOTIFY_API_KEY');
    expect(webhookOnly.summary).toContain('"Save and come back later" is off');

    const emailsOnly = integrationsFrom({ NOTIFY_API_KEY: apiKey, ...confirmations });
    expect(emailsOnly.deliver.map((deliverer) => deliverer.channel)).toEqual(['email']);
    expect(emailsOnly.summary).toContain('No webhook: set WEBHOOK_URL and WEBHOOK_SECRET');

    const returnsOnly = integrationsFrom({ NOTIFY_API_KEY: apiKey, ...returns });
    expect(returnsOnly.deliver).toEqual([]);
    expect(returnsOnly.saveAndReturn?.origin).toBeUndefined();
    expect(returnsOnly.summary).toContain('for the address each request came to');
    expect(returnsOnly.summary).toContain('No deliveries');
  });

  it('names every missing variable of every half-given set at once', () => {
    expect(problemsOf({ WEBHOOK_URL: webhookVariables.WEBHOOK_URL })).toEqual([
      expect.stringMatching(/^WEBHOOK_SECRET: not set, but WEBHOOK_URL is/),
    ]);
    expect(problemsOf({ WEBHOOK_SECRET: webhookVariables.WEBHOOK_SECRET })).toEqual([
      expect.stringMatching(/^WEBHOOK_URL: not set, but WEBHOOK_SECRET is/),
    ]);
    expect(problemsOf({ NOTIFY_API_KEY: apiKey })).toEqual([
      expect.stringMatching(
        /^NOTIFY_CONFIRMATION_TEMPLATE_EN and _CY, or NOTIFY_RETURN_TEMPLATE_EN and _CY: not set, but NOTIFY_API_KEY is/,
      ),
    ]);
    expect(problemsOf({ ...confirmations, NOTIFY_BASE_URL: 'http://127.0.0.1:9' })).toEqual([
      expect.stringMatching(
        /^NOTIFY_API_KEY: not set, but NOTIFY_CONFIRMATION_TEMPLATE_EN, NOTIFY_CONFIRMATION_TEMPLATE_CY and NOTIFY_BASE_URL are/,
      ),
    ]);
    expect(
      problemsOf({
        WEBHOOK_URL: webhookVariables.WEBHOOK_URL,
        NOTIFY_API_KEY: apiKey,
        NOTIFY_CONFIRMATION_TEMPLATE_CY: confirmations.NOTIFY_CONFIRMATION_TEMPLATE_CY,
        NOTIFY_SMS_TEMPLATE_EN: texts.NOTIFY_SMS_TEMPLATE_EN,
        NOTIFY_RETURN_TEMPLATE_EN: returns.NOTIFY_RETURN_TEMPLATE_EN,
      }).map((line) => line.slice(0, line.indexOf(':'))),
    ).toEqual([
      'WEBHOOK_SECRET',
      'NOTIFY_CONFIRMATION_TEMPLATE_EN',
      'NOTIFY_SMS_TEMPLATE_CY',
      'NOTIFY_RETURN_TEMPLATE_CY',
    ]);
    expect(problemsOf(texts).map((line) => line.slice(0, line.indexOf(':')))).toEqual([
      'NOTIFY_CONFIRMATION_TEMPLATE_EN',
      'NOTIFY_CONFIRMATION_TEMPLATE_CY',
      'NOTIFY_API_KEY',
    ]);
  });

  it('names wrong values by their variable, never showing a secret or a key', () => {
    const lines = problemsOf({
      WEBHOOK_URL: 'http://backoffice.exampleshire.example/submissions',
      WEBHOOK_SECRET: 'too-short',
      NOTIFY_API_KEY: 'not-a-notify-key',
      NOTIFY_CONFIRMATION_TEMPLATE_EN: 'template-one',
      NOTIFY_CONFIRMATION_TEMPLATE_CY: confirmations.NOTIFY_CONFIRMATION_TEMPLATE_CY,
      ...returns,
      PUBLIC_URL: 'https://www.exampleshire.example/services',
    });
    expect(lines.map((line) => line.slice(0, line.indexOf(':')))).toEqual([
      'PUBLIC_URL',
      'WEBHOOK_URL',
      'WEBHOOK_SECRET',
      'NOTIFY_API_KEY',
      'NOTIFY_CONFIRMATION_TEMPLATE_EN',
    ]);
    expect(lines.join('\n')).not.toMatch(/too-short|not-a-notify-key/);
    const message = (() => {
      try {
        integrationsFrom({ WEBHOOK_URL: webhookVariables.WEBHOOK_URL, NOTIFY_API_KEY: apiKey });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^The service's environment variables have 2 problems:\n- WEBHOOK_SECRET: /);
    expect(message).toContain(`@lgds/server's README ("Configuring integrations from environment variables")`);
  });

  it('reads INTEGRATION_VARIABLES (and NODE_ENV), and nothing else', () => {
    const read = new Set<string>();
    const spy = (values: Environment) =>
      new Proxy(values, {
        get(target, name) {
          if (typeof name === 'string') read.add(name);
          return Reflect.get(target, name);
        },
      });
    integrationsFrom(spy({}));
    localFakesWanted(spy({}));
    integrationsFrom(
      spy({ ...webhookVariables, NOTIFY_API_KEY: apiKey, ...confirmations, ...texts, ...returns, NODE_ENV: 'test' }),
    );
    expect([...read].sort()).toEqual([...INTEGRATION_VARIABLES, 'NODE_ENV'].sort());
  });

  it('needs PUBLIC_URL for save-and-return links in production', () => {
    expect(problemsOf({ NODE_ENV: 'production', NOTIFY_API_KEY: apiKey, ...returns })).toEqual([
      expect.stringMatching(
        /^PUBLIC_URL: not set, but NOTIFY_RETURN_TEMPLATE_EN and _CY are and NODE_ENV is production/,
      ),
    ]);
    const production = integrationsFrom({
      NODE_ENV: 'production',
      NOTIFY_API_KEY: apiKey,
      ...returns,
      PUBLIC_URL: 'https://www.exampleshire.example',
    });
    expect(production.saveAndReturn?.origin).toBe('https://www.exampleshire.example');
  });
});

describe('card payments and address lookup', () => {
  const payKey = 'api_live_a-real-looking-gov-uk-pay-api-key-for-tests';
  const paySecret = 'a-pay-webhook-signing-secret-for-tests';
  const placesKey = 'an-os-data-hub-project-key-for-tests';
  const local = {
    pay: { url: 'http://127.0.0.1:41001', apiKey: 'api_test_fake', webhookSecret: 'fake-webhook-secret' },
    osPlaces: { baseUrl: 'http://127.0.0.1:41002/search/places/v1', apiKey: 'fake-os-places-key' },
  };

  it('starts local fakes in development only, each only when none of its variables is set', () => {
    expect(localFakesWanted({})).toEqual({ pay: true, osPlaces: true });
    expect(localFakesWanted({ NODE_ENV: 'development', GOVUK_PAY_API_KEY: ' ' })).toEqual({
      pay: true,
      osPlaces: true,
    });
    expect(localFakesWanted({ NODE_ENV: 'production' })).toEqual({ pay: false, osPlaces: false });
    expect(localFakesWanted({ GOVUK_PAY_API_KEY: payKey, OS_PLACES_API_KEY: placesKey })).toEqual({
      pay: false,
      osPlaces: false,
    });
    expect(localFakesWanted({ GOVUK_PAY_WEBHOOK_SECRET: paySecret, OS_PLACES_BASE_URL: 'http://127.0.0.1:9' })).toEqual(
      { pay: false, osPlaces: false },
    );
  });

  it('are off without their keys and without fakes (production), saying which variable turns each on', () => {
    const off = integrationsFrom({ NODE_ENV: 'production' });
    expect(off.payments).toBeUndefined();
    expect(off.addressLookup).toBeUndefined();
    expect(off.notes).toEqual([
      expect.stringMatching(/^Card payments are off: set GOVUK_PAY_API_KEY/),
      expect.stringMatching(/^Address lookup is off .*: set OS_PLACES_API_KEY/),
    ]);
  });

  it('use the local fakes in development, saying so in one line each, without their keys', () => {
    const faked = integrationsFrom({}, local);
    expect(typeof faked.payments?.provider.createPayment).toBe('function');
    expect(faked.payments?.origin).toBeUndefined();
    expect(typeof faked.addressLookup?.findAddresses).toBe('function');
    expect(faked.notes).toEqual([
      'Card payments: a local fake GOV.UK Pay at http://127.0.0.1:41001 — no real money; set GOVUK_PAY_API_KEY to use GOV.UK Pay.',
      'Address lookup: a local fake OS Places at http://127.0.0.1:41002 — fictional addresses at AA1 1AA, AA2 2BB and AA3 3CC; set OS_PLACES_API_KEY to use OS Places.',
    ]);
    expect(faked.notes.join('\n')).not.toMatch(/api_test_fake|fake-webhook-secret|fake-os-places-key/);
    // A key given wins over a fake, and PUBLIC_URL is where Pay sends residents back.
    const real = integrationsFrom(
      { GOVUK_PAY_API_KEY: payKey, OS_PLACES_API_KEY: placesKey, PUBLIC_URL: 'https://www.exampleshire.example' },
      local,
    );
    expect(real.payments?.origin).toBe('https://www.exampleshire.example');
    expect(real.notes[0]).toMatch(/^Card payments: GOV\.UK Pay\. No webhooks: set GOVUK_PAY_WEBHOOK_SECRET/);
    expect(real.notes[1]).toBe('Address lookup: OS Places.');
  });

  it('use GOV.UK Pay and OS Places from their variables, never logging a key or a secret', () => {
    const on = integrationsFrom({
      NODE_ENV: 'production',
      GOVUK_PAY_API_KEY: payKey,
      GOVUK_PAY_WEBHOOK_SECRET: paySecret,
      GOVUK_PAY_BASE_URL: 'http://127.0.0.1:41003/',
      OS_PLACES_API_KEY: placesKey,
      OS_PLACES_BASE_URL: 'http://127.0.0.1:41004/search/places/v1',
      PUBLIC_URL: 'https://www.exampleshire.example',
    });
    expect(on.payments?.origin).toBe('https://www.exampleshire.example');
    expect(typeof on.addressLookup?.findAddresses).toBe('function');
    expect(on.notes).toEqual([
      'Card payments: the GOV.UK Pay API at http://127.0.0.1:41003 (GOVUK_PAY_BASE_URL), with its signed webhooks at /payments/webhook.',
      'Address lookup: the OS Places API at http://127.0.0.1:41004 (OS_PLACES_BASE_URL).',
    ]);
    expect(`${on.summary}\n${on.notes.join('\n')}`).not.toMatch(new RegExp(`${payKey}|${paySecret}|${placesKey}`));
  });

  it('names what is missing or wrong by its variable', () => {
    expect(problemsOf({ GOVUK_PAY_WEBHOOK_SECRET: paySecret, GOVUK_PAY_BASE_URL: 'http://127.0.0.1:9' })).toEqual([
      expect.stringMatching(
        /^GOVUK_PAY_API_KEY: not set, but GOVUK_PAY_WEBHOOK_SECRET and GOVUK_PAY_BASE_URL are: GOV\.UK Pay takes no payment/,
      ),
    ]);
    expect(problemsOf({ OS_PLACES_BASE_URL: 'http://127.0.0.1:9' })).toEqual([
      expect.stringMatching(/^OS_PLACES_API_KEY: not set, but OS_PLACES_BASE_URL is/),
    ]);
    expect(problemsOf({ NODE_ENV: 'production', GOVUK_PAY_API_KEY: payKey })).toEqual([
      expect.stringMatching(/^PUBLIC_URL: not set, but GOVUK_PAY_API_KEY is and NODE_ENV is production/),
    ]);
    const wrong = problemsOf({
      GOVUK_PAY_API_KEY: payKey,
      GOVUK_PAY_BASE_URL: 'ftp://pay.example',
      OS_PLACES_API_KEY: placesKey,
      OS_PLACES_BASE_URL: 'http://os-places.example/search/places/v1',
    });
    expect(wrong.map((line) => line.slice(0, line.indexOf(':')))).toEqual(['GOVUK_PAY_BASE_URL', 'OS_PLACES_BASE_URL']);
    expect(wrong.join('\n')).not.toMatch(new RegExp(`${payKey}|${placesKey}`));
  });
});
