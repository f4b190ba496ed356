import { CHECK_ANSWERS } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { councilTaxPage } from './CouncilTaxJourney';
import { StepPreview, type StepSetting } from './StepPreview';
import { type StepArgs, stepPlays } from './stepPlays';
import { storySetting } from './transactions';

const { opensOnItsPage, continueWithNothingAnswered, shows } = stepPlays('movingHome');

/** Opens with the answers of the council's resident who moves this way (see residents.ts). */
const moving = (resident: 'within' | 'outSold' | 'into' | 'outLetting', posts?: StepSetting['posts']) => ({
  councilTax: { resident, ...(posts && { posts }) },
});

/**
 * Every page of moving home on its own, for the council chosen in the toolbar (a page that council does not ask
 * says so; moving home has presets for Exampleshire and Enghraifft only). Which pages a resident sees depends on
 * the way they move, what they were at the home they leave and will be at the new one, and the council's rules; each
 * story opens with the answers of a resident who moves that way, as
 * `<TransactionFlow initialPosition="moveDates" initialAnswers={answers} />`. The "with errors" stories continue
 * with nothing answered, to show the page's errors.
 */
const meta = {
  title: 'Council tax/Steps/Moving home',
  decorators: [councilTaxPage('movingHome')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } }, ...moving('within') },
  args: { step: 'move', onSubmit: fn() },
  play: opensOnItsPage,
  render: (args, { globals, parameters }) => (
    <StepPreview
      kind="movingHome"
      {...args}
      {...storySetting(globals, 'movingHome')}
      {...(parameters.councilTax as StepSetting | undefined)}
    />
  ),
} satisfies Meta<StepArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Into, out of or within the area: this decides most of what follows. */
export const Move: Story = { args: { step: 'move' } };
export const MoveWithErrors: Story = { args: { step: 'move' }, play: continueWithNothingAnswered };
export const MoveWithErrorsInWelsh: Story = { ...MoveWithErrors, globals: { locale: 'cy' } };

/** Only for residents leaving a home in the area, and optional: the council can find the account by the address. */
export const Account: Story = { args: { step: 'account' } };

export const Contact: Story = { args: { step: 'contact' } };
export const ContactWithErrors: Story = { args: { step: 'contact' }, play: continueWithNothingAnswered };

/** The home being left: in the area, or, for someone moving in, elsewhere (`askPreviousAddress`). */
export const OldAddress: Story = { args: { step: 'oldAddress' } };
export const OldAddressWithErrors: Story = { args: { step: 'oldAddress' }, play: continueWithNothingAnswered };

export const NewAddress: Story = { args: { step: 'newAddress' } };
export const NewAddressWithErrors: Story = { args: { step: 'newAddress' }, play: continueWithNothingAnswered };

/** Moving out of the area, where the council asks (`askForwardingAddress`): every line may be left blank. */
export const ForwardingAddress: Story = {
  args: { step: 'forwardingAddress' },
  globals: { preset: 'exampleshire' },
  parameters: moving('outSold'),
};

/** Moving into the area. The hint gives today as its example; the range is in the error. */
export const MoveInDate: Story = { args: { step: 'moveInDate' }, parameters: moving('into') };
export const MoveInDateWithErrors: Story = { ...MoveInDate, play: continueWithNothingAnswered };

/** Moving out of the area. */
export const MoveOutDate: Story = { args: { step: 'moveOutDate' }, parameters: moving('outSold') };
export const MoveOutDateWithErrors: Story = { ...MoveOutDate, play: continueWithNothingAnswered };

/** Moving within the area: both dates, within the council's range (`dates.maxDaysAgo`, `dates.maxDaysAhead`). */
export const MoveDates: Story = {
  args: { step: 'moveDates' },
  globals: { preset: 'exampleshire' },
  play: shows('Both dates must be between 15 October 2024 and 13 January 2027.'),
};
export const MoveDatesWithErrors: Story = { ...MoveDates, play: continueWithNothingAnswered };

/** Sold, let to tenants, left empty by its owner, or rented. */
export const OldHome: Story = { args: { step: 'oldHome' } };
export const OldHomeWithErrors: Story = { args: { step: 'oldHome' }, play: continueWithNothingAnswered };

