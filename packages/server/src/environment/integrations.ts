// What a council's service turns on from its environment variables: each submission to the council's back office
// by signed webhook, a confirmation to the resident by GOV.UK Notify, and "Save and come back later" links by GOV.UK
// Notify; and the services it asks: GOV.UK Pay for card payments, OS Places for addresses. Every variable is
// optional: with none set, all of them are off, except what the caller's local fakes stand in for in development
// (apps/service starts them from the private @lgds/fakes; this package never loads a fake).
import type { AddressLookup } from '@lgds/core';
import { osPlaces } from '../address/os-places';
import { notifyConfirmations, notifyReturnLinks } from '../delivery/notify';
import type { Deliverer } from '../delivery/types';
import { webhook } from '../delivery/webhook';
import { type ConfigProblem, type PaymentOptions, type SaveAndReturnOptions, ServiceConfigError } from '../options';
import { govukPay } from '../payments/govuk-pay';

const WEBHOOK_VARIABLES = ['WEBHOOK_URL', 'WEBHOOK_SECRET'] as const;
/** Notify's variables other than its key: the templates, and another address for its API (for tests). */
const NOTIFY_VARIABLES = [
  'NOTIFY_CONFIRMATION_TEMPLATE_EN',
  'NOTIFY_CONFIRMATION_TEMPLATE_CY',
  'NOTIFY_SMS_TEMPLATE_EN',
  'NOTIFY_SMS_TEMPLATE_CY',
  'NOTIFY_RETURN_TEMPLATE_EN',
  'NOTIFY_RETURN_TEMPLATE_CY',
  'NOTIFY_BASE_URL',
] as const;
const PAY_VARIABLES = ['GOVUK_PAY_API_KEY', 'GOVUK_PAY_WEBHOOK_SECRET', 'GOVUK_PAY_BASE_URL'] as const;
const OS_PLACES_VARIABLES = ['OS_PLACES_API_KEY', 'OS_PLACES_BASE_URL'] as const;

/**
 * Every environment variable {@link integrationsFrom} reads (besides `NODE_ENV`): the webhook's, GOV.UK Notify's,
 * `PUBLIC_URL`, GOV.UK Pay's and OS Places'. For a test that starts a service with only the variables it gives, say,
 * clearing these from the developer's shell first.
 */
export const INTEGRATION_VARIABLES = [
  ...WEBHOOK_VARIABLES,
  'NOTIFY_API_KEY',
  ...NOTIFY_VARIABLES,
  'PUBLIC_URL',
  ...PAY_VARIABLES,
  ...OS_PLACES_VARIABLES,
] as const;

/** The name of one of the environment variables {@link integrationsFrom} reads: see {@link INTEGRATION_VARIABLES}. */
export type IntegrationVariable = (typeof INTEGRATION_VARIABLES)[number];

/** The environment variables {@link integrationsFrom} reads, as `process.env` has them: pass `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * What the environment turns on: the parts of `createService`'s options it gives, and lines for the log. Pass each
 * to `createService` as it is (`payments`, `addressLookup` and `saveAndReturn` only when set).
 */
export interface Integrations {
  /** For `createService({ deliver })`: the webhook and Notify's confirmation channels that are configured (or none). */
  deliver: Deliverer[];
  /** For `createService({ saveAndReturn })`: set when Notify's return-link templates are configured. */
  saveAndReturn: SaveAndReturnOptions | undefined;
  /** One line saying what is on, and which variables turn on what is off; never a secret. */
  summary: string;
  /** For `createService({ payments })`: GOV.UK Pay (or its local fake), or none. */
  payments: PaymentOptions | undefined;
  /** For `createService({ addressLookup })`: OS Places (or its local fake), or none. */
  addressLookup: AddressLookup | undefined;
  /** A line each for card payments and address lookup: what is used, or which variable turns it on. Never a key. */
  notes: string[];
}

/**
 * Local fakes the caller started in place of services whose variables are not set (in development only: see
 * {@link localFakesWanted}): where each listens and the key and secret it takes. A fake GOV.UK Pay and a fake OS
 * Places that answer as the real APIs do; `@lgds/server` starts none itself.
 */
