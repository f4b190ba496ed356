import { NotifyClient } from 'notifications-node-client';
import { type ConfigProblem, type ReturnLinkSender, ServiceConfigError } from '../options';
import { dateInWords } from '../today';
import type { Deliverer, DeliveryResult, Outgoing } from './types';

/** A GOV.UK Notify template id for each language the service speaks. */
export interface NotifyTemplates {
  /** The template for residents who used the service in English. */
  en: string;
  /** The template for residents who used the service in Welsh. */
  cy: string;
}

/** How to send residents' confirmations by GOV.UK Notify: see `notifyConfirmations`. */
export interface NotifyConfirmationsOptions {
  /**
   * Your Notify API key, from an environment variable: `{key name}-{service id}-{secret}`, from the API integration
   * page in GOV.UK Notify. A "team and guest list" key sends only to your team; go live with a "live" key.
   */
  apiKey: string;
  /** Where Notify's API is: only for tests. Default: `https://api.notifications.service.gov.uk`. */
  baseUrl?: string;
  /**
   * Your templates' ids (Notify's "Copy template ID to clipboard"), in English and Welsh: an email template, and a
   * text message template if you want residents who gave a phone number and no email address to get a text.
   */
  templates: { email: NotifyTemplates; sms?: NotifyTemplates };
  /** The id of the reply-to email address to use, from your Notify settings. Default: your service's default. */
  emailReplyToId?: string;
  /** The transactions (ids) that send confirmations. Default: all of them. */
  transactions?: readonly string[];
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const apiKeyPattern =
  /^.+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Confirmations for residents by GOV.UK Notify, as outbox channels: `email` sends your email template to residents
 * who gave an email address and, when you give text message templates, `sms` sends a text to residents who gave a
 * phone number and no email address. Each message is in the language the resident used, and carries the
 * placeholders `((reference))`, `((service_name))`, `((next_steps))` and `((submitted_date))`.
 *
 * Checks the settings at once: a wrong one throws a `ServiceConfigError` naming it by its path
 * (`templates.email.cy: must be a Notify template id (a UUID)`). The API key is never shown.
 *
 * Before sending, each attempt asks Notify whether a message with the submission's reference was already sent on
 * that channel, so an attempt repeated after a timeout or a crash does not send the resident a second message.
 * A refusal that only you can fix (a wrong template id or key, a missing placeholder, a team key sending outside your
 * team) is `rejected` at once; rate limits, Notify's own faults, timeouts and network errors are tried again.
 * Errors are stored without the resident's email address, phone number or the message's contents.
 */
export function notifyConfirmations(options: NotifyConfirmationsOptions): Deliverer[] {
  checkOptions(options);
  const { transactions } = options;
  const email: Deliverer = {
    channel: 'email',
    ...(transactions ? { transactions: [...transactions] } : {}),
    deliver: (outgoing, signal) => {
      const to = outgoing.contact.email?.trim();
      if (!to) return Promise.resolve({ status: 'skipped', why: 'the resident gave no email address' });
      return attempt(options, 'email', options.templates.email[outgoing.locale], to, outgoing, signal);
    },
  };
  const sms = options.templates.sms;
  if (!sms) return [email];
  const text: Deliverer = {
    channel: 'sms',
    ...(transactions ? { transactions: [...transactions] } : {}),
    deliver: (outgoing, signal) => {
      if (outgoing.contact.email?.trim()) {
        return Promise.resolve({ status: 'skipped', why: 'the resident gave an email address: they are emailed' });
      }
      const to = outgoing.contact.phone?.replace(/[\s().-]/g, '');
      if (!to) return Promise.resolve({ status: 'skipped', why: 'the resident gave no phone number' });
      return attempt(options, 'sms', sms[outgoing.locale], to, outgoing, signal);
    },
  };
  return [email, text];
}

/** How to send "come back later" links by GOV.UK Notify: see `notifyReturnLinks`. */
export interface NotifyReturnLinksOptions {
  /** Your Notify API key, from an environment variable (as for `notifyConfirmations`). */
  apiKey: string;
  /** Where Notify's API is: only for tests. Default: `https://api.notifications.service.gov.uk`. */
  baseUrl?: string;
  /** Your email template's id in English and in Welsh. */
  templates: { email: NotifyTemplates };
  /** The id of the reply-to email address to use, from your Notify settings. Default: your service's default. */
  emailReplyToId?: string;
}

/**
 * Sends "Save and come back later" links by GOV.UK Notify, for `saveAndReturn.send`: your email template in the
 * resident's language, with the placeholders `((link))`, `((service_name))` and `((expiry_date))`. The resident
 * waits for it on the page, so an attempt that takes more than 10 seconds is given up and they are asked to try
 * again. Settings are checked at once, as for `notifyConfirmations`.
 */
export function notifyReturnLinks(options: NotifyReturnLinksOptions): ReturnLinkSender {
  checkOptions(options);
  return async ({ email, link, expiresAt, locale, serviceName }) => {
    const client = clientFor(options, AbortSignal.timeout(10_000));
    await client.sendEmail(options.templates.email[locale], email, {
      personalisation: { link, service_name: serviceName, expiry_date: dateInWords(expiresAt, locale) },
      // What the council sees against the message in Notify: never the link, which opens the resident's answers.
      reference: 'save-and-return',
      ...(options.emailReplyToId ? { emailReplyToId: options.emailReplyToId } : {}),
    });
  };
}

function checkOptions(options: NotifyConfirmationsOptions | NotifyReturnLinksOptions): void {
  const problems: ConfigProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (typeof options.apiKey !== 'string' || !apiKeyPattern.test(options.apiKey.trim())) {
    problem(
      'apiKey',
      'must be a GOV.UK Notify API key: its name, then your service id and the secret, such as my_key-{uuid}-{uuid}',
    );
  }
  if (options.baseUrl !== undefined && !/^https?:\/\/[^/]/.test(options.baseUrl)) {
    problem('baseUrl', 'must be an address starting https:// or http://');
  }
  const templates = options.templates as Partial<NotifyConfirmationsOptions['templates']> | undefined;
  const checkTemplates = (channel: 'email' | 'sms', given: Partial<NotifyTemplates> | undefined) => {
    if (typeof given !== 'object' || given === null) {
      problem(`templates.${channel}`, 'must give a Notify template id in English and in Welsh: { en, cy }');
      return;
    }
    for (const locale of ['en', 'cy'] as const) {
      const id = given[locale];
      if (typeof id !== 'string' || !uuid.test(id)) {
        problem(`templates.${channel}.${locale}`, 'must be a Notify template id (a UUID)');
      }
    }
  };
  checkTemplates('email', templates?.email);
  if (templates?.sms !== undefined) checkTemplates('sms', templates.sms);
  if (options.emailReplyToId !== undefined && !uuid.test(options.emailReplyToId)) {
    problem('emailReplyToId', 'must be the id (a UUID) of a reply-to email address in your Notify settings');
  }
  if (problems.length > 0) throw new ServiceConfigError(problems);
}

type Kind = 'email' | 'sms';

async function attempt(
  options: NotifyConfirmationsOptions,
  kind: Kind,
  templateId: string,
  to: string,
  outgoing: Outgoing,
  signal: AbortSignal,
): Promise<DeliveryResult> {
  const personalisation = personalise(outgoing, kind);
  const redact = redactor([to, outgoing.contact.email, outgoing.contact.phone, ...Object.values(personalisation)]);
  if (signal.aborted) return stoppedResult();
  const client = clientFor(options, signal);
  let step: 'checking' | 'sending' = 'checking';
  const run = async (): Promise<DeliveryResult> => {
    try {
      // Notify does not treat a reference as an idempotency key, so look for an earlier attempt's message first.
      const earlier = await client.getNotifications(kind, undefined, outgoing.reference);
      const sent = earlier.data.notifications.some(
        (message) => message.reference === outgoing.reference && message.status !== 'technical-failure',
      );
      if (sent) return { status: 'delivered' };
      step = 'sending';
      const request = { personalisation, reference: outgoing.reference };
      if (kind === 'email') {
        await client.sendEmail(templateId, to, {
          ...request,
          ...(options.emailReplyToId ? { emailReplyToId: options.emailReplyToId } : {}),
        });
      } else {
        await client.sendSms(templateId, to, request);
      }
      return { status: 'delivered' };
    } catch (error) {
      if (signal.aborted) return stoppedResult();
      return resultOfError(error, step, redact);
    }
  };
  // The signal is passed to the HTTP request; the race also ends the attempt if a request ever ignores it.
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<DeliveryResult>((resolve) => {
    onAbort = () => resolve(stoppedResult());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([run(), stopped]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

function stoppedResult(): DeliveryResult {
  return { status: 'retry', error: 'Notify did not answer in time: the attempt was stopped' };
}

/** A client for one attempt, whose requests end when the attempt's signal aborts. */
function clientFor(options: { apiKey: string; baseUrl?: string }, signal: AbortSignal): NotifyClient {
  const apiKey = options.apiKey.trim();
  const client = options.baseUrl
    ? new NotifyClient(options.baseUrl.replace(/\/+$/, ''), apiKey)
    : new NotifyClient(apiKey);
  // The client sends every request through `restClient(config)`, axios by default: add the signal to each.
  const restClient: unknown = client.apiClient?.restClient;
  if (typeof restClient === 'function') {
    const withSignal = (config: Record<string, unknown>) => restClient({ ...config, signal });
    client.setClient(withSignal as unknown as Parameters<NotifyClient['setClient']>[0]);
  }
  return client;
}

/** The placeholders every template may use. */
function personalise(outgoing: Outgoing, kind: Kind): Record<string, string | string[]> {
  const steps = outgoing.nextSteps.map((step) => step.trim()).filter((step) => step.length > 0);
  return {
    reference: outgoing.reference,
    service_name: outgoing.serviceName,
    // Notify shows a list as bullet points in an email; a text is charged by its length, so it gets one paragraph.
    next_steps: kind === 'email' && steps.length > 0 ? steps : steps.join(' '),
    submitted_date: dateInWords(outgoing.submittedAt, outgoing.locale),
  };
}

interface NotifyError {
  error?: unknown;
  message?: unknown;
}

interface HttpFailure {
  response?: { status?: unknown; data?: unknown; headers?: Record<string, unknown> };
  code?: unknown;
  message?: unknown;
}

function resultOfError(error: unknown, step: 'checking' | 'sending', redact: (text: string) => string): DeliveryResult {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFailure;
  const during = step === 'checking' ? ' (checking for an earlier message)' : '';
  const status = failure.response?.status;
  if (typeof status !== 'number') {
    const code = typeof failure.code === 'string' && /^[A-Z0-9_]+$/.test(failure.code) ? failure.code : undefined;
    if (code) return { status: 'retry', error: `Notify could not be reached${during}: ${code}` };
    const message = typeof failure.message === 'string' ? failure.message : String(error);
    return { status: 'retry', error: `Notify failed${during}: ${redact(message).slice(0, 300)}` };
  }
  const data = failure.response?.data as { errors?: unknown } | unknown[] | undefined;
  const listed = Array.isArray(data) ? data : Array.isArray(data?.errors) ? data.errors : [];
  const errors = (listed as NotifyError[])
    .filter((item) => typeof item === 'object' && item !== null)
    .map((item) => [item.error, item.message].filter((part) => typeof part === 'string').join(': '))
    .filter((text) => text.length > 0);
  const text = redact(`Notify ${status}${during}${errors.length > 0 ? ` ${errors.join('; ')}` : ''}`).slice(0, 500);
  if (status === 429) {
    const dailyLimit = (listed as NotifyError[]).some((item) => item?.error === 'TooManyRequestsError');
    const after =
      retryAfter(failure.response?.headers?.['retry-after']) ?? (dailyLimit ? untilLondonMidnight() : undefined);
    return after === undefined ? { status: 'retry', error: text } : { status: 'retry', error: text, after };
  }
  if (status === 408 || status >= 500) return { status: 'retry', error: text };
  return { status: 'rejected', error: text };
}

/** A `Retry-After` header's wait in milliseconds: seconds, or a date. */
function retryAfter(header: unknown): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

const londonClock = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** Notify's daily limits start again at midnight, UK time. */
function untilLondonMidnight(now = new Date()): number {
  const parts = Object.fromEntries(londonClock.formatToParts(now).map((part) => [part.type, Number(part.value)]));
  const seconds = (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0);
  return (24 * 3600 - seconds) * 1000;
}

const uuidAnywhere = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const emailAddress = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g;
const phoneLike = /\+?\d[\d\s().-]{5,}\d/g;

/**
 * Takes personal data out of a message before it is stored: the resident's email address and phone number, the
 * message's personalisation, and anything shaped like an email address or a phone number (9 digits or more).
 * Template and service ids (UUIDs) are kept, for staff to find the template.
 */
function redactor(values: readonly (string | string[] | undefined)[]): (text: string) => string {
  const literals = values
    .flat()
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter((value) => value.length >= 4)
    .sort((a, b) => b.length - a.length);
  const outsideIds = (text: string, change: (part: string) => string) => {
    const ids = text.match(uuidAnywhere) ?? [];
    const between = text.split(uuidAnywhere).map(change);
    return between.map((part, index) => part + (ids[index] ?? '')).join('');
  };
  return (text) => {
    const shaped = outsideIds(text.replace(emailAddress, '[email address]'), (part) =>
      part.replace(phoneLike, (match) => ((match.match(/\d/g) ?? []).length >= 9 ? '[phone number]' : match)),
    );
    return literals.reduce((redacted, literal) => redacted.split(literal).join('[redacted]'), shaped);
  };
}
