import { Panel, type PanelProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/panel/fixtures.json';
import { fixture } from './fixtures';

/** The confirmation at the end of a journey, with the resident's reference. */
const meta = {
  title: 'Components/Panel',
  component: Panel,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<PanelProps>(fixtures, 'default'),
} satisfies Meta<typeof Panel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The reference as React children: the React form of the macro's `html`. */
export const Welsh: Story = {
  args: {
    titleText: 'Cais wedi’i gwblhau',
    children: (
      <>
        Eich cyfeirnod
        <br />
        <strong>GW-7KQ4M-X9RTP</strong>
      </>
    ),
  },
  globals: { locale: 'cy' },
};
