import type { Locale, LocalText, Translator } from '@lgds/core';
import { GenericHeader, LanguageNavigation, PhaseBanner, ServiceNavigation, SkipLink } from '@lgds/react';
import type { ReactNode } from 'react';
import type { Settings } from '../options';

/** Text a council gave once, or in both languages. */
export function inLocale(text: string | LocalText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

const languageNames: Record<Locale, string> = { en: 'English', cy: 'Cymraeg' };

/** Everything the frame around a page needs. */
export interface DocumentProps {
  locale: Locale;
  /** The `<title>`, already with the `Error: ` prefix when the page shows errors. */
  title: string;
  t: Translator;
  council: Settings['council'];
  /** The service's name and start address, for the service navigation; absent on pages outside a transaction. */
  service?: { name: string; href: string };
  /** The same page in each language offered, for the English/Cymraeg switch. */
  languages: readonly { locale: Locale; href: string }[];
  /** The addresses of govuk-frontend's CSS and JavaScript. */
  assets: { css: string; script: string };
  /** The council's script that enhances journeys, if it has one. */
  enhanceScript?: string;
  /** Allows the one inline script, which marks the page as having JavaScript before it is drawn. */
  nonce: string;
  children: ReactNode;
}

/**
 * A whole GOV.UK page, as govuk-frontend's page template makes it, for a council: a skip link, the council's own
 * header (govuk-frontend's generic header, not the GOV.UK crown), the service's name, the language switch, a phase
 * banner, the page, and a footer with the council's links.
 */
export function Document(props: DocumentProps) {
  const { locale, title, t, council, service, languages, assets, nonce, enhanceScript, children } = props;
  const name = inLocale(council.name, locale);
  return (
    <html lang={locale} className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b0c0c" />
        <link rel="stylesheet" href={assets.css} />
      </head>
      <body className="govuk-template__body">
        <script
          nonce={nonce}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: govuk-frontend's own one-line check, a constant.
          dangerouslySetInnerHTML={{
            __html:
              "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');",
          }}
        />
        <SkipLink href="#main-content" text={t('server.skipLink')} />
        <header className="govuk-template__header">
          <GenericHeader url={council.homepageUrl}>
            {council.logo ? (
              <img
                className="lgds-council-logo"
                src={council.logo.src}
                alt=""
                width={council.logo.width}
                height={council.logo.height}
              />
            ) : null}
            {name}
          </GenericHeader>
          {(service || languages.length > 1) && (
            <ServiceNavigation
              {...(service && { serviceName: service.name, serviceUrl: service.href })}
              slots={{
                end:
                  languages.length > 1 ? (
                    <LanguageNavigation
                      ariaLabel={t('server.languageNavigation')}
                      items={languages.map((language) => ({
                        text: languageNames[language.locale],
                        lang: language.locale,
                        href: language.href,
                        current: language.locale === locale,
                      }))}
                    />
                  ) : undefined,
              }}
            />
          )}
        </header>
        <div className="govuk-width-container">
          {council.phase && (
            <PhaseBanner tag={{ text: t(`server.phase.${council.phase}`) }}>
              {t('server.phase.text')}{' '}
              {council.feedbackUrl && (
                <a className="govuk-link" href={council.feedbackUrl} target="_blank" rel="noreferrer noopener">
                  {t('server.phase.feedback')}
                </a>
              )}
            </PhaseBanner>
          )}
          {children}
        </div>
        <CouncilFooter t={t} council={council} locale={locale} />
        <script type="module" src={assets.script} />
        {enhanceScript && <script type="module" src={enhanceScript} />}
      </body>
    </html>
  );
}

function CouncilFooter({ t, council, locale }: { t: Translator; council: Settings['council']; locale: Locale }) {
  const links = council.footerLinks ?? [];
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              {links.length > 0 && (
                <>
                  <h2 className="govuk-visually-hidden">{t('server.footer.title')}</h2>
                  <ul className="govuk-footer__inline-list">
                    {links.map((link) => (
                      <li className="govuk-footer__inline-list-item" key={link.href}>
                        <a className="govuk-footer__link" href={link.href}>
                          {inLocale(link.text, locale)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            <div className="govuk-footer__meta-item">© {inLocale(council.name, locale)}</div>
          </div>
        </div>
      </div>
    </footer>
  );
}
