import { LanguageNavigation, ServiceNavigation, SkipLink } from '@lgds/react';
import type { Decorator } from '@storybook/react-vite';
import type { MouseEvent } from 'react';
import { useGlobals } from 'storybook/preview-api';
import { councilNames, type Kind, storySetting } from './transactions';

// The same council page as the garden waste stories' (../garden-waste/CouncilPage.tsx), for the council tax service:
// that one names the garden waste service and knows only garden waste's councils.

const words = {
  en: {
    skip: 'Skip to main content',
    service: 'Council tax',
    serviceInformation: 'Service information',
    language: 'Choose a language',
  },
  cy: {
    skip: 'Neidio i’r prif gynnwys',
    service: 'Treth gyngor',
    serviceInformation: 'Gwybodaeth am y gwasanaeth',
    language: 'Dewis iaith',
  },
} as const;

/**
 * A council's council tax page around a journey: skip link, the service's name with the English and Cymraeg switch,
 * the page's width container (the journey renders the back link and `<main>` in it), and the name of the council
 * whose rules the story uses. A council's own header and footer would go around these. Use it with
 * `parameters.govuk.layout = 'page'`.
 */
export function councilTaxPage(kind: Kind): Decorator {
  return (Story, { globals }) => {
    const [, updateGlobals] = useGlobals();
    const { council, locale } = storySetting(globals, kind);
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
          serviceName={say.service}
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
        <p className="govuk-width-container govuk-body-s govuk-!-padding-bottom-6">© {councilNames[council][locale]}</p>
      </>
    );
  };
}
