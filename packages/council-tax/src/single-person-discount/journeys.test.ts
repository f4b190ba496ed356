import { CHECK_ANSWERS, createFlow, handleStepPost, type Locale } from '@lgds/core';
import { payloadJsonSchema, payloadSchema, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { singlePersonDiscountPresets as presets } from './presets';
import {
  answersBefore,
  type Body,
  type Council,
  councils,
  dateBoxes,
  errorsOn,
  everyAnswer,
  flowFor,
  type Post,
  type SpdFlow,
  walk,
} from './testing';
import { singlePersonDiscount } from './transaction';

const contact: Post = ['contact', { fullName: ' Sam Jones ', email: 'sam@example.com', phone: '' }];
const address: Post = ['address', { line1: '12 Chapel Row', line2: '', town: 'Exampleton', postcode: 'ex1 1aa' }];
const declaration: Post = ['declaration', { confirmed: 'yes' }];
const noOneMovedOut: Post = ['leaver', { movedOut: 'no', name: '' }];

function send(flow: SpdFlow, posts: readonly Post[], locale: Locale) {
  const { answers, visited } = walk(flow, posts, locale);
  const sent = flow.submission(answers, { submittedAt: new Date('2026-10-15T09:30:00Z') });
  if (!sent.ok) throw new Error(`not sent: ${JSON.stringify(sent.errors)}`);
  // The payload survives the trip to the back office as JSON, and still matches its own schema.
  const parsed = payloadSchema(flow).safeParse(JSON.parse(JSON.stringify(sent.payload)));
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(sent.payload.transaction).toBe('council-tax-single-person-discount');
  expect(sent.payload.reference).toMatch(/^SPD-/);
  return {
    visited,
    // The answers, then what the resident will pay.
    rows: [...flow.checkAnswers(answers, locale), ...flow.costs(answers, locale)].map((row) => [
      row.question,
      row.answer.join(' / '),
    ]),
    payload: sent.payload,
    confirmation: flow.confirmation(sent.payload, locale),
  };
}

const tenancyAgreement = {
  id: 'kept-by-the-server',
  name: 'Tenancy agreement.pdf',
  size: 200_000,
  type: 'application/pdf',
};

describe('Exampleshire: 12 months back, nothing ahead, evidence asked for', () => {
  const flow = flowFor('exampleshire');

  it('in English: another adult moved out, with their name and new address, and the resident uploads evidence', () => {
    const journey = send(
      flow,
      [
        ['account', { reference: '5123 4567' }],
        contact,
        address,
        ['onlyAdult', dateBoxes('1', '9', '2026')],
        ['leaver', { movedOut: 'yes', name: 'Alex Jones' }],
        ['forwardingAddress', { line1: '4 Mill Lane', line2: 'Flat 2', town: 'Northton', postcode: 'ex2 4ab' }],
        // The details of the file the server kept, as it puts them in the post.
        ['evidence', { canSend: 'yes', files: JSON.stringify(tenancyAgreement) }],
        declaration,
      ],
      'en',
    );
    expect(journey.visited).toEqual([
      'account',
      'contact',
      'address',
      'onlyAdult',
      'leaver',
      'forwardingAddress',
      'evidence',
      'declaration',
    ]);
    expect(journey.rows).toEqual([
      ['Council tax account number', '51234567'],
      ['Full name', 'Sam Jones'],
      ['Email address', 'sam@example.com'],
      ['Phone number', 'Not given'],
      ['Address', '12 Chapel Row / Exampleton / EX1 1AA'],
      ['Date you became the only adult', '1 September 2026'],
      ['Another adult moved out', 'Yes'],
      ['Name of the adult who moved out', 'Alex Jones'],
      ['Their new address', '4 Mill Lane / Flat 2 / Northton / EX2 4AB'],
      ['Can send evidence', 'Yes'],
      ['Evidence', 'Tenancy agreement.pdf (195KB)'],
      ['Discount if you are eligible', '25% from 1 September 2026'],
    ]);
    expect(journey.payload.answers).toEqual({
      account: { reference: '51234567' },
      contact: { fullName: 'Sam Jones', email: 'sam@example.com' },
      address: { line1: '12 Chapel Row', town: 'Exampleton', postcode: 'EX1 1AA' },
      onlyAdult: { date: '2026-09-01' },
      leaver: { movedOut: 'yes', name: 'Alex Jones' },
      forwardingAddress: { line1: '4 Mill Lane', line2: 'Flat 2', town: 'Northton', postcode: 'EX2 4AB' },
      evidence: { canSend: 'yes', files: [tenancyAgreement] },
      declaration: { confirmed: ['yes'] },
    });
    expect(journey.payload.derived).toEqual({ discountPercent: 25, discountFrom: '2026-09-01' });
    expect(journey.confirmation).toEqual([
      'If you are eligible, we will reduce your bill by 25% from 1 September 2026.',
      'We will send you a new council tax bill that shows the discount.',
      'We will check your evidence and contact you if we need anything else.',
      'You must tell us within 21 days if another adult comes to live at the property. Contact us at https://www.exampleshire.example/council-tax/contact-us',
    ]);
  });

  it('in Welsh: no one moved out, on the first day of the window typed with a Welsh month, and no evidence', () => {
    const journey = send(
      flow,
      [
        ['account', { reference: '51234567' }],
        contact,
        address,
        ['onlyAdult', dateBoxes('15', 'Hydref', '2025')],
        noOneMovedOut,
        ['evidence', { canSend: 'no' }],
        declaration,
      ],
      'cy',
    );
    expect(journey.visited).toEqual([
      'account',
      'contact',
      'address',
      'onlyAdult',
      'leaver',
      'evidence',
      'declaration',
    ]);
    expect(journey.rows).toEqual([
      ['Rhif cyfrif treth gyngor', '51234567'],
      ['Enw llawn', 'Sam Jones'],
      ['Cyfeiriad e-bost', 'sam@example.com'],
      ['Rhif ffôn', 'Heb ei roi'],
      ['Cyfeiriad', '12 Chapel Row / Exampleton / EX1 1AA'],
      ['Dyddiad y daethoch yn unig oedolyn', '15 Hydref 2025'],
      ['Oedolyn arall wedi symud allan', 'Naddo'],
      ['Yn gallu anfon tystiolaeth', 'Na allaf'],
      ['Gostyngiad os ydych yn gymwys', '25% o 15 Hydref 2025 ymlaen'],
    ]);
    expect(journey.payload.answers.leaver).toEqual({ movedOut: 'no' });
    expect(journey.payload.answers.forwardingAddress).toBeUndefined();
    expect(journey.payload.derived).toEqual({ discountPercent: 25, discountFrom: '2025-10-15' });
    expect(journey.confirmation).toEqual([
      'Os ydych yn gymwys, byddwn yn gostwng eich bil 25% o 15 Hydref 2025 ymlaen.',
      'Byddwn yn anfon bil treth gyngor newydd atoch sy’n dangos y gostyngiad.',
      'Efallai y byddwn yn cysylltu â chi i wirio mai chi yw’r unig oedolyn sy’n byw yn yr eiddo.',
      'Rhaid i chi roi gwybod i ni cyn pen 21 diwrnod os bydd oedolyn arall yn dod i fyw yn yr eiddo. Cysylltwch â ni yn https://www.exampleshire.example/council-tax/contact-us',
    ]);
  });
});

describe('Cyngor Sir Enghraifft: 3 months back, 28 days ahead, no evidence', () => {
  const flow = flowFor('enghraifft');

  it('in Welsh: someone moves out on the last day of the window, name and new address not known', () => {
    const journey = send(
      flow,
      [
        ['account', { reference: 'a1234 56789' }],
        contact,
        address,
        ['onlyAdult', dateBoxes('12', '11', '2026')],
        ['leaver', { movedOut: 'yes', name: '' }],
        ['forwardingAddress', { line1: '', line2: '', town: '', postcode: '' }],
        declaration,
      ],
      'cy',
    );
    expect(journey.visited).toEqual([
      'account',
      'contact',
      'address',
      'onlyAdult',
      'leaver',
      'forwardingAddress',
      'declaration',
    ]);
    expect(journey.rows).toEqual([
      ['Rhif cyfrif treth gyngor', 'A123456789'],
      ['Enw llawn', 'Sam Jones'],
      ['Cyfeiriad e-bost', 'sam@example.com'],
      ['Rhif ffôn', 'Heb ei roi'],
      ['Cyfeiriad', '12 Chapel Row / Exampleton / EX1 1AA'],
      ['Dyddiad y daethoch yn unig oedolyn', '12 Tachwedd 2026'],
      ['Oedolyn arall wedi symud allan', 'Do'],
      ['Enw’r oedolyn a symudodd allan', 'Heb ei roi'],
      ['Eu cyfeiriad newydd', 'Heb ei roi'],
      ['Gostyngiad os ydych yn gymwys', '25% o 12 Tachwedd 2026 ymlaen'],
    ]);
    expect(journey.payload.answers).toEqual({
      account: { reference: 'A123456789' },
      contact: { fullName: 'Sam Jones', email: 'sam@example.com' },
      address: { line1: '12 Chapel Row', town: 'Exampleton', postcode: 'EX1 1AA' },
      onlyAdult: { date: '2026-11-12' },
      leaver: { movedOut: 'yes' },
      forwardingAddress: {},
      declaration: { confirmed: ['yes'] },
    });
    expect(journey.payload.derived).toEqual({ discountPercent: 25, discountFrom: '2026-11-12' });
    expect(journey.confirmation).toEqual([
      'Os ydych yn gymwys, byddwn yn gostwng eich bil 25% o 12 Tachwedd 2026 ymlaen.',
      'Byddwn yn anfon bil treth gyngor newydd atoch sy’n dangos y gostyngiad.',
      'Rhaid i chi roi gwybod i ni cyn pen 21 diwrnod os bydd oedolyn arall yn dod i fyw yn yr eiddo. Cysylltwch â ni yn https://www.enghraifft.example/treth-gyngor/cysylltu',
    ]);
  });

  it('in English: no one moved out, on the first day of the window; evidence is never asked', () => {
    const journey = send(
      flow,
      [
        ['account', { reference: 'A123456789' }],
        contact,
        address,
        ['onlyAdult', dateBoxes('16', '7', '2026')],
        noOneMovedOut,
        declaration,
      ],
      'en',
    );
    expect(journey.visited).toEqual(['account', 'contact', 'address', 'onlyAdult', 'leaver', 'declaration']);
    expect(journey.payload.answers.evidence).toBeUndefined();
    expect(journey.payload.derived).toEqual({ discountPercent: 25, discountFrom: '2026-07-16' });
    expect(journey.rows.at(-1)).toEqual(['Discount if you are eligible', '25% from 16 July 2026']);
    expect(journey.confirmation).toEqual([
      'If you are eligible, we will reduce your bill by 25% from 16 July 2026.',
      'We will send you a new council tax bill that shows the discount.',
      'You must tell us within 21 days if another adult comes to live at the property. Contact us at https://www.enghraifft.example/treth-gyngor/cysylltu',
    ]);
  });
});

describe('Northmoor: 2 years back, 14 days ahead, 30% in its pilot, evidence in its own words', () => {
  const flow = flowFor('northmoor');

  it('in English: another adult moved out and only the postcode of their new address is known; no evidence', () => {
    const journey = send(
      flow,
      [
        ['account', { reference: '123-456-789' }],
        ['contact', { fullName: 'Sam Jones', email: 'sam@example.com', phone: '07700 900 982' }],
        address,
        ['onlyAdult', dateBoxes('1', 'Jan', '2025')],
        ['leaver', { movedOut: 'yes', name: 'Alex Jones' }],
        ['forwardingAddress', { line1: '', line2: '', town: '', postcode: 'ex2 4ab' }],
        ['evidence', { canSend: 'no' }],
        declaration,
      ],
      'en',
    );
    expect(journey.payload.answers.account).toEqual({ reference: '123456789' });
    expect(journey.payload.answers.contact).toEqual({
      fullName: 'Sam Jones',
      email: 'sam@example.com',
      phone: '07700 900 982',
    });
    expect(journey.payload.answers.forwardingAddress).toEqual({ postcode: 'EX2 4AB' });
    expect(journey.rows).toContainEqual(['Their new address', 'EX2 4AB']);
    expect(journey.rows).toContainEqual(['Phone number', '07700 900 982']);
    expect(journey.payload.derived).toEqual({ discountPercent: 30, discountFrom: '2025-01-01' });
    expect(journey.confirmation).toEqual([
      'If you are eligible, we will reduce your bill by 30% from 1 January 2025.',
      'We will send you a new council tax bill that shows the discount.',
      'We may contact you to check that you are the only adult living at the property.',
      'You must tell us within 21 days if another adult comes to live at the property. Contact us at https://www.northmoor.example/contact/council-tax',
    ]);
  });

  it('in Welsh: no one moved out, on the last day of the window, and the resident can send evidence', () => {
    const journey = send(
      flow,
      [
        ['account', { reference: '123456789' }],
        contact,
        address,
        ['onlyAdult', dateBoxes('29', '10', '2026')],
        noOneMovedOut,
        ['evidence', { canSend: 'yes' }],
        declaration,
      ],
      'cy',
    );
    expect(journey.visited).toEqual([
      'account',
      'contact',
      'address',
      'onlyAdult',
      'leaver',
      'evidence',
      'declaration',
    ]);
    expect(journey.rows.slice(-3)).toEqual([
      ['Yn gallu anfon tystiolaeth', 'Gallaf'],
      // Evidence not uploaded now: the council emails how to send it.
      ['Tystiolaeth', 'Heb ei roi'],
      ['Gostyngiad os ydych yn gymwys', '30% o 29 Hydref 2026 ymlaen'],
    ]);
    expect(journey.confirmation).toEqual([
      'Os ydych yn gymwys, byddwn yn gostwng eich bil 30% o 29 Hydref 2026 ymlaen.',
      'Byddwn yn anfon bil treth gyngor newydd atoch sy’n dangos y gostyngiad.',
      'Byddwn yn anfon e-bost atoch i ddweud sut i anfon eich tystiolaeth.',
      'Rhaid i chi roi gwybod i ni cyn pen 21 diwrnod os bydd oedolyn arall yn dod i fyw yn yr eiddo. Cysylltwch â ni yn https://www.northmoor.example/contact/council-tax',
    ]);
  });
});

describe('the account number', () => {
  it.each([
    [
      'exampleshire',
      '61234567',
      'Enter your council tax account number in the correct format: 8 digits starting with 5',
      'Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: 8 digid sy’n dechrau gyda 5',
    ],
    [
      'enghraifft',
      '123456789',
      'Enter your council tax account number in the correct format: A followed by 9 digits, like A123456789',
      'Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: A ac yna 9 digid, fel A123456789',
    ],
    [
      'northmoor',
      '12345678',
      'Enter your council tax account number in the correct format: 9 digits',
      'Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: 9 digid',
    ],
  ] as const)('under %s, %s is refused with the council’s format in words', (council, reference, en, cy) => {
    expect(errorsOn(council, 'account', { reference }, 'en')).toEqual([en]);
    expect(errorsOn(council, 'account', { reference }, 'cy')).toEqual([cy]);
  });

  it.each(councils)('under %s, a blank one is asked for', (council) => {
    expect(errorsOn(council, 'account', { reference: '  ' }, 'en')).toEqual(['Enter your council tax account number']);
    expect(errorsOn(council, 'account', { reference: '' }, 'cy')).toEqual(['Rhowch rif eich cyfrif treth gyngor']);
  });
});

describe('contact details and the address', () => {
  it('asks for what is missing, in GOV.UK words', () => {
    expect(errorsOn('exampleshire', 'contact', { fullName: '', email: 'sam@', phone: '12' }, 'en')).toEqual([
      'Enter your full name',
      'Enter an email address in the correct format, like name@example.com',
      'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
    ]);
    expect(errorsOn('exampleshire', 'contact', { fullName: '', email: '' }, 'cy')).toEqual([
      'Rhowch eich enw llawn',
      'Rhowch eich cyfeiriad e-bost',
    ]);
    expect(errorsOn('enghraifft', 'address', { line1: '', town: '', postcode: '' }, 'en')).toEqual([
      'Enter address line 1, typically the building and street',
      'Enter town or city',
      'Enter postcode',
    ]);
    expect(errorsOn('enghraifft', 'address', { line1: '', town: '', postcode: '' }, 'cy')).toEqual([
      'Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd',
      'Rhowch dref neu ddinas',
      'Rhowch god post',
    ]);
    expect(
      errorsOn(
        'northmoor',
        'address',
        { line1: 'x'.repeat(101), line2: 'x'.repeat(101), town: 'Northton', postcode: 'EX1' },
        'en',
      ),
    ).toEqual([
      'Address line 1 must be 100 characters or less',
      'Address line 2 must be 100 characters or less',
      'Enter a real postcode, like AA1 1AA',
    ]);
    expect(
      errorsOn(
        'northmoor',
        'address',
        { line1: 'x'.repeat(101), line2: 'x'.repeat(101), town: 'Northton', postcode: 'EX1' },
        'cy',
      ),
    ).toEqual([
      'Rhaid i linell 1 y cyfeiriad fod yn 100 nod neu lai',
      'Rhaid i linell 2 y cyfeiriad fod yn 100 nod neu lai',
      'Rhowch god post go iawn, fel AA1 1AA',
    ]);
  });
});

describe('the date the resident became the only adult', () => {
  const windows: [Council, Body, Body, string, string][] = [
    [
      'exampleshire',
      dateBoxes('14', '10', '2025'),
      dateBoxes('16', '10', '2026'),
      'The date you became the only adult must be between 15 October 2025 and 15 October 2026',
      'Rhaid i’r dyddiad y daethoch yn unig oedolyn fod rhwng 15 Hydref 2025 a 15 Hydref 2026',
    ],
    [
      'enghraifft',
      dateBoxes('15', '7', '2026'),
      dateBoxes('13', '11', '2026'),
      'The date you became the only adult must be between 16 July 2026 and 12 November 2026',
      'Rhaid i’r dyddiad y daethoch yn unig oedolyn fod rhwng 16 Gorffennaf 2026 a 12 Tachwedd 2026',
    ],
    [
      'northmoor',
      dateBoxes('14', '10', '2024'),
      dateBoxes('30', '10', '2026'),
      'The date you became the only adult must be between 15 October 2024 and 29 October 2026',
      'Rhaid i’r dyddiad y daethoch yn unig oedolyn fod rhwng 15 Hydref 2024 a 29 Hydref 2026',
    ],
  ];

  it.each(windows)(
    'under %s, a day too early or too late is refused with the window in words',
    (council, early, late, en, cy) => {
      for (const body of [early, late]) {
        expect(errorsOn(council, 'onlyAdult', body, 'en')).toEqual([en]);
        expect(errorsOn(council, 'onlyAdult', body, 'cy')).toEqual([cy]);
      }
    },
  );

  it('points the error at the day box', () => {
    const flow = flowFor('exampleshire');
    const result = handleStepPost(
      flow,
      'onlyAdult',
      dateBoxes('1', '1', '2020'),
      answersBefore(flow, 'onlyAdult', everyAnswer('exampleshire')),
    );
    expect(result.ok ? [] : result.errors.map((error) => error.href)).toEqual(['#date-day']);
  });

  it('says what is missing or wrong, in both languages', () => {
    expect(errorsOn('exampleshire', 'onlyAdult', dateBoxes('', '', ''), 'en')).toEqual([
      'Enter the date you became the only adult',
    ]);
    expect(errorsOn('exampleshire', 'onlyAdult', dateBoxes('', '', ''), 'cy')).toEqual([
      'Rhowch y dyddiad y daethoch yn unig oedolyn',
    ]);
    expect(errorsOn('enghraifft', 'onlyAdult', dateBoxes('1', '', ''), 'en')).toEqual([
      'The date you became the only adult must include a month and year',
    ]);
    expect(errorsOn('enghraifft', 'onlyAdult', dateBoxes('1', '', ''), 'cy')).toEqual([
      'Rhaid i’r dyddiad y daethoch yn unig oedolyn gynnwys mis a blwyddyn',
    ]);
    expect(errorsOn('northmoor', 'onlyAdult', dateBoxes('31', '9', '2026'), 'en')).toEqual([
      'The date you became the only adult must be a real date',
    ]);
    expect(errorsOn('northmoor', 'onlyAdult', dateBoxes('31', '9', '2026'), 'cy')).toEqual([
      'Rhaid i’r dyddiad y daethoch yn unig oedolyn fod yn ddyddiad go iawn',
    ]);
  });

  it('gives the window in the hint, in both languages', () => {
    expect(flowFor('enghraifft').view('onlyAdult').fields[0]?.hint).toBe(
      'For example, 15 10 2026. The date must be between 16 July 2026 and 12 November 2026.',
    );
    expect(flowFor('enghraifft').view('onlyAdult', 'cy').fields[0]?.hint).toBe(
      'Er enghraifft, 15 10 2026. Rhaid i’r dyddiad fod rhwng 16 Gorffennaf 2026 a 12 Tachwedd 2026.',
    );
  });

  it('moves with today: the window is worked out on the day the resident answers', () => {
    const rules = resolveRules(singlePersonDiscount, presets.exampleshire);
    const later = createFlow(singlePersonDiscount, rules, { today: () => '2027-03-01' });
    const answers = answersBefore(later, 'onlyAdult', everyAnswer('exampleshire'));
    const result = handleStepPost(later, 'onlyAdult', dateBoxes('1', '9', '2025'), answers);
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'The date you became the only adult must be between 1 March 2026 and 1 March 2027',
    ]);
    expect(later.view('onlyAdult').fields[0]?.hint).toBe(
      'For example, 1 3 2027. The date must be between 1 March 2026 and 1 March 2027.',
    );
  });
});

