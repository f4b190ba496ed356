// The built service, run as a council runs it (`node dist/main.js`), killed without warning and started again on
// the same data folder: a resident without JavaScript keeps their answers, carries on and sends their application,
// and after another kill still sees the same confirmation. The service keeps nothing in memory that matters.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walks } from '../../../packages/garden-waste/src/testing/journeys';
import { freePort, killAll, mainFile, type ServiceProcess, startService } from './service-process';

/** The Direct Debit mandate's pages, between the payment question and the contact page, as the walk posts them. */
const mandatePages = (() => {
  const { pages } = walks.exampleshireNewDirectDebit;
  const steps = pages.map((page) => page.step);
  return pages.slice(steps.indexOf('payment') + 1, steps.indexOf('contact'));
})();

const secret = 'a-fixed-test-secret-that-is-long-enough-to-sign-cookies';
let dataDir = '';
let port = 0;

/** Starts the built service on the test's port and data folder, and waits for its "running" line. */
const startOnDataDir = (): Promise<ServiceProcess> =>
  startService({ PORT: String(port), DATA_DIR: dataDir, SESSION_SECRET: secret });

interface Page {
  status: number;
  location: string | null;
  html: string;
  /** The CSRF token in the page's form. */
  csrf: string | undefined;
}

/** A browser with JavaScript off: it keeps its cookies, and posts forms as `application/x-www-form-urlencoded`. */
class Resident {
  readonly cookies = new Map<string, string>();

  async send(path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; '));
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const equals = pair.indexOf('=');
      if (/Max-Age=0/i.test(cookie)) this.cookies.delete(pair.slice(0, equals));
      else this.cookies.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
    const html = await response.text();
    return {
      status: response.status,
      location: response.headers.get('location'),
      html,
      csrf: /name="_csrf" value="([^"]*)"/.exec(html)?.[1],
    };
  }

  /** Opens a page, following redirects; gives the page and where it ended up. */
  async open(path: string): Promise<Page & { path: string }> {
    let at = path;
    for (let hops = 0; hops < 5; hops++) {
      const page = await this.send(at);
      if (page.status !== 303 || !page.location) return { ...page, path: at };
      at = page.location;
    }
    throw new Error(`Too many redirects from ${path}`);
  }

  /** Posts a form with the page's CSRF token. */
  async post(path: string, csrf: string, fields: Record<string, string> = {}): Promise<Page> {
    const body = new URLSearchParams({ _csrf: csrf, ...fields });
    return this.send(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** Answers the page the resident is on, as clicking Continue does; gives where the service sends them next. */
  async answer(path: string, fields: Record<string, string>): Promise<string | null> {
    const page = await this.open(path);
    expect(page.status, `${page.path}: ${page.html.slice(0, 300)}`).toBe(200);
    expect(page.path).toBe(path);
    expect(page.csrf, `${path} has a form`).toBeTruthy();
    const sent = await this.post(path, page.csrf ?? '', fields);
    expect(sent.status, `${path} accepted the answers`).toBe(303);
    return sent.location;
  }
}

const referenceIn = (html: string) => /class="govuk-panel__body"[\s\S]*?<strong>([^<]+)<\/strong>/.exec(html)?.[1];

beforeAll(async () => {
  if (!existsSync(mainFile)) throw new Error(`${mainFile} is missing: run \`pnpm run build\` first`);
  dataDir = await mkdtemp(join(tmpdir(), 'exampleshire-service-'));
  port = await freePort();
});

afterAll(async () => {
  await killAll();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the service killed mid-journey and started again', () => {
  it('keeps the answers, carries on, sends once and keeps the confirmation', async () => {
    const resident = new Resident();
    const journey = '/garden-waste-new';

    let service = await startOnDataDir();
    // Nothing configured: one line says so, and names the variables that turn deliveries and emails on.
    expect(service.output()).toContain('Deliveries and emails are off: set WEBHOOK_URL and WEBHOOK_SECRET');
    const first = await resident.open(journey);
    expect(first.path).toBe(`${journey}/addressFind`);
    expect(resident.cookies.size).toBe(1);
    // The local fake OS Places knows no address at this postcode: the resident types theirs in.
    expect(await resident.answer(`${journey}/addressFind`, { postcode: 'ex1 1aa', building: '' })).toBe(
      `${journey}/address`,
    );
    expect(
      await resident.answer(`${journey}/address`, {
        line1: '7 Orchard Close',
        town: 'Exampleton',
        postcode: 'ex1 1aa',
      }),
    ).toBe(`${journey}/property`);
    expect(await resident.answer(`${journey}/property`, { type: 'house' })).toBe(`${journey}/container`);

    await service.kill();
    service = await startOnDataDir();

    // Their answers are still there, and the journey carries on where they left it.
    const address = await resident.open(`${journey}/address`);
    expect(address.status).toBe(200);
    expect(address.html).toContain('value="7 Orchard Close"');
    expect((await resident.open(journey)).path).toBe(`${journey}/container`);
    expect(await resident.answer(`${journey}/container`, { type: '240-litre-bin' })).toBe(`${journey}/bins`);
    expect(await resident.answer(`${journey}/bins`, { count: '2' })).toBe(`${journey}/delivery`);
    expect(await resident.answer(`${journey}/delivery`, { needed: 'yes' })).toBe(`${journey}/concession`);
    expect(await resident.answer(`${journey}/concession`, { type: 'none' })).toBe(`${journey}/payment`);
    // Paying by Direct Debit, the resident gives a mandate: the pages of Exampleshire's Direct Debit walk.
    let next = await resident.answer(`${journey}/payment`, { method: 'direct-debit' });
    for (const { step, post } of mandatePages) {
      expect(next).toBe(`${journey}/${step}`);
      next = await resident.answer(`${journey}/${step}`, post as Record<string, string>);
    }
    expect(next).toBe(`${journey}/contact`);
    expect(
      await resident.answer(`${journey}/contact`, {
        contactBy: 'email',
        email: 'resident@example.com',
        reminders: 'yes',
      }),
    ).toBe(`${journey}/check-answers`);

    // Sending from check answers: only the CSRF token is posted.
    const check = await resident.open(`${journey}/check-answers`);
    expect(check.status).toBe(200);
    expect(check.html).toContain('7 Orchard Close');
    const sent = await resident.post(`${journey}/check-answers`, check.csrf ?? '');
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`${journey}/confirmation`);
    const confirmation = await resident.open(`${journey}/confirmation`);
    expect(confirmation.status).toBe(200);
    const reference = referenceIn(confirmation.html);
    expect(reference).toMatch(/\S{6,}/);

    await service.kill();
    service = await startOnDataDir();

    // The same cookie still gets the same confirmation.
    const again = await resident.open(`${journey}/confirmation`);
    expect(again.status).toBe(200);
    expect(referenceIn(again.html)).toBe(reference);
    await service.kill();
  });
});
