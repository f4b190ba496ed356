import { fc } from '@fast-check/vitest';
import { gardenWasteNew, presets } from '@lgds/garden-waste';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceFor } from '../test/council';
import { Resident } from '../test/resident';
import type { ServiceHandler } from './service';
import { pgliteStore } from './store/index';
import type { Store } from './store/types';

// Hostile input, thousands of times: random methods, addresses, cookies, tokens, content types and bodies. No
// request may fault (a 500), and no post the service refuses may change a stored answer.

let store: Store;
let handler: ServiceHandler;
let resident: Resident;
let csrf: string;
let sessionCookie: [string, string];

const today = '2026-10-15';
const pages = ['address', 'property', 'container', 'bins', 'delivery', 'concession', 'payment', 'contact'];
const fieldNames = ['line1', 'line2', 'town', 'postcode', 'type', 'count', 'needed', 'method', 'email', 'contactBy'];

beforeAll(async () => {
  store = await pgliteStore();
  handler = serviceFor(store, [{ transaction: gardenWasteNew, rules: presets.exampleshire }], { today });
  resident = new Resident(handler);
  const page = await resident.open('/garden-waste-new');
  csrf = page.csrf ?? '';
  await resident.post(page.url, { line1: '1 High Street', town: 'Exampleton', postcode: 'EX1 1AA' }, csrf);
  sessionCookie = [...resident.cookies][0] ?? ['', ''];
});
afterAll(() => store.close());

async function storedAnswers() {
  const [name, signed] = sessionCookie;
  const id = signed.slice(0, signed.lastIndexOf('.'));
  expect(name).toMatch(/lgds-session/);
  return JSON.stringify(await store.getJourney(id, gardenWasteNew.id));
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '__proto__', 'constructor', '<script>alert(1)</script>', '%00', '\u0000', '😀', 'ŵŷ'),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const path = fc.oneof(
  fc.constantFrom('/', '/garden-waste-new', '/garden-waste-new/check-answers', '/garden-waste-new/confirmation'),
  fc.constantFrom(...pages).map((page) => `/garden-waste-new/${page}`),
  fc.webPath(),
  hostileText.map((text) => `/garden-waste-new/${encodeURIComponent(text)}`),
  fc.constantFrom('/%E0%A4%A', '/garden-waste-new/%', '/assets/../../etc/passwd', '/assets/%2e%2e%2fpackage.json'),
);

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?lang=cy', '?lang=xx', '?change=1', '?lang=cy&change=1&lang=en'),
  fc.webQueryParameters().map((text) => `?${text}`),
);

const body = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...fieldNames, '_csrf', '__proto__'), hostileText), hostileText), {
    maxLength: 12,
  })
  .map((pairs) => new URLSearchParams(pairs));

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'),
  path,
  query,
  body,
  token: fc.constantFrom('right', 'wrong', 'missing', 'twice'),
  cookie: fc.constantFrom('right', 'tampered', 'none', 'garbage'),
  contentType: fc.constantFrom(
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=utf-8',
    'multipart/form-data; boundary=x',
    'application/json',
    'text/plain',
    '',
  ),
});

function build(input: {
  method: string;
  path: string;
  query: string;
  body: URLSearchParams;
  token: string;
  cookie: string;
  contentType: string;
}): Request {
  const form = new URLSearchParams(input.body);
  if (input.token === 'right') form.set('_csrf', csrf);
  if (input.token === 'wrong') form.set('_csrf', `${csrf.slice(0, -1)}x`);
  if (input.token === 'twice') form.append('_csrf', csrf);
  const [name, value] = sessionCookie;
  const cookie = {
    right: `${name}=${value}`,
    tampered: `${name}=${value.slice(0, -3)}abc`,
    none: '',
    garbage: `${name}=;;==;${name}`,
  }[input.cookie];
  const headers = new Headers();
  if (cookie) headers.set('cookie', cookie);
  if (input.contentType) headers.set('content-type', input.contentType);
  const hasBody = input.method !== 'GET' && input.method !== 'HEAD';
  return new Request(`http://council.test${input.path}${input.query}`, {
    method: input.method,
    headers,
    ...(hasBody && { body: form.toString() }),
  });
}

describe('hostile requests', () => {
  it('never fault, and a refused post never changes a stored answer (10,000 requests)', async () => {
    let refusedPosts = 0;
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const posting = input.method === 'POST';
        const before = posting ? await storedAnswers() : undefined;
        const response = await handler(build(input));
        expect(response.status, `${input.method} ${input.path}${input.query}`).not.toBe(500);
        const html = await response.text();
        expect(html).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)/);
        if (!posting) return;
        const refused = response.status !== 303;
        // Anything not sent with the resident's own cookie and token can never change their answers.
        const forged = input.cookie !== 'right' || (input.token !== 'right' && input.token !== 'twice');
        if (refused) refusedPosts++;
        if (refused || forged) expect(await storedAnswers()).toBe(before);
      }),
      { numRuns: 10_000 },
    );
    expect(refusedPosts).toBeGreaterThan(1000);
    // About a minute alone on a 2-core machine; far longer when every package's tests run at once.
  }, 900_000);
});
