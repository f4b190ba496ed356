import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, referenceFormat } from '../test/browser';
import { serviceFor } from '../test/council';
import { serviceWalks } from '../test/walks';
import { type RunningService, serve } from './node';
import { pgliteStore } from './store/index';
import type { Store } from './store/types';

// Browser tests, in Chromium with JavaScript: a service made with `enhance` hydrates each journey page into
// <TransactionFlow>. Pages then move on without a page load, and every answer still reaches the server's session,
// so a page load at any point (or JavaScript failing) carries on exactly where the resident is.

const walk = serviceWalks.find(
  (each) => each.transaction.id === 'garden-waste-new' && each.title.includes('Exampleshire'),
);
if (!walk) throw new Error('No Exampleshire garden waste walk');

let store: Store;
let browser: Browser;
let running: RunningService;

beforeAll(async () => {
  const bundle = await build({
    // The README's example, bundled as a council would; inside this repository the package is its own source.
    entryPoints: [new URL('../examples/enhance/enhance.ts', import.meta.url).pathname],
    alias: { '@lgds/server/enhance': new URL('./enhance/enhance.tsx', import.meta.url).pathname },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  store = await pgliteStore();
  const service = serviceFor(store, [{ transaction: walk.transaction, rules: walk.rules }], {
    today: walk.today,
    enhance: { script: '/council/enhance.js' },
  });
  running = await serve(
    async (request) =>
      new URL(request.url).pathname === '/council/enhance.js'
        ? new Response(script, { headers: { 'content-type': 'text/javascript' } })
        : service(request),
    { port: 0 },
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
  await store?.close();
});

describe('an enhanced journey in Chromium with JavaScript', () => {
  it('moves between pages without loading them, keeps every answer on the server, and sends once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    // Browsers ask every site for a favicon; a council's site has its own.
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    await page.goto(`${running.url}/garden-waste-new`);
    await page.waitForFunction(() => document.querySelector('#lgds-journey form') !== null);
    await page.waitForTimeout(2000);

    // Hydrated: an empty Continue is refused in the browser, with no post to the server.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').count()).toBe(1);
    expect(await page.title()).toMatch(/^Error:/);

    const [address, property] = walk.pages;
    // govuk-frontend ignores a second click on a button within a second (its double-click guard): type as people do.
    await page.waitForTimeout(1000);
    await page.fill('#line1', String(address?.post.line1));
    await page.fill('#town', String(address?.post.town));
    await page.fill('#postcode', String(address?.post.postcode));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect
      .poll(() => [page.url(), problems], { timeout: 30_000 })
      .toEqual([expect.stringMatching(/\/property$/), []]);
    await page.check(`input[name="type"][value="${property?.post.type}"]`);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).not.toMatch(/\/property$/);
    expect(loads).toHaveLength(1);

    // A page load now shows what the server kept: the resident is where they were, with their answers.
    const here = page.url();
    await page.reload();
    expect(page.url()).toBe(here);
    await page.goto(`${running.url}/garden-waste-new/address`);
    expect(await page.inputValue('#line1')).toBe(address?.post.line1);

    // The rest of the journey, then send: the server stores it and shows the confirmation.
    await page.goto(`${running.url}/garden-waste-new`);
    for (const { step, post } of walk.pages.slice(2)) {
      await page.waitForURL(`**/garden-waste-new/${step}`);
      for (const [name, value] of Object.entries(post)) {
        const input = page.locator(`[name="${name}"]`);
        const type = await input.first().getAttribute('type');
        if (type === 'radio' || type === 'checkbox') await page.check(`[name="${name}"][value="${value}"]`);
        else await input.fill(String(value));
      }
      // The Continue button is the same element from page to page, and a click within a second of the last one with
      // no answer changed between is cancelled as a double click: click as people do. Without this pause the test
      // failed once on a busy 2-core machine, stuck on the page before contact (most likely such a cancelled click).
      await page.waitForTimeout(1100);
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.waitForURL('**/garden-waste-new/check-answers');
    await page.getByRole('button', { name: 'Accept and send' }).click();
    await page.waitForURL('**/garden-waste-new/confirmation');
    const reference = (await page.locator('.govuk-panel__body strong').textContent()) ?? '';
    expect(reference).toMatch(referenceFormat);
    expect((await store.getSubmission(reference))?.transaction).toBe('garden-waste-new');
    expect(problems).toEqual([]);
    await context.close();
  });
});