export interface LocalServices {
  /** A fake GOV.UK Pay (no real money): its API's address, the API key and the webhook signing secret it takes. */
  pay?: { url: string; apiKey: string; webhookSecret: string };
  /** A fake OS Places: the address of its API (like OS Places' `…/search/places/v1`) and the key it takes. */
  osPlaces?: { baseUrl: string; apiKey: string };
}

/**
 * Which local fakes to start, for {@link integrationsFrom}'s `local`: in development only (`NODE_ENV` is not
 * `production`), each for a service whose variables are all unset. With `NODE_ENV=production`, none.
 */
export function localFakesWanted(env: Environment): { pay: boolean; osPlaces: boolean } {
  if (env.NODE_ENV === 'production') return { pay: false, osPlaces: false };
  const unset = (names: readonly string[]) => names.every((name) => !env[name]?.trim());
  return { pay: unset(PAY_VARIABLES), osPlaces: unset(OS_PLACES_VARIABLES) };
}

/** Where a council developer finds every variable, for the messages that name them. */
const WHERE_THEY_ARE_LISTED = `@lgds/server's README ("Configuring integrations from environment variables")`;

/**
 * Environment variables given in part (a webhook address without its secret, a Notify key without templates) or
 * wrong: every problem named by its variable in `problems` and in one message, as `ServiceConfigError` names wrong
 * options. It is a `ServiceConfigError`, so a service that prints a `ServiceConfigError`'s message alone, without a
 * stack trace, prints this one so too.
 */
export class EnvironmentError extends ServiceConfigError {
  /** @param problems - Each wrong variable: its name as `path`, and what is wrong as `message`. */
  constructor(problems: readonly ConfigProblem[]) {
    super(problems);
    this.name = 'EnvironmentError';
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    this.message =
      `The service's environment variables have ${count}:\n` +
      `${problems.map((problem) => `- ${problem.path}: ${problem.message}`).join('\n')}\n` +
      'Set what is missing (or unset what you did not mean to set) and start the service again: ' +
      `${WHERE_THEY_ARE_LISTED} lists every variable.`;
  }
}

/** The hint for a newcomer: which variables turn on what. */
const WHAT_TURNS_THEM_ON =
  'set WEBHOOK_URL and WEBHOOK_SECRET to send each submission to your back office, NOTIFY_API_KEY with ' +
  'NOTIFY_CONFIRMATION_TEMPLATE_EN and NOTIFY_CONFIRMATION_TEMPLATE_CY to email residents a confirmation, and ' +
  'NOTIFY_RETURN_TEMPLATE_EN and NOTIFY_RETURN_TEMPLATE_CY to offer "Save and come back later" ' +
  `(see ${WHERE_THEY_ARE_LISTED})`;

/** A language pair of Notify template ids, as given. */
interface TemplatePair {
  en: string | undefined;
  cy: string | undefined;
}

