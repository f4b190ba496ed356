import type { Locale } from '@lgds/core';
import type { Served, WelshAddress } from './options';
import { type PageAddress, pageHref } from './page-href';

/** The page a journey URL names: a step id, `check-answers` or `confirmation`. Checked against the flow later. */
export type PageName = string;

/** What a request's URL asks for. */
export type Route =
  | { kind: 'asset'; file: string }
  | { kind: 'services'; locale: Locale }
  | { kind: 'start'; locale: Locale; served: Served }
  | { kind: 'page'; locale: Locale; served: Served; page: PageName; change: boolean }
  /** "Save and come back later": the page asking for an email address. */
  | { kind: 'save'; locale: Locale; served: Served }
  /** A link from a "come back later" email. */
  | { kind: 'return'; locale: Locale; served: Served; token: string }
  /** Where the card payment provider sends the resident back to, paid or not. */
  | { kind: 'paid'; locale: Locale; served: Served; reference: string }
  /** Where the card payment provider posts its webhooks. */
  | { kind: 'payment-webhook' }
  | { kind: 'not-found'; locale: Locale };

/** Reads and builds the service's URLs: one place, so links, form actions and redirects always agree. */
export interface Routes {
  /** What a URL asks for. */
  read(url: URL): Route;
  /** The list of services. */
  services(locale: Locale): string;
  /** A transaction's start, which sends the resident to where they are. */
  start(served: Served, locale: Locale): string;
  /** A page of a journey; `change` marks a change link from check answers. */
  page(served: Served, page: PageName, locale: Locale, change?: boolean): string;
  /** The "Save and come back later" page of a transaction. */
  save(served: Served, locale: Locale): string;
  /** The address in a "come back later" email, without the origin. */
  returnLink(served: Served, token: string, locale: Locale): string;
  /** Where the resident comes back to from paying for the submission `reference`, without the origin. */
  paid(served: Served, reference: string, locale: Locale): string;
  /** Where a transaction's pages live in one language, as data for the browser. */
  pages(served: Served, locale: Locale): PageAddress;
  /** A file of govuk-frontend's. */
  asset(file: string): string;
  /** The same page in another language, keeping everything else in its address. */
  switchLanguage(url: URL, locale: Locale): string;
}

// Not step ids, which are camelCase: these names can never be a transaction's page.
const SAVE_PAGE = 'save-for-later';
const RETURN_SEGMENT = 'return';
const PAID_SEGMENT = 'card-payment';

/** Addresses of the service's own, which no transaction may have (`checkOptions` refuses them). */
export const RESERVED_PATHS: readonly string[] = ['assets', 'payments'];
/** Where the card payment provider posts its webhooks, under the base path. */
export const PAYMENT_WEBHOOK_PATH = '/payments/webhook';

const isLocale = (value: string | undefined | null): value is Locale => value === 'en' || value === 'cy';

/** Makes the URL reader and builder for a service at `basePath` with Welsh addressed as the council chose. */
export function createRoutes(
  basePath: string,
  welsh: WelshAddress,
  served: readonly Served[],
  defaultLocale: Locale,
): Routes {
  const byPath = new Map(served.map((entry) => [entry.path, entry]));
  const welshSegment = 'path' in welsh ? welsh.path : undefined;
  const welshQuery = 'query' in welsh ? welsh.query : undefined;

  const address = (locale: Locale, segments: readonly string[]): PageAddress => {
    const prefix = welshSegment && locale === 'cy' ? [welshSegment] : [];
    const path = `${basePath}/${[...prefix, ...segments].map((segment) => `${encodeURIComponent(segment)}/`).join('')}`;
    // The default language needs no marker; the other one always has it, so every link keeps the language.
    return { prefix: path, query: welshQuery && locale !== defaultLocale ? [[welshQuery, locale]] : [] };
  };
  const build = (locale: Locale, segments: readonly string[], change = false): string => {
    const last = segments.at(-1) ?? '';
    return pageHref(address(locale, segments.slice(0, -1)), last, change);
  };

  const localeOf = (url: URL, segments: string[]): Locale => {
    if (welshSegment) {
      if (segments[0] === welshSegment) {
        segments.shift();
        return 'cy';
      }
      return 'en';
    }
    const asked = welshQuery ? url.searchParams.get(welshQuery) : null;
    return isLocale(asked) ? asked : defaultLocale;
  };

  return {
    read(url) {
      const pathname = url.pathname;
      if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
        return { kind: 'not-found', locale: defaultLocale };
      }
      let segments: string[];
      try {
        segments = pathname.slice(basePath.length).split('/').filter(Boolean).map(decodeURIComponent);
      } catch {
        return { kind: 'not-found', locale: defaultLocale };
      }
      if (segments[0] === 'assets' && segments.length > 1) return { kind: 'asset', file: segments.slice(1).join('/') };
      if (pathname === `${basePath}${PAYMENT_WEBHOOK_PATH}`) return { kind: 'payment-webhook' };
      const locale = localeOf(url, segments);
      if (segments.length === 0) return { kind: 'services', locale };
      const entry = byPath.get(segments[0] ?? '');
      if (entry && segments.length === 3 && segments[1] === RETURN_SEGMENT) {
        return { kind: 'return', locale, served: entry, token: segments[2] ?? '' };
      }
      if (entry && segments.length === 3 && segments[1] === PAID_SEGMENT) {
        return { kind: 'paid', locale, served: entry, reference: segments[2] ?? '' };
      }
      if (!entry || segments.length > 2) return { kind: 'not-found', locale };
      if (segments.length === 1) return { kind: 'start', locale, served: entry };
      if (segments[1] === SAVE_PAGE) return { kind: 'save', locale, served: entry };
      return { kind: 'page', locale, served: entry, page: segments[1] ?? '', change: url.searchParams.has('change') };
    },
    services: (locale) => build(locale, []),
    start: (entry, locale) => build(locale, [entry.path]),
    page: (entry, page, locale, change = false) => build(locale, [entry.path, page], change),
    save: (entry, locale) => build(locale, [entry.path, SAVE_PAGE]),
    returnLink: (entry, token, locale) => build(locale, [entry.path, RETURN_SEGMENT, token]),
    paid: (entry, reference, locale) => build(locale, [entry.path, PAID_SEGMENT, reference]),
    pages: (entry, locale) => address(locale, [entry.path]),
    asset: (file) => `${basePath}/assets/${file}`,
    switchLanguage(url, locale) {
      const route = this.read(url);
      switch (route.kind) {
        case 'start':
          return build(locale, [route.served.path]);
        case 'page':
          return build(locale, [route.served.path, route.page], url.searchParams.has('change'));
        case 'save':
          return build(locale, [route.served.path, SAVE_PAGE]);
        case 'return':
          return build(locale, [route.served.path, RETURN_SEGMENT, route.token]);
        case 'paid':
          return build(locale, [route.served.path, PAID_SEGMENT, route.reference]);
        default:
          return build(locale, []);
      }
    },
  };
}
