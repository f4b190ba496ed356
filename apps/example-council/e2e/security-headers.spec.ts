// The headers that keep residents safe, on the site's own pages (proxy.ts) and on the service's (@lgds/server's):
// a Content Security Policy that runs only scripts with this response's nonce, a new nonce for every response, no
// framing, and the Referrer-Policy, Permissions-Policy and (the rehearsal runs NODE_ENV=production)
// Strict-Transport-Security headers.
import { type APIRequestContext, expect, test } from '@playwright/test';

const pages = ['/', '/cy', '/services/garden-waste-new/', '/services/bulky-waste/?lang=cy'];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

async function fetchPage(request: APIRequestContext, path: string) {
  // The service's start redirects to its first page: the headers checked are the page's.
  const response = await request.get(path, { maxRedirects: 5 });
  expect(response.status(), `${path} answered ${response.status()}`).toBe(200);
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';
  const scriptSrc = directives(policy).get('script-src') ?? directives(policy).get('default-src') ?? [];
  const nonce = scriptSrc.find((value) => /^'nonce-[^']+'$/.test(value))?.slice(7, -1);
  return { headers, policy, scriptSrc, nonce, html: await response.text() };
}

for (const path of pages) {
  test(`${path}: a nonce-based Content Security Policy and the other security headers`, async ({ request }) => {
    test.skip(test.info().project.name !== 'javascript', 'headers do not depend on JavaScript: checked once');
    const first = await fetchPage(request, path);
    expect(first.policy, `${path} has no Content-Security-Policy`).not.toBe('');
    expect(first.nonce, `script-src has no nonce: ${first.policy}`).toBeTruthy();
    expect(first.scriptSrc).not.toContain("'unsafe-inline'");
    expect(directives(first.policy).get('frame-ancestors')).toEqual(["'none'"]);

    // Every script the page runs carries the nonce (a data block, such as type="application/json", runs nothing).
    const scripts = [...first.html.matchAll(/<script\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((script) => !/\stype="(?!module"|text\/javascript")[^"]*"/.test(script));
    expect(scripts.length, `${path} runs no script`).toBeGreaterThan(0);
    // Inline, it runs only with the nonce; from a file, with the nonce too under 'strict-dynamic' (which ignores
    // 'self'), or else from this site ('self').
    const strictDynamic = first.scriptSrc.includes("'strict-dynamic'");
    for (const script of scripts) {
      const src = script.match(/\ssrc="([^"]*)"/)?.[1];
      const fromSelf = src !== undefined && first.scriptSrc.includes("'self'") && /^\/(?!\/)/.test(src);
      if (src === undefined || strictDynamic || !fromSelf) {
        expect(script, `a script on ${path} without the response's nonce`).toContain(`nonce="${first.nonce}"`);
      }
    }
    expect(first.scriptSrc.some((value) => value === '*' || /^(https?:|data:|blob:)$/.test(value))).toBe(false);

    expect(first.headers['referrer-policy'], 'Referrer-Policy').toBeTruthy();
    expect(first.headers['permissions-policy'], 'Permissions-Policy').toBeTruthy();
    // Every page, the site's (proxy.ts) and the service's (lib/service.ts), whenever NODE_ENV is production.
    expect(first.headers['strict-transport-security'], 'Strict-Transport-Security').toMatch(/max-age=\d+/);

    const second = await fetchPage(request, path);
    expect(second.nonce, 'the nonce is the same for two responses').not.toBe(first.nonce);
  });
}
