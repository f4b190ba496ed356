import { CookieBanner, type CookieBannerProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/cookie-banner/fixtures.json';
import { fixture } from './fixtures';

/**
 * Asks residents whether they accept analytics cookies, at the top of every page, before `<main>`. Wrapped in a
 * `<form method="post">` with submit buttons that carry a `name` and `value`, the choice reaches the server without
 * JavaScript.
 */
const meta = {
  title: 'Components/CookieBanner',
  component: CookieBanner,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  parameters: { govuk: { placement: 'before-main' } },
  args: fixture<CookieBannerProps>(fixtures, 'default'),
} satisfies Meta<typeof CookieBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** After the resident accepts: `role="alert"` so that screen readers read it out. */
export const Accepted: Story = { args: fixture<CookieBannerProps>(fixtures, 'accepted confirmation banner') };

/** The words of a council's banner that asks about analytics cookies, in one language. */
interface AnalyticsQuestion {
  heading: string;
  essential: string;
  analytics: string;
  accept: string;
  reject: string;
  view: string;
}

// The question, with submit buttons that post `cookies[analytics]=yes` or `no` to the form's action.
function askAboutAnalytics(words: AnalyticsQuestion): CookieBannerProps['messages'] {
  return [
    {
      headingText: words.heading,
      children: (
        <>
          <p className="govuk-body">{words.essential}</p>
          <p className="govuk-body">{words.analytics}</p>
        </>
      ),
      actions: [
        { text: words.accept, type: 'submit', name: 'cookies[analytics]', value: 'yes' },
        { text: words.reject, type: 'submit', name: 'cookies[analytics]', value: 'no' },
        { text: words.view, href: '#cookies' },
      ],
    },
  ];
}

// The banner inside a form posting to the council's cookies page, which saves the choice and redirects back.
const inAForm: Story['render'] = (args) => (
  <form method="post" action="/cookies">
    <CookieBanner {...args} />
  </form>
);

/** Works without JavaScript: the buttons post the choice; the server saves it and shows the confirmation. */
export const WithoutJavaScript: Story = {
  args: {
    messages: askAboutAnalytics({
      heading: 'Cookies on Pay for garden waste',
      essential: 'We use some essential cookies to make this service work.',
      analytics:
        'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.',
      accept: 'Accept analytics cookies',
      reject: 'Reject analytics cookies',
      view: 'View cookies',
    }),
  },
  render: inAForm,
};

/** With JavaScript: the confirmation messages are in the page but hidden until the resident chooses. */
export const ClientSide: Story = { args: fixture<CookieBannerProps>(fixtures, 'client-side implementation') };

export const Welsh: Story = {
  args: {
    ariaLabel: 'Baner cwcis',
    messages: askAboutAnalytics({
      heading: 'Cwcis ar y gwasanaeth Talu am wastraff gardd',
      essential: 'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
      analytics:
        'Hoffem hefyd ddefnyddio cwcis dadansoddol er mwyn i ni ddeall sut rydych yn defnyddio’r gwasanaeth a gwneud gwelliannau.',
      accept: 'Derbyn cwcis dadansoddol',
      reject: 'Gwrthod cwcis dadansoddol',
      view: 'Gweld cwcis',
    }),
  },
  render: inAForm,
  globals: { locale: 'cy' },
};
