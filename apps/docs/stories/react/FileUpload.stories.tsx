import { FileUpload, type FileUploadProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/file-upload/fixtures.json';
import { expect } from 'storybook/test';
import { axeRules, dropZoneButtonName, fragmentOfAPage } from '../a11y';
import { fixture } from './fixtures';

/** govuk-frontend's example called `name`, with an id of its own: a docs page shows every story in one document. */
function example(name: string, id: string): FileUploadProps {
  return { ...fixture<FileUploadProps>(fixtures, name), id };
}

/** Chooses files as a resident would, through the file input the drop zone button opens. */
function choose(input: HTMLInputElement, names: readonly string[]) {
  const chosen = new DataTransfer();
  for (const name of names) chosen.items.add(new File(['photo'], name, { type: 'image/jpeg' }));
  input.files = chosen.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Parameters for a story with the drop zone. */
const dropZone = axeRules(fragmentOfAPage, dropZoneButtonName);

/**
 * A file input. With `javascript`, govuk-frontend's JavaScript (started on every story here) turns it into a button
 * and a drop zone, in the words given by the `*Text` props; without JavaScript it stays a plain file input.
 */
const meta = {
  title: 'Components/FileUpload',
  component: FileUpload,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: example('default', 'file-upload-default'),
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = { args: example('with hint text', 'file-upload-hint') };

/** The error message sits under the label and hint, and the field is marked as in error. */
export const WithError: Story = { args: example('with error message and hint', 'file-upload-error') };

/** Several files at once, of the types the `accept` attribute names. */
export const MultipleFiles: Story = {
  args: {
    id: 'file-upload-multiple',
    name: 'photos',
    label: { text: 'Upload photos of the fly-tipping' },
    hint: { text: 'JPG or PNG photos, each smaller than 10MB' },
    multiple: true,
    attributes: { accept: '.jpg,.jpeg,.png' },
  },
};

/** The drop zone: a button that opens the file picker, and a target for files dragged onto the page. */
export const Enhanced: Story = {
  args: { ...example('enhanced, with error message and hint', 'file-upload-enhanced'), errorMessage: undefined },
  parameters: dropZone,
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Choose file')).toBeVisible();
    await expect(canvas.getByText('No file chosen')).toBeVisible();
    const input = canvasElement.querySelector<HTMLInputElement>('#file-upload-enhanced-input');
    if (!input) throw new Error('govuk-frontend’s JavaScript did not take over the file input');
    choose(input, ['fly-tipping.jpg']);
    await expect(await canvas.findByText('fly-tipping.jpg')).toBeVisible();
  },
};

export const EnhancedWithError: Story = {
  args: example('enhanced, with error message and hint', 'file-upload-enhanced-error'),
  parameters: dropZone,
};

export const EnhancedMultipleFiles: Story = {
  args: example('enhanced, multiple files', 'file-upload-enhanced-multiple'),
  parameters: dropZone,
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByText('Choose file');
    const input = canvasElement.querySelector<HTMLInputElement>('#file-upload-enhanced-multiple-input');
    if (!input) throw new Error('govuk-frontend’s JavaScript did not take over the file input');
    choose(input, ['front.jpg', 'back.jpg']);
    await expect(await canvas.findByText('2 files chosen')).toBeVisible();
  },
};

/** The drop zone in Welsh, with each of Welsh's plural forms for the files chosen. */
export const Welsh: Story = {
  args: {
    id: 'file-upload-cy',
    name: 'photos',
    label: { text: 'Lanlwythwch ffeil' },
    hint: { text: 'Lluniau JPG neu PNG, pob un yn llai na 10MB' },
    multiple: true,
    attributes: { accept: '.jpg,.jpeg,.png' },
    javascript: true,
    chooseFilesButtonText: 'Dewiswch ffeil',
    dropInstructionText: 'neu ollwng ffeil',
    noFileChosenText: 'Dim ffeil wedi’i dewis',
    multipleFilesChosenText: {
      zero: '%{count} ffeil wedi’u dewis',
      one: '%{count} ffeil wedi’i dewis',
      two: '%{count} ffeil wedi’u dewis',
      few: '%{count} ffeil wedi’u dewis',
      many: '%{count} ffeil wedi’u dewis',
      other: '%{count} ffeil wedi’u dewis',
    },
    enteredDropZoneText: 'Wedi mynd i mewn i’r parth gollwng',
    leftDropZoneText: 'Wedi gadael y parth gollwng',
  },
  globals: { locale: 'cy' },
  parameters: dropZone,
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Dewiswch ffeil')).toBeVisible();
    await expect(canvas.getByText('neu ollwng ffeil')).toBeVisible();
    await expect(canvas.getByText('Dim ffeil wedi’i dewis')).toBeVisible();
    const input = canvasElement.querySelector<HTMLInputElement>('#file-upload-cy-input');
    if (!input) throw new Error('govuk-frontend’s JavaScript did not take over the file input');
    choose(input, ['blaen.jpg', 'cefn.jpg']);
    await expect(await canvas.findByText('2 ffeil wedi’u dewis')).toBeVisible();
  },
};
