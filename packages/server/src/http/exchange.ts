import type { Locale } from '@lgds/core';
import type { CookieSettings } from './cookies';

/** One request as the service handles it: what came in, and what the answer carries whatever it is. */
export interface Exchange {
  request: Request;
  url: URL;
  /** The language of the page asked for. */
  locale: Locale;
  /** The Content Security Policy nonce of this page's inline scripts. */
  nonce: string;
  /** Whether the request came over https (or the council said to treat it so). */
  secure: boolean;
  cookie: CookieSettings;
  /** In every log line about this request, and on the "problem with the service" page. */
  requestId: string;
  /** Cookies the answer sets, whatever page it turns out to be. */
  setCookies: string[];
}
