import type { AnyTransaction, Flow, Locale, Payload, StepView } from '@lgds/core';
import type { StoryContext } from '@storybook/react-vite';
import { expect, type Mock, waitFor, within } from 'storybook/test';
import { journeys, type Page, type Row } from './residents';
import { residentOf } from './StepPreview';
import { flowOf, type Kind, storySetting } from './transactions';

// A resident's way through a council tax journey, typed and clicked as they would: every box and option found by its
// label in the story's language, as `flow.view()` gives it (the package's own words with the council's rules), so
// the same walk works for every transaction, council and language.

type Play = Pick<StoryContext, 'canvas' | 'userEvent' | 'globals' | 'step'>;

/**
 * govuk-frontend's JavaScript ignores a second click on a button with `data-prevent-double-click` (Continue, and
 * Accept and send) within a second of the first, so a form is not sent twice. A resident correcting their answers
 * takes longer than that; the walk waits as long before continuing again on the same page.
 */
const doubleClickWindow = () => new Promise((resolve) => setTimeout(resolve, 1000));

async function continueOn(
  { canvas, userEvent }: Pick<Play, 'canvas' | 'userEvent'>,
  flow: Flow<AnyTransaction>,
  locale: Locale,
) {
  await userEvent.click(canvas.getByRole('button', { name: flow.translator(locale)('ui.continue') }));
}

async function onPage({ canvas }: Pick<Play, 'canvas'>, title: string) {
  return canvas.findByRole('heading', { level: 1, name: title });
}

/** Types into a box as a resident would: what was there goes first; a new line in a textarea is Enter. */
async function retype({ userEvent }: Pick<Play, 'userEvent'>, box: HTMLElement, value: string) {
  await userEvent.clear(box);
  if (value !== '') await userEvent.type(box, value.replace(/\n/g, '{Enter}'));
}

/**
 * Answers the fields of one page, as posted (`date-day`, `date-month` and `date-year` for a date): a date's boxes
 * within its fieldset, an option by its label, any other box by its label.
 */
export async function answer(
  play: Pick<Play, 'canvas' | 'userEvent'>,
  view: StepView,
  post: Page['post'],
  flow: Flow<AnyTransaction>,
  locale: Locale,
) {
  const { canvas, userEvent } = play;
  const t = flow.translator(locale);
  for (const [name, value] of Object.entries(post)) {
    const datePart = /^(.+)-(day|month|year)$/.exec(name);
    const field = view.fields.find((shown) => shown.name === (datePart?.[1] ?? name));
    if (!field) throw new Error(`${view.id} has no field ${name}`);
    if (datePart) {
      const group = within(canvas.getByRole('group', { name: field.label }));
      await retype(play, group.getByLabelText(t(`date.${datePart[2]}`)), value);
    } else if (field.field.type === 'radios' || field.field.type === 'checkboxes') {
      const option = field.options.find((shown) => shown.value === value);
      if (!option) throw new Error(`${view.id}.${name} has no option ${value}`);
      await userEvent.click(canvas.getByLabelText(option.label));
    } else {
      await retype(play, canvas.getByLabelText(field.label), value);
    }
  }
}

/** Fills in one page, checking its heading first, then continues. */
export async function fillIn(
  play: Pick<Play, 'canvas' | 'userEvent'>,
  page: Page,
  flow: Flow<AnyTransaction>,
  locale: Locale,
) {
  const view = flow.view(page.step, locale);
  await onPage(play, view.title);
  await answer(play, view, page.post, flow, locale);
  await continueOn(play, flow, locale);
}

/** Continues and checks the error summary lists these messages and links, takes focus, and the title says "Error:". */
async function expectErrors(
  play: Pick<Play, 'canvas' | 'userEvent'>,
  flow: Flow<AnyTransaction>,
  locale: Locale,
  errors: readonly (readonly [string, string])[],
) {
  const t = flow.translator(locale);
  await continueOn(play, flow, locale);
  await waitFor(async () => {
    const alert = await play.canvas.findByRole('alert');
    await expect(within(alert).getByText(t('ui.errorSummaryTitle'))).toBeVisible();
    const links = within(alert).getAllByRole('link');
    await expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(errors);
    await expect(alert.closest('.govuk-error-summary')?.contains(document.activeElement)).toBe(true);
    await expect(document.title.startsWith(`${t('ui.errorTitlePrefix')} `)).toBe(true);
  });
}

