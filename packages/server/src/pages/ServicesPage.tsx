import type { Translator } from '@lgds/core';

/** The council's list of the online services this service runs, each linking to its start. */
export function ServicesPage({
  t,
  council,
  services,
}: {
  t: Translator;
  council: string;
  services: readonly { name: string; href: string }[];
}) {
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('server.services.title')}</h1>
          <p className="govuk-body">{t('server.services.intro', { council })}</p>
          <ul className="govuk-list">
            {services.map((service) => (
              <li key={service.href}>
                <a className="govuk-link" href={service.href}>
                  {service.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </main>
  );
}
