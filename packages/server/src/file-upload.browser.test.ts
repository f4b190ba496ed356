import { createHash } from 'node:crypto';
import type { UploadedFile } from '@lgds/core';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BackOffice, startBackOffice } from '../test/back-office';
import {
  axeClean,
  browserAndStore,
  browserTimeout,
  errorPrefix,
  fillPage,
  navigate,
  noFigures,
  openTab,
  referenceFormat,
  submitForm,
  type Tab,
  withServedTab,
} from '../test/browser';
import { serviceFor } from '../test/council';
import { type ServiceWalk, serviceWalks } from '../test/walks';
import { webhook } from './delivery/webhook';
import type { ServiceHandler } from './service';

// The single person discount's evidence uploaded in a real Chromium, as Exampleshire's rules ask for it (up to 2 PDFs
// or JPGs of 5MB each): without JavaScript in English, a web page renamed .pdf refused with GOV.UK's words (the page
// checked with axe), then a real PDF kept; with JavaScript in Welsh, the page hydrated into <TransactionFlow>, which
// posts the upload to the server as the browser would. Each time the file is on check answers, in the stored
// submission and in the webhook the back office receives, byte for byte.

const figures = noFigures();
const shared = browserAndStore('File upload in Chromium', figures);
const found = serviceWalks.find(
  (walk) => walk.title === 'Single person discount: exampleshire, another adult moved out',
);
if (!found) throw new Error('The Exampleshire single person discount walk is missing');
const walk: ServiceWalk = found;
const start = `/${walk.transaction.id}`;
const beforeEvidence = walk.pages.slice(
  0,
  walk.pages.findIndex((page) => page.step === 'evidence'),
);
const secret = 'a-back-office-secret-of-at-least-32-characters';

const tenancyAgreement = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const disguisedPage = Buffer.from('<!DOCTYPE html><title>Not a PDF</title><script>alert(1)</script>');

let office: BackOffice;
let enhanceScript = '';
beforeAll(async () => {
  // A council's enhance bundle for the single person discount in both languages, as the README shows for garden waste.
  const bundle = await build({
    stdin: {
      contents: `
        import { singlePersonDiscount as cy } from '@lgds/council-tax/single-person-discount/cy';
        import { singlePersonDiscount as en } from '@lgds/council-tax/single-person-discount/en';
        import { enhance } from '@lgds/server/enhance';
        enhance([en, cy]);`,
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'ts',
    },
    alias: { '@lgds/server/enhance': new URL('./enhance/enhance.tsx', import.meta.url).pathname },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The packages' `sideEffects: false` makes esbuild warn about their CSS-free chunk imports: nothing to act on.
    logLevel: 'error',
  });
  enhanceScript = bundle.outputFiles[0]?.text ?? '';
});
beforeEach(async () => {
  office = await startBackOffice(secret);
});
afterEach(() => office.stop());

/** The council's service, delivering to the back office, with the enhance bundle when JavaScript hydrates pages. */
function councilService(): ServiceHandler {
  const service = serviceFor(shared.store, [{ transaction: walk.transaction, rules: walk.rules }], {
    today: walk.today,
    deliver: [webhook({ url: office.url, secret })],
    deliveryWorker: false,
    enhance: { script: '/council/enhance.js' },
  });
  const handler = async (request: Request) =>
    new URL(request.url).pathname === '/council/enhance.js'
      ? new Response(enhanceScript, { headers: { 'content-type': 'text/javascript' } })
      : service(request);
  return Object.assign(handler, { deliveries: service.deliveries });
}

const pathOf = (tab: Tab) => new URL(tab.page.url()).pathname;

/**
 * Checks a page with axe, which needs JavaScript: a page posted without it is put in a tab that runs JavaScript, at
 * the same origin, so its stylesheet loads as it did.
 */
async function checkWithAxe(origin: string, html: string, name: string) {
  const checking = await openTab(shared.browser, { javaScript: true });
  try {
    await checking.page.goto(`${origin}/assets/none`);
    await checking.page.setContent(html, { waitUntil: 'load' });
    figures.pages++;
    await axeClean(checking, figures, name);
  } finally {
    await checking.context.close();
  }
}

/** Requests for the next page that a page posted in the background does not follow (`redirect: 'manual'`). */
const unfollowedRedirects = (tab: Tab) => {
  const rest = tab.problems.filter((problem) => !/^request failed: .* \(net::ERR_ABORTED\)$/.test(problem));
  tab.problems.splice(0, tab.problems.length, ...rest);
};

/** Chooses "Yes" and a file on the evidence page. */
async function chooseEvidence(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.check('input[name="canSend"][value="yes"]');
  await page.setInputFiles('input[name="files"]', file);
}

/** Check answers' evidence row, then Accept and send: the stored submission and what the back office received. */
async function sendAndDeliver(tab: Tab, service: ServiceHandler, expectedRow: string) {
  const { page } = tab;
  expect(await page.locator('.govuk-summary-list').first().textContent()).toContain(expectedRow);
  await submitForm(page);
  expect(pathOf(tab)).toBe(`${start}/confirmation`);
  const reference = ((await page.locator('.govuk-panel__body strong').textContent()) ?? '').trim();
  expect(reference).toMatch(referenceFormat);
  figures.journeys++;

  const stored = await shared.store.getSubmission(reference);
  if (!stored) throw new Error(`${reference} was not stored`);
  const [uploaded] = (stored.payload.answers as { evidence: { files: UploadedFile[] } }).evidence.files;
  expect(uploaded).toMatchObject({
    name: 'tenancy-agreement.pdf',
    type: 'application/pdf',
    size: tenancyAgreement.length,
  });
  const kept = await shared.store.files?.listForSubmission(reference);
  expect(kept?.map((file) => file.id)).toEqual([uploaded?.id]);

  await service.deliveries?.runOnce();
  const received = office.stored.get(reference) as { files: { id: string; sha256: string; content: string }[] };
  expect(office.badSignatures).toBe(0);
  expect(received.files).toHaveLength(1);
  expect(received.files[0]?.id).toBe(uploaded?.id);
  expect(Buffer.from(received.files[0]?.content ?? '', 'base64').equals(tenancyAgreement)).toBe(true);
  expect(received.files[0]?.sha256).toBe(createHash('sha256').update(tenancyAgreement).digest('hex'));
}

