import { Footer, type FooterProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/footer/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Footer',
  component: Footer,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  parameters: { govuk: { placement: 'after-main' } },
  args: fixture<FooterProps>(fixtures, 'default'),
} satisfies Meta<typeof Footer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithMetaLinks: Story = { args: fixture<FooterProps>(fixtures, 'with meta links and meta content') };

export const WithNavigation: Story = { args: fixture<FooterProps>(fixtures, 'with navigation') };

/** A council's own footer: its links, no Open Government Licence, and its own copyright line. */
export const CouncilFooter: Story = {
  args: {
    meta: {
      visuallyHiddenTitle: 'Support links',
      items: [
        { href: '#accessibility', text: 'Accessibility statement' },
        { href: '#cookies', text: 'Cookies' },
        { href: '#privacy', text: 'Privacy' },
        { href: '#contact', text: 'Contact us' },
      ],
    },
    contentLicence: null,
    copyright: { text: '© Exampleshire Council' },
  },
};

export const Welsh: Story = {
  args: {
    meta: {
      visuallyHiddenTitle: 'Dolenni cymorth',
      items: [
        { href: '#hygyrchedd', text: 'Datganiad hygyrchedd' },
        { href: '#cwcis', text: 'Cwcis' },
        { href: '#cysylltu', text: 'Cysylltu â ni' },
      ],
    },
    contentLicence: {
      children: (
        <>
          Mae’r holl gynnwys ar gael o dan y{' '}
          <a
            className="govuk-footer__link"
            href="https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/"
          >
            Drwydded Llywodraeth Agored v3.0
          </a>
          , oni nodir yn wahanol
        </>
      ),
    },
    copyright: { text: '© Hawlfraint y Goron' },
  },
  globals: { locale: 'cy' },
};
