import { CHECK_ANSWERS, type Flow, handleStepPost, type Locale } from '@lgds/core';
import { payloadJsonSchema, payloadSchema } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  answersAfter,
  flowFor,
  leakedDigits,
  type Page,
  page,
  pagesBefore,
  type Walk,
  walks,
} from './testing/journeys';
import type { directDebit } from './transaction';

// Every journey of both presets, posted page by page through the engine alone (as a server does for a form posted
// without JavaScript), in English and Welsh; then the ways a resident can go wrong, and the page that ends a journey.

const locales: readonly Locale[] = ['en', 'cy'];
const submittedAt = new Date('2026-11-16T09:30:00Z');
type DirectDebitFlow = Flow<typeof directDebit>;

/** Check answers as the resident reads it: the answers, then what they will pay. */
function rowsOf(flow: DirectDebitFlow, answers: Answers, locale: Locale) {
  return [...flow.checkAnswers(answers, locale), ...flow.costs(answers, locale)].map((row) => [
    row.question,
    row.answer.join('\n'),
  ]);
}

/** Posts one page and gives the errors as [field, message] pairs, checking that nothing moved on. */
function errorsOn(flow: DirectDebitFlow, before: readonly Page[], posted: Page, locale: Locale) {
  const answers = answersAfter(flow, before);
  const result = handleStepPost(flow, posted.step, posted.post, answers, { locale });
  if (result.ok) throw new Error(`${posted.step} was accepted: ${JSON.stringify(result.answers)}`);
  expect(result.redirect).toBeUndefined();
  // What the resident typed is kept, to show it again.
  for (const [name, value] of Object.entries(posted.post)) expect(result.values[name]).toBe(value);
  return result.errors.map((error) => [error.field, error.message]);
}

function sent(flow: DirectDebitFlow, walk: Walk) {
  const submitted = flow.submission(answersAfter(flow, walk.pages), { reference: 'DD-7KQ4M-X9RTP', submittedAt });
  if (!submitted.ok) throw new Error(`not ready to send: ${JSON.stringify(submitted.errors)}`);
  return submitted.payload;
}

for (const walk of Object.values(walks) as Walk[]) {
  describe(walk.title, () => {
    it.each(locales)('walks from the first page to check answers and confirmation, in %s', (locale) => {
      const flow = flowFor(walk.council);
      let answers: Answers = {};
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

      // Check answers: every answer with a change link to its field (the Guarantee and the declaration are left
      // out), then what the resident will pay.
      expect(rowsOf(flow, answers, locale)).toEqual(walk.rows[locale]);
      const linked = flow.checkAnswers(answers, locale);
      for (const row of linked) expect(row.href).toBe(`${row.stepId}#${row.field}`);
      expect([...new Set(linked.map((row) => row.stepId))]).toEqual(
        visited.filter((step) => step !== 'guarantee' && step !== 'declaration'),
      );

      const submitted = flow.submission(answers, { reference: 'DD-7KQ4M-X9RTP', submittedAt });
      if (!submitted.ok) throw new Error(`not ready to send: ${JSON.stringify(submitted.errors)}`);
      const { payload } = submitted;
      expect(payload).toMatchObject({
        transaction: 'council-tax-direct-debit',
        version: 1,
        reference: 'DD-7KQ4M-X9RTP',
        submittedAt: '2026-11-16T09:30:00.000Z',
        derived: walk.derived,
      });
      expect(Object.keys(payload.answers)).toEqual(visited);
      // The back office gets the full bank details; the derived facts carry only the last 2 digits.
      expect(payload.answers.bank).toEqual(walk.bank);
      expect(payloadSchema(flow).parse(payload)).toEqual(payload);

      // What happens next: the first payment from the account's last 2 digits, and never more of its number.
      const next = flow.confirmation(payload, locale).join('\n');
      expect(next).toContain(walk.firstPayment[locale]);
      expect(next).toContain(` ${walk.derived.accountNumberEnding} `);
      expect(leakedDigits(next, walk.bank.accountNumber)).toEqual([]);
    });
  });
}