describe('Uploading evidence in Chromium', () => {
  it('without JavaScript, in English: a web page renamed .pdf is refused, then a PDF is kept, shown and delivered', async () => {
    const service = councilService();
    await withServedTab(shared.browser, service, { javaScript: false }, async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}${start}`));
      for (const { post } of beforeEvidence) await fillPage(page, post);
      expect(pathOf(tab)).toBe(`${start}/evidence`);
      expect(await page.locator('main form').getAttribute('enctype')).toBe('multipart/form-data');

      await chooseEvidence(page, { name: 'tenancy-agreement.pdf', mimeType: 'application/pdf', buffer: disguisedPage });
      await submitForm(page);
      expect(pathOf(tab)).toBe(`${start}/evidence`);
      expect(await page.title()).toMatch(new RegExp(`^${errorPrefix.en}`));
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'The selected file must be a PDF or JPG',
      );
      expect(await page.locator('.govuk-error-message').textContent()).toContain(
        'The selected file must be a PDF or JPG',
      );
      await checkWithAxe(origin, await page.content(), 'the evidence page with an error, without JavaScript');
      expect(await shared.store.files?.listForSubmission('none')).toEqual([]);

      await chooseEvidence(page, {
        name: 'tenancy-agreement.pdf',
        mimeType: 'application/pdf',
        buffer: tenancyAgreement,
      });
      await submitForm(page);
      expect(pathOf(tab)).toBe(`${start}/declaration`);
      await fillPage(page, { confirmed: 'yes' });
      expect(pathOf(tab)).toBe(`${start}/check-answers`);
      await sendAndDeliver(tab, service, 'tenancy-agreement.pdf (1KB)');
    });
  });

  it('with JavaScript, in Welsh: the hydrated page posts the upload to the server, which keeps and delivers it', async () => {
    const service = councilService();
    await withServedTab(shared.browser, service, { javaScript: true }, async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}${start}?lang=cy`));
      await page.waitForFunction(() => document.querySelector('#lgds-journey form') !== null);
      // Hydration has no marker of its own: give it a moment, as the enhance test does.
      await page.waitForTimeout(2000);
      for (const { step, post } of beforeEvidence) {
        await page.waitForURL(`**${start}/${step}?lang=cy`, { timeout: browserTimeout });
        for (const [name, value] of Object.entries(post)) {
          const input = page.locator(`main form [name="${name}"]`);
          const type = await input.first().getAttribute('type');
          if (type === 'radio' || type === 'checkbox') await page.check(`main form [name="${name}"][value="${value}"]`);
          else await input.fill(String(value));
        }
        // govuk-frontend cancels a second click on Continue within a second: click as people do.
        await page.waitForTimeout(1100);
        await page.locator('main form button.govuk-button:not([formnovalidate])').click();
      }
      await page.waitForURL(`**${start}/evidence?lang=cy`, { timeout: browserTimeout });
      expect(await page.locator('main form').getAttribute('enctype')).toBe('multipart/form-data');
      // A web page the browser calls a PDF passes the browser's checks: the server finds what it is, and says so.
      await chooseEvidence(page, { name: 'tenancy-agreement.pdf', mimeType: 'application/pdf', buffer: disguisedPage });
      await page.waitForTimeout(1100);
      await navigate(page, () => page.locator('main form button.govuk-button:not([formnovalidate])').click());
      expect(pathOf(tab)).toBe(`${start}/evidence`);
      expect(await page.title()).toMatch(new RegExp(`^${errorPrefix.cy}`));
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'Rhaid i’r ffeil a ddewiswyd fod yn PDF neu JPG',
      );
      figures.pages++;
      await axeClean(tab, figures, 'the evidence page with an error, with JavaScript, in Welsh');
      await page.waitForTimeout(2000);
      await chooseEvidence(page, {
        name: 'tenancy-agreement.pdf',
        mimeType: 'application/pdf',
        buffer: tenancyAgreement,
      });
      await page.waitForTimeout(1100);
      // The upload is posted as the page's form, so the server's next page loads.
      await navigate(page, () => page.locator('main form button.govuk-button:not([formnovalidate])').click());
      expect(pathOf(tab)).toBe(`${start}/declaration`);
      await page.waitForTimeout(2000);
      await page.check('main form [name="confirmed"][value="yes"]');
      await page.waitForTimeout(1100);
      await page.locator('main form button.govuk-button:not([formnovalidate])').click();
      await page.waitForURL(`**${start}/check-answers?lang=cy`, { timeout: browserTimeout });
      expect(await page.locator('.govuk-summary-list').first().textContent()).toContain('Tystiolaeth');
      await sendAndDeliver(tab, service, 'tenancy-agreement.pdf (1KB)');
      unfollowedRedirects(tab);
    });
  });
});
