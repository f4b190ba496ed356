import { Fieldset, type FieldsetProps, Input } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/fieldset/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Fieldset',
  component: Fieldset,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<FieldsetProps>(fixtures, 'default'),
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const AsPageHeading: Story = { args: fixture<FieldsetProps>(fixtures, 'as page heading l') };

/** The fields go in as React children: the React form of the macro's `caller` block. */
export const WithAddressFields: Story = {
  args: {
    legend: { text: 'What is your address?', classes: 'govuk-fieldset__legend--l', isPageHeading: true },
    children: (
      <>
        <Input id="address-line-1" name="line1" label={{ text: 'Address line 1' }} autocomplete="address-line1" />
        <Input
          id="address-line-2"
          name="line2"
          label={{ text: 'Address line 2 (optional)' }}
          autocomplete="address-line2"
        />
        <Input
          id="address-town"
          name="town"
          label={{ text: 'Town or city' }}
          autocomplete="address-level2"
          classes="govuk-!-width-two-thirds"
        />
        <Input
          id="address-postcode"
          name="postcode"
          label={{ text: 'Postcode' }}
          autocomplete="postal-code"
          classes="govuk-input--width-10"
        />
      </>
    ),
  },
};

export const Welsh: Story = {
  args: {
    legend: { text: 'Beth yw eich cyfeiriad?', classes: 'govuk-fieldset__legend--l', isPageHeading: true },
    children: (
      <>
        <Input id="cy-line-1" name="line1" label={{ text: 'Llinell 1 y cyfeiriad' }} autocomplete="address-line1" />
        <Input
          id="cy-town"
          name="town"
          label={{ text: 'Tref neu ddinas' }}
          autocomplete="address-level2"
          classes="govuk-!-width-two-thirds"
        />
        <Input
          id="cy-postcode"
          name="postcode"
          label={{ text: 'Cod post' }}
          autocomplete="postal-code"
          classes="govuk-input--width-10"
        />
      </>
    ),
  },
  globals: { locale: 'cy' },
};
