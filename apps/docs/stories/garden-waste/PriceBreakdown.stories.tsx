import { type AnyTransaction, CHECK_ANSWERS, type Locale, type Payload } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { gardenWastePage } from './GardenWasteJourney';
import { type Council, storySetting } from './residents';
import { StepPreview } from './StepPreview';
import { expectPriceRows, type Row } from './walk';

interface PriceArgs {
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

/**
 * Check answers, with the price worked out from the council's rules by `quote()` from @lgds/garden-waste: a line for
 * each charge and discount, the total and when collections start. Each council's resident is the one the journeys
 * walk; every figure was worked out by hand from the presets.
 */
const meta = {
  title: 'Garden waste/Price breakdown',
  decorators: [gardenWastePage],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: (args, { globals, parameters }) => (
    <StepPreview
      kind="new"
      step={CHECK_ANSWERS}
      {...storySetting(globals)}
      onSubmit={args.onSubmit}
      {...(typeof parameters.today === 'string' && { today: parameters.today })}
    />
  ),
} satisfies Meta<PriceArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The price rows in each language, and whose they are. */
function checksPrice(council: Council, rows: Readonly<Record<Locale, readonly Row[]>>): Story {
  return {
    globals: { preset: council },
    play: async ({ canvas, globals }) => {
      const { locale } = storySetting(globals);
      await canvas.findByRole('heading', { level: 1 });
      await expectPriceRows({ canvas }, rows[locale]);
    },
  };
}

/** Free: no lines, and the total says so. */
export const Northmoor: Story = checksPrice('northmoor', {
  en: [
    ['Total to pay', 'Free'],
    ['Collections start', '20 October 2026'],
  ],
  cy: [
    ['Cyfanswm i’w dalu', 'Am ddim'],
    ['Casgliadau’n dechrau', '20 Hydref 2026'],
  ],
});

/** 2 bins delivered, paying by Direct Debit: £55 + £35 − £5 + 2 × £15. */
export const Exampleshire: Story = checksPrice('exampleshire', {
  en: [
    ['First bin', '£55.00'],
    ['1 more bin', '£35.00'],
    ['Direct Debit discount', '-£5.00'],
    ['Delivery of 2 bins', '£30.00'],
    ['Total to pay', '£115.00'],
    ['Collections start', '25 October 2026'],
  ],
  cy: [
    ['Bin cyntaf', '£55.00'],
    ['1 bin arall', '£35.00'],
    ['Gostyngiad Debyd Uniongyrchol', '-£5.00'],
    ['Dosbarthu 2 fin', '£30.00'],
    ['Cyfanswm i’w dalu', '£115.00'],
    ['Casgliadau’n dechrau', '25 Hydref 2026'],
  ],
});

export const ExampleshireInWelsh: Story = { ...Exampleshire, globals: { preset: 'exampleshire', locale: 'cy' } };

/** 2 bins delivered in the autumn: the 7 months of the year already gone (£49) come off. */
export const Enghraifft: Story = checksPrice('enghraifft', {
  en: [
    ['First bin', '£42.00'],
    ['1 more bin', '£42.00'],
    ['Reduction for joining part way through the year', '-£49.00'],
    ['Total to pay', '£35.00'],
    ['Collections start', '5 November 2026'],
  ],
  cy: [
    ['Bin cyntaf', '£42.00'],
    ['1 bin arall', '£42.00'],
    ['Gostyngiad am ymuno yn ystod y flwyddyn', '-£49.00'],
    ['Cyfanswm i’w dalu', '£35.00'],
    ['Casgliadau’n dechrau', '5 Tachwedd 2026'],
  ],
});

/** On 20 April 2027, after Enghraifft's announced price rise: £46 a bin, less the month already gone (£7.67). */
export const EnghraifftAfterPriceRise: Story = {
  ...checksPrice('enghraifft', {
    en: [
      ['First bin', '£46.00'],
      ['1 more bin', '£46.00'],
      ['Reduction for joining part way through the year', '-£7.67'],
      ['Total to pay', '£84.33'],
      ['Collections start', '11 May 2027'],
    ],
    cy: [
      ['Bin cyntaf', '£46.00'],
      ['1 bin arall', '£46.00'],
      ['Gostyngiad am ymuno yn ystod y flwyddyn', '-£7.67'],
      ['Cyfanswm i’w dalu', '£84.33'],
      ['Casgliadau’n dechrau', '11 Mai 2027'],
    ],
  }),
  parameters: { today: '2027-04-20' },
};
