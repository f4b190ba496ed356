import { LanguageNavigation, type LanguageNavigationProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/language-navigation/fixtures.json';
import { fixture } from './fixtures';

/**
 * The English and Cymraeg switch on a Welsh council's pages: each language named in itself, the current one marked,
 * each link with its `lang` and `hreflang`.
 */
const meta = {
  title: 'Components/LanguageNavigation',
  component: LanguageNavigation,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<LanguageNavigationProps>(fixtures, 'default'),
} satisfies Meta<typeof LanguageNavigation>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A screen reader reads the description after the language's name, in that language. */
export const WithLanguageDescription: Story = {
  args: {
    items: [
      { text: 'English', lang: 'en', current: true },
      { text: 'Cymraeg', lang: 'cy', href: '#/cy', languageDescriptionText: 'Newid yr iaith i’r Gymraeg' },
    ],
  },
};

/** On the Welsh page, Cymraeg is current and the label is in Welsh. */
export const Welsh: Story = {
  args: {
    ariaLabel: 'Dewis iaith',
    items: [
      { text: 'English', lang: 'en', href: '#/en', languageDescriptionText: 'Change the language to English' },
      { text: 'Cymraeg', lang: 'cy', current: true },
    ],
  },
  globals: { locale: 'cy' },
};
