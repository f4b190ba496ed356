import {
  type AnyTransaction,
  CHECK_ANSWERS,
  type Flow,
  handleStepPost,
  type Locale,
  type TransactionAnswers,
} from '@lgds/core';
import { payloadSchema, type RulesLayer } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import {
  answersAfter,
  type Council,
  flowFor,
  type JourneyKind,
  type Page,
  page,
  pagesBefore,
  reference,
  type Setting,
  type StepId,
  type Walk,
  walks,
} from './testing/journeys';

// Every journey of every preset, posted page by page through the engine alone (as a server does for a form posted
// without JavaScript), in English and Welsh; then the ways a resident can go wrong, and the pages that end a journey.

const locales: readonly Locale[] = ['en', 'cy'];
const submittedAt = new Date('2026-10-15T09:30:00Z');

/** What check answers shows under "What you will pay": the price. */
function priceRows(flow: Flow<AnyTransaction>, answers: TransactionAnswers<AnyTransaction>, locale: Locale) {
  return flow.costs(answers, locale).map((row) => [row.question, row.answer.join('\n')]);
}

/** Posts one page and gives the errors as [field, message] pairs, checking that nothing moved on. */
function errorsOn(flow: Flow<AnyTransaction>, before: readonly Page[], posted: Page, locale: Locale) {
  const answers = answersAfter(flow, before);
  const result = handleStepPost(flow, posted.step, posted.post, answers, { locale });
  if (result.ok) throw new Error(`${posted.step} was accepted: ${JSON.stringify(result.answers)}`);
  expect(result.redirect).toBeUndefined();
  // What the resident typed is kept, to show it again.
  for (const [name, value] of Object.entries(posted.post)) expect(result.values[name]).toBe(value);
  return result.errors.map((error) => [error.field, error.message]);
}

for (const walk of Object.values(walks) as Walk[]) {
  describe(walk.title, () => {
    it.each(locales)('walks from the first page to check answers and confirmation, in %s', (locale) => {
      const flow = flowFor(walk);
      let answers: TransactionAnswers<AnyTransaction> = {};
      let position: string = flow.firstStep();
      const visited: string[] = [];
      for (const { step, post } of walk.pages) {
        expect(position).toBe(step);
        const result = handleStepPost(flow, step, post, answers, { locale });
        if (!result.ok) throw new Error(`${step} was refused: ${JSON.stringify(result.errors)}`);
        visited.push(step);
        answers = result.answers;
        position = result.next;
      }
      expect(position).toBe(CHECK_ANSWERS);
      expect(flow.path(answers)).toEqual(visited);
      expect(flow.currentStep(answers)).toBe(CHECK_ANSWERS);

      // Check answers: a row a question, each with a change link to its field, for every page on the path; the
      // address is one row of the lines given (never "Address line 2 (optional): Not given"); then the price.
      const rows = flow.checkAnswers(answers, locale);
      // The Direct Debit Guarantee and the Instruction are read and agreed to, not answers to check.
      const withRows = visited.filter((step) => step !== 'guarantee' && step !== 'declaration');
      expect([...new Set(rows.map((row) => row.stepId))]).toEqual(withRows);
      for (const row of rows) expect(row.href).toBe(`${row.stepId}#${row.field}`);
      expect(rows.flatMap((row) => row.answer)).not.toContain(flow.translator(locale)('ui.notSupplied'));
      const address = walk.pages.find((page) => page.step === 'address')?.post;
      expect(rows.filter((row) => row.stepId === 'address').map((row) => [row.question, row.answer])).toEqual(
        address
          ? [
              [
                locale === 'en' ? 'Collection address' : 'Cyfeiriad casglu',
                [address.line1, address.town, (answers.address as { postcode: string }).postcode],
              ],
            ]
          : [],
      );
      expect(priceRows(flow, answers, locale)).toEqual(walk.price[locale]);

      const submitted = flow.submission(answers, { reference: 'GW-7KQ4M-X9RTP', submittedAt });
      if (!submitted.ok) throw new Error(`not ready to send: ${JSON.stringify(submitted.errors)}`);
      const { payload } = submitted;
      expect(payload).toMatchObject({
        transaction: walk.journey === 'new' ? 'garden-waste-new' : 'garden-waste-renewal',
        reference: 'GW-7KQ4M-X9RTP',
        submittedAt: '2026-10-15T09:30:00.000Z',
        derived: {
          quote: {
            kind: walk.journey,
            totalPence: walk.totalPence,
            pricesFrom: walk.pricesFrom,
            startDate: walk.startDate,
            endDate: walk.endDate,
          },
        },
      });
      expect(Object.keys(payload.answers)).toEqual(visited);
      expect(payloadSchema(flow).parse(payload)).toEqual(payload);

      // What happens next: when collections start, and what to pay (nothing is said about paying for a free service).
      const next = flow.confirmation(payload, locale);
      expect(next.join('\n')).toContain(walk.starts[locale]);
      const total = walk.price[locale].at(-2)?.[1] ?? '';
      // Paying by Direct Debit, the household is also told the notice it will get and Exampleshire's SUN.
      const byDirectDebit = walk.pages.some((page) => page.step === 'bank');
      expect(next).toHaveLength(walk.totalPence > 0 ? (byDirectDebit ? 5 : 3) : 2);
      if (walk.totalPence > 0) expect(next[2]).toContain(total);

      // The mandate: the bank details in full for the back office, and only the account number's last 2 digits in
      // the derived facts and in anything said to the resident after check answers.
      if (byDirectDebit) {
        expect(payload.answers).toMatchObject({
          signatures: { moreThanOne: 'no' },
          bank: { sortCode: '089999', accountNumber: '66374958' },
          guarantee: {},
          declaration: { confirmed: ['yes'] },
        });
        expect(payload.derived).toMatchObject({ directDebit: { accountNumberEnding: '58' } });
        expect(next.join('\n')).not.toContain('66374958');
        expect(next.join('\n')).not.toContain('089999');
        expect(next[2]).toContain(' 58');
      } else {
        expect(payload.derived).toMatchObject({ directDebit: null });
      }
    });
  });
}