describe('what happens next, word for word', () => {
  it('tells a Northmoor resident when the first payment is, the plan, the notice and the service user number', () => {
    const flow = flowFor('northmoor');
    const payload = sent(flow, walks.northmoorTenOnThe1st);
    expect(flow.confirmation(payload, 'en')).toEqual([
      'Your first payment will be taken from the account ending 58 on 1 December 2026.',
      'You will pay in 10 monthly instalments a year, on the 1st of the month (or the next working day).',
      'We will write to you with the amount and date of each payment at least 10 working days before your first payment.',
      'Our Direct Debit service user number is 987654.',
    ]);
    expect(flow.confirmation(payload, 'cy')).toEqual([
      'Bydd eich taliad cyntaf yn cael ei gymryd o’r cyfrif sy’n gorffen gyda’r digidau 58 ar 1 Rhagfyr 2026.',
      'Byddwch yn talu mewn 10 rhandaliad misol y flwyddyn, ar y 1af o’r mis (neu’r diwrnod gwaith nesaf).',
      'Byddwn yn ysgrifennu atoch gyda swm a dyddiad pob taliad o leiaf 10 diwrnod gwaith cyn eich taliad cyntaf.',
      'Ein rhif defnyddiwr gwasanaeth Debyd Uniongyrchol yw 987654.',
    ]);
  });

  it('tells an Enghraifft resident about its 14 days’ notice, and gives no service user number it has not set', () => {
    const flow = flowFor('enghraifft');
    const payload = sent(flow, walks.enghraifftOnThe23rd);
    expect(flow.confirmation(payload, 'cy')).toEqual([
      'Bydd eich taliad cyntaf yn cael ei gymryd o’r cyfrif sy’n gorffen gyda’r digidau 39 ar 23 Rhagfyr 2026.',
      'Byddwch yn talu mewn 12 rhandaliad misol y flwyddyn, ar y 23ain o’r mis (neu’r diwrnod gwaith nesaf).',
      'Byddwn yn ysgrifennu atoch gyda swm a dyddiad pob taliad o leiaf 14 diwrnod gwaith cyn eich taliad cyntaf.',
    ]);
    expect(flow.confirmation(payload, 'en')).toEqual([
      'Your first payment will be taken from the account ending 39 on 23 December 2026.',
      'You will pay in 12 monthly instalments a year, on the 23rd of the month (or the next working day).',
      'We will write to you with the amount and date of each payment at least 14 working days before your first payment.',
    ]);
  });

  it('counts payments in Welsh with the right forms: 1 taliad, 2 randaliad, 3 rhandaliad', () => {
    const flow = flowFor('enghraifft', { instalmentPlans: [1, 2, 3] });
    const before = pagesBefore(walks.enghraifftOnThe23rd, 'paymentDay');
    const plans = { '1': '1 taliad', '2': '2 randaliad misol', '3': '3 rhandaliad misol' };
    for (const [instalments, words] of Object.entries(plans)) {
      const answers = answersAfter(flow, [
        ...before,
        page.plan(instalments),
        page.paymentDay('8'),
        page.guarantee(),
        page.declaration(),
      ]);
      const submitted = flow.submission(answers);
      if (!submitted.ok) throw new Error('not ready to send');
      expect(flow.confirmation(submitted.payload, 'cy')[1]).toContain(`mewn ${words}`);
      expect(flow.confirmation(submitted.payload, 'cy')[1]).toContain('ar y 8fed o’r mis');
    }
  });

  it('says "1 payment" in English for a council that offers the whole year at once', () => {
    const flow = flowFor('northmoor', { instalmentPlans: [1, 10] });
    const walk = walks.northmoorTenOnThe1st;
    const answers = answersAfter(flow, [
      ...pagesBefore(walk, 'plan'),
      page.plan('1'),
      page.paymentDay('1'),
      page.guarantee(),
      page.declaration(),
    ]);
    expect(rowsOf(flow, answers, 'en')).toContainEqual(['Instalments', '1 payment for the whole year']);
    const submitted = flow.submission(answers);
    if (!submitted.ok) throw new Error('not ready to send');
    expect(flow.confirmation(submitted.payload, 'en')[1]).toBe(
      'You will pay each year’s council tax in 1 payment, on the 1st of the month (or the next working day).',
    );
  });
});