describe('who moved out, and where to', () => {
  it('asks whether another adult moved out', () => {
    expect(errorsOn('exampleshire', 'leaver', {}, 'en')).toEqual(['Select if another adult moved out']);
    expect(errorsOn('exampleshire', 'leaver', {}, 'cy')).toEqual(['Dewiswch a wnaeth oedolyn arall symud allan']);
  });

  it('limits the name of the adult who moved out', () => {
    const body = { movedOut: 'yes', name: 'A'.repeat(101) };
    expect(errorsOn('northmoor', 'leaver', body, 'en')).toEqual([
      'The name of the adult who moved out must be 100 characters or less',
    ]);
    expect(errorsOn('northmoor', 'leaver', body, 'cy')).toEqual([
      'Rhaid i enw’r oedolyn a symudodd allan fod yn 100 nod neu lai',
    ]);
  });

  it('checks a new address only as far as it is given', () => {
    const body = { line1: 'x'.repeat(101), line2: '', town: '', postcode: 'not a postcode' };
    expect(errorsOn('enghraifft', 'forwardingAddress', body, 'en')).toEqual([
      'Line 1 of their new address must be 100 characters or less',
      'Enter a real postcode, like AA1 1AA',
    ]);
    expect(errorsOn('enghraifft', 'forwardingAddress', body, 'cy')).toEqual([
      'Rhaid i linell 1 eu cyfeiriad newydd fod yn 100 nod neu lai',
      'Rhowch god post go iawn, fel AA1 1AA',
    ]);
  });

  it('does not offer to fill someone else’s address with the resident’s own', () => {
    const flow = flowFor('exampleshire');
    expect(Object.values(flow.fields('forwardingAddress')).map((field) => field.autocomplete)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(flow.fields('address').line1?.autocomplete).toBe('address-line1');
  });

  it('drops the name and new address when the resident changes their answer to no', () => {
    const flow = flowFor('exampleshire');
    const answers = everyAnswer('exampleshire');
    const result = handleStepPost(flow, 'leaver', { movedOut: 'no', name: 'Alex Jones' }, answers);
    if (!result.ok) throw new Error('refused');
    expect(result.answers.leaver).toEqual({ movedOut: 'no' });
    expect(result.answers.forwardingAddress).toBeUndefined();
    expect(result.next).toBe('evidence');
    const sent = flow.submission(result.answers);
    expect(sent.ok && Object.keys(sent.payload.answers)).toEqual([
      'account',
      'contact',
      'address',
      'onlyAdult',
      'leaver',
      'evidence',
      'declaration',
    ]);
  });
});

describe('evidence', () => {
  it('asks whether the resident can send evidence, with what counts as the hint', () => {
    expect(errorsOn('exampleshire', 'evidence', {}, 'en')).toEqual(['Select if you can send us evidence']);
    expect(errorsOn('northmoor', 'evidence', {}, 'cy')).toEqual(['Dewiswch a allwch anfon tystiolaeth atom']);
    expect(flowFor('exampleshire').view('evidence').fields[0]?.hint).toBe(
      'For example, a tenancy agreement, mortgage statement or utility bill in your name only.',
    );
    expect(flowFor('northmoor').view('evidence', 'cy').fields[0]?.hint).toBe(
      'Er enghraifft, eich cytundeb tenantiaeth, neu lythyr gan landlord neu gyngor newydd yr oedolyn arall.',
    );
  });

  it('gives the standard words on what counts when a council asks for evidence in none of its own', () => {
    const flow = flowFor('enghraifft', { evidence: { requested: true } });
    expect(flow.path(everyAnswer('enghraifft'))).toContain('evidence');
    expect(flow.view('evidence').fields[0]?.hint).toBe(
      'For example, a tenancy agreement or utility bill in your name only, or a letter showing where the other adult lives now.',
    );
    expect(flow.view('evidence', 'cy').fields[0]?.hint).toBe(
      'Er enghraifft, cytundeb tenantiaeth neu fil cyfleustodau yn eich enw chi yn unig, neu lythyr sy’n dangos ble mae’r oedolyn arall yn byw erbyn hyn.',
    );
  });

  it('is not asked, and cannot be posted, where the council does not ask for it', () => {
    const flow = flowFor('enghraifft');
    const answers = answersBefore(flow, 'declaration', everyAnswer('enghraifft'));
    const result = handleStepPost(flow, 'evidence', { canSend: 'yes' }, answers);
    expect(result).toMatchObject({ ok: false, redirect: 'declaration' });
    const sent = flow.submission(everyAnswer('enghraifft'));
    expect(sent.ok && sent.payload.answers.evidence).toBeUndefined();
  });
});

describe('the declaration', () => {
  it('must be agreed to', () => {
    expect(errorsOn('exampleshire', 'declaration', {}, 'en')).toEqual([
      'Confirm that the information you have given is correct',
    ]);
    expect(errorsOn('enghraifft', 'declaration', {}, 'cy')).toEqual([
      'Cadarnhewch fod yr wybodaeth a roddoch yn gywir',
    ]);
  });

  it('shows the standard words and penalty warning, or the council’s own', () => {
    const shown = (council: Council, locale: Locale) => {
      const view = flowFor(council).view('declaration', locale);
      return [...view.body, view.warning];
    };
    expect(shown('exampleshire', 'en')).toEqual([
      'The information I have given is correct and complete to the best of my knowledge.',
      'You could be fined up to £70 if you give false information or do not tell us about a change that affects your council tax.',
    ]);
    expect(shown('enghraifft', 'cy')).toEqual([
      'Rwy’n datgan mai fi yw’r unig oedolyn sy’n byw yn y cyfeiriad hwn a bod yr wybodaeth a roddais yn wir.',
      'Os byddwch yn rhoi gwybodaeth ffug, gallwn ganslo eich gostyngiad, codi cosb arnoch a chymryd camau cyfreithiol.',
    ]);
    expect(shown('northmoor', 'en')).toEqual([
      'I confirm that no other adult lives at the property, and I will tell the council within 21 days if that changes.',
      'Northmoor checks single person discounts against other records. A false claim can lead to a £70 penalty and prosecution.',
    ]);
  });

  it('is left out of check answers', () => {
    const rows = flowFor('northmoor').checkAnswers(everyAnswer('northmoor'));
    expect(rows.map((row) => row.stepId)).not.toContain('declaration');
  });
});

describe('the journey as a whole', () => {
  it('cannot be jumped ahead of: a later page sends the resident back to the first one still to answer', () => {
    const flow = flowFor('exampleshire');
    const result = handleStepPost(flow, 'declaration', { confirmed: 'yes' }, { account: { reference: '51234567' } });
    expect(result).toMatchObject({ ok: false, redirect: 'contact' });
  });

  it('returns to check answers after a change once every answer is valid', () => {
    const flow = flowFor('northmoor');
    const result = handleStepPost(flow, 'onlyAdult', dateBoxes('2', '2', '2026'), everyAnswer('northmoor'), {
      returnToCheckAnswers: true,
    });
    expect(result).toMatchObject({ ok: true, next: CHECK_ANSWERS });
    expect(flow.costs(result.ok ? result.answers : {}).at(-1)?.answer).toEqual(['30% from 2 February 2026']);
  });

  it('describes its payload for the back office', () => {
    const schema = payloadJsonSchema(flowFor('exampleshire')) as {
      title: string;
      properties: { derived: { properties: Record<string, unknown> } };
    };
    expect(schema.title).toBe('Apply for a single person discount on your council tax (version 1)');
    expect(Object.keys(schema.properties.derived.properties)).toEqual(['discountPercent', 'discountFrom']);
  });
});

describe('uploading evidence', () => {
  const files = (list: object[]) => list.map((file) => JSON.stringify(file));
  const pdf = { id: 'kept-1', name: 'bill.pdf', size: 1000, type: 'application/pdf' };

  it('takes the council’s number, size and types of file, with GOV.UK’s errors in English and Welsh', () => {
    const three = files([pdf, { ...pdf, id: 'kept-2' }, { ...pdf, id: 'kept-3' }]);
    expect(errorsOn('exampleshire', 'evidence', { canSend: 'yes', files: three }, 'en')).toEqual([
      'You can only select up to 2 files at the same time',
    ]);
    const png = files([{ ...pdf, type: 'image/png' }]);
    expect(errorsOn('exampleshire', 'evidence', { canSend: 'yes', files: png }, 'en')).toEqual([
      'The selected file must be a PDF or JPG',
    ]);
    expect(errorsOn('northmoor', 'evidence', { canSend: 'yes', files: png }, 'cy')).toEqual([
      'Rhaid i’r ffeil a ddewiswyd fod yn PDF',
    ]);
    const big = files([{ ...pdf, size: 5 * 1024 * 1024 + 1 }]);
    expect(errorsOn('exampleshire', 'evidence', { canSend: 'yes', files: big }, 'en')).toEqual([
      'The selected file must be smaller than 5MB',
    ]);
    expect(flowFor('exampleshire').view('evidence').fields[1]?.hint).toBe(
      'Up to 2 files, each a PDF or JPG smaller than 5MB.',
    );
  });

  it('is the council’s rules, with defaults, and a wrong setting is named by its path', () => {
    const flow = flowFor('enghraifft', { evidence: { requested: true } });
    expect(flow.fields('evidence').files?.files).toEqual({
      max: 3,
      maxBytes: 10 * 1024 * 1024,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
    });
    expect(() =>
      flowFor('enghraifft', { evidence: { requested: true, upload: { maxFiles: 0, fileTypes: ['exe'] } } }),
    ).toThrow(
      /evidence\.upload\.maxFiles: must be a whole number from 1 to 10[\s\S]*evidence\.upload\.fileTypes\.0: must be "pdf", "jpg" or "png"/,
    );
  });

  it('keeps no file when the resident answers No', () => {
    const flow = flowFor('exampleshire');
    const answers = answersBefore(flow, 'evidence', everyAnswer('exampleshire'));
    const result = handleStepPost(flow, 'evidence', { canSend: 'no', files: files([pdf]) }, answers);
    expect(result.ok && result.answers.evidence).toEqual({ canSend: 'no' });
  });
});
