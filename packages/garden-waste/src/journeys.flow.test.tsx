import type { AnyTransaction, Locale, Message, Payload, TransactionAnswers } from '@lgds/core';
import type { RulesLayer } from '@lgds/core/server';
import { TransactionFlow } from '@lgds/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as welsh from './cy';
import { gardenWasteMessages } from './messages';
import type { GardenWasteRules } from './rules';
import {
  answersAfter,
  flowFor,
  type Page,
  pagesBefore,
  rulesFor,
  type Setting,
  transactions,
  type Walk,
  walks,
} from './testing/journeys';

// The same journeys as journeys.test.ts, typed and clicked into <TransactionFlow> the way a resident would: every
// box and option found by its label in the resident's language, taken from the package's own messages.

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

const catalogues: Record<Locale, Readonly<Record<string, Message>>> = gardenWasteMessages;

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
    continue: 'Continue',
    problem: 'There is a problem',
    checkAnswers: 'Check your answers before sending your application',
    send: 'Accept and send',
    complete: 'Application complete',
    whatHappensNext: 'What happens next',
  },
  cy: {
    continue: 'Parhau',
    problem: 'Mae problem wedi codi',
    checkAnswers: 'Gwiriwch eich atebion cyn anfon eich cais',
    send: 'Derbyn ac anfon',
    complete: 'Cais wedi’i gwblhau',
    whatHappensNext: 'Beth sy’n digwydd nesaf',
  },
} as const;

interface Options {
  locale?: Locale;
  changes?: RulesLayer<AnyTransaction>;
  initialAnswers?: TransactionAnswers<AnyTransaction>;
}

function renderJourney({ council, journey, today }: Setting, { locale = 'en', changes, initialAnswers }: Options = {}) {
  const rules = rulesFor(council, journey, changes);
  const onSubmit = vi.fn<(payload: Payload<AnyTransaction>) => void>();
  render(
    <TransactionFlow
      transaction={transactions[journey] as AnyTransaction}
      rules={rules}
      today={today}
      locale={locale}
      onSubmit={onSubmit}
      {...(initialAnswers && { initialAnswers })}
    />,
  );
  return { rules, onSubmit };
}

async function answer(label: string, value: string) {
  const box = screen.getByLabelText(label);
  await user.clear(box);
  await user.type(box, value);
}

async function choose(label: string) {
  await user.click(screen.getByLabelText(label));
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
    .map((link) => link.textContent);
}

/** The check answers rows with no change link: the price, as [question, answer]. */
function priceRowsShown() {
  return screen
    .getAllByRole('term')
    .filter((term) => term.parentElement && within(term.parentElement).queryByRole('link') === null)
    .map((term) => [term.textContent?.trim(), term.nextElementSibling?.textContent?.trim()]);
}

/** Fills in one page as a resident would, checking its heading first, then continues. */
async function fillIn({ step, post }: Page, locale: Locale, rules: GardenWasteRules) {
  const t = words(locale);
  expect(heading(t(`${step}.title`))).toBeTruthy();
  for (const [name, value] of Object.entries(post)) {
    const option = `${step}.${name}.options.${value}`;
    // A concession's name is the council's own, from its rules.
    const concession = step === 'concession' ? rules.concessions.find((offered) => offered.id === value) : undefined;
    if (concession) await choose(concession.label[locale]);
    else if (t.has(option)) await choose(t(option));
    else await answer(t(`${step}.${name}.label`), value);
  }
  await continueOn();
}

async function walkToCheckAnswers(walk: Walk, locale: Locale) {
  const journey = renderJourney(walk, { locale });
  for (const page of walk.pages) await fillIn(page, locale, journey.rules);
  expect(heading(ui[locale].checkAnswers)).toBeTruthy();
  return journey;
}

const walked: { walk: Walk; locale: Locale }[] = [
  { walk: walks.northmoorNew, locale: 'en' },
  { walk: walks.exampleshireNewDirectDebit, locale: 'en' },
  { walk: walks.enghraifftNewBins, locale: 'en' },
  { walk: walks.enghraifftNewSacks, locale: 'cy' },
  { walk: walks.enghraifftNewDeliveredAfterPriceRise, locale: 'cy' },
  { walk: walks.exampleshireNewEverything, locale: 'cy' },
  { walk: walks.exampleshireRenewal, locale: 'en' },
  { walk: walks.enghraifftRenewalSacks, locale: 'cy' },
];

