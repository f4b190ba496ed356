import { z } from 'zod';
import { hmacFor, sameToken } from '../http/signing';
import { type ConfigProblem, ServiceConfigError } from '../options';
import {
  type NewPayment,
  type Payment,
  type PaymentEvent,
  type PaymentProvider,
  PaymentProviderError,
  type PaymentStatus,
} from './types';

/** How to reach GOV.UK Pay: see `govukPay`. */
export interface GovukPayOptions {
  /** Your GOV.UK Pay API key, from an environment variable (`GOVUK_PAY_API_KEY`): a test key takes no real money. */
  apiKey: string;
  /**
   * Your webhook's signing secret, from the webhook's "Manage signing secret" page in GOV.UK Pay (an environment
   * variable: `GOVUK_PAY_WEBHOOK_SECRET`). While you change it, give both, `[newSecret, oldSecret]`: a webhook signed
   * with either is read. Without one, every webhook is refused.
   */
  webhookSecrets?: string | readonly string[];
  /** Where GOV.UK Pay's API is: only for tests. Default: `https://publicapi.payments.service.gov.uk`. */
  baseUrl?: string;
  /** How long to wait for GOV.UK Pay's answer before giving up, in milliseconds (default 10,000). */
  timeoutMs?: number;
  /** The `fetch` to use (default: the platform's). */
  fetch?: typeof fetch;
}

/** The header GOV.UK Pay signs each webhook with: the lower-case hex HMAC-SHA256 of the raw body. */
export const PAY_SIGNATURE_HEADER = 'Pay-Signature';

/** GOV.UK Pay takes at most £100,000 in one payment (its API's `amount` maximum). */
const MAX_AMOUNT = 10_000_000;

const statuses = [
  'created',
  'started',
  'submitted',
  'capturable',
  'success',
  'failed',
  'cancelled',
  'error',
] as const satisfies readonly PaymentStatus[];

// Only what the client reads: GOV.UK Pay adds properties without changing its version, and asks clients to ignore
// what they do not understand.
const paymentBody = z.object({
  payment_id: z.string().min(1),
  amount: z.number().int(),
  reference: z.string(),
  state: z.object({
    status: z.enum(statuses),
    finished: z.boolean(),
    code: z.string().optional(),
    message: z.string().optional(),
  }),
  _links: z.object({ next_url: z.object({ href: z.string() }).nullish() }).nullish(),
});

const errorBody = z.object({ code: z.string().optional(), description: z.string().optional() });

const webhookBody = z.object({
  event_type: z.string(),
  resource_id: z.string().min(1),
  resource_type: z.string().optional(),
  resource: z
    .object({ reference: z.string().optional(), payment_id: z.string().optional() })
    .nullish()
    .catch(undefined),
});

/**
 * Card payments by [GOV.UK Pay](https://www.payments.service.gov.uk), over its REST API: creates a payment
 * (`POST /v1/payments`, in English or Welsh, with the resident's email address filled in), reads a payment
 * (`GET /v1/payments/{paymentId}`), and reads GOV.UK Pay's signed webhooks.
 *
 * Checks the settings at once: a wrong one throws a `ServiceConfigError` naming it by its path. Every refusal,
 * timeout and unreadable answer is a `PaymentProviderError`, `retryable` when trying again later may work (a
 * timeout, a network error, 429 or 5xx); its message gives GOV.UK Pay's error code and description, and never the
 * API key.
 */
