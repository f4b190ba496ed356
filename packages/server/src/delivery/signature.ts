import { hmacFor, sameToken } from '../http/signing';

/**
 * The header that signs a webhook: `LGDS-Signature: t=<unix seconds>,v1=<signature>`, where the signature is the
 * lower-case hex HMAC-SHA256, under the shared secret, of the timestamp, a full stop and the raw body exactly as
 * sent (`${t}.${body}`). While a secret is being changed the header carries one `v1=` per secret.
 */
export const SIGNATURE_HEADER = 'LGDS-Signature';

/** How far a signature's time may be from the receiver's clock before it is refused as a replay: 5 minutes. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Signs a webhook body: the value of the `LGDS-Signature` header for `body` sent at `at`, under each secret
 * (the new one first while the back office moves to it).
 */
export async function signWebhook(secrets: string | readonly string[], body: string, at: Date): Promise<string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  const signatures = await Promise.all(list.map((secret) => hmacFor(secret, 'hex')(`${timestamp}.${body}`)));
  return [`t=${timestamp}`, ...signatures.map((signature) => `v1=${signature}`)].join(',');
}

/** What checking a webhook's signature found. */
export type WebhookVerdict =
  | { ok: true; signedAt: Date }
  | { ok: false; reason: 'missing' | 'malformed' | 'too-old' | 'mismatch' };

/**
 * For a council back office written in JavaScript: checks a webhook from the service. Give the raw body exactly as
 * received (before parsing JSON) and the `LGDS-Signature` header. Refuses a signature more than `toleranceSeconds`
 * (default 300) from `now`, so a captured request cannot be replayed later; deduplicate by the `Idempotency-Key`
 * header as well, because a delivery can arrive more than once.
 */
export async function verifyWebhook(options: {
  secret: string;
  body: string;
  header: string | null | undefined;
  now?: Date;
  toleranceSeconds?: number;
}): Promise<WebhookVerdict> {
  const { secret, body, header } = options;
  if (!header) return { ok: false, reason: 'missing' };
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = parts.find(([key]) => key === 't')?.[1];
  const signatures = parts.filter(([key, value]) => key === 'v1' && value).map(([, value]) => value as string);
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) return { ok: false, reason: 'malformed' };
  const signedAt = new Date(Number(timestamp) * 1000);
  const now = options.now ?? new Date();
  const tolerance = options.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS;
  if (Math.abs(now.getTime() - signedAt.getTime()) > tolerance * 1000) return { ok: false, reason: 'too-old' };
  const expected = await hmacFor(secret, 'hex')(`${timestamp}.${body}`);
  return signatures.some((signature) => sameToken(signature, expected))
    ? { ok: true, signedAt }
    : { ok: false, reason: 'mismatch' };
}
