import { gardenWasteNew, presets } from '@lgds/garden-waste';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceFor } from '../test/council';
import { headingOf, Resident, textOf } from '../test/resident';
import { pgliteStore } from './store/index';
import type { Store } from './store/types';

let store: Store;
beforeAll(async () => {
  store = await pgliteStore();
});
afterAll(() => store.close());

const today = '2026-10-15';
const exampleshire = { transaction: gardenWasteNew, rules: presets.exampleshire };
const service = () => serviceFor(store, [exampleshire], { today });
const start = '/garden-waste-new';
const address = { line1: '1 High Street', line2: '', town: 'Exampleton', postcode: 'ex1 1aa' };

describe('pages', () => {
  it('starts a journey at its first question, in a whole GOV.UK page with the council’s header', async () => {
    const resident = new Resident(service());
    const page = await resident.open(start);
    expect(page.url).toBe('/garden-waste-new/address');
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/^<!DOCTYPE html><html lang="en" class="govuk-template">/);
    expect(page.title).toBe('What is the address for garden waste collection? – Subscribe to garden waste collection');
    const skipLink = page.html.match(/<a [^>]*class="govuk-skip-link"[^>]*>/)?.[0] ?? '';
    expect(skipLink).toContain('href="#main-content"');
    expect(skipLink).toContain('data-module="govuk-skip-link"');
    expect(page.html).toContain('class="govuk-generic-header"');
    expect(textOf(page.html)).toContain('Exampleshire Council');
    // Not the GOV.UK crown: councils' services are not on GOV.UK.
    expect(page.html).not.toContain('govuk-logo');
    expect(page.html).toContain('govuk-phase-banner');
    expect(page.html).toContain('href="/accessibility"');
    expect(page.html).toMatch(/<form novalidate="" action="\/garden-waste-new\/address" method="post">/i);
    expect(page.csrf).toMatch(/^[\w-]{40,}$/);
  });

  it('sets a session cookie only the server can read', async () => {
    const response = await service()(new Request('http://council.test/garden-waste-new/address'));
    const [cookie = ''] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^lgds-session=[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/);
    const secure = await service()(new Request('https://council.test/garden-waste-new/address'));
    expect(secure.headers.getSetCookie()[0]).toMatch(
      /^__Host-lgds-session=.*; Path=\/; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(secure.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('sends security headers on every page', async () => {
    const page = await new Resident(service()).open(start);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[\w-]+'/);
    const nonce = /'nonce-([\w-]+)'/.exec(csp)?.[1];
    // The one inline script carries the nonce; no other inline script exists.
    expect(page.html.match(/<script(?! type="module" src=)[^>]*>/g)).toEqual([`<script nonce="${nonce}">`]);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('lets a council change the security headers', async () => {
    const handler = serviceFor(store, [exampleshire], {
      today,
      securityHeaders: { 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': null },
    });
    const page = await new Resident(handler).open(start);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.has('x-frame-options')).toBe(false);
  });

  it('re-shows a page with GOV.UK errors and everything typed, with "Error: " in the title', async () => {
    const resident = new Resident(service());
    const page = await resident.open(start);
    const sent = await resident.post(page.url, { ...address, postcode: 'not a postcode' }, page.csrf ?? '');
    expect(sent.status).toBe(200);
    expect(sent.title).toMatch(/^Error: What is the address/);
    expect(sent.html).toContain('govuk-error-summary');
    expect(textOf(sent.html)).toContain('Enter a real postcode');
    expect(sent.html).toContain('value="1 High Street"');
    expect(sent.html).toContain('value="not a postcode"');
  });

  it('moves on with a 303 after a good answer, and keeps it when the resident comes back', async () => {
    const resident = new Resident(service());
    const page = await resident.open(start);
    const sent = await resident.post(page.url, address, page.csrf ?? '');
    expect(sent.status).toBe(303);
    expect(sent.location).toBe('/garden-waste-new/property');
    const back = await resident.open('/garden-waste-new/address');
    expect(back.html).toContain('value="1 High Street"');
    expect(back.html).toContain('value="EX1 1AA"');
  });

  it('sends a guessed, skipped-ahead or unknown page back to where the resident is', async () => {
    const resident = new Resident(service());
    await resident.open(start);
    for (const guess of ['/garden-waste-new/contact', '/garden-waste-new/check-answers', '/garden-waste-new/nope']) {
      const sent = await resident.send(guess);
      expect(sent.status, guess).toBe(303);
      expect(sent.location, guess).toBe('/garden-waste-new/address');
    }
    const confirmation = await resident.send('/garden-waste-new/confirmation');
    expect(confirmation.location).toBe('/garden-waste-new/address');
  });

  it('shows GOV.UK’s page not found, in the resident’s language, for addresses it does not have', async () => {
    const resident = new Resident(service());
    const page = await resident.send('/no-such-service?lang=cy');
    expect(page.status).toBe(404);
    expect(headingOf(page.html)).toBe('Heb ddod o hyd i’r dudalen');
    expect(page.html).toContain('lang="cy"');
  });

  it('refuses other methods with a 405', async () => {
    const response = await service()(new Request('http://council.test/garden-waste-new/address', { method: 'PUT' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('lists the council’s services on the service’s front page', async () => {
    const page = await new Resident(service()).open('/');
    expect(headingOf(page.html)).toBe('Online services');
    expect(page.html).toContain('href="/garden-waste-new"');
  });

  it('serves the council stylesheet under the base path: Arial, and no GDS Transport or crest, which only GOV.UK may use', async () => {
    const handler = serviceFor(store, [exampleshire], { today, basePath: '/services' });
    const page = await new Resident(handler).open('/services/garden-waste-new');
    expect(page.html).toContain('<link rel="stylesheet" href="/services/assets/styles.css"/>');
    const css = await handler(new Request('http://council.test/services/assets/styles.css'));
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const text = await css.text();
    expect(text).toContain('.govuk-template');
    expect(text).toContain('font-family:var(--lgds-font-family, arial, sans-serif)');
    expect(text).not.toMatch(/GDS Transport|crest/);
    // Every image it links to is served beside it, wherever the base path puts it.
    for (const [, image] of text.matchAll(/url\("\.\/([^"]+)"\)/g)) {
      const response = await handler(new Request(`http://council.test/services/assets/${image}`));
      expect(response.status, image).toBe(200);
    }
    for (const govukOnly of ['assets/images/govuk-crest.svg', 'images/govuk-crest.svg', 'images/favicon.ico']) {
      const response = await handler(new Request(`http://council.test/services/assets/${govukOnly}`));
      expect(response.status, govukOnly).toBe(404);
    }
    const script = await handler(new Request('http://council.test/services/assets/init.js'));
    expect(await script.text()).toContain('initAll()');
    const sneaky = await handler(new Request('http://council.test/services/assets/..%2Fpackage.json'));
    expect(sneaky.status).toBe(404);
  });
});

describe('Welsh', () => {
  it('switches language by query and keeps every answer', async () => {
    const resident = new Resident(service());
    const page = await resident.open(start);
    await resident.post(page.url, address, page.csrf ?? '');
    const welsh = await resident.open('/garden-waste-new/address?lang=cy');
    expect(welsh.html).toContain('<html lang="cy"');
    expect(welsh.html).toContain('value="1 High Street"');
    expect(welsh.html).toContain('action="/garden-waste-new/address?lang=cy"');
    // The switch links to this page in English.
    expect(welsh.html).toContain('href="/garden-waste-new/address"');
    expect(welsh.html).toContain('lang="en"');
  });

  it('can address Welsh by a path segment the council chooses', async () => {
    const handler = serviceFor(store, [exampleshire], { today, welsh: { path: 'cymraeg' }, basePath: '/gwasanaethau' });
    const resident = new Resident(handler);
    const page = await resident.open('/gwasanaethau/cymraeg/garden-waste-new');
    expect(page.url).toBe('/gwasanaethau/cymraeg/garden-waste-new/address');
    expect(page.html).toContain('<html lang="cy"');
    expect(page.title).toContain('Tanysgrifio');
  });
});

describe('forged, replayed and oversize posts change nothing', () => {
  async function residentOnProperty() {
    const resident = new Resident(service());
    const page = await resident.open(start);
    await resident.post(page.url, address, page.csrf ?? '');
    return { resident, csrf: page.csrf ?? '' };
  }

  it('refuses a post without the CSRF token with a 403 in the resident’s language', async () => {
    const { resident } = await residentOnProperty();
    const sent = await resident.post('/garden-waste-new/address?lang=cy', { ...address, line1: 'Forged' }, false);
    expect(sent.status).toBe(403);
    expect(sent.html).toContain('lang="cy"');
    const after = await resident.open('/garden-waste-new/address');
    expect(after.html).toContain('value="1 High Street"');
    expect(after.html).not.toContain('Forged');
  });

  it('refuses a forged token, and a token from another session', async () => {
    const { resident } = await residentOnProperty();
    const other = await residentOnProperty();
    for (const token of ['forged', other.csrf]) {
      const sent = await resident.post('/garden-waste-new/address', { ...address, line1: 'Forged' }, token);
      expect(sent.status).toBe(403);
    }
    expect((await resident.open('/garden-waste-new/address')).html).not.toContain('Forged');
  });

  it('refuses a tampered or unknown session cookie', async () => {
    const { resident, csrf } = await residentOnProperty();
    const [name = '', value = ''] = [...resident.cookies][0] ?? [];
    resident.cookies.set(name, `${value.slice(0, -2)}xx`);
    expect((await resident.post('/garden-waste-new/address', address, csrf)).status).toBe(403);
    resident.cookies.set(name, 'unknown');
    expect((await resident.post('/garden-waste-new/address', address, csrf)).status).toBe(403);
    // A GET with a bad cookie just starts afresh.
    expect((await resident.open(start)).url).toBe('/garden-waste-new/address');
  });

  it('gives 413 to a body over the limit and 415 to anything but a form', async () => {
    const { resident, csrf } = await residentOnProperty();
    const big = await resident.post('/garden-waste-new/property', { type: 'x'.repeat(70_000) }, csrf);
    expect(big.status).toBe(413);
    const json = await resident.send('/garden-waste-new/property', {
      method: 'POST',
      body: JSON.stringify({ type: 'house', _csrf: csrf }),
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(415);
    expect((await resident.open('/garden-waste-new/property')).url).toBe('/garden-waste-new/property');
  });
});

describe('sessions time out', () => {
  it('deletes the answers after the idle time and says so, then starts again', async () => {
    let clock = new Date(`${today}T12:00:00Z`);
    const handler = serviceFor(store, [exampleshire], { now: () => clock });
    const resident = new Resident(handler);
    const page = await resident.open(start);
    await resident.post(page.url, address, page.csrf ?? '');
    clock = new Date(clock.getTime() + 31 * 60_000);
    const expired = await resident.open('/garden-waste-new/property');
    expect(headingOf(expired.html)).toBe('For your security, we deleted your answers');
    expect(textOf(expired.html)).toContain('did not do anything for 30 minutes');
    const again = await resident.open(start);
    expect(again.url).toBe('/garden-waste-new/address');
    expect(again.html).not.toContain('1 High Street');
  });

  it('keeps a session alive while the resident is busy', async () => {
    let clock = new Date(`${today}T12:00:00Z`);
    const handler = serviceFor(store, [exampleshire], { now: () => clock });
    const resident = new Resident(handler);
    const page = await resident.open(start);
    await resident.post(page.url, address, page.csrf ?? '');
    for (let step = 0; step < 3; step++) {
      clock = new Date(clock.getTime() + 20 * 60_000);
      expect((await resident.open('/garden-waste-new/address')).html).toContain('1 High Street');
    }
  });
});

describe('faults', () => {
  it('shows GOV.UK’s problem page with a code, never a stack trace, when the store fails', async () => {
    const lines: Record<string, unknown>[] = [];
    const broken: Store = Object.assign(Object.create(store), {
      getJourney: () => Promise.reject(new Error('database is down')),
    });
    const handler = serviceFor(broken, [exampleshire], {
      today,
      logger: { info: () => {}, error: (line) => lines.push(line) },
    });
    const page = await new Resident(handler).send('/garden-waste-new/address?lang=cy');
    expect(page.status).toBe(500);
    expect(headingOf(page.html)).toBe('Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth');
    expect(page.html).not.toContain('database is down');
    expect(page.html).not.toMatch(/at .*\.(ts|js):\d+/);
    const code = page.headers.get('x-request-id') ?? '';
    expect(textOf(page.html)).toContain(code);
    expect(lines).toEqual([
      expect.objectContaining({ requestId: code, error: expect.stringContaining('database is down') }),
    ]);
  });
});