for (const { walk, locale } of walked) {
  describe(`${walk.title}, in ${locale === 'en' ? 'English' : 'Welsh'}`, () => {
    it('shows the price on check answers, sends the payload once and confirms it', async () => {
      const { onSubmit } = await walkToCheckAnswers(walk, locale);
      expect(priceRowsShown()).toEqual(walk.price[locale]);

      await user.click(screen.getByRole('button', { name: ui[locale].send }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      const [payload] = onSubmit.mock.calls[0] ?? [];
      if (!payload) throw new Error('nothing was sent');
      expect(Object.keys(payload.answers)).toEqual(walk.pages.map((page) => page.step));
      expect(payload.derived).toMatchObject({
        quote: { totalPence: walk.totalPence, startDate: walk.startDate, endDate: walk.endDate },
      });

      expect(await screen.findByRole('heading', { name: new RegExp(ui[locale].complete) })).toBeTruthy();
      expect(screen.getByText(payload.reference)).toBeTruthy();
      const next = screen.getByRole('heading', { level: 2, name: ui[locale].whatHappensNext }).parentElement;
      expect(next?.textContent).toContain(walk.starts[locale]);
      if (walk.totalPence > 0) expect(next?.textContent).toContain(walk.price[locale].at(-2)?.[1]);
      // Paying by Direct Debit, the confirmation shows only the account number's last 2 digits.
      if (walk.pages.some((page) => page.step === 'bank')) {
        expect(payload.answers).toMatchObject({ bank: { accountNumber: '66374958' } });
        expect(next?.textContent).toContain(locale === 'en' ? 'account ending 58' : 'gorffen gyda’r digidau 58');
        expect(document.body.textContent).not.toContain('66374958');
      }
    });
  });
}

describe('errors', () => {
  it('refuses, in Welsh, bank details that fail Vocalink’s modulus checks, with the table fetched for the page', async () => {
    const walk = walks.exampleshireNewDirectDebit;
    const flow = flowFor(walk);
    const onSubmit = vi.fn();
    render(
      <TransactionFlow
        transaction={welsh.gardenWasteNew}
        rules={rulesFor(walk.council, walk.journey)}
        today={walk.today}
        locale="cy"
        onSubmit={onSubmit}
        initialAnswers={answersAfter(flow, pagesBefore(walk, 'bank'))}
      />,
    );
    expect(heading('Manylion y cyfrif banc neu gymdeithas adeiladu')).toBeTruthy();
    await answer('Yr enw sydd ar y cyfrif', 'Jo Bloggs');
    await answer('Cod didoli', '08-99-99');
    await answer('Rhif y cyfrif', '66374959');
    await continueOn();
    expect(await screen.findByRole('alert')).toBeTruthy();
    await expect.poll(() => errorSummary('cy')).toEqual(['Rhowch gyfuniad dilys o god didoli a rhif cyfrif']);

    await answer('Rhif y cyfrif', '66374958');
    await continueOn();
    expect(await screen.findByRole('heading', { level: 1, name: 'Y Warant Debyd Uniongyrchol' })).toBeTruthy();
  });

  it('shows every problem with an empty address, then only the postcode, then moves on once it is fixed', async () => {
    renderJourney(walks.exampleshireNewDirectDebit);
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual(['Enter address line 1, typically the building and street', 'Enter town or city', 'Enter postcode']);

    await answer('Address line 1', '1 High Street');
    await answer('Town or city', 'Exampleton');
    await answer('Postcode', 'EX1 1A');
    await continueOn();
    await expect.poll(() => errorSummary()).toEqual(['Enter a real postcode, like AA1 1AA']);

    await answer('Postcode', 'EX1 1AA');
    await continueOn();
    expect(heading('What type of property is it?')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Welsh: no property type, then too many bins for Enghraifft', async () => {
    const walk = walks.enghraifftNewBins;
    const flow = flowFor(walk);
    renderJourney(walk, { locale: 'cy', initialAnswers: answersAfter(flow, pagesBefore(walk, 'property')) });
    expect(heading('Pa fath o eiddo ydyw?')).toBeTruthy();
    await continueOn();
    await expect.poll(() => errorSummary('cy')).toEqual(['Dewiswch y math o eiddo']);

    await choose('Tŷ');
    await continueOn();
    await choose('Bin 240 litr');
    await continueOn();
    await answer('Faint o finiau gwastraff gardd ydych chi eu heisiau?', '3');
    await continueOn();
    await expect.poll(() => errorSummary('cy')).toEqual(['Rhaid i nifer y biniau fod rhwng 1 a 2']);

    await answer('Faint o finiau gwastraff gardd ydych chi eu heisiau?', '2');
    await continueOn();
    expect(heading('Oes angen i ni ddosbarthu biniau gwastraff gardd i chi?')).toBeTruthy();
  });

  it('refuses a subscription reference in the wrong format, then renews with the right one', async () => {
    renderJourney(walks.exampleshireRenewal);
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual(['Enter your subscription reference', 'Enter the postcode of the collection address']);

    await answer('Subscription reference', 'GW-12345');
    await answer('Postcode of the collection address', 'EX1 1AA');
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual(['Enter your subscription reference in the correct format, like GW-7KQ4M-X9RTP']);

    await answer('Subscription reference', 'gw-7kq4m-x9rtp');
    await continueOn();
    expect(heading('What do you want your garden waste collected in?')).toBeTruthy();
  });

  it('asks how to contact the resident, then for an email address in the right format', async () => {
    const walk = walks.northmoorNew;
    renderJourney(walk, { initialAnswers: answersAfter(flowFor(walk), pagesBefore(walk, 'contact')) });
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual(['Select how we should contact you', 'Select if you want a renewal reminder']);

    await choose('Email');
    await answer('Email address', 'resident.example.com');
    await choose('Yes');
    await continueOn();
    await expect
      .poll(() => errorSummary())
      .toEqual(['Enter an email address in the correct format, like name@example.com']);

    await answer('Email address', 'resident@example.com');
    await continueOn();
    expect(heading('Check your answers before sending your application')).toBeTruthy();
    expect(priceRowsShown()).toEqual(walk.price.en);
  });
});

describe('pages that end the journey', () => {
  it('tells a Northmoor resident in a flat, in the council’s own words, and offers no way on', async () => {
    const walk = walks.northmoorNew;
    renderJourney(walk, { initialAnswers: answersAfter(flowFor(walk), pagesBefore(walk, 'property')) });
    await choose('Flat');
    await continueOn();
    expect(heading('We cannot collect garden waste from this property')).toBeTruthy();
    expect(screen.getByText('We do not collect garden waste from flats or maisonettes.')).toBeTruthy();
    expect(screen.getByText('Your managing agent looks after communal gardens.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('tells an Exampleshire resident in a flat, in the standard words, in Welsh', async () => {
    const walk = walks.exampleshireNewDirectDebit;
    renderJourney(walk, {
      locale: 'cy',
      initialAnswers: answersAfter(flowFor(walk), pagesBefore(walk, 'property')),
    });
    await choose('Fflat');
    await continueOn();
    expect(heading('Ni allwn gasglu gwastraff gardd o’r eiddo hwn')).toBeTruthy();
    expect(screen.getByText('Gallwch fynd â gwastraff gardd i ganolfan ailgylchu gwastraff y cartref.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('opens on "closed" when Enghraifft has closed new subscriptions, in its own Welsh words', () => {
    renderJourney(walks.enghraifftNewBins, { locale: 'cy', changes: { service: { newSubscriptionsOpen: false } } });
    expect(heading('Mae tanysgrifiadau gwastraff gardd ar gau')).toBeTruthy();
    expect(
      screen.getByText('Mae tanysgrifiadau ar gyfer eleni wedi cau. Byddant yn agor eto ar 1 Mawrth.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('opens on "closed" when Exampleshire has closed renewals', () => {
    renderJourney(walks.exampleshireRenewal, { changes: { service: { renewalsOpen: false } } });
    expect(heading('Garden waste subscriptions are closed')).toBeTruthy();
    expect(screen.getByText('Check again later.')).toBeTruthy();
  });

  it('says when renewals open at Enghraifft, outside the renewal window', () => {
    renderJourney({ council: 'enghraifft', journey: 'renewal', today: '2026-10-15' });
    expect(heading('You cannot renew yet')).toBeTruthy();
    expect(screen.getByText('Renewals for next year open on 18 February 2027.')).toBeTruthy();
  });
});
