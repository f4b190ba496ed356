import { bulkyWaste, bulkyWasteMessages, presets } from '@lgds/bulky-waste';
import { type AnyTransaction, createTranslator, type Locale, type Payload, type Translator } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import type { StoryContext } from '@storybook/react-vite';
import { expect, type Mock, waitFor, within } from 'storybook/test';
import { residents, storySetting } from './residents';

// A resident's way through the journey, typed and clicked as they would: every box found by its label in the
// story's language, taken from the package's own words, so the same walk works in English and in Welsh.

type Play = Pick<StoryContext, 'canvas' | 'userEvent' | 'globals' | 'step'> & { args: { onSubmit: unknown } };

/** The journey's words (the engine's and the package's) in one language. */
export function wordsIn(locale: Locale): Translator {
  return createTranslator(locale, [bulkyWasteMessages[locale]]);
}

/**
 * govuk-frontend ignores a second click on Continue within a second of the first (`data-prevent-double-click`), so a
 * form is not sent twice. A resident putting an answer right takes longer than that; the walk waits as long.
 */
const doubleClickWindow = () => new Promise((resolve) => setTimeout(resolve, 1000));

async function onPage({ canvas }: Play, title: string) {
  return canvas.findByRole('heading', { level: 1, name: title });
}

async function continueOn({ canvas, userEvent }: Play, t: Translator) {
  await userEvent.click(canvas.getByRole('button', { name: t('ui.continue') }));
}

/** Replaces what a box holds, as a resident pasting their text would. */
async function write({ canvas, userEvent }: Play, label: string, text: string) {
  const box = canvas.getByLabelText(label);
  await userEvent.clear(box);
  await userEvent.click(box);
  await userEvent.paste(text);
}

/** Continues, and checks the error summary lists these messages, takes focus, and the title says "Error:". */
async function expectErrors(play: Play, t: Translator, messages: readonly string[]) {
  await continueOn(play, t);
  await waitFor(async () => {
    const alert = await play.canvas.findByRole('alert');
    await expect(within(alert).getByText(t('ui.errorSummaryTitle'))).toBeVisible();
    await expect(
      within(alert)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(messages);
    await expect(alert.closest('.govuk-error-summary')?.contains(document.activeElement)).toBe(true);
    await expect(document.title.startsWith(`${t('ui.errorTitlePrefix')} `)).toBe(true);
  });
}

/** The answer in a check answers row, by its question. */
function rowValue({ canvas }: Play, question: string) {
  return canvas.getByText(question, { selector: 'dt' }).nextElementSibling?.textContent?.trim();
}

/**
 * Walks the council's resident through the journey in the story's language. Where the council has closed the
 * service, the first page says so in its words and goes no further. Otherwise: continues with nothing written (the
 * error says what is missing), writes more than the council allows (the error says its limit), puts it right, gives
 * an email address, changes it from check answers, then accepts and sends, and checks the one payload sent and the
 * confirmation.
 */
export async function walkJourney(play: Play) {
  const { canvas, userEvent, step } = play;
  const { council, locale } = storySetting(play.globals);
  const resident = residents[council];
  const rules = resolveRules(bulkyWaste, presets[council]);
  const t = wordsIn(locale);

  if (!rules.service.open) {
    await step('The service is closed: the page says so in the council’s words, and goes no further', async () => {
      await onPage(play, t('closed.title'));
      const words = rules.service.closedMessage?.[locale] ?? t('closed.body');
      for (const paragraph of words.split('\n\n')) await expect(canvas.getByText(paragraph)).toBeVisible();
      await expect(canvas.queryByRole('button', { name: t('ui.continue') })).toBeNull();
    });
    return;
  }

  const details = t('items.details.label');
  const max = rules.items.maxLength;

  await step('Continue with nothing written: the error summary says what is missing', async () => {
    await onPage(play, t('items.title'));
    await expectErrors(play, t, [t('error.required', { name: t('items.details.name') })]);
  });

  await step(`Write more than the council allows (${max} characters): the error says the limit`, async () => {
    await write(play, details, 'a'.repeat(max + 1));
    await doubleClickWindow();
    await expectErrors(play, t, [t('items.details.error.tooLong', { max })]);
  });

  await step('Put it right, and give an email address', async () => {
    await write(play, details, resident.details);
    await doubleClickWindow();
    await continueOn(play, t);
    await onPage(play, t('contact.title'));
    await write(play, t('contact.email.label'), 'not an email address');
    await expectErrors(play, t, [t('error.email')]);
    await write(play, t('contact.email.label'), resident.email);
    await doubleClickWindow();
    await continueOn(play, t);
  });

  const email = `new.${resident.email}`;
  await step('Check answers shows both answers; change the email address from there', async () => {
    await onPage(play, t('ui.checkAnswersTitle'));
    await expect(rowValue(play, t('items.details.summary'))).toBe(resident.details);
    await expect(rowValue(play, t('contact.email.summary'))).toBe(resident.email);
    const summary = t('contact.email.summary');
    await userEvent.click(canvas.getByRole('link', { name: new RegExp(`^${t('ui.change')} ${summary}$`, 'i') }));
    await onPage(play, t('contact.title'));
    await write(play, t('contact.email.label'), email);
    await continueOn(play, t);
    await onPage(play, t('ui.checkAnswersTitle'));
    await expect(rowValue(play, t('contact.email.summary'))).toBe(email);
  });

  await step('Accept and send: one payload is sent, and the confirmation gives its reference', async () => {
    const onSubmit = play.args.onSubmit as Mock<(payload: Payload<AnyTransaction>) => void>;
    await userEvent.click(canvas.getByRole('button', { name: t('ui.checkAnswersSubmit') }));
    await onPage(play, t('ui.confirmationTitle'));
    await expect(onSubmit).toHaveBeenCalledTimes(1);
    const payload = onSubmit.mock.calls[0]?.[0];
    await expect(payload?.answers).toEqual({ items: { details: resident.details }, contact: { email } });
    await expect(canvas.getByText(payload?.reference ?? 'no reference')).toBeVisible();
    await expect(canvas.getByText(t('confirmation.reply', { email, count: rules.replyWithinDays }))).toBeVisible();
  });
}
