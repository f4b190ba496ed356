/**
 * The security headers on every page. Scripts run only from this service's own address or with the page's nonce;
 * no other site may frame a page, and forms may only post back here, or lead on to `formTargets` (the card payment
 * provider's pages, which check answers redirects to: browsers hold a redirect after a post to `form-action` too).
 */
export function securityHeaders(
  nonce: string,
  secure: boolean,
  overrides: Readonly<Record<string, string | null>> = {},
  formTargets: readonly string[] = [],
): Headers {
  const headers = new Headers({
    'Content-Security-Policy': [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      ["form-action 'self'", ...formTargets].join(' '),
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ].join('; '),
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    // Pages hold residents' answers: never keep them in a shared or back-button cache.
    'Cache-Control': 'no-store',
  });
  if (secure) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return headers;
}
