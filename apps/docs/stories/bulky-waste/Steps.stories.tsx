import { bulkyWaste, presets } from '@lgds/bulky-waste';
import { type AnyTransaction, CHECK_ANSWERS, createFlow, type Payload } from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { bulkyWastePage, StepPreview } from './BulkyWasteJourney';
import { storySetting } from './residents';
import { wordsIn } from './walk';

interface StepArgs {
  /** The page the journey opens on, or `check-answers`. */
  step: string;
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

type StepPlay = NonNullable<Meta<StepArgs>['play']>;

/** The journey opens on the story's page (its heading), not on another or on a "does not ask this" note. */
const opensOnItsPage: StepPlay = async ({ canvas, args, globals }) => {
  const t = wordsIn(storySetting(globals).locale);
  const title = args.step === CHECK_ANSWERS ? t('ui.checkAnswersTitle') : t(`${args.step}.title`);
  await expect(await canvas.findByRole('heading', { level: 1 })).toHaveTextContent(title);
};

/** A page whose title names the council's own words (its concession): it opens on a question, not on a note. */
const opensOnAQuestion: StepPlay = async ({ canvas }) => {
  await expect(await canvas.findByRole('button', { name: /Continue|Parhau/ })).toBeVisible();
};

/** Continues with nothing answered: the error summary appears. */
const continueWithNothingAnswered: StepPlay = async (context) => {
  const { canvas, userEvent, globals } = context;
  await opensOnItsPage(context);
  const t = wordsIn(storySetting(globals).locale);
  await userEvent.click(canvas.getByRole('button', { name: t('ui.continue') }));
  await expect(await canvas.findByRole('alert')).toHaveTextContent(t('ui.errorSummaryTitle'));
};

/**
 * The items page says what the council charges, in the package's words: the bands' prices and that concession holders
 * may pay less above the items, and each item's price (charging per item) in its hint, before its note.
 */
const showsPrices: StepPlay = async (context) => {
  await opensOnItsPage(context);
  const { council, locale } = storySetting(context.globals);
  const view = createFlow(bulkyWaste, resolveRules(bulkyWaste, presets[council])).view('items', locale);
  const hints = view.fields.find((field) => field.name === 'chosen')?.options.flatMap((option) => option.hint ?? []);
  for (const words of [...view.body, ...(hints ?? [])]) {
    await expect(context.canvas.getAllByText(words)[0]).toBeVisible();
  }
};

/**
 * Every page of “Book a bulky waste collection” on its own.
 *
 * Each is shown under the rules of the council chosen in the toolbar (a page that council does not ask says so),
 * opened with the answers to the pages before it, as
 * `<TransactionFlow initialPosition="contact" initialAnswers={answers} />`. The "with errors" stories continue with
 * nothing answered, to show the page's errors.
 */
const meta = {
  title: 'Book a bulky waste collection/Steps',
  decorators: [bulkyWastePage],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { step: 'items', onSubmit: fn() },
  play: opensOnItsPage,
  render: (args, { globals, parameters }) => (
    <StepPreview
      {...args}
      {...storySetting(globals)}
      rulesChanges={parameters.rulesChanges as RulesLayer<AnyTransaction> | undefined}
    />
  ),
} satisfies Meta<StepArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the council has closed the service (`service.open: false`), in the standard words. */
export const Closed: Story = {
  args: { step: 'closed' },
  globals: { preset: 'exampleshire' },
  parameters: { rulesChanges: { service: { open: false } } },
};

/** Northmoor, closed, says why in its own words (`service.closedMessage`). */
export const ClosedInCouncilWords: Story = {
  args: { step: 'closed' },
  globals: { preset: 'northmoor' },
  parameters: { rulesChanges: { service: { open: false } } },
};

/** The council's address page. */
export const Address: Story = { args: { step: 'address' } };

/**
 * A checkbox an item of the council's catalogue, its price (Exampleshire charges per item) and note as the hint, "How
 * many?" under items a booking may have several of; in Welsh, Enghraifft's bands above the items.
 */
export const Items: Story = { args: { step: 'items' }, play: showsPrices };
export const ItemsWithErrors: Story = { args: { step: 'items' }, play: continueWithNothingAnswered };
export const ItemsInWelsh: Story = {
  args: { step: 'items' },
  globals: { locale: 'cy', preset: 'enghraifft' },
  play: showsPrices,
};

/** Whether the resident gets the council's concession (Exampleshire and Enghraifft). */
export const Concession: Story = { args: { step: 'concession' }, play: opensOnAQuestion };

/** Enghraifft's free collections for concession holders. */
export const FreeCollections: Story = {
  args: { step: 'freeCollections' },
  globals: { preset: 'enghraifft' },
  play: opensOnAQuestion,
};

/** The dates offered, each with its day of the week, and when to put items out. */
export const CollectionDate: Story = { args: { step: 'date' } };
export const CollectionDateInWelsh: Story = { args: { step: 'date' }, globals: { locale: 'cy' } };

/** Where the items will be left, and access notes. */
export const Location: Story = { args: { step: 'location' } };
export const LocationWithErrors: Story = { args: { step: 'location' }, play: continueWithNothingAnswered };

export const Contact: Story = { args: { step: 'contact' } };
export const ContactWithErrors: Story = { args: { step: 'contact' }, play: continueWithNothingAnswered };
export const ContactWithErrorsInWelsh: Story = { ...ContactWithErrors, globals: { locale: 'cy' } };

/** Every answer with a change link, and the price under "What you will pay". */
export const CheckAnswers: Story = { args: { step: CHECK_ANSWERS } };
