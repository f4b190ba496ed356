// Web Crypto, so the handler runs anywhere the Fetch API does (Node, Next.js, edge runtimes).
const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random token of `bytes` bytes from the platform's secure random source, URL-safe. */
export function randomToken(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Compares two strings in time that does not depend on where they differ, so a token can't be guessed byte by byte. */
export function sameToken(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  let difference = left.length ^ right.length;
  for (let index = 0; index < left.length; index++)
    difference |= (left[index] ?? 0) ^ (right[index % right.length] ?? 0);
  return difference === 0;
}

/** Signs values with HMAC-SHA256 under the service's secret. */
export interface Signer {
  /** `value.signature`. */
  sign(value: string): Promise<string>;
  /** The value, if its signature is right; undefined for anything tampered with. */
  verify(signed: string): Promise<string | undefined>;
}

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/**
 * HMAC-SHA256 under `secret`, written in base64url (cookies) or hex (webhook signatures). Node's own HMAC where
 * there is one (several times quicker per request), Web Crypto elsewhere (edge runtimes).
 */
export function hmacFor(
  secret: string,
  encoding: 'base64url' | 'hex' = 'base64url',
): (value: string) => string | Promise<string> {
  const nodeCrypto = globalThis.process?.getBuiltinModule?.('node:crypto');
  if (nodeCrypto) return (value) => nodeCrypto.createHmac('sha256', secret).update(value).digest(encoding);
  const key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const write = encoding === 'hex' ? hex : base64url;
  return async (value) => write(new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(value))));
}

/** A signer for the service's secret. */
export function createSigner(secret: string): Signer {
  const signatureOf = hmacFor(secret);
  return {
    async sign(value) {
      return `${value}.${await signatureOf(value)}`;
    },
    async verify(signed) {
      const dot = signed.lastIndexOf('.');
      if (dot <= 0 || signed.length > 200) return undefined;
      const value = signed.slice(0, dot);
      return sameToken(signed.slice(dot + 1), await signatureOf(value)) ? value : undefined;
    },
  };
}