describe('what happens next, word for word', () => {
  it('tells an Exampleshire resident about delivery, the year and the Direct Debit, in English and Welsh', () => {
    const walk = walks.exampleshireNewDirectDebit;
    const flow = flowFor(walk);
    const sent = flow.submission(answersAfter(flow, walk.pages));
    if (!sent.ok) throw new Error('not ready to send');
    expect(flow.confirmation(sent.payload, 'en')).toEqual([
      'We will deliver your bins and start collecting your garden waste from 25 October 2026.',
      'Your subscription runs from 25 October 2026 to 24 October 2027.',
      'We will set up a Direct Debit for £115.00 from the account ending 58.',
      'We will write to you with the amount and date of each payment at least 10 working days before your first payment.',
      'Our Direct Debit service user number is 234567.',
    ]);
    expect(flow.confirmation(sent.payload, 'cy')).toEqual([
      'Byddwn yn dosbarthu eich biniau ac yn dechrau casglu eich gwastraff gardd o 25 Hydref 2026.',
      'Mae eich tanysgrifiad yn para o 25 Hydref 2026 tan 24 Hydref 2027.',
      'Byddwn yn trefnu Debyd Uniongyrchol am £115.00 o’r cyfrif sy’n gorffen gyda’r digidau 58.',
      'Byddwn yn ysgrifennu atoch gyda swm a dyddiad pob taliad o leiaf 10 diwrnod gwaith cyn eich taliad cyntaf.',
      'Ein rhif defnyddiwr gwasanaeth Debyd Uniongyrchol yw 234567.',
    ]);
  });

  it('tells an Enghraifft resident buying sacks to pay by card, to the end of the council’s year', () => {
    const walk = walks.enghraifftNewSacks;
    const flow = flowFor(walk);
    const sent = flow.submission(answersAfter(flow, walk.pages));
    if (!sent.ok) throw new Error('not ready to send');
    expect(flow.confirmation(sent.payload, 'en')).toEqual([
      'We will start collecting your garden waste from 22 October 2026.',
      'Your subscription runs from 22 October 2026 to 31 March 2027.',
      'We will email you a link to pay £27.00 by debit or credit card.',
    ]);
    expect(flow.confirmation(sent.payload, 'cy')).toEqual([
      'Byddwn yn dechrau casglu eich gwastraff gardd o 22 Hydref 2026.',
      'Mae eich tanysgrifiad yn para o 22 Hydref 2026 tan 31 Mawrth 2027.',
      'Byddwn yn anfon dolen atoch drwy e-bost i dalu £27.00 gyda cherdyn debyd neu gredyd.',
    ]);
  });

  it('says nothing about paying at Northmoor, which is free', () => {
    const walk = walks.northmoorRenewal;
    const flow = flowFor(walk);
    const sent = flow.submission(answersAfter(flow, walk.pages));
    if (!sent.ok) throw new Error('not ready to send');
    expect(flow.confirmation(sent.payload, 'cy')).toEqual([
      'Byddwn yn dechrau casglu eich gwastraff gardd o 20 Hydref 2026.',
      'Mae eich tanysgrifiad yn para o 20 Hydref 2026 tan 19 Hydref 2027.',
    ]);
  });
});