/** The rows of check answers as the resident reads them: all, or only those with no change link. */
function rowsShown({ canvas }: Pick<Play, 'canvas'>, which: 'all' | 'added'): Row[] {
  return canvas
    .getAllByRole('term')
    .filter(
      (term) => which === 'all' || (term.parentElement && within(term.parentElement).queryByRole('link') === null),
    )
    .map((term) => [term.textContent?.trim() ?? '', term.nextElementSibling?.textContent?.trim() ?? ''] as const);
}

/**
 * Walks the council's resident through a council tax journey in the story's language: answers every page, getting
 * one wrong first (the error summary lists the problem, links to the field and takes focus) and putting it right,
 * checks check answers, then accepts and sends, and checks the one payload sent and the confirmation.
 */
export async function walkJourney(play: Play & { args: { onSubmit: unknown } }, kind: Kind) {
  const { canvas, userEvent, step } = play;
  const { council, locale } = storySetting(play.globals, kind);
  const check = journeys[kind][council];
  if (!check) throw new Error(`${council} has no ${kind} journey to walk`);
  const resident = residentOf(kind, council, check.resident);
  const flow = flowOf(kind, council, resident.today);
  const t = flow.translator(locale);
  const mistakeAt = resident.pages.findIndex((page) => page.step === check.mistake.step);
  const mistaken = resident.pages[mistakeAt];
  if (!mistaken) throw new Error(`the resident does not go through ${check.mistake.step}`);

  await step(`Answer the pages before ${check.mistake.step}`, async () => {
    for (const page of resident.pages.slice(0, mistakeAt)) await fillIn(play, page, flow, locale);
  });

  await step(check.mistake.what, async () => {
    const view = flow.view(mistaken.step, locale);
    await onPage(play, view.title);
    await answer(play, view, { ...mistaken.post, ...check.mistake.post }, flow, locale);
    await expectErrors(play, flow, locale, check.mistake.errors[locale]);
  });

  await step('Put it right and answer every other page', async () => {
    await doubleClickWindow();
    for (const page of resident.pages.slice(mistakeAt)) await fillIn(play, page, flow, locale);
  });

  await step('Check answers shows every answer and what the transaction works out', async () => {
    await onPage(play, t('ui.checkAnswersTitle'));
    const rows = rowsShown(play, check.rows.which);
    const expected = check.rows[locale];
    await expect(rows).toEqual(expected);
  });

  await step(
    'Accept and send: one payload is sent, and the confirmation gives its reference and what happens next',
    async () => {
      const onSubmit = play.args.onSubmit as Mock<(payload: Payload<AnyTransaction>) => void>;
      await userEvent.click(canvas.getByRole('button', { name: t('ui.checkAnswersSubmit') }));
      await onPage(play, t('ui.confirmationTitle'));
      await expect(onSubmit).toHaveBeenCalledTimes(1);
      const payload = onSubmit.mock.calls[0]?.[0];
      await expect(Object.keys(payload?.answers ?? {})).toEqual([...new Set(resident.pages.map((page) => page.step))]);
      await expect(payload?.derived).toEqual(check.derived);
      const reference = payload?.reference ?? 'no reference';
      await expect(canvas.getByText(reference)).toBeVisible();

      const next = canvas.getByRole('heading', { level: 2, name: t('ui.whatHappensNext') });
      const paragraphs = [...(next.parentElement?.querySelectorAll('p') ?? [])].map((p) => p.textContent ?? '');
      await expect(paragraphs).toEqual(check.next[locale]);

      const page = (canvas.getByRole('main').textContent ?? '').replace(reference, '');
      for (const text of check.neverShown ?? []) await expect(page).not.toContain(text);
    },
  );
}
