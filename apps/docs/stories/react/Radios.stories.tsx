import { Input, Radios, type RadiosProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/radios/fixtures.json';
import { expect } from 'storybook/test';
import { axeRules, fragmentOfAPage, radiosWithConditionalReveal } from '../a11y';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Radios',
  component: Radios,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<RadiosProps>(fixtures, 'default'),
} satisfies Meta<typeof Radios>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = { args: fixture<RadiosProps>(fixtures, 'with hint') };

/** For two short options, side by side. */
export const Inline: Story = { args: fixture<RadiosProps>(fixtures, 'inline') };

export const WithError: Story = { args: fixture<RadiosProps>(fixtures, 'with fieldset and error message') };

export const WithDivider: Story = { args: fixture<RadiosProps>(fixtures, 'with a divider') };

export const WithHintsOnItems: Story = { args: fixture<RadiosProps>(fixtures, 'with hints on items') };

/** Choosing an option reveals a question about it: govuk-frontend's JavaScript shows and hides it. */
export const ConditionalReveal: Story = {
  args: fixture<RadiosProps>(fixtures, 'with conditional items'),
  parameters: axeRules(fragmentOfAPage, radiosWithConditionalReveal),
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByLabelText('Email address')).not.toBeVisible();
    await userEvent.click(canvas.getByLabelText('Email'));
    await expect(canvas.getByLabelText('Email address')).toBeVisible();
  },
};

/** The revealed question can be a React component, given as the item's `conditional.children`. */
export const Welsh: Story = {
  args: {
    name: 'contactBy',
    fieldset: { legend: { text: 'Sut dylem gysylltu â chi?', classes: 'govuk-fieldset__legend--m' } },
    items: [
      {
        value: 'email',
        text: 'E-bost',
        conditional: {
          children: (
            <Input
              id="contact-email-cy"
              name="email"
              type="email"
              autocomplete="email"
              spellcheck={false}
              label={{ text: 'Cyfeiriad e-bost' }}
            />
          ),
        },
      },
      {
        value: 'phone',
        text: 'Ffôn',
        conditional: {
          children: (
            <Input
              id="contact-phone-cy"
              name="phone"
              type="tel"
              autocomplete="tel"
              label={{ text: 'Rhif ffôn' }}
              classes="govuk-input--width-20"
            />
          ),
        },
      },
    ],
  },
  globals: { locale: 'cy' },
  parameters: axeRules(fragmentOfAPage, radiosWithConditionalReveal),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByLabelText('Ffôn'));
    await expect(canvas.getByLabelText('Rhif ffôn')).toBeVisible();
    await expect(canvas.getByLabelText('Cyfeiriad e-bost')).not.toBeVisible();
  },
};