const both = (pair: TemplatePair): pair is { en: string; cy: string } => pair.en !== undefined && pair.cy !== undefined;
const either = (pair: TemplatePair) => pair.en !== undefined || pair.cy !== undefined;
const listed = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Reads the webhook, GOV.UK Notify, save-and-return, GOV.UK Pay and OS Places settings from the environment and
 * makes the service's deliverers, `saveAndReturn`, `payments` and `addressLookup` from them:
 *
 * - `WEBHOOK_URL` and `WEBHOOK_SECRET`: `webhook({ url, secret })`, posting each submission to the back office;
 * - `NOTIFY_API_KEY` with `NOTIFY_CONFIRMATION_TEMPLATE_EN` and `_CY` (and optionally `NOTIFY_SMS_TEMPLATE_EN` and
 *   `_CY`): `notifyConfirmations(...)`, a confirmation email (or text) in the resident's language;
 * - `NOTIFY_API_KEY` with `NOTIFY_RETURN_TEMPLATE_EN` and `_CY`: `saveAndReturn` with `notifyReturnLinks(...)`,
 *   its links made for `PUBLIC_URL` (required when `NODE_ENV=production`) or else the address the request came to;
 * - `NOTIFY_BASE_URL`: another address for Notify's API, for tests only;
 * - `GOVUK_PAY_API_KEY` (and `GOVUK_PAY_WEBHOOK_SECRET`, for Pay's webhooks): `payments` with `govukPay(...)`, the
 *   resident sent back to `PUBLIC_URL` (required when `NODE_ENV=production`) or the address the request came to;
 *   `GOVUK_PAY_BASE_URL`: another address for Pay's API, for tests only;
 * - `OS_PLACES_API_KEY`: `addressLookup` with `osPlaces(...)`; `OS_PLACES_BASE_URL`: another address, for tests.
 *
 * Empty variables count as not set. A set given in part, or a wrong value, throws one `EnvironmentError` naming
 * every variable to put right; nothing is half turned on. No key or secret is ever in what it returns or throws.
 *
 * @param env - The environment: `process.env`.
 * @param local - Local fakes the caller started for GOV.UK Pay and OS Places when their variables are not set (in
 *   development only: see {@link localFakesWanted}). Left out, a service without its key is off.
 * @returns What to give `createService`, and a `summary` and `notes` to log.
 * @throws {@link EnvironmentError} naming every variable given in part or wrong.
 *
 * @example
 * ```ts
 * import { gardenWasteNew } from '@lgds/garden-waste';
 * import { createService, integrationsFrom, pgliteStore } from '@lgds/server';
 *
 * const integrations = integrationsFrom(process.env);
 * console.log(integrations.summary);
 * export const service = createService({
 *   council: { name: 'Exampleshire Council', homepageUrl: 'https://www.exampleshire.gov.uk' },
 *   transactions: [{ transaction: gardenWasteNew }],
 *   store: pgliteStore({ dataDir: './data' }),
 *   secret: process.env.SESSION_SECRET ?? '',
 *   deliver: integrations.deliver,
 *   ...(integrations.saveAndReturn && { saveAndReturn: integrations.saveAndReturn }),
 *   ...(integrations.payments && { payments: integrations.payments }),
 *   ...(integrations.addressLookup && { addressLookup: integrations.addressLookup }),
 * });
 * ```
 */
export function integrationsFrom(env: Environment, local: LocalServices = {}): Integrations {
  const read = (name: IntegrationVariable) => env[name]?.trim() || undefined;
  const problems: ConfigProblem[] = [];
  const problem = (variable: string, message: string) => {
    if (!problems.some((known) => known.path === variable && known.message === message)) {
      problems.push({ path: variable, message });
    }
  };
  const given = (names: readonly IntegrationVariable[]) => names.filter((name) => read(name) !== undefined);

  // The back office.
  const url = read('WEBHOOK_URL');
  const secret = read('WEBHOOK_SECRET');
  if (url && !secret) {
    problem(
      'WEBHOOK_SECRET',
      'not set, but WEBHOOK_URL is: every post to the back office is signed with it ' +
        '(32 or more random characters, the same as the back office has: `openssl rand -base64 48`)',
    );
  }
  if (secret && !url) {
    problem('WEBHOOK_URL', "not set, but WEBHOOK_SECRET is: it is your back office's address for submissions");
  }

  // GOV.UK Notify.
  const apiKey = read('NOTIFY_API_KEY');
  const baseUrl = read('NOTIFY_BASE_URL');
  const pair = (
    prefix: 'NOTIFY_CONFIRMATION_TEMPLATE' | 'NOTIFY_SMS_TEMPLATE' | 'NOTIFY_RETURN_TEMPLATE',
  ): TemplatePair => ({ en: read(`${prefix}_EN`), cy: read(`${prefix}_CY`) });
  const confirmation = pair('NOTIFY_CONFIRMATION_TEMPLATE');
  const sms = pair('NOTIFY_SMS_TEMPLATE');
  const returning = pair('NOTIFY_RETURN_TEMPLATE');
  for (const [prefix, templates] of [
    ['NOTIFY_CONFIRMATION_TEMPLATE', confirmation],
    ['NOTIFY_SMS_TEMPLATE', sms],
    ['NOTIFY_RETURN_TEMPLATE', returning],
  ] as const) {
    const because = 'each resident gets the template in their language, so give its id in English and in Welsh';
    if (templates.en && !templates.cy) problem(`${prefix}_CY`, `not set, but ${prefix}_EN is: ${because}`);
    if (templates.cy && !templates.en) problem(`${prefix}_EN`, `not set, but ${prefix}_CY is: ${because}`);
  }
  if (either(sms) && !either(confirmation)) {
    const because =
      'not set, but NOTIFY_SMS_TEMPLATE_EN or _CY is: texts go to residents who gave a phone number and no email ' +
      'address, beside the confirmation emails, which need their templates too';
    problem('NOTIFY_CONFIRMATION_TEMPLATE_EN', because);
    problem('NOTIFY_CONFIRMATION_TEMPLATE_CY', because);
  }
  const notifyGiven = given(NOTIFY_VARIABLES);
  if (!apiKey && notifyGiven.length > 0) {
    problem(
      'NOTIFY_API_KEY',
      `not set, but ${listed(notifyGiven)} ${notifyGiven.length === 1 ? 'is' : 'are'}: ` +
        "GOV.UK Notify sends nothing without your API key (from Notify's API integration page)",
    );
  }
  if (apiKey && !either(confirmation) && !either(returning) && !either(sms)) {
    problem(
      'NOTIFY_CONFIRMATION_TEMPLATE_EN and _CY, or NOTIFY_RETURN_TEMPLATE_EN and _CY',
      'not set, but NOTIFY_API_KEY is: give the ids of the templates Notify should send, for confirmations, ' +
        'for "Save and come back later" links, or both',
    );
  }

  // Where residents reach the service, for the links in save-and-return emails.
  const publicUrl = read('PUBLIC_URL')?.replace(/\/+$/, '');
  if (publicUrl !== undefined && !/^https?:\/\/[^/\s?#]+$/.test(publicUrl)) {
    problem('PUBLIC_URL', 'must be the address residents use, like https://www.exampleshire.gov.uk, with no path');
  }
  if (both(returning) && publicUrl === undefined && env.NODE_ENV === 'production') {
    problem(
      'PUBLIC_URL',
      'not set, but NOTIFY_RETURN_TEMPLATE_EN and _CY are and NODE_ENV is production: the emailed links are ' +
        'made for this address, never for whatever Host a request claims',
    );
  }

  // GOV.UK Pay and OS Places: a base address or a webhook secret means nothing without the key.
  const payKey = read('GOVUK_PAY_API_KEY');
  const payGiven = given(['GOVUK_PAY_WEBHOOK_SECRET', 'GOVUK_PAY_BASE_URL']);
  if (!payKey && payGiven.length > 0) {
    problem(
      'GOVUK_PAY_API_KEY',
      `not set, but ${listed(payGiven)} ${payGiven.length === 1 ? 'is' : 'are'}: ` +
        "GOV.UK Pay takes no payment without your API key (from Pay's admin tool, API keys)",
    );
  }
  if (payKey && publicUrl === undefined && env.NODE_ENV === 'production') {
    problem(
      'PUBLIC_URL',
      'not set, but GOVUK_PAY_API_KEY is and NODE_ENV is production: GOV.UK Pay sends residents back to this ' +
        'address, never to whatever Host a request claims',
    );
  }
  const placesKey = read('OS_PLACES_API_KEY');
  if (!placesKey && read('OS_PLACES_BASE_URL')) {
    problem('OS_PLACES_API_KEY', 'not set, but OS_PLACES_BASE_URL is: OS Places answers nothing without your key');
  }

  // Only sets given whole are made, so a missing variable is reported once, not again as a wrong option.
  const deliver: Deliverer[] = [];
  let saveAndReturn: SaveAndReturnOptions | undefined;
  const notify = baseUrl ? { baseUrl } : {};
  if (url && secret) {
    try {
      deliver.push(webhook({ url, secret }));
    } catch (error) {
      for (const { variable, message } of webhookProblems(error)) problem(variable, message);
    }
  }
  const smsWhole = !either(sms) || both(sms);
  if (apiKey && both(confirmation) && smsWhole) {
    try {
      const templates = { email: confirmation, ...(both(sms) && { sms }) };
      deliver.push(...notifyConfirmations({ apiKey, templates, ...notify }));
    } catch (error) {
      for (const { path, message } of notifyProblems(error)) problem(notifyVariable(path, 'CONFIRMATION'), message);
    }
  }
  if (apiKey && both(returning)) {
    try {
      const send = notifyReturnLinks({ apiKey, templates: { email: returning }, ...notify });
      saveAndReturn = { send, ...(publicUrl && { origin: publicUrl }) };
    } catch (error) {
      for (const { path, message } of notifyProblems(error)) problem(notifyVariable(path, 'RETURN'), message);
    }
  }

  const notes: string[] = [];
  let payments: PaymentOptions | undefined;
  const origin = publicUrl ? { origin: publicUrl } : {};
  if (payKey) {
    const webhookSecrets = read('GOVUK_PAY_WEBHOOK_SECRET');
    const payBaseUrl = read('GOVUK_PAY_BASE_URL');
    try {
      const provider = govukPay({
        apiKey: payKey,
        ...(webhookSecrets && { webhookSecrets }),
        ...(payBaseUrl && { baseUrl: payBaseUrl }),
      });
      payments = { provider, ...origin };
      notes.push(
        `Card payments: ${payBaseUrl ? `the GOV.UK Pay API at ${new URL(payBaseUrl).origin} (GOVUK_PAY_BASE_URL)` : 'GOV.UK Pay'}` +
          (webhookSecrets
            ? ', with its signed webhooks at /payments/webhook.'
            : '. No webhooks: set GOVUK_PAY_WEBHOOK_SECRET so that residents who close the tab after paying are confirmed too.'),
      );
    } catch (error) {
      for (const { path, message } of configProblems(error)) problem(payVariable(path), message);
    }
  } else if (local.pay && !payGiven.length) {
    const { url: fakeUrl, apiKey: fakeKey, webhookSecret } = local.pay;
    payments = { provider: govukPay({ apiKey: fakeKey, baseUrl: fakeUrl, webhookSecrets: webhookSecret }), ...origin };
    notes.push(
      `Card payments: a local fake GOV.UK Pay at ${fakeUrl} — no real money; set GOVUK_PAY_API_KEY to use GOV.UK Pay.`,
    );
  } else {
    notes.push(
      'Card payments are off: set GOVUK_PAY_API_KEY (and GOVUK_PAY_WEBHOOK_SECRET) to take them by GOV.UK Pay.',
    );
  }

  let addressLookup: AddressLookup | undefined;
  if (placesKey) {
    const placesBaseUrl = read('OS_PLACES_BASE_URL');
    try {
      addressLookup = osPlaces({ apiKey: placesKey, ...(placesBaseUrl && { baseUrl: placesBaseUrl }) });
      notes.push(
        `Address lookup: ${placesBaseUrl ? `the OS Places API at ${new URL(placesBaseUrl).origin} (OS_PLACES_BASE_URL)` : 'OS Places'}.`,
      );
    } catch (error) {
      for (const line of (error instanceof Error ? error.message : '').split('\n').slice(1)) {
        const [, path = '', message = line] = /^- (\w+): (.*)$/.exec(line) ?? [];
        problem(path === 'baseUrl' ? 'OS_PLACES_BASE_URL' : 'OS_PLACES_API_KEY', message);
      }
    }
  } else if (local.osPlaces && !read('OS_PLACES_BASE_URL')) {
    addressLookup = osPlaces({ apiKey: local.osPlaces.apiKey, baseUrl: local.osPlaces.baseUrl });
    notes.push(
      `Address lookup: a local fake OS Places at ${new URL(local.osPlaces.baseUrl).origin} — fictional addresses at ` +
        'AA1 1AA, AA2 2BB and AA3 3CC; set OS_PLACES_API_KEY to use OS Places.',
    );
  } else {
    notes.push('Address lookup is off (residents type their address): set OS_PLACES_API_KEY to find it by postcode.');
  }
  if (problems.length > 0) throw new EnvironmentError(problems);

  return {
    deliver,
    saveAndReturn,
    summary: summarise(deliver, saveAndReturn, url, baseUrl),
    payments,
    addressLookup,
    notes,
  };
}

/** The problems a `ServiceConfigError` names, by option path. */
function configProblems(error: unknown): readonly ConfigProblem[] {
  if (error instanceof ServiceConfigError) return error.problems;
  throw error;
}

/** The environment variable behind a `govukPay` option's path. */
function payVariable(path: string): string {
  if (path === 'apiKey') return 'GOVUK_PAY_API_KEY';
  if (path === 'webhookSecrets') return 'GOVUK_PAY_WEBHOOK_SECRET';
  if (path === 'baseUrl') return 'GOVUK_PAY_BASE_URL';
  return path;
}

/** The webhook's problems, from the error `webhook()` throws (`- webhook.url: ...` lines), by variable. */
function webhookProblems(error: unknown): { variable: string; message: string }[] {
  const text = error instanceof Error ? error.message : '';
  const found = [...text.matchAll(/^- webhook\.(url|secret): (.*)$/gm)].map(([, option, message]) => ({
    variable: option === 'url' ? 'WEBHOOK_URL' : 'WEBHOOK_SECRET',
    message: message ?? '',
  }));
  if (found.length === 0) throw error;
  return found;
}

/** The problems `notifyConfirmations()` or `notifyReturnLinks()` found, by option path. */
function notifyProblems(error: unknown): readonly ConfigProblem[] {
  if (error instanceof ServiceConfigError) return error.problems;
  throw error;
}

/** The environment variable behind a Notify option's path (`templates.email.cy`, `apiKey`). */
function notifyVariable(path: string, emails: 'CONFIRMATION' | 'RETURN'): string {
  if (path === 'apiKey') return 'NOTIFY_API_KEY';
  if (path === 'baseUrl') return 'NOTIFY_BASE_URL';
  const template = /^templates\.(email|sms)\.(en|cy)$/.exec(path);
  if (template) return `NOTIFY_${template[1] === 'sms' ? 'SMS' : emails}_TEMPLATE_${template[2]?.toUpperCase()}`;
  return path;
}

/** The log line: what is on, where to, and what turns on the rest. No secret, key or webhook path is in it. */
function summarise(
  deliver: readonly Deliverer[],
  saveAndReturn: SaveAndReturnOptions | undefined,
  url: string | undefined,
  notifyUrl: string | undefined,
): string {
  if (deliver.length === 0 && !saveAndReturn) return `Deliveries and emails are off: ${WHAT_TURNS_THEM_ON}.`;
  const channels = new Set(deliver.map((deliverer) => deliverer.channel));
  const notify = notifyUrl ? `the GOV.UK Notify API at ${notifyUrl} (NOTIFY_BASE_URL)` : 'GOV.UK Notify';
  const sending: string[] = [];
  if (url && channels.has('webhook')) sending.push(`to the back office at ${new URL(url).origin} (signed webhook)`);
  if (channels.has('email')) {
    const texts = channels.has('sms') ? ' (or a text, to residents who gave only a phone number)' : '';
    sending.push(`a confirmation email${texts} to the resident by ${notify}`);
  }
  const parts = [
    sending.length > 0
      ? `Delivering each submission ${sending.join(', and ')}.`
      : 'No deliveries: set WEBHOOK_URL and WEBHOOK_SECRET, or NOTIFY_CONFIRMATION_TEMPLATE_EN and _CY, for them.',
  ];
  if (!channels.has('webhook') && sending.length > 0) {
    parts.push('No webhook: set WEBHOOK_URL and WEBHOOK_SECRET to send submissions to your back office.');
  }
  if (!channels.has('email') && sending.length > 0) {
    parts.push('No confirmation emails: set NOTIFY_API_KEY, NOTIFY_CONFIRMATION_TEMPLATE_EN and _CY for them.');
  }
  parts.push(
    saveAndReturn
      ? `"Save and come back later" is on: links by ${notify}, for ${
          saveAndReturn.origin ? `${saveAndReturn.origin} (PUBLIC_URL)` : 'the address each request came to'
        }.`
      : '"Save and come back later" is off: set NOTIFY_API_KEY, NOTIFY_RETURN_TEMPLATE_EN and _CY to offer it.',
  );
  return parts.join(' ');
}
