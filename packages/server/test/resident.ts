import type { ServiceHandler } from '../src/service';

/** A page as the resident's browser received it. */
export interface Received {
  status: number;
  /** Where a redirect sends them, relative to the service's origin. */
  location: string | null;
  html: string;
  headers: Headers;
  /** The page's `<title>`. */
  title: string;
  /** The CSRF token in the page's form, if it has one. */
  csrf: string | undefined;
}

const decode = (text: string) =>
  text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The visible text of an HTML fragment, for assertions about what a resident reads. */
export function textOf(html: string): string {
  return decode(
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  ).trim();
}

/** The text of the page's `<h1>`. */
export function headingOf(html: string): string {
  return textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
}

/**
 * A resident's browser without JavaScript, talking to the service's handler directly: it keeps the session
 * cookie, follows redirects when asked, and posts forms as `application/x-www-form-urlencoded`.
 */
export class Resident {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly service: ServiceHandler,
    readonly origin = 'http://council.test',
  ) {}

  /** Sends a request as the browser would, with its cookies. */
  async send(path: string, init: RequestInit = {}): Promise<Received> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await this.service(new Request(new URL(path, this.origin), { ...init, headers }));
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals);
      if (/Max-Age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(equals + 1));
    }
    const html = await response.text();
    const location = response.headers.get('location');
    return {
      status: response.status,
      location: location ? location.replace(this.origin, '') : null,
      html,
      headers: response.headers,
      title: decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? ''),
      csrf: /name="_csrf" value="([^"]*)"/.exec(html)?.[1],
    };
  }

  /** Opens a page, following redirects as a browser does. */
  async open(path: string): Promise<Received & { url: string }> {
    let url = path;
    for (let hops = 0; hops < 10; hops++) {
      const page = await this.send(url);
      if (page.status !== 303 && page.status !== 302) return { ...page, url };
      url = page.location ?? url;
    }
    throw new Error(`Too many redirects from ${path}`);
  }

  /** Posts a form, with the CSRF token unless one is given (or `false` to leave it out). */
  async post(
    path: string,
    fields: Readonly<Record<string, string | readonly string[]>>,
    csrf: string | false,
  ): Promise<Received> {
    const body = new URLSearchParams();
    if (csrf !== false) body.append('_csrf', csrf);
    for (const [name, value] of Object.entries(fields)) {
      for (const item of typeof value === 'string' ? [value] : value) body.append(name, item);
    }
    return this.send(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /**
   * Posts a form with files as a browser does from a page with a file upload (`multipart/form-data`), with the CSRF
   * token unless it is `false`. A file input left empty is `{ name: '', content: '' }`.
   */
  async upload(
    path: string,
    fields: Readonly<Record<string, string>>,
    files: readonly { field: string; name: string; content: string | Uint8Array; type?: string }[],
    csrf: string | false,
  ): Promise<Received> {
    const body = new FormData();
    if (csrf !== false) body.append('_csrf', csrf);
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    for (const file of files) {
      const type = file.type ?? 'application/octet-stream';
      body.append(file.field, new Blob([file.content as BlobPart], { type }), file.name);
    }
    return this.send(path, { method: 'POST', body });
  }

  /** Opens a page, fills its form and sends it, following the redirect: what clicking Continue does. */
  async answer(
    path: string,
    fields: Readonly<Record<string, string | readonly string[]>>,
  ): Promise<Received & { url: string }> {
    const page = await this.open(path);
    if (!page.csrf) throw new Error(`${page.url} has no form (${page.status} ${page.title})`);
    const sent = await this.post(page.url, fields, page.csrf);
    if (sent.status !== 303) return { ...sent, url: page.url };
    return this.open(sent.location ?? page.url);
  }
}
