// Security headers for the site's own pages (Next.js 16's proxy, once called middleware). The service's pages under
// /services set their own, stricter ones (@lgds/server's), so the matcher leaves them alone, with Next's built files
// and the enhance bundle.
import { type NextRequest, NextResponse } from 'next/server';
import { strictTransportSecurity } from './lib/environment';

const production = process.env.NODE_ENV === 'production';

/** The Content Security Policy for one response: scripts run only with this request's nonce. */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // Next.js puts the nonce on its own scripts (it reads it from this header on the request), and 'strict-dynamic'
    // lets those load the page's chunks. `next dev` also needs eval, for its error overlay and fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? '' : " 'unsafe-eval'"}`,
    // The built site's CSS is one stylesheet file and the pages have no style attributes. `next dev` alone puts CSS
    // in <style> elements (to swap it as files change), so it alone allows inline styles.
    `style-src 'self'${production ? '' : " 'unsafe-inline'"}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce);
  // On the request, for Next.js to find the nonce while it renders the page...
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // ...and on the response, for the browser.
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set('Referrer-Policy', 'same-origin');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Every path but /services (and below), Next's own files (/_next/static; /_next/image; under `next dev`, its
  // hot reloading socket), the enhance bundle and the icon.
  matcher: ['/((?!services(?:/|$)|_next/|enhance/|favicon\\.ico).*)'],
};