describe('what residents post is tidied', () => {
  it('stores postcodes and references the way they are printed', () => {
    const renewal = walks.exampleshireRenewal;
    const renewing = flowFor(renewal);
    expect(answersAfter(renewing, renewal.pages).subscription).toEqual({
      reference: 'GW-7KQ4M-X9RTP',
      postcode: 'EX1 1AA',
    });
    const subscribing = flowFor(walks.exampleshireNewDirectDebit);
    expect(answersAfter(subscribing, walks.exampleshireNewDirectDebit.pages).address).toEqual({
      line1: '1 High Street',
      town: 'Exampleton',
      postcode: 'EX1 1AA',
    });
  });

  it('drops the number of bins and delivery when an Enghraifft resident changes to sacks', () => {
    const walk = walks.enghraifftNewBins;
    const flow = flowFor(walk);
    const withBins = answersAfter(flow, walk.pages);
    const result = handleStepPost(flow, 'container', { type: 'sacks' }, withBins, { locale: 'cy' });
    if (!result.ok) throw new Error('sacks were refused');
    expect(result.next).toBe('rolls');
    expect(result.answers).not.toHaveProperty('bins');
    expect(result.answers).not.toHaveProperty('delivery');
    const sacks = handleStepPost(flow, 'rolls', { count: '3' }, result.answers, { locale: 'cy' });
    if (!sacks.ok) throw new Error('rolls were refused');
    // The contact details are still there, so the resident goes straight back to check answers.
    expect(flow.currentStep(sacks.answers)).toBe(CHECK_ANSWERS);
    expect(priceRows(flow, sacks.answers, 'cy')).toEqual([
      ['3 rholyn o sachau', '£54.00'],
      ['Gostyngiad am ymuno yn ystod y flwyddyn', '-£27.00'],
      ['Cyfanswm i’w dalu', '£27.00'],
      ['Casgliadau’n dechrau', '22 Hydref 2026'],
    ]);
  });
});

// --- Errors ---

type Errors = Readonly<Record<Locale, readonly (readonly [field: string, message: string])[]>>;

interface ErrorCase {
  title: string;
  /** The journey, and the pages answered before the one posted. */
  walk: Walk;
  posted: Page;
  errors: Errors;
}

const exampleshire = walks.exampleshireNewDirectDebit;
const enghraifftBins = walks.enghraifftNewBins;
const enghraifftSacks = walks.enghraifftNewSacks;
const northmoor = walks.northmoorNew;
const renewal = walks.exampleshireRenewal;

