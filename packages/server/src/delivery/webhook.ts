import { SIGNATURE_HEADER, signWebhook } from './signature';
import type { Deliverer, DeliveryResult } from './types';

/** Where and how to post submissions to the council's back office. */
export interface WebhookOptions {
  /** The back office's address. `https://`, or `http://` to this machine only (localhost, 127.0.0.1, ::1). */
  url: string;
  /**
   * The shared secret that signs each post (at least 32 random characters, from an environment variable). To
   * change it without a gap, give `[newSecret, oldSecret]` until the back office has moved to the new one.
   */
  secret: string | readonly string[];
  /** The outbox channel's name. Defaults to `webhook`; give each of several webhooks its own. */
  channel?: string;
  /** The transactions (ids) it is for; all when left out. */
  transactions?: readonly string[];
  /** How long to wait for the back office's answer before trying again later (ms). Defaults to 10 seconds. */
  timeoutMs?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks the options, naming every wrong one; returns the problems (none when right). */
export function webhookProblems(options: WebhookOptions, path = 'webhook'): string[] {
  const problems: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(options.url);
  } catch {
    problems.push(`${path}.url: must be a full address like https://backoffice.example.gov.uk/submissions`);
  }
  if (url && url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    problems.push(`${path}.url: must start https:// (http:// only to this machine), got ${url.protocol}//`);
  }
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
  if (secrets.length === 0 || secrets.some((secret) => typeof secret !== 'string' || secret.length < 32)) {
    problems.push(`${path}.secret: must be at least 32 random characters (keep it in an environment variable)`);
  }
  if (options.timeoutMs !== undefined && !(Number.isInteger(options.timeoutMs) && options.timeoutMs >= 100)) {
    problems.push(`${path}.timeoutMs: must be a whole number of milliseconds, 100 or more`);
  }
  return problems;
}

/** The least wait a `Retry-After` header asks for, in ms: seconds, or an HTTP date. */
function retryAfter(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** What a status code means for the delivery: 2xx done; 408, 429 and 5xx may pass; any other refusal will not. */
function outcomeOf(response: Response, now: Date): DeliveryResult {
  const { status } = response;
  if (status >= 200 && status < 300) return { status: 'delivered' };
  const error = `The back office answered ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (status === 408 || status === 429 || status >= 500) {
    const after = retryAfter(response.headers.get('retry-after'), now);
    return after === undefined ? { status: 'retry', error } : { status: 'retry', error, after };
  }
  if (status >= 300 && status < 400) return { status: 'rejected', error: `${error} (a redirect: check the URL)` };
  return { status: 'rejected', error };
}

/**
 * Delivers each submission to the council's back office: a `POST` of its payload as JSON (exactly as stored,
 * matching the transaction's JSON Schema), with the files the resident uploaded in its `files` property when there
 * are any (each file's `id`, `name`, `type`, `size`, `sha256` and `content` in base64: check the content by its
 * SHA-256; the answers name the same files by `id`), with the headers
 * - `Idempotency-Key`: the submission's reference, the same on every attempt: store it, and treat a post whose
 *   key you have already stored as done (answer 2xx again), because a delivery can arrive more than once;
 * - `LGDS-Signature`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" under the secret>`;
 * - `Content-Language`: the resident's language (`en` or `cy`);
 * - `LGDS-Delivery-Attempt`: 1 on the first attempt, 2 on the next, and so on.
 *
 * A 2xx answer is delivered. Network errors, timeouts, 408, 429 and 5xx are tried again later (after at least the
 * `Retry-After` asked for); any other answer (a 4xx, or a redirect) is a refusal that trying again would not
 * change, so the delivery is marked dead at once for staff to look at.
 */
export function webhook(options: WebhookOptions): Deliverer {
  const problems = webhookProblems(options);
  if (problems.length > 0) throw new Error(`The webhook's settings are wrong:\n- ${problems.join('\n- ')}`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? (() => new Date());
  return {
    channel: options.channel ?? 'webhook',
    ...(options.transactions && { transactions: options.transactions }),
    async deliver(outgoing, signal) {
      // Uploaded files go with the payload, in `files` (described by the payload's JSON Schema), in the one signed body.
      const files = (await outgoing.files?.()) ?? [];
      const body = JSON.stringify(files.length > 0 ? { ...outgoing.payload, files } : outgoing.payload);
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          body,
          redirect: 'manual',
          signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
          headers: {
            'content-type': 'application/json',
            'content-language': outgoing.locale,
            'idempotency-key': outgoing.reference,
            'user-agent': '@lgds/server webhook',
            [SIGNATURE_HEADER.toLowerCase()]: await signWebhook(options.secret, body, now()),
            'lgds-delivery-attempt': String(outgoing.attempt),
          },
        });
        // Read and drop the body, so the connection can be reused; what it says may hold personal data.
        await response.arrayBuffer().catch(() => undefined);
        return outcomeOf(response, now());
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
          return { status: 'retry', error: `The back office did not answer within ${timeoutMs} ms` };
        }
        // Node's fetch puts the reason (ECONNREFUSED, ENOTFOUND) in `cause`; none of it is personal data.
        const code = (error as { cause?: { code?: string } }).cause?.code;
        return { status: 'retry', error: `Could not reach the back office${code ? ` (${code})` : ''}` };
      }
    },
  };
}
