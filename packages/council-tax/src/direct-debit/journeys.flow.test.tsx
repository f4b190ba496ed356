import type { Locale, Message, Payload } from '@lgds/core';
import type { RulesLayer } from '@lgds/core/server';
import { TransactionFlow } from '@lgds/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as welsh from './cy';
import * as english from './en';
import { cy } from './messages/cy';
import { en } from './messages/en';
import {
  type Answers,
  answersAfter,
  type Council,
  flowFor,
  leakedDigits,
  type Page,
  pagesBefore,
  rulesFor,
  today,
  type Walk,
  walks,
} from './testing/journeys';
import type { directDebit } from './transaction';

// The journeys of journeys.test.ts, typed and clicked into <TransactionFlow> the way a resident would: every box and
// option found by its label in the resident's language, taken from the package's own messages.

let user: UserEvent;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
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
  const t = (key: string): string => {
    const message = catalogue[key];
    if (typeof message !== 'string') throw new Error(`no message ${key} in ${locale}`);
    return message;
  };
  return Object.assign(t, { has: (key: string) => Object.hasOwn(catalogue, key) });
}

/** The engine's own words used here (buttons, headings), as the resident reads them. */
const ui = {
  en: {
    problem: 'There is a problem',
    checkAnswers: 'Check your answers before sending your application',
    send: 'Accept and send',
    complete: 'Application complete',
    whatHappensNext: 'What happens next',
  },
  cy: {
    problem: 'Mae problem wedi codi',
    checkAnswers: 'Gwiriwch eich atebion cyn anfon eich cais',
    send: 'Derbyn ac anfon',
    complete: 'Cais wedi’i gwblhau',
    whatHappensNext: 'Beth sy’n digwydd nesaf',
  },
} as const;

interface Options {
  locale?: Locale;
  changes?: RulesLayer<typeof directDebit>;
  initialAnswers?: Answers;
}

function renderJourney(council: Council, { locale = 'en', changes, initialAnswers }: Options = {}) {
  const onSubmit = vi.fn<(payload: Payload<typeof english.directDebit>) => void>();
  // As a council's page has it: the journey in the page's language, which fetches Vocalink's table for the bank page.
  render(
    <TransactionFlow
      transaction={locale === 'cy' ? welsh.directDebit : english.directDebit}
      rules={rulesFor(council, changes)}
      today={today}
      locale={locale}
      onSubmit={onSubmit}
      {...(initialAnswers && { initialAnswers })}
    />,
  );
  return { onSubmit };
}

async function answer(label: string, value: string) {
  const box = screen.getByLabelText(label);
  await user.clear(box);
  if (value !== '') await user.type(box, value);
}

async function continueOn() {
  await user.click(screen.getByRole('button', { name: /^(Continue|Parhau)$/ }));
}

function heading(name: string) {
  return screen.getByRole('heading', { level: 1, name });
}

