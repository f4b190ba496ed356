// What the environment says about where the site runs. Read on each request, never when `next build` runs.

/**
 * HSTS, on every page of the site and of its services whenever `NODE_ENV=production`: browsers obey it over https
 * and ignore it over plain http (a test on this machine), so it need not wait for `PUBLIC_URL`.
 */
export function strictTransportSecurity(env: Readonly<Record<string, string | undefined>> = process.env) {
  return env.NODE_ENV === 'production' ? 'max-age=31536000; includeSubDomains' : undefined;
}

/**
 * Whether residents reach the site over https, so its cookies are `Secure`: the scheme of `PUBLIC_URL` when it is
 * set (an `http://` address is a test on this machine, such as the end-to-end suite's), else whether
 * `NODE_ENV=production` (production is https, behind a load balancer that may speak plain http to `next start`).
 */
export function servedOverHttps(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const publicUrl = env.PUBLIC_URL?.trim();
  if (publicUrl) return publicUrl.startsWith('https://');
  return env.NODE_ENV === 'production';
}
