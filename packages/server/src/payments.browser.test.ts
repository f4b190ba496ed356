import type { Locale } from '@lgds/core';
import { type FakeGovukPay, startFakeGovukPay } from '@lgds/fakes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  axeClean,
  browserAndStore,
  fillPage,
  navigate,
  noFigures,
  referenceFormat,
  submitForm,
  type Tab,
  withServedTab,
} from '../test/browser';
import { serviceFor } from '../test/council';
import { type ServiceWalk, serviceWalks } from '../test/walks';
import { govukPay } from './payments/govuk-pay';

// Paying for a garden waste subscription by card (or by Direct Debit, with a mandate) in a real Chromium, with JavaScript off and on, in English and Welsh,
// through a fake GOV.UK Pay whose card page has Pay, Decline and Cancel buttons: check answers sends the resident to
// it, and they come back to the confirmation, or to their answers with a message saying what happened.

const figures = noFigures();
const shared = browserAndStore('Card payments in Chromium', figures);
const webhookSecret = 'a-webhook-signing-secret-for-browser-tests';
const found = serviceWalks.find((each) =>
  each.title.endsWith('1 small bin already there, Pension Credit, paying by card'),
);
if (!found) throw new Error('The garden waste walk paying by card is missing');
const byDirectDebit = serviceWalks.find((each) =>
  each.title.endsWith('2 large bins delivered, paying by Direct Debit'),
);
const walk: ServiceWalk = found;
const start = `/${walk.transaction.id}`;

let pay: FakeGovukPay;
beforeEach(async () => {
  pay = await startFakeGovukPay();
});
afterEach(async () => {
  expect(pay.violations).toEqual([]);
  await pay.stop();
});

/** The service with card payments, served on loopback, and a tab, for one test. */
async function withPayingService(javaScript: boolean, test: (origin: string, tab: Tab) => Promise<void>) {
  const handler = serviceFor(shared.store, [{ transaction: walk.transaction, rules: walk.rules }], {
    today: walk.today,
    payments: { provider: govukPay({ apiKey: pay.apiKey, baseUrl: pay.url, webhookSecrets: webhookSecret }) },
    deliveryWorker: false,
  });
  await withServedTab(shared.browser, handler, { javaScript }, test);
}

/** Answers every page of the walk, landing on check answers. */
async function answerEverything(origin: string, tab: Tab, locale: Locale) {
  await navigate(tab.page, () => tab.page.goto(`${origin}${start}${locale === 'cy' ? '?lang=cy' : ''}`));
  for (const { post } of walk.pages) await fillPage(tab.page, post);
  expect(new URL(tab.page.url()).pathname).toBe(`${start}/check-answers`);
}

/** What the notification banner above the answers says. */
const bannerText = async (tab: Tab) => (await tab.page.locator('.govuk-notification-banner').textContent()) ?? '';

/** The page passes axe (WCAG 2.2 AA): in a tab with JavaScript, which axe needs. */
async function expectAccessible(tab: Tab) {
  figures.pages++;
  await axeClean(tab, figures);
}

/** Presses Accept and send, which leads to the fake GOV.UK Pay's card page. */
async function acceptAndPay(tab: Tab) {
  await submitForm(tab.page);
  expect(tab.page.url().startsWith(`${pay.url}/pay/`), tab.page.url()).toBe(true);
}

/** Presses a button on the card page, which sends the resident back to the service. */
async function onCardPage(tab: Tab, button: 'Pay' | 'Decline' | 'Cancel') {
  await navigate(tab.page, () => tab.page.getByRole('button', { name: button, exact: true }).click());
}

/** The confirmation's reference, once the store holds the submission as paid. */
async function paidReference(tab: Tab) {
  expect(new URL(tab.page.url()).pathname).toBe(`${start}/confirmation`);
  const reference = ((await tab.page.locator('.govuk-panel__body strong').textContent()) ?? '').trim();
  expect(reference).toMatch(referenceFormat);
  const stored = await shared.store.getSubmission(reference);
  expect(stored?.status).toBe('confirmed');
  expect(stored?.payload.payment).toMatchObject({ method: 'card', provider: 'govuk-pay' });
  figures.journeys++;
  return reference;
}