describe('branches the councils’ rules make', () => {
  it('does not ask Enghraifft residents about the plan, which is always 12 instalments', () => {
    const flow = flowFor('enghraifft');
    const answers = answersAfter(flow, pagesBefore(walks.enghraifftOnThe1st, 'paymentDay'));
    expect(flow.currentStep(answers)).toBe('paymentDay');
    expect(flow.path(answers)).not.toContain('plan');
    expect(flow.nextStep('bank', answers)).toBe('paymentDay');
  });

  it('does not ask the day when a council takes payments on one day only, and shows it on check answers', () => {
    const flow = flowFor('northmoor', { paymentDays: [15] });
    const walk = walks.northmoorTenOnThe1st;
    const pages = walk.pages.filter((posted) => posted.step !== 'paymentDay');
    const answers = answersAfter(flow, pages);
    expect(flow.path(answers)).toEqual(pages.map((posted) => posted.step));
    expect(rowsOf(flow, answers, 'cy').slice(-2)).toEqual([
      ['Diwrnod talu', '15fed o’r mis'],
      ['Taliad cyntaf', '15 Rhagfyr 2026'],
    ]);
    const submitted = flow.submission(answers);
    if (!submitted.ok) throw new Error('not ready to send');
    expect(submitted.payload.derived).toEqual({
      instalments: 10,
      paymentDay: 15,
      firstPaymentDate: '2026-12-15',
      accountNumberEnding: '58',
    });
  });

  it('ignores a plan answered before the council stopped asking', () => {
    const flow = flowFor('enghraifft');
    const answers = { ...answersAfter(flow, walks.enghraifftOnThe1st.pages), plan: { instalments: '10' } };
    expect(rowsOf(flow, answers, 'en')).toContainEqual(['Instalments', '12 monthly instalments']);
    const submitted = flow.submission(answers);
    if (!submitted.ok) throw new Error('not ready to send');
    expect(submitted.payload.answers).not.toHaveProperty('plan');
    expect(submitted.payload.derived.instalments).toBe(12);
  });

  it('gives integrators a JSON Schema of the payload, with the derived facts', () => {
    const schema = payloadJsonSchema(flowFor('northmoor')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual([
      'transaction',
      'version',
      'reference',
      'submittedAt',
      'answers',
      'derived',
      // Only a payload paid by card through a service that takes payments has one: never a Direct Debit.
      'payment',
    ]);
    expect((schema as { required?: string[] }).required).not.toContain('payment');
    expect(JSON.stringify(schema.properties.derived)).toContain('accountNumberEnding');
  });
});

describe('check answers before every page is answered', () => {
  it('shows the bank details as not given, whatever is stored for them', () => {
    const flow = flowFor('northmoor');
    for (const bank of [undefined, {}, { accountName: 7, sortCode: 89999, accountNumber: ['6', '6'] }]) {
      const rows = flow.checkAnswers({
        account: { reference: '51234567' },
        signatures: { moreThanOne: 'no' },
        bank,
      } as never);
      expect(rows.find((row) => row.field === 'sortCode')?.answer).toEqual(bank?.sortCode ? ['89999'] : ['Not given']);
      expect(rows.find((row) => row.field === 'accountName')?.answer).toEqual(
        bank?.accountName ? ['7'] : ['Not given'],
      );
    }
  });

  it('shows when the first payment would be for a plan or day not offered, from the council’s first', () => {
    const flow = flowFor('northmoor');
    expect(() => flow.checkAnswers({ plan: { instalments: 'x' }, paymentDay: { day: '31' } } as never)).not.toThrow();
  });
});

describe('what residents post is tidied', () => {
  it('stores the reference, sort code and account number without the spaces and dashes typed', () => {
    const flow = flowFor('northmoor');
    const answers = answersAfter(flow, walks.northmoorTenOnThe1st.pages);
    expect(answers.account).toEqual({ reference: '51234567' });
    expect(answers.bank).toEqual({ accountName: 'Jo Bloggs', sortCode: '089999', accountNumber: '66374958' });
  });

  it.each([
    ['08–99–99', '6637 4958'],
    ['08 99 99', '6637-4958'],
    ['  089999 ', ' 66-37-49-58 '],
  ])('accepts the sort code %s and account number %s', (sortCode, accountNumber) => {
    const flow = flowFor('northmoor');
    const result = flow.validateStep('bank', { accountName: 'Jo Bloggs', sortCode, accountNumber });
    expect(result).toEqual({
      ok: true,
      values: { accountName: 'Jo Bloggs', sortCode: '089999', accountNumber: '66374958' },
    });
  });
});

// --- Errors ---

type Errors = Readonly<Record<Locale, readonly (readonly [field: string, message: string])[]>>;

interface ErrorCase {
  title: string;
  walk: Walk;
  posted: Page;
  errors: Errors;
}

const northmoor = walks.northmoorTenOnThe1st;
const enghraifft = walks.enghraifftOnThe1st;
const bankDetails = (sortCode: string, accountNumber: string, accountName = 'Jo Bloggs') =>
  page.bank(accountName, sortCode, accountNumber);

const errorCases: readonly ErrorCase[] = [
  {
    title: 'no account number',
    walk: northmoor,
    posted: page.account(''),
    errors: {
      en: [['reference', 'Enter your council tax account number']],
      cy: [['reference', 'Rhowch rif eich cyfrif treth gyngor']],
    },
  },
  {
    title: 'an account number Northmoor does not use, with its format in words',
    walk: northmoor,
    posted: page.account('4123 4567'),
    errors: {
      en: [['reference', 'Enter your council tax account number in the correct format: 8 digits starting with 5']],
      cy: [['reference', 'Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: 8 digid yn dechrau gyda 5']],
    },
  },
  {
    title: 'an account number Enghraifft does not use, with its format in words',
    walk: enghraifft,
    posted: page.account('1234567'),
    errors: {
      en: [
        [
          'reference',
          'Enter your council tax account number in the correct format: CT followed by 7 digits, like CT1234567',
        ],
      ],
      cy: [['reference', 'Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: CT ac yna 7 digid, fel CT1234567']],
    },
  },
  {
    title: 'no answer about signatures',
    walk: northmoor,
    posted: { step: 'signatures', post: {} },
    errors: {
      en: [['moreThanOne', 'Select if more than one signature is needed']],
      cy: [['moreThanOne', 'Dewiswch a oes angen mwy nag un llofnod']],
    },
  },
  {
    title: 'no bank details',
    walk: northmoor,
    posted: bankDetails('', '', ''),
    errors: {
      en: [
        ['accountName', 'Enter the name on the account'],
        ['sortCode', 'Enter a sort code'],
        ['accountNumber', 'Enter an account number'],
      ],
      cy: [
        ['accountName', 'Rhowch yr enw sydd ar y cyfrif'],
        ['sortCode', 'Rhowch god didoli'],
        ['accountNumber', 'Rhowch rif cyfrif'],
      ],
    },
  },
  {
    title: 'a sort code one digit short, and an account number with letters',
    walk: northmoor,
    posted: bankDetails('08-99-9', '6637495B'),
    errors: {
      en: [
        ['sortCode', 'Enter a valid sort code like 309430'],
        ['accountNumber', 'Enter a valid account number like 00733445'],
      ],
      cy: [
        ['sortCode', 'Rhowch god didoli dilys fel 309430'],
        ['accountNumber', 'Rhowch rif cyfrif dilys fel 00733445'],
      ],
    },
  },
  {
    title: 'a sort code with a letter O for a zero, and a 5-digit account number',
    walk: enghraifft,
    posted: bankDetails('O8 99 99', '37 495'),
    errors: {
      en: [
        ['sortCode', 'Enter a valid sort code like 309430'],
        ['accountNumber', 'Account number must be between 6 and 8 digits'],
      ],
      cy: [
        ['sortCode', 'Rhowch god didoli dilys fel 309430'],
        ['accountNumber', 'Rhaid i rif y cyfrif fod rhwng 6 ac 8 digid'],
      ],
    },
  },
  {
    title: 'a 9-digit account number, and far too much typed in the sort code',
    walk: northmoor,
    posted: bankDetails('08-99-99-08-99-99-08-99', '663749581'),
    errors: {
      en: [
        ['sortCode', 'Enter a valid sort code like 309430'],
        ['accountNumber', 'Account number must be between 6 and 8 digits'],
      ],
      cy: [
        ['sortCode', 'Rhowch god didoli dilys fel 309430'],
        ['accountNumber', 'Rhaid i rif y cyfrif fod rhwng 6 ac 8 digid'],
      ],
    },
  },
  {
    title: 'a name longer than the account can have',
    walk: northmoor,
    posted: bankDetails('08-99-99', '66374958', 'J'.repeat(71)),
    errors: {
      en: [['accountName', 'The name on the account must be 70 characters or less']],
      cy: [['accountName', 'Rhaid i’r enw sydd ar y cyfrif fod yn 70 nod neu lai']],
    },
  },
  {
    title: 'a sort code and account number that do not go together (the last digit wrong)',
    walk: northmoor,
    posted: bankDetails('08-99-99', '66374959'),
    errors: {
      en: [['accountNumber', 'Enter a valid combination of sort code and account number']],
      cy: [['accountNumber', 'Rhowch gyfuniad dilys o god didoli a rhif cyfrif']],
    },
  },
  {
    title: 'a sort code and account number that do not go together (two digits swapped)',
    walk: enghraifft,
    posted: bankDetails('20 29 59', '63748427'),
    errors: {
      en: [['accountNumber', 'Enter a valid combination of sort code and account number']],
      cy: [['accountNumber', 'Rhowch gyfuniad dilys o god didoli a rhif cyfrif']],
    },
  },
  {
    title: 'no plan chosen',
    walk: northmoor,
    posted: { step: 'plan', post: {} },
    errors: {
      en: [['instalments', 'Select how many instalments you want to pay in']],
      cy: [['instalments', 'Dewiswch mewn sawl rhandaliad rydych chi eisiau talu']],
    },
  },
  {
    title: 'a plan Northmoor does not offer',
    walk: northmoor,
    posted: page.plan('11'),
    errors: {
      en: [['instalments', 'Select how many instalments you want to pay in']],
      cy: [['instalments', 'Dewiswch mewn sawl rhandaliad rydych chi eisiau talu']],
    },
  },
  {
    title: 'no payment day',
    walk: enghraifft,
    posted: { step: 'paymentDay', post: {} },
    errors: {
      en: [['day', 'Select which day of the month you want to pay on']],
      cy: [['day', 'Dewiswch ar ba ddiwrnod o’r mis rydych chi eisiau talu']],
    },
  },
  {
    title: 'a payment day Northmoor does not offer (Enghraifft’s 8th)',
    walk: northmoor,
    posted: page.paymentDay('8'),
    errors: {
      en: [['day', 'Select which day of the month you want to pay on']],
      cy: [['day', 'Dewiswch ar ba ddiwrnod o’r mis rydych chi eisiau talu']],
    },
  },
  {
    title: 'the declaration not ticked',
    walk: enghraifft,
    posted: { step: 'declaration', post: {} },
    errors: {
      en: [['confirmed', 'Confirm that the information you have given is correct']],
      cy: [['confirmed', 'Cadarnhewch fod yr wybodaeth a roddoch yn gywir']],
    },
  },
];

describe('errors, in GOV.UK’s words', () => {
  for (const { title, walk, posted, errors } of errorCases) {
    it.each(locales)(`${title}, in %s`, (locale) => {
      const flow = flowFor(walk.council);
      expect(errorsOn(flow, pagesBefore(walk, posted.step), posted, locale)).toEqual(errors[locale]);
    });
  }

  it('checks the pair only once each is right on its own', () => {
    const flow = flowFor('northmoor');
    // A wrong pair with a missing name: only the name is reported, then the pair once the name is given.
    const result = flow.validateStep('bank', { sortCode: '089999', accountNumber: '66374959' });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field: 'accountName', message: 'Enter the name on the account' }],
    });
  });
});

