import { randomToken } from '../http/signing';

const encoder = new TextEncoder();

/**
 * The hash a return link is kept under: SHA-256 of its token, in hex. Only the hash is stored, so someone who
 * reads the database (a backup, a report) cannot open anyone's saved answers; the token is only in the email.
 */
export async function returnTokenHash(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(token)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** A new return link's token (256 random bits, URL-safe) and the hash it is kept under. */
export async function newReturnToken(): Promise<{ token: string; tokenHash: string }> {
  const token = randomToken(32);
  return { token, tokenHash: await returnTokenHash(token) };
}

/** Whether text looks like a token this service made: anything else is refused before touching the database. */
export function isReturnToken(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

/**
 * Whether text is an email address GOV.UK Notify would send to: one `@`, something before it, and a domain with
 * a dot and no spaces. Notify checks it again and refuses what it cannot send to.
 */
export function isEmailAddress(text: string): boolean {
  return text.length <= 320 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text);
}
