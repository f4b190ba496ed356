// No 0/O, 1/I/L or U: nothing a resident can misread when they read a reference over the phone.
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const length = 10;

/**
 * Makes a short, readable reference such as `GW-7KQ4M-X9RTP`: ten characters
 * from a 30-character alphabet (5.9 × 10^14 possibilities), from the
 * platform's cryptographic random source, so references do not collide.
 */
export function createReference(prefix?: string): string {
  const chosen: string[] = [];
  const bytes = new Uint8Array(16);
  while (chosen.length < length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // Rejecting bytes of 240 and above keeps every character equally likely.
      if (byte < 240 && chosen.length < length) chosen.push(alphabet[byte % alphabet.length] as string);
    }
  }
  const body = `${chosen.slice(0, 5).join('')}-${chosen.slice(5).join('')}`;
  return prefix ? `${prefix}-${body}` : body;
}

/** A pattern that matches references made by `createReference`, for payload schemas. */
export const referencePattern: RegExp = /^(?:[A-Z]{1,6}-)?[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/;
