import { Accordion, type AccordionProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/accordion/fixtures.json';
import { expect } from 'storybook/test';
import { fixture } from './fixtures';

/**
 * Sections people can show and hide. The component renders govuk-frontend's markup; govuk-frontend's JavaScript
 * (started on every story here) turns each heading into a button and adds "Show all sections".
 */
const meta = {
  title: 'Components/Accordion',
  component: Accordion,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<AccordionProps>(fixtures, 'default'),
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /Show all sections/ }));
    await expect(canvas.getByText(/We need to know your nationality/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Hide all sections/ })).toBeVisible();
  },
};

/** A summary line under each heading says what the section holds. */
export const WithSummaries: Story = { args: fixture<AccordionProps>(fixtures, 'with additional descriptions') };

/** `expanded` opens a section when the page first loads. */
export const OneSectionOpen: Story = { args: fixture<AccordionProps>(fixtures, 'with one section open') };

/** The script's words in Welsh through the `*Text` props, and the sections' content as React children. */
export const Welsh: Story = {
  args: {
    id: 'casgliadau-biniau',
    showAllSectionsText: 'Dangos pob adran',
    hideAllSectionsText: 'Cuddio pob adran',
    showSectionText: 'Dangos',
    hideSectionText: 'Cuddio',
    showSectionAriaLabelText: 'Dangos yr adran hon',
    hideSectionAriaLabelText: 'Cuddio’r adran hon',
    items: [
      {
        heading: { text: 'Sbwriel' },
        summary: { text: 'Y bin du' },
        content: { children: <p className="govuk-body">Rydym yn casglu sbwriel bob pythefnos.</p> },
      },
      {
        heading: { text: 'Ailgylchu' },
        summary: { text: 'Y bocs glas a’r bag gwyrdd' },
        content: { children: <p className="govuk-body">Rydym yn casglu ailgylchu bob wythnos.</p> },
      },
    ],
  },
  globals: { locale: 'cy' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /Dangos pob adran/ }));
    await expect(canvas.getByText('Rydym yn casglu ailgylchu bob wythnos.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Cuddio pob adran/ })).toBeVisible();
  },
};
