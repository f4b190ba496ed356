import { CHECK_ANSWERS } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { councilTaxPage } from './CouncilTaxJourney';
import { StepPreview, type StepSetting } from './StepPreview';
import { type StepArgs, type StepPlay, stepPlays } from './stepPlays';
import { storySetting } from './transactions';

const { opensOnItsPage, continueWithNothingAnswered, shows } = stepPlays('directDebit');

/** The journey ends on this page: its words, and no Continue button to go on with. */
const endsHere =
  (...texts: (string | RegExp)[]): StepPlay =>
  async (context) => {
    await shows(...texts)(context);
    await expect(context.canvas.queryByRole('button')).toBeNull();
  };

const moreThanOneSignature = { councilTax: { posts: { signatures: { moreThanOne: 'yes' } } } };

/**
 * Every page of the Direct Debit journey on its own, for the council chosen in the toolbar (a page that council does
 * not ask says so; Direct Debit has presets for Northmoor and Enghraifft only). Each opens with the answers to the
 * pages before it, as `<TransactionFlow initialPosition="bank" initialAnswers={answers} />`. The "with errors"
 * stories continue with nothing answered, to show the page's errors.
 */
const meta = {
  title: 'Council tax/Steps/Direct Debit',
  decorators: [councilTaxPage('directDebit')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { step: 'account', onSubmit: fn() },
  play: opensOnItsPage,
  render: (args, { globals, parameters }) => (
    <StepPreview
      kind="directDebit"
      {...args}
      {...storySetting(globals, 'directDebit')}
      {...(parameters.councilTax as StepSetting | undefined)}
    />
  ),
} satisfies Meta<StepArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Account: Story = { args: { step: 'account' } };
export const AccountWithErrors: Story = { args: { step: 'account' }, play: continueWithNothingAnswered };

/** "Yes" ends the journey: such an account needs the council's paper form. */
export const Signatures: Story = { args: { step: 'signatures' } };
export const SignaturesWithErrors: Story = { args: { step: 'signatures' }, play: continueWithNothingAnswered };

/**
 * The end of the journey for an account that needs more than one signature, in the standard words, which point to
 * the council's contact page (`links.contact`).
 */
export const MoreThanOneSignature: Story = {
  args: { step: 'multipleSignatures' },
  globals: { preset: 'northmoor' },
  parameters: moreThanOneSignature,
  play: endsHere(
    'We can only set up a Direct Debit online when one person can authorise it.',
    'Contact us to get a paper Direct Debit form for everyone who needs to sign: https://www.northmoor.example/council-tax/contact',
  ),
};

export const MoreThanOneSignatureInWelsh: Story = {
  args: { step: 'multipleSignatures' },
  globals: { locale: 'cy' },
  parameters: moreThanOneSignature,
  play: endsHere(),
};

/** Enghraifft's own words for it (`multipleSignaturesMessage`). */
export const MoreThanOneSignatureInCouncilWords: Story = {
  args: { step: 'multipleSignatures' },
  globals: { preset: 'enghraifft' },
  parameters: moreThanOneSignature,
  play: endsHere(
    'We need the signature of everyone who must sign for this account.',
    'Phone us on 01632 960 123 and we will post you a Direct Debit form to sign and send back.',
  ),
};

/**
 * GOV.UK's bank details pattern: the name on the account, the sort code and the account number, which must go
 * together by Vocalink's modulus checks.
 */
export const Bank: Story = { args: { step: 'bank' } };
export const BankWithErrors: Story = { args: { step: 'bank' }, play: continueWithNothingAnswered };
export const BankWithErrorsInWelsh: Story = { ...BankWithErrors, globals: { locale: 'cy' } };

/** Asked only when the council offers more than one plan (`instalmentPlans`): Enghraifft offers 12 only. */
export const Plan: Story = { args: { step: 'plan' }, globals: { preset: 'northmoor' } };
export const PlanWithErrors: Story = { ...Plan, play: continueWithNothingAnswered };

/** Asked only when the council offers more than one day (`paymentDays`). */
export const PaymentDay: Story = { args: { step: 'paymentDay' } };
export const PaymentDayWithErrors: Story = { args: { step: 'paymentDay' }, play: continueWithNothingAnswered };

/** Enghraifft's four payment days. */
export const PaymentDayFourDays: Story = { args: { step: 'paymentDay' }, globals: { preset: 'enghraifft' } };

/**
 * The Direct Debit Guarantee, in Bacs' wording, with the council's name (`serviceUser.name`) and notice
 * (`noticeDays`). Residents read it and continue: there is nothing to answer.
 */
export const Guarantee: Story = {
  args: { step: 'guarantee' },
  globals: { preset: 'northmoor' },
  play: shows(/Northmoor District Council will notify you 10 working days in advance of your account being debited/),
};

export const GuaranteeInWelsh: Story = { args: { step: 'guarantee' }, globals: { locale: 'cy' } };

/** Enghraifft gives 14 working days' notice. */
export const GuaranteeWithLongerNotice: Story = {
  args: { step: 'guarantee' },
  globals: { preset: 'enghraifft' },
  play: shows(/Enghraifft County Council will notify you 14 working days in advance of your account being debited/),
};

/** The Direct Debit Instruction to the resident's bank, in Bacs' wording with the council's name, and the declaration. */
export const Declaration: Story = {
  args: { step: 'declaration' },
  globals: { preset: 'northmoor' },
  play: shows(/^Instruction to your bank or building society: please pay Northmoor District Council Direct Debits/),
};
export const DeclarationWithErrors: Story = { args: { step: 'declaration' }, play: continueWithNothingAnswered };

/** Enghraifft's own Instruction and declaration, and warning (`declaration`, `penaltyWarning`). */
export const DeclarationInCouncilWords: Story = {
  args: { step: 'declaration' },
  globals: { preset: 'enghraifft' },
  play: shows(
    /^Instruction to your bank or building society: please pay Enghraifft County Council Direct Debits/,
    /You could be prosecuted if you give false information/,
  ),
};

/** The full bank details, so the resident can check them, then when the first payment is taken. */
export const CheckAnswers: Story = { args: { step: CHECK_ANSWERS } };