/** An owner who has sold: the buyer, and the completion date. */
export const Sale: Story = { args: { step: 'sale' }, parameters: moving('outSold') };
export const SaleWithErrors: Story = { ...Sale, play: continueWithNothingAnswered };

/** The buyer's solicitor, where the council asks (`askSolicitor`): a name, and an address or a phone number. */
export const Solicitor: Story = {
  args: { step: 'solicitor' },
  globals: { preset: 'exampleshire' },
  parameters: moving('outSold'),
};
export const SolicitorWithErrors: Story = { ...Solicitor, play: continueWithNothingAnswered };

/** An owner letting the home they leave: the tenants, one a line, and when the tenancy starts. */
export const Letting: Story = { args: { step: 'letting' }, parameters: moving('outLetting') };
export const LettingWithErrors: Story = { ...Letting, play: continueWithNothingAnswered };

/** A tenant: when their tenancy of the home they leave ends. */
export const OldTenancy: Story = { args: { step: 'oldTenancy' } };
export const OldTenancyWithErrors: Story = { args: { step: 'oldTenancy' }, play: continueWithNothingAnswered };

/** A tenant's landlord or letting agent, where the council asks (`askLandlordContact`). */
export const OldLandlord: Story = { args: { step: 'oldLandlord' }, globals: { preset: 'exampleshire' } };
export const OldLandlordWithErrors: Story = { ...OldLandlord, play: continueWithNothingAnswered };

/** Whether the home left stays furnished, where the council asks (`askFurnished`): Enghraifft does. */
export const Furnished: Story = {
  args: { step: 'furnished' },
  globals: { preset: 'enghraifft' },
  parameters: moving('outSold'),
};
export const FurnishedWithErrors: Story = { ...Furnished, play: continueWithNothingAnswered };

/** Moving out of the area: everyone who was responsible for council tax at the home left, one a line. */
export const OldResidents: Story = { args: { step: 'oldResidents' }, parameters: moving('outSold') };
export const OldResidentsWithErrors: Story = { ...OldResidents, play: continueWithNothingAnswered };

/** Owned (or being bought) or rented. */
export const NewHome: Story = { args: { step: 'newHome' } };
export const NewHomeWithErrors: Story = { args: { step: 'newHome' }, play: continueWithNothingAnswered };

/** A buyer: when the purchase completes. */
export const Purchase: Story = {
  args: { step: 'purchase' },
  parameters: moving('within', { newHome: { tenure: 'owner' } }),
};
export const PurchaseWithErrors: Story = { ...Purchase, play: continueWithNothingAnswered };

/** A tenant: when the tenancy of the new home starts. */
export const NewTenancy: Story = {
  args: { step: 'newTenancy' },
  parameters: moving('within', { newHome: { tenure: 'tenant' } }),
};
export const NewTenancyWithErrors: Story = { ...NewTenancy, play: continueWithNothingAnswered };

/** A tenant's new landlord or letting agent, where the council asks (`askLandlordContact`). */
export const NewLandlord: Story = {
  args: { step: 'newLandlord' },
  globals: { preset: 'exampleshire' },
  parameters: moving('within', { newHome: { tenure: 'tenant' } }),
};
export const NewLandlordWithErrors: Story = { ...NewLandlord, play: continueWithNothingAnswered };

/** Moving into or within the area: everyone who will be responsible for council tax at the new home. */
export const NewResidents: Story = { args: { step: 'newResidents' } };
export const NewResidentsWithErrors: Story = { args: { step: 'newResidents' }, play: continueWithNothingAnswered };

/** The standard declaration and warning about false statements. */
export const Declaration: Story = { args: { step: 'declaration' }, globals: { preset: 'exampleshire' } };
export const DeclarationWithErrors: Story = { ...Declaration, play: continueWithNothingAnswered };

/** Enghraifft's own declaration and warning (`declaration`, `penaltyWarning`). */
export const DeclarationInCouncilWords: Story = {
  args: { step: 'declaration' },
  globals: { preset: 'enghraifft' },
  play: shows(
    'I declare that the information I have given is true and complete. I understand that Cyngor Sir Enghraifft may check it with other organisations to prevent and detect fraud.',
    /could be fined up to £70, or prosecuted/,
  ),
};

/** Every answer of a tenant moving within the area, each with a change link. */
export const CheckAnswers: Story = { args: { step: CHECK_ANSWERS } };
