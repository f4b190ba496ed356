import { gardenWasteNew, presets } from '@lgds/garden-waste';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceFor } from '../test/council';
import { serve } from './node';
import { pgliteStore } from './store/index';
import type { Store } from './store/types';

let store: Store;
beforeAll(async () => {
  store = await pgliteStore();
});
afterAll(() => store.close());

const handler = () => serviceFor(store, [{ transaction: gardenWasteNew, rules: presets.exampleshire }]);

describe('serve, with Node’s http module', () => {
  it('answers as the handler does: status, headers, the session cookie, and a posted form', async () => {
    const running = await serve(handler(), { port: 0 });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const start = await fetch(`${running.url}/garden-waste-new`, { redirect: 'manual' });
      expect(start.status).toBe(303);
      expect(start.headers.get('location')).toBe('/garden-waste-new/address');
      const cookie = start.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      expect(cookie).toMatch(/^lgds-session=/);
      const page = await fetch(`${running.url}/garden-waste-new/address`, { headers: { cookie } });
      const html = await page.text();
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
      const sent = await fetch(`${running.url}/garden-waste-new/address`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, line1: '1 High Street', town: 'Exampleton', postcode: 'EX1 1AA' }),
      });
      expect(sent.status).toBe(303);
      expect(sent.headers.get('location')).toBe('/garden-waste-new/property');
      const head = await fetch(`${running.url}/garden-waste-new/property`, { method: 'HEAD', headers: { cookie } });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
    } finally {
      await running.close();
    }
  });

  it('trusts a proxy’s https only when told to, and then sets a Secure __Host- cookie', async () => {
    for (const trustProxy of [false, true]) {
      const running = await serve(handler(), { port: 0, trustProxy });
      try {
        const response = await fetch(`${running.url}/garden-waste-new`, {
          redirect: 'manual',
          headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'www.exampleshire.example' },
        });
        const cookie = response.headers.getSetCookie()[0] ?? '';
        expect(cookie.startsWith('__Host-lgds-session='), `trustProxy ${trustProxy}`).toBe(trustProxy);
      } finally {
        await running.close();
      }
    }
  });

  it('cuts off an endless body at the limit instead of reading it all', async () => {
    const running = await serve(handler(), { port: 0 });
    try {
      const start = await fetch(`${running.url}/garden-waste-new/address`);
      const cookie = start.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      const chunk = new TextEncoder().encode(`line1=${'x'.repeat(16_000)}`);
      let sentChunks = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sentChunks++;
          if (sentChunks > 1000) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const response = await fetch(`${running.url}/garden-waste-new/address`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: endless,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(sentChunks).toBeLessThan(1000);
    } finally {
      await running.close();
    }
  });
});