/** The error summary's messages, in order. */
function errorSummary(locale: Locale) {
  const summary = screen.getByRole('alert');
  expect(within(summary).getByText(ui[locale].problem)).toBeTruthy();
  return within(summary)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

/** Check answers as the resident reads it: [question, answer] a row. */
function rowsShown() {
  return screen
    .getAllByRole('term')
    .map((term) => [term.textContent?.trim(), term.nextElementSibling?.textContent?.trim()]);
}

/** Fills in one page as a resident would, checking its heading first, then continues. */
async function fillIn({ step, post }: Page, locale: Locale) {
  const t = words(locale);
  expect(heading(t(`${step}.title`))).toBeTruthy();
  for (const [name, value] of Object.entries(post)) {
    const option = `${step}.${name}.options.${value}`;
    if (t.has(option)) await user.click(screen.getByLabelText(t(option)));
    else await answer(t(`${step}.${name}.label`), value);
  }
  await continueOn();
}

/** Sends from check answers and gives the payload sent and the confirmation page's text. */
async function send(locale: Locale, onSubmit: ReturnType<typeof renderJourney>['onSubmit']) {
  await user.click(screen.getByRole('button', { name: ui[locale].send }));
  expect(onSubmit).toHaveBeenCalledTimes(1);
  const [payload] = onSubmit.mock.calls[0] ?? [];
  if (!payload) throw new Error('nothing was sent');
  expect(await screen.findByRole('heading', { name: new RegExp(ui[locale].complete) })).toBeTruthy();
  expect(screen.getByText(payload.reference)).toBeTruthy();
  expect(screen.getByRole('heading', { level: 2, name: ui[locale].whatHappensNext })).toBeTruthy();
  return { payload, page: screen.getByRole('main').textContent ?? '' };
}

async function walkTo(walk: Walk, step: Page['step'], locale: Locale) {
  for (const posted of pagesBefore(walk, step)) await fillIn(posted, locale);
}

describe('Northmoor, in English', () => {
  const walk = walks.northmoorTenOnThe1st;

  it('refuses a short sort code and a wrong pair, then sets up the Direct Debit and confirms only "ending 58"', async () => {
    const { onSubmit } = renderJourney('northmoor');
    await walkTo(walk, 'bank', 'en');

    expect(heading('Bank or building society account details')).toBeTruthy();
    await answer('Name on the account', 'Jo Bloggs');
    await answer('Sort code', '08-99-9');
    await answer('Account number', '66 37 49 59');
    await continueOn();
    await expect.poll(() => errorSummary('en')).toEqual(['Enter a valid sort code like 309430']);

    await answer('Sort code', '08-99-99');
    await continueOn();
    await expect.poll(() => errorSummary('en')).toEqual(['Enter a valid combination of sort code and account number']);

    await answer('Account number', '66 37 49 58');
    await continueOn();
    for (const posted of walk.pages.slice(3)) await fillIn(posted, 'en');

    expect(heading(ui.en.checkAnswers)).toBeTruthy();
    expect(rowsShown()).toEqual(walk.rows.en);

    const { payload, page } = await send('en', onSubmit);
    expect(payload.answers.bank).toEqual(walk.bank);
    expect(payload.derived).toEqual(walk.derived);
    expect(page).toContain('Your first payment will be taken from the account ending 58 on 1 December 2026.');
    expect(page).toContain('Our Direct Debit service user number is 987654.');
    expect(leakedDigits(page, walk.bank.accountNumber)).toEqual([]);
  });

  it('shows the Guarantee before the declaration, which holds the Direct Debit Instruction', async () => {
    renderJourney('northmoor', {
      initialAnswers: answersAfter(flowFor('northmoor'), pagesBefore(walk, 'paymentDay')),
    });
    await fillIn(walk.pages[4] as Page, 'en');
    expect(heading('The Direct Debit Guarantee')).toBeTruthy();
    expect(screen.getByText(/Northmoor District Council will notify you 10 working days in advance/)).toBeTruthy();
    await continueOn();
    expect(heading('Declaration')).toBeTruthy();
    expect(
      screen.getByText(/^Instruction to your bank or building society: please pay Northmoor District Council/),
    ).toBeTruthy();
    await continueOn();
    await expect.poll(() => errorSummary('en')).toEqual(['Confirm that the information you have given is correct']);
  });

  it('ends the journey for an account that needs more than one signature, with no way on', async () => {
    renderJourney('northmoor', {
      initialAnswers: answersAfter(flowFor('northmoor'), pagesBefore(walk, 'signatures')),
    });
    await user.click(screen.getByLabelText('Yes'));
    await continueOn();
    expect(heading('You cannot set up this Direct Debit online')).toBeTruthy();
    expect(screen.getByText(/Contact us to get a paper Direct Debit form/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('Enghraifft, in Welsh', () => {
  const walk = walks.enghraifftOnThe1st;

  it('refuses an account number in the wrong format, skips the plan and confirms in Welsh', async () => {
    const { onSubmit } = renderJourney('enghraifft', { locale: 'cy' });
    expect(heading('Beth yw rhif eich cyfrif treth gyngor?')).toBeTruthy();
    await answer('Beth yw rhif eich cyfrif treth gyngor?', '1234567');
    await continueOn();
    await expect
      .poll(() => errorSummary('cy'))
      .toEqual(['Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: CT ac yna 7 digid, fel CT1234567']);

    for (const posted of walk.pages) await fillIn(posted, 'cy');
    expect(heading(ui.cy.checkAnswers)).toBeTruthy();
    expect(rowsShown()).toEqual(walk.rows.cy);
    // The plan the council did not ask about has no change link.
    const instalments = screen.getByText('Rhandaliadau').parentElement;
    expect(instalments && within(instalments).queryByRole('link')).toBeNull();

    const { payload, page } = await send('cy', onSubmit);
    expect(Object.keys(payload.answers)).toEqual(walk.pages.map((posted) => posted.step));
    expect(payload.derived).toEqual(walk.derived);
    expect(page).toContain(
      'Bydd eich taliad cyntaf yn cael ei gymryd o’r cyfrif sy’n gorffen gyda’r digidau 72 ar 4 Ionawr 2027.',
    );
    expect(page).toContain('Byddwch yn talu mewn 12 rhandaliad misol y flwyddyn, ar y 1af o’r mis');
    expect(leakedDigits(page, walk.bank.accountNumber)).toEqual([]);
  });

  it('says in Welsh what is wrong with the bank details', async () => {
    renderJourney('enghraifft', {
      locale: 'cy',
      initialAnswers: answersAfter(flowFor('enghraifft'), pagesBefore(walk, 'bank')),
    });
    await continueOn();
    await expect
      .poll(() => errorSummary('cy'))
      .toEqual(['Rhowch yr enw sydd ar y cyfrif', 'Rhowch god didoli', 'Rhowch rif cyfrif']);

    await answer('Yr enw sydd ar y cyfrif', 'Siân Jones');
    await answer('Cod didoli', '20 29 59');
    await answer('Rhif y cyfrif', '37 495');
    await continueOn();
    await expect.poll(() => errorSummary('cy')).toEqual(['Rhaid i rif y cyfrif fod rhwng 6 ac 8 digid']);

    await answer('Rhif y cyfrif', '6374 8427');
    await continueOn();
    await expect.poll(() => errorSummary('cy')).toEqual(['Rhowch gyfuniad dilys o god didoli a rhif cyfrif']);

    await answer('Rhif y cyfrif', '6374 8472');
    await continueOn();
    expect(heading('Ar ba ddiwrnod o’r mis ydych chi eisiau talu?')).toBeTruthy();
    for (const day of ['1af o’r mis', '8fed o’r mis', '15fed o’r mis', '23ain o’r mis']) {
      expect(screen.getByLabelText(day)).toBeTruthy();
    }
  });

  it('ends the journey in the council’s own Welsh words for an account that needs more than one signature', async () => {
    renderJourney('enghraifft', {
      locale: 'cy',
      initialAnswers: answersAfter(flowFor('enghraifft'), pagesBefore(walk, 'signatures')),
    });
    await continueOn();
    await expect.poll(() => errorSummary('cy')).toEqual(['Dewiswch a oes angen mwy nag un llofnod']);
    await user.click(screen.getByLabelText('Oes'));
    await continueOn();
    expect(heading('Ni allwch sefydlu’r Debyd Uniongyrchol hwn ar-lein')).toBeTruthy();
    expect(screen.getByText(/^Ffoniwch ni ar 01632 960 123/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