const errorCases: ErrorCase[] = [
  {
    title: 'a blank address',
    walk: northmoor,
    posted: { step: 'address', post: { line1: '', line2: '', town: '  ', postcode: '' } },
    errors: {
      en: [
        ['line1', 'Enter address line 1, typically the building and street'],
        ['town', 'Enter town or city'],
        ['postcode', 'Enter postcode'],
      ],
      cy: [
        ['line1', 'Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd'],
        ['town', 'Rhowch dref neu ddinas'],
        ['postcode', 'Rhowch god post'],
      ],
    },
  },
  {
    title: 'a postcode that is not a postcode',
    walk: exampleshire,
    posted: { step: 'address', post: { line1: '1 High Street', town: 'Exampleton', postcode: 'EX1 1A' } },
    errors: {
      en: [['postcode', 'Enter a real postcode, like AA1 1AA']],
      cy: [['postcode', 'Rhowch god post go iawn, fel AA1 1AA']],
    },
  },
  {
    title: 'an address line that is too long',
    walk: enghraifftBins,
    posted: { step: 'address', post: { line1: 'x'.repeat(101), town: 'y'.repeat(61), postcode: 'CF10 1EP' } },
    errors: {
      en: [
        ['line1', 'Address line 1 must be 100 characters or less'],
        ['town', 'Town or city must be 60 characters or less'],
      ],
      cy: [
        ['line1', 'Rhaid i linell 1 y cyfeiriad fod yn 100 nod neu lai'],
        ['town', 'Rhaid i dref neu ddinas fod yn 60 nod neu lai'],
      ],
    },
  },
  {
    title: 'no type of property chosen',
    walk: exampleshire,
    posted: page.property(''),
    errors: {
      en: [['type', 'Select the type of property']],
      cy: [['type', 'Dewiswch y math o eiddo']],
    },
  },
  {
    title: 'a type of property that is not offered',
    walk: northmoor,
    posted: page.property('castle'),
    errors: {
      en: [['type', 'Select the type of property']],
      cy: [['type', 'Dewiswch y math o eiddo']],
    },
  },
  {
    title: 'no container chosen',
    walk: enghraifftBins,
    posted: page.container(''),
    errors: {
      en: [['type', 'Select what you want your garden waste collected in']],
      cy: [['type', 'Dewiswch ym mha beth ydych chi eisiau i’ch gwastraff gardd gael ei gasglu']],
    },
  },
  {
    title: 'sacks, at a council that does not offer them',
    walk: exampleshire,
    posted: page.container('sacks'),
    errors: {
      en: [['type', 'Select what you want your garden waste collected in']],
      cy: [['type', 'Dewiswch ym mha beth ydych chi eisiau i’ch gwastraff gardd gael ei gasglu']],
    },
  },
  {
    title: 'no number of bins',
    walk: exampleshire,
    posted: page.bins(''),
    errors: {
      en: [['count', 'Enter the number of bins']],
      cy: [['count', 'Rhowch nifer y biniau']],
    },
  },
  {
    title: 'too many bins at Exampleshire (3 at most)',
    walk: exampleshire,
    posted: page.bins('4'),
    errors: {
      en: [['count', 'The number of bins must be between 1 and 3']],
      cy: [['count', 'Rhaid i nifer y biniau fod rhwng 1 a 3']],
    },
  },
  {
    title: 'no bins at all',
    walk: exampleshire,
    posted: page.bins('0'),
    errors: {
      en: [['count', 'The number of bins must be between 1 and 3']],
      cy: [['count', 'Rhaid i nifer y biniau fod rhwng 1 a 3']],
    },
  },
  {
    title: 'too many bins at Enghraifft (2 at most)',
    walk: enghraifftBins,
    posted: page.bins('3'),
    errors: {
      en: [['count', 'The number of bins must be between 1 and 2']],
      cy: [['count', 'Rhaid i nifer y biniau fod rhwng 1 a 2']],
    },
  },
  {
    title: 'a number of bins in words',
    walk: exampleshire,
    posted: page.bins('two'),
    errors: {
      en: [['count', 'The number of bins must be a number']],
      cy: [['count', 'Rhaid i nifer y biniau fod yn rhif']],
    },
  },
  {
    title: 'half a bin',
    walk: enghraifftBins,
    posted: page.bins('1.5'),
    errors: {
      en: [['count', 'The number of bins must be a whole number']],
      cy: [['count', 'Rhaid i nifer y biniau fod yn rhif cyfan']],
    },
  },
  {
    title: 'too many rolls of sacks',
    walk: enghraifftSacks,
    posted: page.rolls('4'),
    errors: {
      en: [['count', 'The number of rolls must be between 1 and 3']],
      cy: [['count', 'Rhaid i nifer y rholiau fod rhwng 1 a 3']],
    },
  },
  {
    title: 'no answer about delivery',
    walk: exampleshire,
    posted: page.delivery('' as 'yes'),
    errors: {
      en: [['needed', 'Select if you need us to deliver bins']],
      cy: [['needed', 'Dewiswch a oes angen i ni ddosbarthu biniau']],
    },
  },
  {
    title: 'no answer about concessions',
    walk: exampleshire,
    posted: page.concession(''),
    errors: {
      en: [['type', 'Select if you get any of these']],
      cy: [['type', 'Dewiswch a ydych chi’n cael unrhyw un o’r rhain']],
    },
  },
  {
    title: 'a concession the council does not give',
    walk: renewal,
    posted: page.concession('blue-badge'),
    errors: {
      en: [['type', 'Select if you get any of these']],
      cy: [['type', 'Dewiswch a ydych chi’n cael unrhyw un o’r rhain']],
    },
  },
  {
    title: 'no way to pay chosen',
    walk: renewal,
    posted: page.payment('' as 'card'),
    errors: {
      en: [['method', 'Select how you want to pay']],
      cy: [['method', 'Dewiswch sut ydych chi eisiau talu']],
    },
  },
  {
    title: 'a blank contact page',
    walk: northmoor,
    posted: { step: 'contact', post: {} },
    errors: {
      en: [
        ['contactBy', 'Select how we should contact you'],
        ['reminders', 'Select if you want a renewal reminder'],
      ],
      cy: [
        ['contactBy', 'Dewiswch sut dylem gysylltu â chi'],
        ['reminders', 'Dewiswch a ydych chi eisiau nodyn atgoffa i adnewyddu'],
      ],
    },
  },
  {
    title: 'email chosen, but no email address',
    walk: exampleshire,
    posted: page.contactByEmail('', 'no'),
    errors: {
      en: [['email', 'Enter your email address']],
      cy: [['email', 'Rhowch eich cyfeiriad e-bost']],
    },
  },
  {
    title: 'an email address in the wrong format',
    walk: enghraifftSacks,
    posted: page.contactByEmail('resident.example.com', 'yes'),
    errors: {
      en: [['email', 'Enter an email address in the correct format, like name@example.com']],
      cy: [['email', 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com']],
    },
  },
  {
    title: 'a phone number that is not one',
    walk: renewal,
    posted: page.contactByPhone('call me', 'no'),
    errors: {
      en: [['phone', 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192']],
      cy: [['phone', 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192']],
    },
  },
  {
    title: 'a blank subscription page',
    walk: renewal,
    posted: page.subscription('', ''),
    errors: {
      en: [
        ['reference', 'Enter your subscription reference'],
        ['postcode', 'Enter the postcode of the collection address'],
      ],
      cy: [
        ['reference', 'Rhowch gyfeirnod eich tanysgrifiad'],
        ['postcode', 'Rhowch god post y cyfeiriad casglu'],
      ],
    },
  },
  {
    title: 'a subscription reference in the wrong format',
    walk: walks.enghraifftRenewalBins,
    posted: page.subscription('GW-12345', 'CF10 1EP'),
    errors: {
      en: [['reference', 'Enter your subscription reference in the correct format, like GW-7KQ4M-X9RTP']],
      cy: [['reference', 'Rhowch gyfeirnod eich tanysgrifiad yn y fformat cywir, fel GW-7KQ4M-X9RTP']],
    },
  },
  {
    title: 'a subscription reference with letters references never use (O and I)',
    walk: walks.northmoorRenewal,
    posted: page.subscription('GW-7KQ4M-X9OIP', 'NM1 2AB'),
    errors: {
      en: [['reference', 'Enter your subscription reference in the correct format, like GW-7KQ4M-X9RTP']],
      cy: [['reference', 'Rhowch gyfeirnod eich tanysgrifiad yn y fformat cywir, fel GW-7KQ4M-X9RTP']],
    },
  },
  {
    title: 'a sort code and account number that do not go together (Vocalink’s modulus checks)',
    walk: exampleshire,
    posted: { step: 'bank', post: { accountName: 'Jo Bloggs', sortCode: '08-99-99', accountNumber: '66374959' } },
    errors: {
      en: [['accountNumber', 'Enter a valid combination of sort code and account number']],
      cy: [['accountNumber', 'Rhowch gyfuniad dilys o god didoli a rhif cyfrif']],
    },
  },
  {
    title: 'bank details with a short sort code and letters in the account number',
    walk: renewal,
    posted: { step: 'bank', post: { accountName: '', sortCode: '08-99', accountNumber: '6637495O' } },
    errors: {
      en: [
        ['accountName', 'Enter the name on the account'],
        ['sortCode', 'Enter a valid sort code like 309430'],
        ['accountNumber', 'Enter a valid account number like 00733445'],
      ],
      cy: [
        ['accountName', 'Rhowch yr enw sydd ar y cyfrif'],
        ['sortCode', 'Rhowch god didoli dilys fel 309430'],
        ['accountNumber', 'Rhowch rif cyfrif dilys fel 00733445'],
      ],
    },
  },
  {
    title: 'the Direct Debit Instruction not agreed to',
    walk: exampleshire,
    posted: { step: 'declaration', post: {} },
    errors: {
      en: [['confirmed', 'Confirm that the information you have given is correct']],
      cy: [['confirmed', 'Cadarnhewch fod yr wybodaeth a roddoch yn gywir']],
    },
  },
];

for (const { title, walk, posted, errors } of errorCases) {
  describe(title, () => {
    it.each(locales)('is refused with the GOV.UK message, in %s', (locale) => {
      const flow = flowFor(walk);
      expect(errorsOn(flow, pagesBefore(walk, posted.step), posted, locale)).toEqual(errors[locale]);
    });
  });
}

describe('the Direct Debit mandate', () => {
  it('shows the whole account number on check answers, for the resident to check, in English and Welsh', () => {
    const walk = walks.exampleshireNewDirectDebit;
    const flow = flowFor(walk);
    const answers = answersAfter(flow, walk.pages);
    const bankRows = (locale: Locale) =>
      flow
        .checkAnswers(answers, locale)
        .filter((row) => row.stepId === 'bank')
        .map((row) => [row.question, row.answer.join('')]);
    expect(bankRows('en')).toEqual([
      ['Name on the account', 'Jo Bloggs'],
      ['Sort code', '08-99-99'],
      ['Account number', '66374958'],
    ]);
    expect(bankRows('cy')).toEqual([
      ['Yr enw sydd ar y cyfrif', 'Jo Bloggs'],
      ['Cod didoli', '08-99-99'],
      ['Rhif y cyfrif', '66374958'],
    ]);
  });

  it('gives the Guarantee and the Instruction in the council’s name, with its notice', () => {
    const flow = flowFor(walks.exampleshireNewDirectDebit);
    expect(flow.view('guarantee', 'en').body.join('\n')).toContain(
      'Exampleshire Council will notify you 10 working days in advance of your account being debited',
    );
    expect(flow.view('guarantee', 'cy').body.join('\n')).toContain('bydd Cyngor Exampleshire yn eich hysbysu');
    expect(flow.view('declaration', 'en').body[0]).toContain('please pay Exampleshire Council Direct Debits');
    // Council tax's penalty warning is council tax's: a garden waste declaration has none.
    expect(flow.view('declaration', 'en').warning).toBeUndefined();
  });

  it('is asked of every household when the council takes only Direct Debit, with no payment question', () => {
    const walk = walks.exampleshireNewDirectDebit;
    const flow = flowFor(walk, { payment: { methods: ['direct-debit'] } });
    const pages = walk.pages.filter((page) => page.step !== 'payment');
    const answers = answersAfter(flow, pages);
    expect(flow.path(answers)).toEqual(pages.map((page) => page.step));
    expect(flow.currentStep(answers)).toBe(CHECK_ANSWERS);
  });

  it('is not asked of a household paying by card, nor at a free service', () => {
    const byCard = walks.exampleshireNewConcession;
    expect(flowFor(byCard).path(answersAfter(flowFor(byCard), byCard.pages))).not.toContain('bank');
    const free = walks.northmoorNew;
    const flow = flowFor(free, { payment: { methods: ['direct-debit'] } });
    expect(flow.path(answersAfter(flow, free.pages))).not.toContain('bank');
  });

  it('drops the mandate when the resident changes to card, and sends none', () => {
    const walk = walks.exampleshireNewDirectDebit;
    const flow = flowFor(walk);
    const changed = handleStepPost(flow, 'payment', { method: 'card' }, answersAfter(flow, walk.pages));
    if (!changed.ok) throw new Error('card was refused');
    expect(changed.answers).not.toHaveProperty('bank');
    const sent = flow.submission(changed.answers);
    if (!sent.ok) throw new Error(`not ready to send: ${JSON.stringify(sent.errors)}`);
    expect(sent.payload.derived).toMatchObject({ directDebit: null });
  });

  it('ends the journey for an account needing two signatures, with the council’s own words', () => {
    const walk = walks.exampleshireNewDirectDebit;
    const flow = flowFor(walk);
    const before = pagesBefore(walk, 'signatures');
    const answers = answersAfter(flow, [...before, { step: 'signatures', post: { moreThanOne: 'yes' } }]);
    expect(flow.path(answers).at(-1)).toBe('multipleSignatures');
    expect(flow.view('multipleSignatures', 'en').body.join('\n')).toContain(
      'You can pay by debit or credit card instead',
    );
    expect(flow.view('multipleSignatures', 'cy').body.join('\n')).toContain('Gallwch dalu gyda cherdyn');
  });
});

describe('pages further on', () => {
  it('cannot be posted before the pages before them are answered', () => {
    const flow = flowFor(exampleshire);
    const answers = answersAfter(flow, pagesBefore(exampleshire, 'bins'));
    expect(handleStepPost(flow, 'payment', { method: 'card' }, answers)).toEqual({
      ok: false,
      errors: [],
      values: {},
      redirect: 'bins',
    });
  });
});

// --- Pages that end a journey ---

/** The ending page's words in one language: its heading and paragraphs. */
function endingPage(flow: Flow<AnyTransaction>, step: StepId, locale: Locale) {
  const view = flow.view(step, locale);
  expect(view.ends).toBe(true);
  expect(view.fields).toEqual([]);
  return { title: view.title, body: view.body };
}

const notServed = {
  en: {
    title: 'We cannot collect garden waste from this property',
    body: [
      'We do not collect garden waste from this type of property.',
      'You can take garden waste to a household waste recycling centre.',
    ],
  },
  cy: {
    title: 'Ni allwn gasglu gwastraff gardd o’r eiddo hwn',
    body: [
      'Nid ydym yn casglu gwastraff gardd o’r math hwn o eiddo.',
      'Gallwch fynd â gwastraff gardd i ganolfan ailgylchu gwastraff y cartref.',
    ],
  },
};

const northmoorNotServed = {
  en: {
    title: notServed.en.title,
    body: [
      'We do not collect garden waste from flats or maisonettes.',
      'Your managing agent looks after communal gardens.',
    ],
  },
  cy: {
    title: notServed.cy.title,
    body: [
      'Nid ydym yn casglu gwastraff gardd o fflatiau na maisonetau.',
      'Mae eich asiant rheoli yn gofalu am erddi cymunedol.',
    ],
  },
};

describe.each([
  { council: 'exampleshire', walk: exampleshire, type: 'flat', words: notServed },
  { council: 'northmoor', walk: northmoor, type: 'flat', words: northmoorNotServed },
  { council: 'northmoor', walk: northmoor, type: 'maisonette', words: northmoorNotServed },
] as const)('a $type at $council', ({ walk, type, words }) => {
  it.each(locales)('ends at "not served", with the council’s words, in %s', (locale) => {
    const flow = flowFor(walk);
    const answers = answersAfter(flow, pagesBefore(walk, 'property'));
    const result = handleStepPost(flow, 'property', { type }, answers, { locale });
    if (!result.ok) throw new Error('the property type was refused');
    expect(result.next).toBe('notServed');
    expect(flow.path(result.answers)).toEqual(['address', 'property', 'notServed']);
    expect(flow.nextStep('notServed', result.answers)).toBeUndefined();
    expect(endingPage(flow, 'notServed', locale)).toEqual(words[locale]);
    // Nothing can be sent, and the ending page cannot be posted to get past it.
    expect(flow.submission(result.answers)).toMatchObject({ ok: false, step: 'notServed' });
    expect(handleStepPost(flow, 'notServed', {}, result.answers, { locale })).toMatchObject({
      ok: false,
      redirect: 'notServed',
    });
  });
});

describe('a maisonette at Exampleshire and a flat at Enghraifft', () => {
  it.each([
    { walk: exampleshire, type: 'maisonette' },
    { walk: enghraifftBins, type: 'flat' },
  ])('go on to the container (served)', ({ walk, type }) => {
    const flow = flowFor(walk);
    const result = handleStepPost(flow, 'property', { type }, answersAfter(flow, pagesBefore(walk, 'property')));
    expect(result).toMatchObject({ ok: true, next: 'container' });
  });
});

const closed = {
  en: {
    title: 'Garden waste subscriptions are closed',
    body: ['You cannot subscribe to or renew garden waste collection at the moment.', 'Check again later.'],
  },
  cy: {
    title: 'Mae tanysgrifiadau gwastraff gardd ar gau',
    body: [
      'Ni allwch danysgrifio i gasgliadau gwastraff gardd na’u hadnewyddu ar hyn o bryd.',
      'Gwiriwch eto nes ymlaen.',
    ],
  },
};

const enghraifftClosed = {
  en: { title: closed.en.title, body: ['Subscriptions for this year have closed. They open again on 1 March.'] },
  cy: {
    title: closed.cy.title,
    body: ['Mae tanysgrifiadau ar gyfer eleni wedi cau. Byddant yn agor eto ar 1 Mawrth.'],
  },
};

const closings: { council: Council; journey: JourneyKind; today: string; words: typeof closed }[] = [
  { council: 'northmoor', journey: 'new', today: '2026-10-15', words: closed },
  { council: 'northmoor', journey: 'renewal', today: '2026-10-15', words: closed },
  { council: 'exampleshire', journey: 'new', today: '2026-10-15', words: closed },
  { council: 'exampleshire', journey: 'renewal', today: '2026-10-15', words: closed },
  // In the renewal window, so only the switch closes either journey.
  { council: 'enghraifft', journey: 'new', today: '2027-03-01', words: enghraifftClosed },
  { council: 'enghraifft', journey: 'renewal', today: '2027-03-01', words: enghraifftClosed },
];

function switchedOff(journey: JourneyKind): RulesLayer<AnyTransaction> {
  return { service: journey === 'new' ? { newSubscriptionsOpen: false } : { renewalsOpen: false } };
}

describe.each(closings)('$council, with the $journey journey closed', (setting: Setting & { words: typeof closed }) => {
  it.each(locales)('ends on the first page, "closed", in %s', (locale) => {
    const flow = flowFor(setting, switchedOff(setting.journey));
    expect(flow.firstStep()).toBe('closed');
    expect(flow.path({})).toEqual(['closed']);
    expect(flow.currentStep({})).toBe('closed');
    expect(endingPage(flow, 'closed', locale)).toEqual(setting.words[locale]);
    // A post to the first page of the open journey is sent back to "closed".
    const firstPage = setting.journey === 'new' ? 'address' : 'subscription';
    expect(handleStepPost(flow, firstPage, {}, {}, { locale })).toMatchObject({ ok: false, redirect: 'closed' });
  });

  it('leaves the other journey open', () => {
    const other: JourneyKind = setting.journey === 'new' ? 'renewal' : 'new';
    const flow = flowFor({ ...setting, journey: other }, switchedOff(setting.journey));
    expect(flow.firstStep()).toBe(other === 'new' ? 'address' : 'subscription');
  });
});

describe('renewing at Enghraifft outside the renewal window', () => {
  it.each([
    { locale: 'en', body: 'Renewals for next year open on 18 February 2027.' },
    { locale: 'cy', body: 'Mae adnewyddu ar gyfer y flwyddyn nesaf yn agor ar 18 Chwefror 2027.' },
  ] as const)('ends at "not open yet", saying when it opens, in $locale', ({ locale, body }) => {
    const flow = flowFor({ council: 'enghraifft', journey: 'renewal', today: '2026-10-15' });
    expect(flow.path({})).toEqual(['notOpen']);
    expect(endingPage(flow, 'notOpen', locale).body[0]).toBe(body);
    expect(handleStepPost(flow, 'subscription', { reference }, {}, { locale })).toMatchObject({
      ok: false,
      redirect: 'notOpen',
    });
  });

  it('opens 42 days before the year starts', () => {
    expect(flowFor({ council: 'enghraifft', journey: 'renewal', today: '2027-02-17' }).firstStep()).toBe('notOpen');
    expect(flowFor({ council: 'enghraifft', journey: 'renewal', today: '2027-02-18' }).firstStep()).toBe(
      'subscription',
    );
  });

  it('is never shown by the councils with rolling subscriptions', () => {
    for (const council of ['northmoor', 'exampleshire'] as const) {
      expect(flowFor({ council, journey: 'renewal', today: '2026-10-15' }).firstStep()).toBe('subscription');
    }
  });
});