describe('an account that needs more than one signature', () => {
  it('ends the journey at Northmoor with the standard words and its contact page, in English and Welsh', () => {
    const flow = flowFor('northmoor');
    const before = answersAfter(flow, pagesBefore(northmoor, 'signatures'));
    const result = handleStepPost(flow, 'signatures', { moreThanOne: 'yes' }, before);
    if (!result.ok) throw new Error('refused');
    expect(result.next).toBe('multipleSignatures');
    expect(flow.path(result.answers)).toEqual(['account', 'signatures', 'multipleSignatures']);
    expect(flow.nextStep('multipleSignatures', result.answers)).toBeUndefined();

    expect(flow.view('multipleSignatures', 'en')).toMatchObject({
      title: 'You cannot set up this Direct Debit online',
      body: [
        'We can only set up a Direct Debit online when one person can authorise it.',
        'Contact us to get a paper Direct Debit form for everyone who needs to sign: https://www.northmoor.example/council-tax/contact',
      ],
      ends: true,
      fields: [],
    });
    expect(flow.view('multipleSignatures', 'cy')).toMatchObject({
      title: 'Ni allwch sefydlu’r Debyd Uniongyrchol hwn ar-lein',
      body: [
        'Dim ond pan fydd un person yn gallu ei awdurdodi y gallwn sefydlu Debyd Uniongyrchol ar-lein.',
        'Cysylltwch â ni i gael ffurflen bapur ar gyfer Debyd Uniongyrchol i bawb sydd angen llofnodi: https://www.northmoor.example/council-tax/contact',
      ],
    });

    // Nothing further can be answered or sent.
    const bank = handleStepPost(flow, 'bank', northmoor.pages[2]?.post, result.answers);
    expect(bank).toMatchObject({ ok: false, redirect: 'multipleSignatures' });
    expect(flow.submission(result.answers)).toMatchObject({ ok: false, step: 'multipleSignatures' });
  });

  it('gives Enghraifft’s own words, in Welsh and English', () => {
    const flow = flowFor('enghraifft');
    const answers = answersAfter(flow, [...pagesBefore(enghraifft, 'signatures'), page.signatures('yes')]);
    expect(flow.currentStep(answers)).toBe('multipleSignatures');
    expect(flow.view('multipleSignatures', 'cy').body).toEqual([
      'Mae angen llofnod pawb sy’n gorfod llofnodi ar gyfer y cyfrif hwn.',
      'Ffoniwch ni ar 01632 960 123 a byddwn yn anfon ffurflen Debyd Uniongyrchol atoch drwy’r post i’w llofnodi a’i hanfon yn ôl.',
    ]);
    expect(flow.view('multipleSignatures', 'en').body).toEqual([
      'We need the signature of everyone who must sign for this account.',
      'Phone us on 01632 960 123 and we will post you a Direct Debit form to sign and send back.',
    ]);
  });

  it('lets a resident who answered "yes" by mistake change to "no" and carry on', () => {
    const flow = flowFor('enghraifft');
    const ended = answersAfter(flow, [...pagesBefore(enghraifft, 'signatures'), page.signatures('yes')]);
    const result = handleStepPost(flow, 'signatures', { moreThanOne: 'no' }, ended, { locale: 'cy' });
    expect(result).toMatchObject({ ok: true, next: 'bank' });
  });
});