export function govukPay(options: GovukPayOptions): PaymentProvider {
  checkOptions(options);
  const apiKey = options.apiKey.trim();
  const baseUrl = (options.baseUrl ?? 'https://publicapi.payments.service.gov.uk').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const secrets = (
    typeof options.webhookSecrets === 'string' ? [options.webhookSecrets] : (options.webhookSecrets ?? [])
  )
    .map((secret) => secret.trim())
    .filter((secret) => secret !== '');
  // Made once: Node's HMAC where there is one, which answers at once, as `readWebhook` must.
  const signers = secrets.map((secret) => hmacFor(secret, 'hex'));

  /** Belt and braces: whatever ends up in a message (a proxy echoing a header, say) never shows the key. */
  const withoutKey = (text: string) => text.split(apiKey).join('[API key]');

  const request = async (method: 'GET' | 'POST', path: string, what: string, body?: unknown): Promise<Payment> => {
    let response: Response;
    let text: string;
    try {
      response = await (options.fetch ?? fetch)(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Read under the same timeout: a body that never ends is as much a timeout as no answer.
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const reason = timedOut
        ? `GOV.UK Pay did not answer within ${timeoutMs / 1000} seconds`
        : `could not reach GOV.UK Pay (${withoutKey(error instanceof Error ? error.message : String(error))})`;
      throw new PaymentProviderError(`Could not ${what}: ${reason}`, { retryable: true, cause: error });
    }
    if (!response.ok) throw refusal(response.status, text, what, withoutKey);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // An HTML page with a 2xx is a proxy or an outage, not GOV.UK Pay's API: it may be gone later.
      throw new PaymentProviderError(`Could not ${what}: GOV.UK Pay's answer (${response.status}) is not JSON`, {
        status: response.status,
        retryable: true,
      });
    }
    const parsed = paymentBody.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(body)').join(', ');
      throw new PaymentProviderError(
        `Could not ${what}: GOV.UK Pay's answer (${response.status}) is not a payment as its API describes one (${where})`,
        { status: response.status, retryable: false },
      );
    }
    return toPayment(parsed.data);
  };

  return {
    name: 'govuk-pay',
    // GOV.UK Pay's card pages live apart from its API; a stand-in (a fake for tests) serves both.
    pagesOrigin: options.baseUrl === undefined ? 'https://card.payments.service.gov.uk' : new URL(baseUrl).origin,
    createPayment(payment) {
      const problem = paymentProblem(payment);
      if (problem) {
        return Promise.reject(new PaymentProviderError(`Could not create a payment: ${problem}`, { retryable: false }));
      }
      const email = payment.email?.trim();
      return request('POST', '/v1/payments', 'create a payment', {
        amount: payment.amount,
        reference: payment.reference,
        description: payment.description,
        return_url: payment.returnUrl,
        language: payment.language,
        ...(email ? { email } : {}),
      });
    },
    getPayment(paymentId) {
      if (typeof paymentId !== 'string' || paymentId.trim() === '') {
        return Promise.reject(
          new PaymentProviderError('Could not get a payment: its id is empty', { retryable: false }),
        );
      }
      return request('GET', `/v1/payments/${encodeURIComponent(paymentId)}`, `get payment ${paymentId}`);
    },
    readWebhook(rawBody, headers) {
      const given = headers.get(PAY_SIGNATURE_HEADER)?.trim().toLowerCase();
      if (!given || signers.length === 0) return undefined;
      // Every secret is tried, none stopping early, so how long this takes says nothing about which one matched.
      let matched = false;
      for (const sign of signers) {
        const expected = sign(rawBody);
        if (typeof expected !== 'string') {
          throw new Error("Reading GOV.UK Pay's webhooks needs Node's crypto module (Node.js 20.19 or later)");
        }
        if (sameToken(expected, given)) matched = true;
      }
      if (!matched) return undefined;
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        return undefined;
      }
      const parsed = webhookBody.safeParse(json);
      if (!parsed.success) return undefined;
      const { event_type, resource_id, resource_type, resource } = parsed.data;
      // A refund's resource_id is the refund's: the payment it belongs to is in the resource.
      const isPayment = resource_type === undefined || resource_type.toLowerCase() === 'payment';
      const paymentId = isPayment ? resource_id : resource?.payment_id;
      if (!paymentId) return undefined;
      const event: PaymentEvent = {
        // Pay's documentation has shown event types in capitals and in small letters: both are read.
        kind: isPayment && event_type.toLowerCase() === 'card_payment_succeeded' ? 'succeeded' : 'other',
        paymentId,
      };
      if (isPayment && resource?.reference !== undefined) event.reference = resource.reference;
      return event;
    },
  };
}

