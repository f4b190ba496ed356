import { LanguageNavigation, ServiceNavigation, type ServiceNavigationProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/service-navigation/fixtures.json';
import { fixture } from './fixtures';

/** The service's name and its main sections, under the site's header. On small screens the links fold into a menu. */
const meta = {
  title: 'Components/ServiceNavigation',
  component: ServiceNavigation,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  parameters: { govuk: { placement: 'before-main' } },
  args: fixture<ServiceNavigationProps>(fixtures, 'with service name and navigation'),
} satisfies Meta<typeof ServiceNavigation>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const ServiceNameOnly: Story = { args: fixture<ServiceNavigationProps>(fixtures, 'with service name') };

export const WithCurrentItem: Story = {
  args: fixture<ServiceNavigationProps>(fixtures, 'with navigation with a current item'),
};

/** The English and Cymraeg switch goes in the `end` slot: here our `LanguageNavigation` component. */
export const WithLanguageNavigation: Story = {
  args: {
    serviceName: 'Garden waste collection',
    serviceUrl: '#/',
    slots: {
      end: (
        <LanguageNavigation
          items={[
            { text: 'English', lang: 'en', current: true },
            { text: 'Cymraeg', lang: 'cy', href: '#/cy', languageDescriptionText: 'Newid yr iaith i’r Gymraeg' },
          ]}
        />
      ),
    },
  },
};

export const Welsh: Story = {
  args: {
    serviceName: 'Casgliadau gwastraff gardd',
    serviceUrl: '#/cy',
    ariaLabel: 'Gwybodaeth am y gwasanaeth',
    menuButtonText: 'Dewislen',
    navigationLabel: 'Dewislen',
    navigation: [
      { href: '#/cy/tanysgrifio', text: 'Tanysgrifio', active: true },
      { href: '#/cy/adnewyddu', text: 'Adnewyddu' },
    ],
    slots: {
      end: (
        <LanguageNavigation
          ariaLabel="Dewis iaith"
          items={[
            { text: 'English', lang: 'en', href: '#/en', languageDescriptionText: 'Change the language to English' },
            { text: 'Cymraeg', lang: 'cy', current: true },
          ]}
        />
      ),
    },
  },
  globals: { locale: 'cy' },
};