describe('the Direct Debit Guarantee and Instruction', () => {
  it('shows Bacs’ Guarantee with Northmoor’s name and notice, before the declaration', () => {
    const flow = flowFor('northmoor');
    expect(flow.nextStep('guarantee', answersAfter(flow, northmoor.pages))).toBe('declaration');
    expect(flow.view('guarantee', 'en')).toMatchObject({
      title: 'The Direct Debit Guarantee',
      body: [
        'This Guarantee is offered by all banks and building societies that accept instructions to pay Direct Debits.',
        'If there are any changes to the amount, date or frequency of your Direct Debit Northmoor District Council will notify you 10 working days in advance of your account being debited or as otherwise agreed. If you request Northmoor District Council to collect a payment, confirmation of the amount and date will be given to you at the time of the request.',
        'If an error is made in the payment of your Direct Debit, by Northmoor District Council or your bank or building society, you are entitled to a full and immediate refund of the amount paid from your bank or building society.',
        'If you receive a refund you are not entitled to, you must pay it back when Northmoor District Council asks you to.',
        'You can cancel a Direct Debit at any time by simply contacting your bank or building society. Written confirmation may be required. Please also notify us.',
      ],
      ends: false,
      fields: [],
    });
  });

  it('gives the Guarantee in Welsh with Enghraifft’s Welsh name and 14 days', () => {
    const view = flowFor('enghraifft').view('guarantee', 'cy');
    expect(view.title).toBe('Y Warant Debyd Uniongyrchol');
    expect(view.body[1]).toBe(
      'Os bydd unrhyw newidiadau i swm, dyddiad neu amlder eich Debyd Uniongyrchol, bydd Cyngor Sir Enghraifft yn eich hysbysu 14 diwrnod gwaith cyn i’ch cyfrif gael ei ddebydu neu yn unol â’r hyn a gytunwyd yn wahanol. Os bydd Cyngor Sir Enghraifft yn casglu taliad ar eich cais, bydd cadarnhad o’r swm a’r dyddiad yn cael ei roi i chi ar adeg y cais.',
    );
  });

  it('puts the Instruction in the standard declaration, and the council’s own words in place of it', () => {
    expect(flowFor('northmoor').view('declaration', 'en').body[0]).toBe(
      'Instruction to your bank or building society: please pay Northmoor District Council Direct Debits from the account detailed in this Instruction subject to the safeguards assured by the Direct Debit Guarantee. I understand that this Instruction may remain with Northmoor District Council and, if so, details will be passed electronically to my bank or building society.',
    );
    const own = flowFor('enghraifft').view('declaration', 'cy');
    expect(own.body[1]).toBe(
      'Fi yw deiliad y cyfrif a gallaf awdurdodi Debydau Uniongyrchol o’r cyfrif hwn ar fy mhen fy hun. Byddaf yn rhoi gwybod i’r cyngor os bydd manylion fy manc yn newid.',
    );
    expect(own.warning).toBe(
      'Gallech gael eich erlyn os byddwch yn rhoi gwybodaeth ffug i sefydlu Debyd Uniongyrchol o gyfrif nad yw’n eiddo i chi.',
    );
  });

  it('uses "the council" when a council has not given its name', () => {
    const flow = flowFor('northmoor', { serviceUser: { name: { en: 'the council', cy: 'y cyngor' } } });
    expect(flow.view('guarantee', 'en').body[3]).toBe(
      'If you receive a refund you are not entitled to, you must pay it back when the council asks you to.',
    );
    expect(flow.view('guarantee', 'cy').body[3]).toBe(
      'Os byddwch yn cael ad-daliad nad oes gennych hawl iddo, rhaid i chi ei dalu’n ôl pan fydd y cyngor yn gofyn i chi wneud hynny.',
    );
  });
});
