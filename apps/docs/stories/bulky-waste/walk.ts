import { bulkyWaste, bulkyWasteMessages, presets, writtenDate } from '@lgds/bulky-waste';
import {
  type AnyTransaction,
  createFlow,
  createTranslator,
  type Locale,
  type Payload,
  type Translator,
} from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { expect, type Mock } from 'storybook/test';
import {
  choose,
  continueOn,
  doubleClickWindow,
  expectErrors,
  onPage,
  rowValue,
  type Play as SharedPlay,
  write,
} from '../shared/play';
import { firstDate, residents, storySetting } from './residents';

// A resident's way through the journey, typed and clicked as they would: every box found by its label in the
// story's language, taken from the package's own words, so the same walk works in English and in Welsh.

type Play = SharedPlay & { args: { onSubmit: unknown } };

/** The journey's words (the engine's and the package's) in one language. */
export function wordsIn(locale: Locale): Translator {
  return createTranslator(locale, [bulkyWasteMessages[locale]]);
}

/**
 * Walks the council's resident through the journey in the story's language: the address; the items page with
 * nothing chosen (the error asks for items), then their item and how many; the concession and free collections where
 * the council asks; the first date offered; where the items will be; an email address, wrong and then right; check
 * answers with the price; then sends, and checks the one payload sent and the confirmation with the date.
 */
export async function walkJourney(play: Play) {
  const { canvas, userEvent, step } = play;
  const { council, locale } = storySetting(play.globals);
  const resident = residents[council];
  const rules = resolveRules(bulkyWaste, presets[council]);
  const flow = createFlow(bulkyWaste, rules);
  const t = wordsIn(locale);
  const date = firstDate(council);

  await step('Give the address to collect from', async () => {
    await onPage(play, t('address.title'));
    await write(play, t('address.line1.label'), resident.address.line1 ?? '');
    await write(play, t('address.town.label'), resident.address.town ?? '');
    await write(play, t('address.postcode.label'), resident.address.postcode ?? '');
    await continueOn(play, t);
  });

  const item = rules.catalogue.find((each) => each.id === resident.items.chosen);
  const countName = Object.keys(resident.items).find((name) => name.startsWith('count')) ?? '';
  await step('Continue with no item chosen: the error asks for items; then choose one and how many', async () => {
    await onPage(play, t('items.title'));
    await expectErrors(play, t, [t('items.chosen.error.choose')]);
    await choose(play, item?.name[locale] ?? '');
    // Every item's "How many?" has the same label, under its own checkbox: the box is found by its name.
    const count = document.getElementById(countName);
    if (!(count instanceof HTMLInputElement)) throw new Error(`no ${countName} box`);
    await userEvent.clear(count);
    await userEvent.type(count, resident.items[countName] ?? '1');
    await doubleClickWindow();
    await continueOn(play, t);
  });

  const answered = { items: { chosen: [resident.items.chosen] }, concession: { claimed: resident.claimed } };
  if (flow.path(answered as never).includes('concession')) {
    await step('Say whether they get the council’s concession', async () => {
      await onPage(play, t('concession.title', { concession: rules.concession?.name[locale] ?? '' }));
      await choose(play, t(`concession.claimed.options.${resident.claimed}`));
      await continueOn(play, t);
    });
  }
  if (flow.path(answered as never).includes('freeCollections')) {
    await step('Say whether they have had this year’s free collections', async () => {
      await canvas.findByRole('heading', { level: 1 });
      await choose(play, t(`freeCollections.used.options.${resident.used}`));
      await continueOn(play, t);
    });
  }

  await step('Choose the first date offered, and say where the items will be', async () => {
    await onPage(play, t('date.title'));
    await choose(play, writtenDate(date)[locale]);
    await continueOn(play, t);
    await onPage(play, t('location.title'));
    await write(play, t('location.where.label'), resident.where);
    await continueOn(play, t);
  });

  await step('Give an email address: wrong, then right', async () => {
    await onPage(play, t('contact.title'));
    await write(play, t('contact.email.label'), 'not an email address');
    await expectErrors(play, t, [t('error.email')]);
    await write(play, t('contact.email.label'), resident.email);
    await doubleClickWindow();
    await continueOn(play, t);
  });

  await step('Check answers shows the items, the date and the total to pay', async () => {
    await onPage(play, t('ui.checkAnswersTitle'));
    await expect(rowValue(play, t('items.chosen.summary'))).toBe(
      `${resident.items[countName] ?? 1} × ${item?.name[locale]}`,
    );
    await expect(rowValue(play, t('date.date.summary'))).toBe(writtenDate(date)[locale]);
    await expect(canvas.getByText(t('price.total'), { selector: 'dt' })).toBeVisible();
  });

  await step('Accept and send: one payload is sent, and the confirmation gives its reference and date', async () => {
    const onSubmit = play.args.onSubmit as Mock<(payload: Payload<AnyTransaction>) => void>;
    await userEvent.click(canvas.getByRole('button', { name: t('ui.checkAnswersSubmit') }));
    await onPage(play, t('ui.confirmationTitle'));
    await expect(onSubmit).toHaveBeenCalledTimes(1);
    const payload = onSubmit.mock.calls[0]?.[0];
    await expect(payload?.derived).toMatchObject({ collectionDate: date });
    await expect(canvas.getByText(payload?.reference ?? 'no reference')).toBeVisible();
    const when = writtenDate(date, { inSentence: true })[locale];
    await expect(canvas.getByText(t('confirmation.collection', { date: when }))).toBeVisible();
  });
}
