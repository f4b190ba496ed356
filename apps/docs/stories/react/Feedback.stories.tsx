import { Feedback, type FeedbackProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/feedback/fixtures.json';
import { fixture } from './fixtures';

/** Asks residents, at the end of a page, to tell the council how the service could be better. */
const meta = {
  title: 'Components/Feedback',
  component: Feedback,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<FeedbackProps>(fixtures, 'default'),
} satisfies Meta<typeof Feedback>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The content as React children: the React form of the macro’s `html`. */
export const WithReactContent: Story = {
  args: {
    titleText: 'Help us improve this service',
    html: undefined,
    children: (
      <p className="govuk-body">
        Tell us what you thought of paying for garden waste online.{' '}
        <a href="#feedback" className="govuk-link">
          Give us your feedback
        </a>
      </p>
    ),
  },
};

export const TextOnly: Story = {
  args: { titleText: 'Help us improve this service', html: undefined, text: 'Tell us about your experience.' },
};

export const Welsh: Story = {
  args: {
    titleText: 'Helpwch ni i wella’r gwasanaeth hwn',
    html: undefined,
    children: (
      <p className="govuk-body">
        Dywedwch wrthym am eich profiad o ddefnyddio’r gwasanaeth hwn.{' '}
        <a href="#adborth" className="govuk-link">
          Rhowch eich adborth
        </a>
      </p>
    ),
  },
  globals: { locale: 'cy' },
};
