import type { Translator } from '@lgds/core';
import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';

// What a journey story's play function does as a resident would, shared by every transaction's walk: find a page by
// its heading, fill in and choose by label, continue, and read the error summary and check answers.

/** What a play function is given that the walks use. */
export type Play = Pick<StoryContext, 'canvas' | 'userEvent' | 'globals' | 'step'>;

/**
 * govuk-frontend's JavaScript ignores a second click on a button with `data-prevent-double-click` (Continue, and
 * Accept and send) within a second of the first, so a form is not sent twice. A resident correcting their answers
 * takes longer than that; a walk waits as long before continuing again on the same page.
 */
export const doubleClickWindow = () => new Promise((resolve) => setTimeout(resolve, 1000));

/** Waits for the page whose heading is `title`. */
export async function onPage({ canvas }: Pick<Play, 'canvas'>, title: string) {
  return canvas.findByRole('heading', { level: 1, name: title });
}

/** Presses Continue, in the page's language. */
export async function continueOn({ canvas, userEvent }: Pick<Play, 'canvas' | 'userEvent'>, t: Translator) {
  await userEvent.click(canvas.getByRole('button', { name: t('ui.continue') }));
}

/** Replaces what a box holds, as a resident pasting their text would. */
export async function write({ canvas, userEvent }: Pick<Play, 'canvas' | 'userEvent'>, label: string, text: string) {
  const box = canvas.getByLabelText(label);
  await userEvent.clear(box);
  await userEvent.click(box);
  await userEvent.paste(text);
}

/** Ticks or chooses an option by its label. */
export async function choose({ canvas, userEvent }: Pick<Play, 'canvas' | 'userEvent'>, label: string) {
  await userEvent.click(canvas.getByLabelText(label));
}

/** Continues, and checks the error summary lists these messages, takes focus, and the title says "Error:". */
export async function expectErrors(
  play: Pick<Play, 'canvas' | 'userEvent'>,
  t: Translator,
  messages: readonly string[],
) {
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
export function rowValue({ canvas }: Pick<Play, 'canvas'>, question: string) {
  return canvas.getByText(question, { selector: 'dt' }).nextElementSibling?.textContent?.trim();
}
