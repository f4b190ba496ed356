import type { Locale } from '@lgds/core';
import { LanguageNavigation, ServiceNavigation, SkipLink } from '@lgds/react';
import type { Decorator } from '@storybook/react-vite';
import type { MouseEvent } from 'react';
import { useGlobals } from 'storybook/preview-api';

const words = {
  en: {
    skip: 'Skip to main content',
    serviceInformation: 'Service information',
    language: 'Choose a language',
  },
  cy: {
    skip: 'Neidio i’r prif gynnwys',
    serviceInformation: 'Gwybodaeth am y gwasanaeth',
    language: 'Dewis iaith',
  },
} as const;

export interface CouncilPageOptions {
  /** The service's name in the navigation, in each language. */
  service: Readonly<Record<Locale, string>>;
  /**
   * The story's language from the toolbar (or the story's own globals), and the name of the council whose rules it
   * uses, if the page should say it.
   */
  setting: (globals: Record<string, unknown>) => { locale: Locale; councilName?: string };
}

/**
 * A council's page around a journey: skip link, the service's name with the English and Cymraeg switch, the page's
 * width container (the journey renders the back link and `<main>` in it), and the council's name if there is one. A
 * council's own header and footer would go around these. Use it with `parameters.govuk.layout = 'page'`.
 */
export function councilPage({ service, setting }: CouncilPageOptions): Decorator {
  return (Story, { globals }) => {
    const [, updateGlobals] = useGlobals();
    const { locale, councilName } = setting(globals);
    const say = words[locale];
    // The language links switch the toolbar's language, so the journey changes language as it would on the site.
    const switchLanguage = (event: MouseEvent<HTMLElement>) => {
      const lang = (event.target as HTMLElement).closest('a')?.getAttribute('hreflang');
      if (lang !== 'en' && lang !== 'cy') return;
      event.preventDefault();
      updateGlobals({ locale: lang });
    };
    return (
      <>
        <SkipLink href="#main-content" text={say.skip} />
        <ServiceNavigation
          serviceName={service[locale]}
          serviceUrl="#"
          ariaLabel={say.serviceInformation}
          slots={{
            end: (
              // biome-ignore lint/a11y/noStaticElementInteractions: catches clicks on the language links inside it.
              // biome-ignore lint/a11y/useKeyWithClickEvents: links are clicked with Enter, which fires click events.
              <div onClick={switchLanguage}>
                <LanguageNavigation
                  ariaLabel={say.language}
                  items={(['en', 'cy'] as const).map((lang) => ({
                    text: lang === 'en' ? 'English' : 'Cymraeg',
                    lang,
                    ...(lang === locale ? { current: true } : { href: `?lang=${lang}` }),
                  }))}
                />
              </div>
            ),
          }}
        />
        <div className="govuk-width-container">
          <Story />
        </div>
        {councilName && <p className="govuk-width-container govuk-body-s govuk-!-padding-bottom-6">© {councilName}</p>}
      </>
    );
  };
}