function toPayment(body: z.infer<typeof paymentBody>): Payment {
  const payment: Payment = {
    id: body.payment_id,
    status: body.state.status,
    finished: body.state.finished,
    amount: body.amount,
    reference: body.reference,
  };
  const nextUrl = body._links?.next_url?.href;
  if (!body.state.finished && nextUrl) payment.nextUrl = nextUrl;
  if (body.state.code) payment.failure = { code: body.state.code, message: body.state.message ?? '' };
  return payment;
}

/** A PaymentProviderError for a 4xx or 5xx, with GOV.UK Pay's own code and description when it gave them. */
function refusal(
  status: number,
  text: string,
  what: string,
  withoutKey: (text: string) => string,
): PaymentProviderError {
  // Trying again later may work after a rate limit, a timeout on their side, or their fault; not after anything else.
  const retryable = status === 408 || status === 429 || status >= 500;
  if (status === 401) {
    return new PaymentProviderError(
      `Could not ${what}: GOV.UK Pay refused the API key (401). Check GOVUK_PAY_API_KEY: a key from the right service and account (test or live), not revoked`,
      { status, retryable },
    );
  }
  let details: z.infer<typeof errorBody> = {};
  try {
    details = errorBody.catch({}).parse(JSON.parse(text));
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  const code = details.code;
  const said = [code, details.description].filter(Boolean).join(': ');
  const message = `Could not ${what}: GOV.UK Pay answered ${status}${said ? ` (${said})` : ''}`;
  return new PaymentProviderError(withoutKey(message), { status, retryable, ...(code ? { code } : {}) });
}

/** What is wrong with a payment before GOV.UK Pay is asked, in the words of its API's limits. */
function paymentProblem(payment: NewPayment): string | undefined {
  const { amount, reference, description, returnUrl, language } = payment;
  if (!Number.isInteger(amount) || amount <= 0 || amount > MAX_AMOUNT) {
    return `amount must be a whole number of pence from 1 to ${MAX_AMOUNT} (£100,000), got ${amount}`;
  }
  if (typeof reference !== 'string' || reference.trim() === '' || reference.length > 255) {
    return 'reference must be 1 to 255 characters';
  }
  if (typeof description !== 'string' || description.trim() === '' || description.length > 255) {
    return 'description must be 1 to 255 characters';
  }
  if (typeof returnUrl !== 'string' || !/^https?:\/\/[^/]/.test(returnUrl) || returnUrl.length > 2000) {
    return 'returnUrl must be an address starting https:// (or http:// in tests), at most 2000 characters';
  }
  if (language !== 'en' && language !== 'cy') return `language must be en or cy, got ${String(language)}`;
  return undefined;
}

function checkOptions(options: GovukPayOptions): void {
  const problems: ConfigProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') {
    problem('apiKey', 'must be your GOV.UK Pay API key (from GOVUK_PAY_API_KEY), not empty');
  }
  const secrets = options.webhookSecrets;
  if (
    secrets !== undefined &&
    typeof secrets !== 'string' &&
    !(Array.isArray(secrets) && secrets.every((secret) => typeof secret === 'string'))
  ) {
    problem('webhookSecrets', 'must be your webhook signing secret, or a list of them while you change it');
  }
  if (options.baseUrl !== undefined && !/^https?:\/\/[^/]/.test(options.baseUrl)) {
    problem('baseUrl', 'must be an address starting https:// or http://');
  }
  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs > 0)) {
    problem('timeoutMs', 'must be a number of milliseconds above 0');
  }
  if (problems.length > 0) throw new ServiceConfigError(problems);
}
