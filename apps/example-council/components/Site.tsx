// The frame of every page of the site, in one language: the same as the service's pages under /services have
// (govuk-frontend's page template for a council): a skip link, the council's own header (govuk-frontend's generic
// header, not the GOV.UK crown), the English/Cymraeg switch, a phase banner, the page, and the council's footer.
import type { Locale } from '@lgds/core';
import { GenericHeader, LanguageNavigation, PhaseBanner, ServiceNavigation, SkipLink } from '@lgds/react';
import type { ReactNode } from 'react';
import { content } from '../lib/content';
import { council } from '../lib/council';

const languages = [
  { locale: 'en', text: 'English' },
  { locale: 'cy', text: 'Cymraeg' },
] as const;

/** The root of every page: `<html>` in the page's language. */
export function RootLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale} className="govuk-template">
      <body className="govuk-template__body">{children}</body>
    </html>
  );
}

/** What a page shows, framed: `banner` (the cookie banner) comes first, before the skip link, as GOV.UK's does. */
export function SiteFrame({ locale, banner, children }: { locale: Locale; banner?: ReactNode; children: ReactNode }) {
  const words = content[locale];
  return (
    <>
      {banner}
      <SkipLink href="#main-content" text={words.skipLink} />
      <header className="govuk-template__header">
        <GenericHeader url={words.home}>{council.name[locale]}</GenericHeader>
        <ServiceNavigation
          ariaLabel={words.serviceNavigation}
          slots={{
            end: (
              <LanguageNavigation
                ariaLabel={words.languageNavigation}
                items={languages.map((language) => ({
                  text: language.text,
                  lang: language.locale,
                  href: content[language.locale].home,
                  current: language.locale === locale,
                }))}
              />
            ),
          }}
        />
      </header>
      <div className="govuk-width-container">
        <PhaseBanner tag={{ text: words.phase.tag }}>
          {words.phase.text}{' '}
          <a className="govuk-link" href={council.feedbackUrl} target="_blank" rel="noreferrer noopener">
            {words.phase.feedback}
          </a>
        </PhaseBanner>
        {children}
      </div>
      <footer className="govuk-template__footer">
        <div className="govuk-footer">
          <div className="govuk-width-container">
            <div className="govuk-footer__meta">
              <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <h2 className="govuk-visually-hidden">{words.footerTitle}</h2>
                <ul className="govuk-footer__inline-list">
                  {council.footerLinks.map((link) => (
                    <li className="govuk-footer__inline-list-item" key={link.href}>
                      <a className="govuk-footer__link" href={link.href}>
                        {link.text[locale]}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
              <div className="govuk-footer__meta-item">© {council.name[locale]}</div>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
