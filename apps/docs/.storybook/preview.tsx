import '@lgds/react/styles.css';
import docgen from 'virtual:lgds-docgen';
import * as lgdsReact from '@lgds/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { initAll } from 'govuk-frontend';
import { type ReactNode, useEffect, useRef } from 'react';
import { fragmentOfAPage } from '../stories/a11y.ts';

// Prop tables: attach the props read from @lgds/react's type declarations (see docgen.ts) to its components.
for (const [name, info] of Object.entries(docgen)) {
  const component = (lgdsReact as Record<string, unknown>)[name];
  if (typeof component === 'function') Object.assign(component, { __docgenInfo: info });
}

/** The axe rule tags stories are held to, as in @lgds/react's own tests: WCAG 2.2 A and AA, and best practice. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * How a story sits in the GOV.UK page (`parameters.govuk`):
 * - `layout: 'component'` (the default) renders it in the page's `govuk-width-container` and `<main>`, or, with
 *   `placement`, before or after them, where a header or footer goes;
 * - `layout: 'page'` lets the story render the whole page body (a journey renders its own `<main>`).
 */
export interface GovukParameters {
  layout?: 'component' | 'page';
  placement?: 'main' | 'before-main' | 'after-main';
}

type Locale = 'en' | 'cy';

function reportInitError(error: unknown) {
  // Each re-render initialises again; components already running say so, which is expected.
  if (error instanceof Error && /already initialised/.test(error.message)) return;
  console.error(error);
}

interface GovukPageProps extends GovukParameters {
  locale: Locale;
  docs: boolean;
  children: ReactNode;
}

/** A GOV.UK page around a story, with govuk-frontend's JavaScript started on it once it has rendered. */
function GovukPage({ locale, docs, layout = 'component', placement = 'main', children }: GovukPageProps) {
  const page = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // In the docs, many stories share one document, so only the story's own element gets its language.
    if (!docs) {
      document.documentElement.classList.add('govuk-template');
      document.documentElement.lang = locale;
      document.body.classList.add('govuk-template__body');
    }
    document.body.classList.add('govuk-frontend-supported');
    initAll({
      scope: page.current,
      onError: reportInitError,
      // On a docs page of many stories, an error summary or banner taking focus would scroll the page to it.
      ...(docs && { errorSummary: { disableAutoFocus: true }, notificationBanner: { disableAutoFocus: true } }),
    });
  });

  if (layout === 'page') {
    return (
      <div ref={page} lang={locale}>
        {children}
      </div>
    );
  }
  // A docs page has its own headings and one <main> already; a story there is a fragment of a page.
  const Main = docs ? 'div' : 'main';
  return (
    <div ref={page} lang={locale}>
      {placement === 'before-main' && children}
      <div className="govuk-width-container">
        <Main className="govuk-main-wrapper" {...(!docs && { id: 'main-content' })}>
          {placement === 'main' && children}
        </Main>
      </div>
      {placement === 'after-main' && children}
    </div>
  );
}

const withGovukPage: Decorator = (Story, { globals, parameters, viewMode }) => (
  <GovukPage locale={globals.locale === 'cy' ? 'cy' : 'en'} docs={viewMode === 'docs'} {...parameters.govuk}>
    <Story />
  </GovukPage>
);

const preview: Preview = {
  decorators: [withGovukPage],
  globalTypes: {
    locale: {
      description: 'The language of the page and of the journeys',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'cy', title: 'Cymraeg', right: 'cy' },
        ],
        dynamicTitle: true,
      },
    },
    preset: {
      // A transaction a council has no preset for uses the transaction's first preset instead.
      description: 'The council whose local rules the transaction stories use',
      toolbar: {
        title: 'Council',
        icon: 'home',
        items: [
          { value: 'northmoor', title: 'Northmoor District Council' },
          { value: 'exampleshire', title: 'Exampleshire Council' },
          { value: 'enghraifft', title: 'Enghraifft County Council' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', preset: 'exampleshire' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Any axe violation fails the story's test.
      test: 'error',
      options: { runOnly: { type: 'tag', values: axeTags } },
      config: {
        // A component story is a fragment of a page, with no <h1> of its own; journey pages turn this back on.
        rules: [fragmentOfAPage],
      },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Install in a council site', 'Configure local rules', 'Contribute a transaction'],
          'Components',
          'Garden waste',
          ['Rules reference', 'Journeys', ['Subscribe', 'Renew'], 'Steps', 'Price breakdown', 'Rules playground'],
          'Council tax',
          [
            'Rules reference',
            'Journeys',
            ['Single person discount', 'Moving home', 'Direct Debit'],
            'Steps',
            'Rules playground',
          ],
        ],
      },
    },
  },
};

export default preview;
