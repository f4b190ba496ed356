import { type AnyTransaction, createTranslator, type Locale, type Payload, type Translator } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { type GardenWasteRules, gardenWasteMessages, presets } from '@lgds/garden-waste';
import { expect, type Mock, within } from 'storybook/test';
import type { Page } from '../shared/pages';
import { continueOn, doubleClickWindow, expectErrors, onPage, type Play, rowValue } from '../shared/play';
import { type JourneyKind, residents, storySetting, transactions } from './residents';

// A resident's way through a journey, typed and clicked as they would: every box and option found by its label in
// the story's language, taken from the package's own words, so the same walk works in English and in Welsh.

/** The journeys' words (the engine's and the garden waste package's) in one language. */
export function wordsIn(locale: Locale): Translator {
  return createTranslator(locale, [gardenWasteMessages[locale]]);
}

/** Fills in one page, checking its heading first, then continues. */
export async function fillIn(play: Play, page: Page, t: Translator, rules: GardenWasteRules) {
  const { canvas, userEvent } = play;
  await onPage(play, t(`${page.step}.title`));
  for (const [name, value] of Object.entries(page.post)) {
    const option = `${page.step}.${name}.options.${value}`;
    // A concession's name is the council's own, from its rules.
    const concession = page.step === 'concession' ? rules.concessions.find(({ id }) => id === value) : undefined;
    if (concession) await userEvent.click(canvas.getByLabelText(concession.label[t.locale]));
    else if (t.has(option)) await userEvent.click(canvas.getByLabelText(t(option)));
    else {
      const box = canvas.getByLabelText(t(`${page.step}.${name}.label`));
      await userEvent.clear(box);
      await userEvent.type(box, value);
    }
  }
  await continueOn(play, t);
}

/** A check answers row as the resident reads it: the question and the answer. */
export type Row = readonly [question: string, answer: string];

/**
 * Checks the rows of check answers with no change link, the price: each line, the total and when collections start.
 */
export async function expectPriceRows(play: Pick<Play, 'canvas'>, rows: readonly Row[]) {
  const shown = play.canvas
    .getAllByRole('term')
    .filter((term) => term.parentElement && within(term.parentElement).queryByRole('link') === null)
    .map((term) => [term.textContent?.trim(), term.nextElementSibling?.textContent?.trim()] as const);
  await expect(shown).toEqual(rows);
}

export interface WalkOptions {
  /** On check answers, change the number of bins to this, and expect this total. */
  changeBins?: { to: number; total: string };
}

/**
 * Walks a council's resident through a journey in the story's language: continues on the first page with nothing
 * filled in (every problem listed), fills it in with a wrong postcode (one problem), fixes it, answers every other
 * page, checks the price on check answers, optionally changes the number of bins, then accepts and sends, and
 * checks the one payload sent and the confirmation.
 */
export async function walkJourney(
  play: Play & { args: { onSubmit: unknown } },
  kind: JourneyKind,
  { changeBins }: WalkOptions = {},
) {
  const { canvas, userEvent, step } = play;
  const { council, locale } = storySetting(play.globals);
  const resident = residents[council][kind];
  const rules = resolveRules(transactions[kind] as AnyTransaction, presets[council]) as GardenWasteRules;
  const t = wordsIn(locale);
  const [first, ...rest] = resident.pages;
  if (!first) throw new Error('the resident has no pages');

  await step('Continue with nothing filled in: the error summary lists every problem', async () => {
    await onPage(play, t(`${first.step}.title`));
    const required = Object.keys(first.post).map((name) =>
      t('error.required', { name: t(`${first.step}.${name}.name`) }),
    );
    await expectErrors(play, t, required);
  });

  await step('Fill it in with a postcode that is not real: only that problem is left', async () => {
    const wrong = { ...first, post: { ...first.post, postcode: (first.post.postcode ?? '').slice(0, -1) } };
    for (const [name, value] of Object.entries(wrong.post)) {
      const box = canvas.getByLabelText(t(`${first.step}.${name}.label`));
      await userEvent.clear(box);
      await userEvent.type(box, value);
    }
    await doubleClickWindow();
    await expectErrors(play, t, [t('error.postcode')]);
  });

  await step('Fix the postcode and answer every other page', async () => {
    await doubleClickWindow();
    await fillIn(play, first, t, rules);
    for (const page of rest) await fillIn(play, page, t, rules);
  });

  await step('Check answers shows the price', async () => {
    await onPage(play, t('ui.checkAnswersTitle'));
    await expect(rowValue(play, t('price.total'))).toBe(resident.total[locale]);
    await expect(rowValue(play, t('price.startDate'))).toBe(resident.starts[locale]);
  });

  if (changeBins) {
    await step(`Change the number of bins to ${changeBins.to}: back to check answers with the new price`, async () => {
      const summary = t('bins.count.summary');
      await userEvent.click(canvas.getByRole('link', { name: new RegExp(`^${t('ui.change')} ${summary}$`, 'i') }));
      await fillIn(play, { step: 'bins', post: { count: String(changeBins.to) } }, t, rules);
      await onPage(play, t('ui.checkAnswersTitle'));
      await expect(rowValue(play, t('price.total'))).toBe(changeBins.total);
    });
  }

  await step('Accept and send: one payload is sent, and the confirmation gives its reference', async () => {
    const onSubmit = play.args.onSubmit as Mock<(payload: Payload<AnyTransaction>) => void>;
    await userEvent.click(canvas.getByRole('button', { name: t('ui.checkAnswersSubmit') }));
    await onPage(play, t('ui.confirmationTitle'));
    await expect(onSubmit).toHaveBeenCalledTimes(1);
    const payload = onSubmit.mock.calls[0]?.[0];
    await expect(payload?.answers).toBeDefined();
    await expect(Object.keys(payload?.answers ?? {})).toEqual(resident.pages.map((page) => page.step));
    if (!changeBins) await expect(payload?.derived).toMatchObject({ quote: { totalPence: resident.totalPence } });
    await expect(canvas.getByText(payload?.reference ?? 'no reference')).toBeVisible();
  });
}
