// The site's home pages, / in English and /cy in Welsh: the cookie banner asks before any cookie is set and keeps
// the resident's choice (Accept or Reject, a form that works without JavaScript), and each service's link leads to
// its first question in the same language.
import { expect, test } from '@playwright/test';
import { checkPage, countJourney, expectLanguage, type Locale } from './pages';

const homes: readonly { locale: Locale; path: string }[] = [
  { locale: 'en', path: '/' },
  { locale: 'cy', path: '/cy' },
];
const services = [
  'garden-waste-new',
  'garden-waste-renewal',
  'bulky-waste',
  'single-person-discount',
  'moving-home',
  'direct-debit',
];
const policyCookie = 'cookies_policy';

for (const { locale, path } of homes) {
  for (const choice of ['accept', 'reject'] as const) {
    test(`${path}: the cookie banner sets ${policyCookie} only once the resident chooses to ${choice}`, async ({
      page,
      context,
    }, testInfo) => {
      const name = `home-${locale}-cookies-${choice}`;
      await page.goto(path);
      await expectLanguage(page, locale);
      const banner = page.locator('.govuk-cookie-banner');
      await expect(banner).toBeVisible();
      expect(await context.cookies(), 'a cookie was set before the resident chose').toEqual([]);
      await checkPage(page, testInfo, name, 1, 'banner');

      await banner.locator(`button[name="cookies"][value="${choice}"]`).click();
      await expect(page).toHaveURL(new RegExp(`[?&]cookies=${choice}ed`));
      const cookies = await context.cookies();
      expect(cookies.map((cookie) => cookie.name)).toEqual([policyCookie]);
      expect(decodeURIComponent(cookies[0]?.value ?? '')).toBe(JSON.stringify({ analytics: choice === 'accept' }));
      await expectLanguage(page, locale);
      // The confirmation, with a Hide link back to the page without it.
      await expect(banner).toBeVisible();
      await checkPage(page, testInfo, name, 2, 'confirmation');

      await banner.getByRole('button').or(banner.getByRole('link')).last().click();
      await expect(page.locator('.govuk-cookie-banner')).toHaveCount(0);
      await checkPage(page, testInfo, name, 3, 'hidden');
      countJourney(testInfo, name, 'home');
    });
  }

  test(`${path}: every service's link leads to its first question, in the same language`, async ({
    page,
  }, testInfo) => {
    const name = `home-${locale}-links`;
    await page.goto(path);
    for (const service of services) {
      const link = page.locator(`main a[href^="/services/${service}"]`);
      await expect(link).toHaveCount(1);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/services/${service}/`));
      await expectLanguage(page, locale);
      // Its first question is checked by axe, and kept as a screenshot, by its journey (journeys.spec.ts).
      await page.goto(path);
    }
    countJourney(testInfo, name, 'home');
  });
}
