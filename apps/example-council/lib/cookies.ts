// The cookie banner's choice, kept in the `cookies_policy` cookie as GOV.UK keeps it: `{"analytics":true}` or
// `{"analytics":false}` (URL-encoded), for a year. It is the only cookie this site's own pages set, and only when a
// resident presses Accept or Reject. The service under /services sets its session cookie, which is essential.

export const policyCookie = 'cookies_policy';
export const oneYearInSeconds = 365 * 24 * 60 * 60;

/** The resident's choice, from the cookie's value; undefined when they have not chosen (or the cookie is not ours). */
export function readPolicy(value: string | undefined): { analytics: boolean } | undefined {
  if (!value) return undefined;
  try {
    const policy: unknown = JSON.parse(value);
    if (typeof policy === 'object' && policy !== null && 'analytics' in policy) {
      const { analytics } = policy;
      if (typeof analytics === 'boolean') return { analytics };
    }
  } catch {
    // Not JSON: as if there were no choice, so the banner asks again.
  }
  return undefined;
}

const base = 'http://site.invalid';

const isControl = (character: string) => character < ' ' || character === '\u007f';

/**
 * Where to send the resident back to after their choice: a path on this site (such as `/cy`), with its query but
 * no `cookies` parameter of its own. Anything else (another site, `//evil.example`, `/\evil.example`, a full
 * address, control characters, nothing) is the home page, `/`.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 512) return '/';
  // One slash, then not a second one or a backslash (browsers read `/\` as `//`), and no control characters.
  if (!/^\/(?![/\\])/.test(value) || value.includes('\\') || [...value].some(isControl)) return '/';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  url.searchParams.delete('cookies');
  return `${url.pathname}${url.search}`;
}

/** The return path with `cookies=accepted` or `cookies=rejected`, which shows the banner's confirmation message. */
export function withConfirmation(path: string, analytics: boolean): string {
  const url = new URL(path, base);
  url.searchParams.set('cookies', analytics ? 'accepted' : 'rejected');
  return `${url.pathname}${url.search}`;
}