describe('Card payments in Chromium', () => {
  it('without JavaScript, in English: cancelled, then declined, every answer kept; paying again confirms', async () => {
    await withPayingService(false, async (origin, tab) => {
      await answerEverything(origin, tab, 'en');
      await acceptAndPay(tab);
      await onCardPage(tab, 'Cancel');
      expect(new URL(tab.page.url()).pathname).toBe(`${start}/check-answers`);
      expect(await bannerText(tab)).toContain('You cancelled your payment and you have not been charged');
      expect(await tab.page.locator('.govuk-summary-list').first().textContent()).toContain('Pension Credit');
      await acceptAndPay(tab);
      await onCardPage(tab, 'Decline');
      expect(await bannerText(tab)).toContain('Your payment was not taken and you have not been charged');
      await acceptAndPay(tab);
      await onCardPage(tab, 'Pay');
      const reference = await paidReference(tab);
      expect(new Set(pay.payments.map((payment) => payment.reference))).toEqual(new Set([reference]));
      expect(pay.payments).toHaveLength(3);
    });
  });

  it('with JavaScript, in Welsh: Welsh payment pages, a cancellation said in Welsh, and what was paid', async () => {
    await withPayingService(true, async (origin, tab) => {
      await answerEverything(origin, tab, 'cy');
      await acceptAndPay(tab);
      expect(pay.payments[0]?.language).toBe('cy');
      await onCardPage(tab, 'Cancel');
      expect(await bannerText(tab)).toContain('Gwnaethoch ganslo eich taliad');
      await expectAccessible(tab);
      await acceptAndPay(tab);
      await onCardPage(tab, 'Pay');
      expect(await tab.page.locator('main').textContent()).toMatch(/Rydych wedi talu £\d+\.\d\d gyda cherdyn/);
      expect(await tab.page.locator('html').getAttribute('lang')).toBe('cy');
      await expectAccessible(tab);
      await paidReference(tab);
    });
  });

  it('without JavaScript: Direct Debit gives a mandate instead, and only the account number’s last 2 digits follow', async () => {
    if (!byDirectDebit) throw new Error('The garden waste walk paying by Direct Debit is missing');
    await withPayingService(false, async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}/${byDirectDebit.transaction.id}`));
      for (const { post } of byDirectDebit.pages) await fillPage(page, post);
      const bank = byDirectDebit.pages.find((each) => each.step === 'bank')?.post as Record<string, string>;
      const accountNumber = (bank.accountNumber ?? '').replace(/\D/g, '');
      // In full on check answers, so the resident can check it; only its last 2 digits afterwards.
      expect(await page.locator('.govuk-summary-list').first().textContent()).toContain(accountNumber);
      await submitForm(page);
      expect(new URL(page.url()).pathname).toBe(`/${byDirectDebit.transaction.id}/confirmation`);
      const confirmation = (await page.locator('main').textContent()) ?? '';
      expect(confirmation).toContain(`ending ${accountNumber.slice(-2)}`);
      expect(confirmation).not.toContain(accountNumber);
      const reference = ((await page.locator('.govuk-panel__body strong').textContent()) ?? '').trim();
      const stored = await shared.store.getSubmission(reference);
      expect(stored?.status).toBe('confirmed');
      expect((stored?.payload.answers as Record<string, unknown> | undefined)?.bank).toMatchObject({
        accountName: bank.accountName,
      });
      expect(pay.payments).toEqual([]);
      figures.journeys++;
    });
  });

  it('without JavaScript: paid, then the tab closed, confirmed by GOV.UK Pay’s webhook; coming back finds it sent', async () => {
    await withPayingService(false, async (origin, tab) => {
      await answerEverything(origin, tab, 'en');
      await acceptAndPay(tab);
      const paymentId = pay.payments[0]?.id ?? '';
      pay.complete(paymentId, 'success');
      expect(await pay.sendWebhook(paymentId, { to: `${origin}/payments/webhook`, secret: webhookSecret })).toBe(200);
      const reference = pay.payments[0]?.reference ?? '';
      expect((await shared.store.getSubmission(reference))?.status).toBe('confirmed');
      // Back at the service later, with the same browser: Accept and send finds it paid, and nothing is taken again.
      await navigate(tab.page, () => tab.page.goto(`${origin}${start}`));
      expect(new URL(tab.page.url()).pathname).toBe(`${start}/check-answers`);
      await submitForm(tab.page);
      expect(await paidReference(tab)).toBe(reference);
      expect(pay.payments).toHaveLength(1);
    });
  });
});
