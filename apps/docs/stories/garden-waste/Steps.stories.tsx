import type { AnyTransaction, Payload } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { axeRules, radiosWithConditionalReveal } from '../a11y';
import { gardenWastePage } from './GardenWasteJourney';
import type { JourneyKind } from './residents';
import { storySetting } from './residents';
import { StepPreview, type StepSetting } from './StepPreview';
import { wordsIn } from './walk';

interface StepArgs {
  kind: JourneyKind;
  /** The page the journey opens on. */
  step: string;
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

type StepPlay = NonNullable<Meta<StepArgs>['play']>;

/** The journey opens on the story's page (its heading), not on another or on a "does not ask this" note. */
const opensOnItsPage: StepPlay = async ({ canvas, args, globals }) => {
  const t = wordsIn(storySetting(globals).locale);
  await expect(await canvas.findByRole('heading', { level: 1 })).toHaveTextContent(t(`${args.step}.title`));
};

/** Continues with nothing answered: the error summary appears. */
const continueWithNothingAnswered: StepPlay = async (context) => {
  const { canvas, userEvent, globals } = context;
  await opensOnItsPage(context);
  const t = wordsIn(storySetting(globals).locale);
  await userEvent.click(canvas.getByRole('button', { name: t('ui.continue') }));
  const summary = await canvas.findByRole('alert');
  await expect(summary).toHaveTextContent(t('ui.errorSummaryTitle'));
};

/**
 * Every page of the garden waste journeys on its own, for the council chosen in the toolbar (a page that council
 * does not ask says so). Each opens with the answers to the pages before it, as
 * `<TransactionFlow initialPosition="bins" initialAnswers={answers} />`. The "with errors" stories continue with
 * nothing answered, to show the page's errors.
 */
const meta = {
  title: 'Garden waste/Steps',
  decorators: [gardenWastePage],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { kind: 'new', step: 'address', onSubmit: fn() },
  play: opensOnItsPage,
  argTypes: { kind: { control: 'inline-radio', options: ['new', 'renewal'] } },
  render: (args, { globals, parameters }) => (
    <StepPreview {...args} {...storySetting(globals)} {...(parameters.gardenWaste as StepSetting | undefined)} />
  ),
} satisfies Meta<StepArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the council has closed new subscriptions (`service.newSubscriptionsOpen: false`), with its own words. */
export const Closed: Story = {
  args: { step: 'closed' },
  globals: { preset: 'enghraifft' },
  parameters: { gardenWaste: { rulesChanges: { service: { newSubscriptionsOpen: false } } } },
};

export const Address: Story = { args: { step: 'address' } };
export const AddressWithErrors: Story = { args: { step: 'address' }, play: continueWithNothingAnswered };

export const Property: Story = { args: { step: 'property' } };
export const PropertyWithErrors: Story = { args: { step: 'property' }, play: continueWithNothingAnswered };

/** For a property type the council does not collect from (`eligibility.propertyTypesNotServed`): the journey ends. */
export const NotServed: Story = {
  args: { step: 'notServed' },
  parameters: { gardenWaste: { posts: { property: { type: 'flat' } } } },
};

/** Northmoor says why, in its own words (`eligibility.notServedMessage`). */
export const NotServedWithCouncilWords: Story = {
  args: { step: 'notServed' },
  globals: { preset: 'northmoor' },
  parameters: { gardenWaste: { posts: { property: { type: 'flat' } } } },
};

/** Asked only when the council offers more than one kind of container. */
export const Container: Story = { args: { step: 'container' } };
export const ContainerWithErrors: Story = { args: { step: 'container' }, play: continueWithNothingAnswered };

/** Asked only when a household may have more than one bin (`containers.maxBins`), which the hint says. */
export const Bins: Story = { args: { step: 'bins' } };
export const BinsWithErrors: Story = { args: { step: 'bins' }, play: continueWithNothingAnswered };

/** For sacks, at Enghraifft: how many rolls, up to `containers.maxRolls`. */
export const Rolls: Story = {
  args: { step: 'rolls' },
  globals: { preset: 'enghraifft' },
  parameters: { gardenWaste: { posts: { container: { type: 'sacks' } } } },
};
export const RollsWithErrors: Story = { ...Rolls, play: continueWithNothingAnswered };

export const Delivery: Story = { args: { step: 'delivery' } };
export const DeliveryWithErrors: Story = { args: { step: 'delivery' }, play: continueWithNothingAnswered };

/** The council's own concessions, each with the evidence it needs as the option's hint. */
export const Concession: Story = { args: { step: 'concession' } };
export const ConcessionWithErrors: Story = { args: { step: 'concession' }, play: continueWithNothingAnswered };

/** Asked only when the service is charged and the council takes more than one way to pay. */
export const Payment: Story = { args: { step: 'payment' } };
export const PaymentWithErrors: Story = { args: { step: 'payment' }, play: continueWithNothingAnswered };

/** Paying by Direct Debit: whether the account needs more than one signature (the mandate's first page). */
export const Signatures: Story = { args: { step: 'signatures' } };
export const SignaturesWithErrors: Story = { args: { step: 'signatures' }, play: continueWithNothingAnswered };

/** An account needing more than one signature: Exampleshire's own words, offering card instead. */
export const MultipleSignatures: Story = {
  args: { step: 'multipleSignatures' },
  parameters: { gardenWaste: { posts: { signatures: { moreThanOne: 'yes' } } } },
};

/** GOV.UK's bank details pattern, checked with Vocalink's modulus checks (its table fetched for this page). */
export const Bank: Story = { args: { step: 'bank' } };
export const BankWithErrors: Story = { args: { step: 'bank' }, play: continueWithNothingAnswered };
export const BankWithErrorsInWelsh: Story = { ...BankWithErrors, globals: { locale: 'cy' } };

/** The Direct Debit Guarantee in Bacs' wording, in the council's name, with its notice. */
export const Guarantee: Story = { args: { step: 'guarantee' } };

/** The Direct Debit Instruction, in the council's name, and the declaration. */
export const Declaration: Story = { args: { step: 'declaration' } };
export const DeclarationWithErrors: Story = { args: { step: 'declaration' }, play: continueWithNothingAnswered };

/** Email or phone, each revealing its own box. */
export const Contact: Story = {
  args: { step: 'contact' },
  parameters: axeRules(radiosWithConditionalReveal),
};
export const ContactWithErrors: Story = { ...Contact, play: continueWithNothingAnswered };
export const ContactWithErrorsInWelsh: Story = { ...ContactWithErrors, globals: { locale: 'cy' } };

/** Renewal: which subscription, by its reference and the collection address's postcode. */
export const Subscription: Story = { args: { kind: 'renewal', step: 'subscription' } };
export const SubscriptionWithErrors: Story = {
  args: { kind: 'renewal', step: 'subscription' },
  play: continueWithNothingAnswered,
};

/** Renewal, outside a fixed year's renewal window: says when renewals open. */
export const RenewalNotOpen: Story = {
  args: { kind: 'renewal', step: 'notOpen' },
  globals: { preset: 'enghraifft' },
  parameters: { gardenWaste: { today: '2026-10-15' } },
};
