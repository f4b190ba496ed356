import { ExitThisPage, type ExitThisPageProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/exit-this-page/fixtures.json';
import { fixture } from './fixtures';

/**
 * For pages about domestic abuse and other services where someone may be watched: the button, or pressing Shift
 * three times, leaves the page at once (govuk-frontend’s JavaScript). It goes to the BBC weather page unless
 * `redirectUrl` says otherwise.
 */
const meta = {
  title: 'Components/ExitThisPage',
  component: ExitThisPage,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: {},
} satisfies Meta<typeof ExitThisPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const CustomText: Story = { args: fixture<ExitThisPageProps>(fixtures, 'testing') };

/** The button’s words, and what screen readers announce while Shift is pressed, through the i18n options. */
export const Welsh: Story = {
  args: {
    children: (
      <>
        <span className="govuk-visually-hidden">Argyfwng</span> Gadael y dudalen hon
      </>
    ),
    activatedText: 'Yn llwytho.',
    timedOutText: 'Mae’r amser i adael y dudalen hon wedi dod i ben.',
    pressTwoMoreTimesText: 'Shift, pwyswch 2 waith eto i adael.',
    pressOneMoreTimeText: 'Shift, pwyswch 1 waith eto i adael.',
  },
  globals: { locale: 'cy' },
};
