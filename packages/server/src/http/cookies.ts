/** Reads one cookie from a request's `Cookie` header, or undefined. Malformed pairs are skipped, never thrown on. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    if (pair.slice(0, equals).trim() === name) return pair.slice(equals + 1).trim();
  }
  return undefined;
}

/** How the session cookie is set. */
export interface CookieSettings {
  name: string;
  path: string;
  secure: boolean;
}

/**
 * The session cookie's settings. On https it takes the `__Host-` prefix, which browsers honour only for a `Secure`
 * cookie on path `/` with no domain, so no other site or subdomain can plant or read it.
 */
export function cookieSettings(secure: boolean, basePath: string): CookieSettings {
  return secure
    ? { name: '__Host-lgds-session', path: '/', secure: true }
    : { name: 'lgds-session', path: basePath || '/', secure: false };
}

/** A `Set-Cookie` value for the session: HttpOnly, SameSite=Lax, and gone when the browser closes. */
export function sessionCookie(settings: CookieSettings, value: string): string {
  return `${settings.name}=${value}; Path=${settings.path}; HttpOnly; SameSite=Lax${settings.secure ? '; Secure' : ''}`;
}

/** A `Set-Cookie` value that removes the session cookie. */
export function clearedCookie(settings: CookieSettings): string {
  return `${sessionCookie(settings, '')}; Max-Age=0`;
}
