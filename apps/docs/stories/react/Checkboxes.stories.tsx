import { Checkboxes, type CheckboxesProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/checkboxes/fixtures.json';
import { expect } from 'storybook/test';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Checkboxes',
  component: Checkboxes,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<CheckboxesProps>(fixtures, 'default'),
} satisfies Meta<typeof Checkboxes>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = { args: fixture<CheckboxesProps>(fixtures, 'with hint') };

export const WithError: Story = { args: fixture<CheckboxesProps>(fixtures, 'with error message') };

/** `values` checks the boxes whose values it lists when the page loads. */
export const WithCheckedValues: Story = { args: fixture<CheckboxesProps>(fixtures, 'with pre-checked values') };

/** Checking a box reveals a question about it: govuk-frontend's JavaScript shows and hides it. */
export const ConditionalReveal: Story = {
  args: fixture<CheckboxesProps>(fixtures, 'with conditional items'),
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByLabelText('Email address')).not.toBeVisible();
    await userEvent.click(canvas.getByLabelText('Email'));
    await expect(canvas.getByLabelText('Email address')).toBeVisible();
  },
};

/**
 * "None of these" has `behaviour: 'exclusive'`: govuk-frontend's JavaScript unchecks every other box when it is
 * checked, and unchecks it when another box is.
 */
export const ExclusiveNone: Story = {
  args: fixture<CheckboxesProps>(fixtures, 'with divider and None'),
  play: async ({ canvas, userEvent }) => {
    const farm = canvas.getByLabelText('Farm or agricultural waste');
    const none = canvas.getByLabelText('None of these');
    await userEvent.click(farm);
    await userEvent.click(none);
    await expect(farm).not.toBeChecked();
    await userEvent.click(farm);
    await expect(none).not.toBeChecked();
  },
};

export const ExclusiveNoneWithConditionalReveal: Story = {
  args: fixture<CheckboxesProps>(fixtures, 'with divider, None and conditional items'),
};

export const Small: Story = { args: fixture<CheckboxesProps>(fixtures, 'small') };

export const Welsh: Story = {
  args: {
    name: 'concessions',
    fieldset: { legend: { text: 'Ydych chi’n cael unrhyw un o’r rhain?', classes: 'govuk-fieldset__legend--m' } },
    hint: { text: 'Dewiswch bob un sy’n berthnasol.' },
    items: [
      { value: 'pension-credit', text: 'Credyd Pensiwn' },
      { value: 'council-tax-reduction', text: 'Gostyngiad Treth Gyngor' },
      { divider: 'neu' },
      { value: 'none', text: 'Na, nid wyf yn cael unrhyw un o’r rhain', behaviour: 'exclusive' },
    ],
  },
  globals: { locale: 'cy' },
};
