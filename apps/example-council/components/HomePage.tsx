// The home page, in one language: the cookie banner (until the resident chooses), then the council's online
// services, each linking to its start page under /services (in Welsh with `?lang=cy`, as the service addresses
// Welsh by default).
import type { Locale } from '@lgds/core';
import { cookies } from 'next/headers';
import { content, services } from '../lib/content';
import { policyCookie, readPolicy } from '../lib/cookies';
import { CookieChoice } from './CookieChoice';
import { SiteFrame } from './Site';

export interface HomePageProps {
  locale: Locale;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function HomePage({ locale, searchParams }: HomePageProps) {
  const words = content[locale];
  // Reading the request's cookies makes the page rendered for each request, as the CSP nonce needs.
  const policy = readPolicy((await cookies()).get(policyCookie)?.value);
  const { cookies: confirm } = await searchParams;
  const href = (path: string) => (locale === 'cy' ? `/services/${path}?lang=cy` : `/services/${path}`);
  return (
    <SiteFrame
      locale={locale}
      banner={
        <CookieChoice locale={locale} policy={policy} confirm={typeof confirm === 'string' ? confirm : undefined} />
      }
    >
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-xl">{words.title}</h1>
            <p className="govuk-body-l">{words.intro}</p>
            {(['waste', 'councilTax'] as const).map((group) => (
              <section key={group}>
                <h2 className="govuk-heading-m">{words.groups[group]}</h2>
                <ul className="govuk-list">
                  {services
                    .filter((service) => service.group === group)
                    .map((service) => (
                      <li key={service.path}>
                        <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                          <a className="govuk-link" href={href(service.path)}>
                            {words.services[service.path].name}
                          </a>
                        </h3>
                        <p className="govuk-body">{words.services[service.path].description}</p>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      </main>
    </SiteFrame>
  );
}
