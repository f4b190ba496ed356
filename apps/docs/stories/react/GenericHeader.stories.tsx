import { GenericHeader, type GenericHeaderProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/generic-header/fixtures.json';
import { fixture } from './fixtures';

/**
 * The header for services that are not on GOV.UK, such as a council's own: the council's name or logo, with no
 * crown, linking to its homepage. Where govuk-frontend's macro takes `logoHtml`, pass the logo as React children.
 */
const meta = {
  title: 'Components/GenericHeader',
  component: GenericHeader,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  parameters: { govuk: { placement: 'before-main' } },
  args: fixture<GenericHeaderProps>(fixtures, 'default'),
} satisfies Meta<typeof GenericHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A logo beside the council's name: the logo is decorative, as the name says where the link goes. */
function Logo() {
  return (
    <svg width="28" height="30" viewBox="0 0 28 30" fill="currentColor" aria-hidden="true" focusable="false">
      <circle cx="13.5549" cy="4.21349" r="4.21349" />
      <circle cx="13.5549" cy="25.7865" r="4.21349" />
      <circle cx="22.8963" cy="9.6068" r="4.21349" />
      <circle cx="4.2135" cy="20.3932" r="4.21349" />
      <circle cx="22.8963" cy="20.3932" r="4.21349" />
      <circle cx="4.21351" cy="9.60674" r="4.21349" />
    </svg>
  );
}

export const WithTextAndLogo: Story = {
  args: {
    url: 'https://www.northmoor.gov.uk',
    logoText: undefined,
    children: (
      <>
        <Logo /> Northmoor District Council
      </>
    ),
  },
};

export const FullWidth: Story = {
  args: { logoText: 'Northmoor District Council', containerClasses: 'govuk-generic-header__container--full-width' },
};

export const Welsh: Story = {
  args: {
    url: 'https://www.enghraifft.gov.uk/cymraeg',
    logoText: undefined,
    children: (
      <>
        <Logo /> Cyngor Sir Enghraifft
      </>
    ),
  },
  globals: { locale: 'cy' },
};
