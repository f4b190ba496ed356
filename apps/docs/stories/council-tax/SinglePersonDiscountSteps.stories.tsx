import { CHECK_ANSWERS } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { axeRules, radiosWithConditionalReveal } from '../a11y';
import { councilTaxPage } from './CouncilTaxJourney';
import { StepPreview, type StepSetting } from './StepPreview';
import { type StepArgs, stepPlays } from './stepPlays';
import { storySetting } from './transactions';

const { opensOnItsPage, continueWithNothingAnswered, shows } = stepPlays('singlePersonDiscount');

/**
 * Every page of the single person discount on its own, for the council chosen in the toolbar (a page that council
 * does not ask says so). Each opens with the answers to the pages before it, as
 * `<TransactionFlow initialPosition="onlyAdult" initialAnswers={answers} />`. The "with errors" stories continue
 * with nothing answered, to show the page's errors.
 */
const meta = {
  title: 'Council tax/Steps/Single person discount',
  decorators: [councilTaxPage('singlePersonDiscount')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { step: 'account', onSubmit: fn() },
  play: opensOnItsPage,
  render: (args, { globals, parameters }) => (
    <StepPreview
      kind="singlePersonDiscount"
      {...args}
      {...storySetting(globals, 'singlePersonDiscount')}
      {...(parameters.councilTax as StepSetting | undefined)}
    />
  ),
} satisfies Meta<StepArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The hint gives the council's own format (`accountReference.description`), as does the error. */
export const Account: Story = { args: { step: 'account' } };
export const AccountWithErrors: Story = { args: { step: 'account' }, play: continueWithNothingAnswered };

export const Contact: Story = { args: { step: 'contact' } };
export const ContactWithErrors: Story = { args: { step: 'contact' }, play: continueWithNothingAnswered };

export const Address: Story = { args: { step: 'address' } };
export const AddressWithErrors: Story = { args: { step: 'address' }, play: continueWithNothingAnswered };

/** The hint gives the council's claim window (`claimDaysBack`, `claimDaysAhead`) from today. */
export const OnlyAdult: Story = {
  args: { step: 'onlyAdult' },
  play: shows('For example, 15 10 2026. The date must be between 15 October 2025 and 15 October 2026.'),
};
export const OnlyAdultWithErrors: Story = { args: { step: 'onlyAdult' }, play: continueWithNothingAnswered };
export const OnlyAdultWithErrorsInWelsh: Story = { ...OnlyAdultWithErrors, globals: { locale: 'cy' } };

/** "Yes" reveals a box for the name of the adult who moved out, which the resident may leave blank. */
export const Leaver: Story = { args: { step: 'leaver' }, parameters: axeRules(radiosWithConditionalReveal) };
export const LeaverWithErrors: Story = { ...Leaver, play: continueWithNothingAnswered };

/** Asked when another adult moved out; every line may be left blank. */
export const ForwardingAddress: Story = {
  args: { step: 'forwardingAddress' },
  parameters: { councilTax: { posts: { leaver: { movedOut: 'yes', name: 'Alex Jones' } } } },
};

/**
 * Asked only when the council's rules ask for evidence (`evidence.requested`), its hint in the council's words. "Yes"
 * reveals the upload of the evidence, within the council's `evidence.upload` limits.
 */
export const Evidence: Story = {
  args: { step: 'evidence' },
  globals: { preset: 'exampleshire' },
  parameters: axeRules(radiosWithConditionalReveal),
  play: shows('For example, a tenancy agreement, mortgage statement or utility bill in your name only.'),
};
export const EvidenceWithErrors: Story = { ...Evidence, play: continueWithNothingAnswered };

/** The standard declaration and warning about false statements. */
export const Declaration: Story = { args: { step: 'declaration' }, globals: { preset: 'exampleshire' } };
export const DeclarationWithErrors: Story = { ...Declaration, play: continueWithNothingAnswered };

/** Northmoor's own declaration and warning (`declaration`, `penaltyWarning`). */
export const DeclarationInCouncilWords: Story = {
  args: { step: 'declaration' },
  globals: { preset: 'northmoor' },
  play: shows(
    'I confirm that no other adult lives at the property, and I will tell the council within 21 days if that changes.',
    /Northmoor checks single person discounts against other records/,
  ),
};

/** Every answer with a change link, then the discount the answers lead to (`discountPercent` from the date given). */
export const CheckAnswers: Story = { args: { step: CHECK_ANSWERS } };
