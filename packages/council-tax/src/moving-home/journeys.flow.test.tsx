import type { Locale, Message, Payload } from '@lgds/core';
import { TransactionFlow } from '@lgds/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cy } from './messages/cy';
import { en } from './messages/en';
import {
  answersAfter,
  type Council,
  flowFor,
  type Page,
  pagesBefore,
  rulesFor,
  today,
  type Walk,
  walks,
} from './testing/walks';
import { type MovingHomeAnswers, movingHome } from './transaction';

// The same journeys as journeys.test.ts, typed and clicked into <TransactionFlow> the way a resident would: every
// box and option found by its label in the resident's language, taken from the package's own messages.

let user: UserEvent;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  // jsdom has no scrolling; the flow scrolls to the top of each new page.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  user = userEvent.setup();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const catalogues: Record<Locale, Readonly<Record<string, Message>>> = { en, cy };

/** The package's words in one language, by message key. */
function words(locale: Locale) {
  const catalogue = catalogues[locale];
  return (key: string): string => {
    const message = catalogue[key];
    if (typeof message !== 'string') throw new Error(`no message ${key} in ${locale}`);
    return message;
  };
}

/** The engine's own words used here (buttons, headings, date boxes), as the resident reads them. */
const ui = {
  en: {
    continue: 'Continue',
    problem: 'There is a problem',
    checkAnswers: 'Check your answers before sending your application',
    send: 'Accept and send',
    complete: 'Application complete',
    whatHappensNext: 'What happens next',
    day: 'Day',
    month: 'Month',
    year: 'Year',
  },
  cy: {
    continue: 'Parhau',
    problem: 'Mae problem wedi codi',
    checkAnswers: 'Gwiriwch eich atebion cyn anfon eich cais',
    send: 'Derbyn ac anfon',
    complete: 'Cais wedi’i gwblhau',
    whatHappensNext: 'Beth sy’n digwydd nesaf',
    day: 'Diwrnod',
    month: 'Mis',
    year: 'Blwyddyn',
  },
} as const;

function renderJourney(
  council: Council,
  locale: Locale = 'en',
  initial?: { answers: MovingHomeAnswers; position: Page['step'] },
) {
  const onSubmit = vi.fn<(payload: Payload<typeof movingHome>) => void>();
  render(
    <TransactionFlow
      transaction={movingHome}
      rules={rulesFor(council)}
      today={today}
      locale={locale}
      onSubmit={onSubmit}
      {...(initial && { initialAnswers: initial.answers, initialPosition: initial.position })}
    />,
  );
  return { onSubmit };
}

/**
 * Opens the journey on `step` of a walk, with every page before it answered (as a server that has kept the answers
 * does). The page is given, not worked out: a page whose every answer is optional counts as answered.
 */
function renderAt(walk: Walk, step: Page['step'], locale: Locale = 'en') {
  const answers = answersAfter(flowFor(walk.council), pagesBefore(walk, step));
  return renderJourney(walk.council, locale, { answers, position: step });
}

async function answer(box: HTMLElement, value: string) {
  await user.clear(box);
  if (value !== '') await user.type(box, value.replace(/\n/g, '{Enter}'));
}

async function answerDate(legend: string, iso: string, locale: Locale) {
  const group = within(screen.getByRole('group', { name: legend }));
  const [year = '', month = '', day = ''] = iso.split('-');
  await answer(group.getByLabelText(ui[locale].day), day.replace(/^0/, ''));
  await answer(group.getByLabelText(ui[locale].month), month.replace(/^0/, ''));
  await answer(group.getByLabelText(ui[locale].year), year);
}

async function continueOn() {
  await user.click(screen.getByRole('button', { name: /^(Continue|Parhau)$/ }));
}

function heading(name: string) {
  return screen.getByRole('heading', { level: 1, name });
}

/** The error summary's messages, in order. */
function errorSummary(locale: Locale = 'en') {
  const summary = screen.getByRole('alert');
  expect(within(summary).getByText(ui[locale].problem)).toBeTruthy();
  return within(summary)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

/** Fills in one page as a resident would, checking its heading first, then continues. */
async function fillIn({ step, answers }: Page, council: Council, locale: Locale) {
  const t = words(locale);
  const fields = flowFor(council).fields(step);
  expect(heading(t(`${step}.title`))).toBeTruthy();
  for (const [name, value] of Object.entries(answers)) {
    const type = fields[name]?.type;
    const label = t(`${step}.${name}.label`);
    if (type === 'radios' || type === 'checkboxes')
      await user.click(screen.getByLabelText(t(`${step}.${name}.options.${value}`)));
    else if (type === 'date') await answerDate(label, value, locale);
    else await answer(screen.getByLabelText(label), value);
  }
  await continueOn();
}

const walked: { walk: Walk; locale: Locale }[] = [
  { walk: walks.exampleshireWithinTenantToTenant, locale: 'en' },
  { walk: walks.exampleshireOutSold, locale: 'cy' },
  { walk: walks.exampleshireIntoOwner, locale: 'en' },
  { walk: walks.enghraifftOutEmpty, locale: 'cy' },
  { walk: walks.enghraifftWithinTenantToOwner, locale: 'en' },
  { walk: walks.enghraifftIntoOwner, locale: 'cy' },
];

for (const { walk, locale } of walked) {
  describe(`${walk.title}, in ${locale === 'en' ? 'English' : 'Welsh'}`, () => {
    it('goes page by page to check answers, sends the payload once and says what happens next', async () => {
      const { onSubmit } = renderJourney(walk.council, locale);
      for (const shown of walk.pages) await fillIn(shown, walk.council, locale);
      expect(heading(ui[locale].checkAnswers)).toBeTruthy();

      await user.click(screen.getByRole('button', { name: ui[locale].send }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      const [payload] = onSubmit.mock.calls[0] ?? [];
      if (!payload) throw new Error('nothing was sent');
      expect(payload.reference).toMatch(/^MH-/);
      expect(Object.keys(payload.answers)).toEqual(walk.pages.map((shown) => shown.step));
      expect(payload.derived).toEqual(walk.derived);

      expect(await screen.findByRole('heading', { name: new RegExp(ui[locale].complete) })).toBeTruthy();
      expect(screen.getByText(payload.reference)).toBeTruthy();
      const next = screen.getByRole('heading', { level: 2, name: ui[locale].whatHappensNext }).parentElement;
      for (const paragraph of walk.next[locale] ?? []) expect(next?.textContent).toContain(paragraph);
    });
  });
}

describe('errors', () => {
  it('Exampleshire: refuses an account number in the wrong format, saying the format, then takes the right one', async () => {
    renderAt(walks.exampleshireOutSold, 'account');
    await answer(screen.getByLabelText('What is your council tax account number? (optional)'), '6123 4567');
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual([
        ['Enter your council tax account number in the correct format: 8 digits starting with 5', '#reference'],
      ]);

    await answer(screen.getByLabelText('What is your council tax account number? (optional)'), '5123 4567');
    await continueOn();
    expect(heading('Your name and contact details')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Exampleshire: refuses a moving-in date before the moving-out date, linking to the moving-in day', async () => {
    renderAt(walks.exampleshireWithinTenantToTenant, 'moveDates');
    expect(screen.getByText('Both dates must be between 15 October 2024 and 13 January 2027.')).toBeTruthy();
    await answerDate('Moving-out date', '2026-11-01', 'en');
    await answerDate('Moving-in date', '2026-10-31', 'en');
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual([['Your moving-in date must be the same as or after your moving-out date', '#moveIn-day']]);

    await answerDate('Moving-in date', '2026-11-01', 'en');
    await continueOn();
    expect(heading('Did you own or rent the home you are leaving?')).toBeTruthy();
  });

  it('Exampleshire: asks for a landlord’s address or phone number', async () => {
    renderAt(walks.exampleshireIntoTenant, 'newLandlord');
    await answer(screen.getByLabelText('Name'), 'Castle Lettings');
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual([['Enter your landlord or letting agent’s address or phone number', '#address']]);

    await answer(screen.getByLabelText('Phone number'), '01632 960 002');
    await continueOn();
    expect(heading('Who will be responsible for council tax at your new home?')).toBeTruthy();
  });

  it('Enghraifft, in Welsh: refuses a moving-out date beyond 28 days ahead, stating the range', async () => {
    renderAt(walks.enghraifftOutTenant, 'moveOutDate', 'cy');
    await answerDate('Beth yw eich dyddiad symud allan?', '2026-11-13', 'cy');
    await continueOn();
    await expect
      .poll(() => errorSummary('cy'))
      .toEqual([['Rhaid i’ch dyddiad symud allan fod rhwng 18 Ebrill 2026 a 12 Tachwedd 2026', '#date-day']]);

    await answerDate('Beth yw eich dyddiad symud allan?', '2026-11-12', 'cy');
    await continueOn();
    expect(heading('Oeddech chi’n berchen ar y cartref rydych chi’n ei adael, neu’n ei rentu?')).toBeTruthy();
  });

  it('Enghraifft, in Welsh: refuses an account number in the wrong format, saying the format', async () => {
    renderAt(walks.enghraifftOutSold, 'account', 'cy');
    await answer(screen.getByLabelText('Beth yw rhif eich cyfrif treth gyngor? (dewisol)'), '5123 4567');
    await continueOn();
    await expect
      .poll(() => errorSummary('cy'))
      .toEqual([['Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: 10 digid yn dechrau gyda 9', '#reference']]);
  });

  it('Enghraifft: shows its own declaration and asks the resident to agree to it', async () => {
    renderAt(walks.enghraifftIntoOwner, 'declaration');
    expect(
      screen.getByText(
        'I declare that the information I have given is true and complete. I understand that Cyngor Sir Enghraifft may check it with other organisations to prevent and detect fraud.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/could be fined up to £70, or prosecuted/)).toBeTruthy();
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual([['Confirm that the information you have given is correct', '#confirmed']]);
  });
});
