import { CHECK_ANSWERS, type Flow, handleStepPost, type Locale } from '@lgds/core';
import { payloadJsonSchema, payloadSchema } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import {
  answersAfter,
  type Council,
  flowFor,
  type Page,
  page,
  pagesBefore,
  posted,
  type StepId,
  submittedAt,
  type Walk,
  walks,
} from './testing/walks';
import type { MovingHomeAnswers, movingHome } from './transaction';

// Every direction and tenure of the moving home journey under both presets, posted page by page through the engine
// alone (as a server does for a form posted without JavaScript), in English and Welsh; then the ways a resident can
// go wrong, word for word in both languages.

const locales: readonly Locale[] = ['en', 'cy'];
const reference = 'MH-7KQ4M-X9RTP';
type MovingHomeFlow = Flow<typeof movingHome>;

/** Posts one page after `before` and gives the errors as [field, message] pairs, checking that nothing moved on. */
function errorsOn(flow: MovingHomeFlow, before: readonly Page[], attempt: Page, locale: Locale) {
  const answers = answersAfter(flow, before);
  const post = posted(flow, attempt);
  const result = handleStepPost(flow, attempt.step, post, answers, { locale });
  if (result.ok) throw new Error(`${attempt.step} was accepted: ${JSON.stringify(result.answers)}`);
  expect(result.redirect).toBeUndefined();
  // What the resident typed is kept, to show it again.
  for (const [name, value] of Object.entries(post)) {
    const [field = name, part] = name.split(/-(?=day$|month$|year$)/);
    const kept = result.values[field];
    expect(part && typeof kept === 'object' && !Array.isArray(kept) ? kept[part as 'day'] : kept).toBe(value);
  }
  return result.errors.map((error) => [error.field, error.message]);
}

for (const walk of Object.values(walks) as Walk[]) {
  describe(walk.title, () => {
    it.each(locales)('walks from the first page to check answers, sends and confirms, in %s', (locale) => {
      const flow = flowFor(walk.council);
      let answers: MovingHomeAnswers = {};
      let position: string = flow.firstStep();
      const visited: string[] = [];
      for (const shown of walk.pages) {
        expect(position).toBe(shown.step);
        const result = handleStepPost(flow, shown.step, posted(flow, shown), answers, { locale });
        if (!result.ok) throw new Error(`${shown.step} was refused: ${JSON.stringify(result.errors)}`);
        visited.push(shown.step);
        answers = result.answers;
        position = result.next;
      }
      expect(position).toBe(CHECK_ANSWERS);
      expect(flow.path(answers)).toEqual(visited);
      expect(flow.currentStep(answers)).toBe(CHECK_ANSWERS);

      // Check answers: rows with change links for every page but the declaration, in the resident's language.
      const rows = flow.checkAnswers(answers, locale);
      const withRows = visited.filter((step) => step !== 'declaration');
      expect([...new Set(rows.map((row) => row.stepId))]).toEqual(withRows);
      for (const row of rows) {
        const isDate = flow.fields(row.stepId as StepId)[row.field]?.type === 'date';
        expect(row.href).toBe(`${row.stepId}#${row.field}${isDate ? '-day' : ''}`);
        expect(row.question).not.toMatch(/^[\w-]+(\.[\w-]+)+$/);
        expect(row.answer.length).toBeGreaterThan(0);
      }

      const submitted = flow.submission(answers, { reference, submittedAt });
      if (!submitted.ok) throw new Error(`not ready to send: ${JSON.stringify(submitted.errors)}`);
      const { payload } = submitted;
      expect(payload).toMatchObject({
        transaction: 'council-tax-moving-home',
        version: 1,
        reference,
        submittedAt: '2026-10-15T09:30:00.000Z',
      });
      expect(payload.derived).toEqual(walk.derived);
      expect(Object.keys(payload.answers)).toEqual(visited);
      expect(payloadSchema(flow).parse(payload)).toEqual(payload);

      const next = flow.confirmation(payload, locale);
      const expected = walk.next[locale];
      if (expected) expect(next).toEqual(expected);
      else expect(next).toHaveLength(walk.next.en.length);
    });
  });
}

describe('check answers, word for word', () => {
  it('shows an Exampleshire tenant moving within the area each answer as they would read it', () => {
    const walk = walks.exampleshireWithinTenantToTenant;
    const flow = flowFor(walk.council);
    const rows = flow.checkAnswers(answersAfter(flow, walk.pages), 'en');
    expect(rows.map((row) => [row.question, row.answer.join(' / ')])).toEqual([
      ['Moving', 'Within our area'],
      ['Council tax account number', '51234567'],
      ['Full name', 'Priya Shah'],
      ['Email address', 'priya@example.com'],
      ['Phone number', '07700 900 982'],
      ['Address you are moving from', '1 High Street / Exampleton / EX1 1AA'],
      ['Address you are moving to', '22 Mill Lane / Riverside / Exampleton / EX2 4PQ'],
      ['Moving-out date', '31 October 2026'],
      ['Moving-in date', '1 November 2026'],
      ['Home you are leaving', 'I rented it'],
      ['Tenancy ends', '31 October 2026'],
      ['Landlord of the home you are leaving', 'Harbour Homes / PO Box 12 / Exampleton'],
      ['Your new home', 'I rent it'],
      ['Tenancy starts', '1 November 2026'],
      ['Landlord of your new home', 'Castle Lettings / 01632 960 002'],
      ['Responsible for council tax', 'Priya Shah / Dev Shah'],
    ]);
  });

  it('shows an Enghraifft resident moving out in Welsh, with a blank account number as not given', () => {
    const walk = walks.enghraifftOutLetting;
    const flow = flowFor(walk.council);
    const rows = flow.checkAnswers(answersAfter(flow, walk.pages), 'cy');
    expect(rows.map((row) => [row.question, row.answer.join(' / ')])).toEqual([
      ['Symud', 'Allan o’n hardal'],
      ['Rhif cyfrif treth gyngor', 'Heb ei roi'],
      ['Enw llawn', 'Rhys Evans'],
      ['Cyfeiriad e-bost', 'rhys@example.com'],
      ['Rhif ffôn', 'Heb ei roi'],
      ['Cyfeiriad rydych chi’n symud ohono', '3 Stryd y Castell / Enghraifft / CF10 1EP'],
      ['Dyddiad symud allan', '20 Hydref 2026'],
      ['Y cartref rydych chi’n ei adael', 'Rwy’n berchen arno ac rwy’n ei osod i denantiaid'],
      ['Tenantiaid', 'Siân Hughes'],
      ['Y denantiaeth yn dechrau', '21 Hydref 2026'],
      ['Yn gyfrifol am y dreth gyngor', 'Rhys Evans'],
    ]);
  });

  it('shows a forwarding address left blank as not given', () => {
    const walk = walks.exampleshireOutTenant;
    const flow = flowFor(walk.council);
    const rows = flow.checkAnswers(answersAfter(flow, walk.pages), 'en');
    expect(rows.find((row) => row.stepId === 'forwardingAddress')).toMatchObject({
      question: 'Forwarding address',
      answer: ['Not given'],
    });
  });
});

describe('the declaration', () => {
  it('gives Exampleshire the standard words and warning', () => {
    const view = flowFor('exampleshire').view('declaration', 'en');
    expect(view.body).toEqual(['The information I have given is correct and complete to the best of my knowledge.']);
    expect(view.warning).toBe(
      'You could be fined up to £70 if you give false information or do not tell us about a change that affects your council tax.',
    );
  });

  it.each([
    [
      'en',
      'I declare that the information I have given is true and complete. I understand that Cyngor Sir Enghraifft may check it with other organisations to prevent and detect fraud.',
      'If you give false information you could be fined up to £70, or prosecuted.',
    ],
    [
      'cy',
      'Rwy’n datgan bod yr wybodaeth a roddais yn wir ac yn gyflawn. Rwy’n deall y gall Cyngor Sir Enghraifft ei gwirio gyda sefydliadau eraill er mwyn atal a chanfod twyll.',
      'Os byddwch yn rhoi gwybodaeth ffug, gallech gael dirwy o hyd at £70 neu gael eich erlyn.',
    ],
  ] as const)('gives Enghraifft its own declaration and warning, in %s', (locale, body, warning) => {
    const view = flowFor('enghraifft').view('declaration', locale);
    expect(view.body).toEqual([body]);
    expect(view.warning).toBe(warning);
  });
});

describe('dates', () => {
  it.each([
    ['exampleshire', 'en', 'between 15 October 2024 and 13 January 2027'],
    ['exampleshire', 'cy', 'rhwng 15 Hydref 2024 a 13 Ionawr 2027'],
    ['enghraifft', 'en', 'between 18 April 2026 and 12 November 2026'],
    ['enghraifft', 'cy', 'rhwng 18 Ebrill 2026 a 12 Tachwedd 2026'],
  ] as const)('tells a resident of %s the range in the hint, in %s', (council, locale, range) => {
    const flow = flowFor(council);
    expect(flow.view('moveInDate', locale).fields[0]?.hint).toContain(range);
    expect(flow.view('moveOutDate', locale).fields[0]?.hint).toContain(range);
    expect(flow.view('moveDates', locale).body.join(' ')).toContain(range);
  });

  it('gives today as the example, as GOV.UK does', () => {
    expect(flowFor('exampleshire').view('purchase', 'en').fields[0]?.hint).toBe(
      'It is usually the day you get the keys. For example, 15 10 2026.',
    );
  });

  it('accepts the first and last days of the range, and a moving-in date the same day as the moving-out date', () => {
    const flow = flowFor('enghraifft');
    const before = pagesBefore(walks.enghraifftWithinTenantToOwner, 'moveDates');
    const answers = answersAfter(flow, before);
    for (const [moveOut, moveIn] of [
      ['2026-04-18', '2026-11-12'],
      ['2026-11-12', '2026-11-12'],
    ] as const) {
      const result = handleStepPost(flow, 'moveDates', posted(flow, page.moveDates(moveOut, moveIn)), answers);
      expect(result.ok).toBe(true);
    }
  });
});

describe('which pages a resident sees', () => {
  it('asks for the account number only when leaving an address here', () => {
    const flow = flowFor('exampleshire');
    expect(flow.nextStep('move', { move: { direction: 'into' } })).toBe('contact');
    expect(flow.nextStep('move', { move: { direction: 'out-of' } })).toBe('account');
    expect(flow.nextStep('move', { move: { direction: 'within' } })).toBe('account');
  });

  it('follows a council’s own changes to its preset: Enghraifft asking for a solicitor and landlords', () => {
    expect(
      flowFor('enghraifft', { askPreviousAddress: true }).nextStep('contact', { move: { direction: 'into' } }),
    ).toBe('oldAddress');
    const flow = flowFor('enghraifft', { askSolicitor: true, askLandlordContact: true });
    const sold = answersAfter(flow, pagesBefore(walks.enghraifftWithinSoldToTenant, 'furnished'));
    expect(flow.nextStep('sale', sold)).toBe('solicitor');
    const renting = { ...answersAfter(flow, pagesBefore(walks.enghraifftIntoTenant, 'newResidents')) };
    expect(flow.nextStep('newTenancy', renting)).toBe('newLandlord');
  });

  it('asks Exampleshire whether a home is left furnished once it turns the question on, but not of a landlord', () => {
    const flow = flowFor('exampleshire', { askFurnished: true, askForwardingAddress: false });
    const tenant = answersAfter(flow, pagesBefore(walks.exampleshireWithinTenantToTenant, 'newHome'));
    expect(flow.nextStep('oldLandlord', tenant)).toBe('furnished');
    const letting = answersAfter(flow, pagesBefore(walks.exampleshireWithinLettingToOwner, 'newHome'));
    expect(flow.nextStep('letting', letting)).toBe('newHome');
    const leaving = answersAfter(flow, pagesBefore(walks.exampleshireOutEmpty, 'forwardingAddress'));
    expect(flow.nextStep('oldAddress', leaving)).toBe('moveOutDate');
  });

  it('asks for the account number and forwarding address after a change from moving in to moving out', () => {
    // Both pages have only optional questions: they still count as unanswered until the resident has seen them.
    const flow = flowFor('exampleshire');
    expect(flow.currentStep({ move: { direction: 'out-of' } })).toBe('account');
    const result = handleStepPost(flow, 'move', { direction: 'out-of' }, {}, { returnToCheckAnswers: true });
    expect(result).toMatchObject({ ok: true, next: 'account' });
  });

  it('drops answers that no longer apply when the resident changes the way they are moving', () => {
    const walk = walks.exampleshireWithinTenantToTenant;
    const flow = flowFor(walk.council);
    const answers = answersAfter(flow, walk.pages);
    const changed = handleStepPost(flow, 'move', { direction: 'into' }, answers, { returnToCheckAnswers: true });
    if (!changed.ok) throw new Error('refused');
    // Every page of moving in is answered already but the moving-in date, which was on the page for both dates.
    expect(changed.next).toBe('moveInDate');
    const done = handleStepPost(flow, 'moveInDate', posted(flow, page.moveInDate('2026-11-01')), changed.answers);
    if (!done.ok) throw new Error('refused');
    const sent = flow.submission(done.answers, { reference, submittedAt });
    if (!sent.ok) throw new Error('not ready to send');
    expect(Object.keys(sent.payload.answers)).toEqual([
      'move',
      'contact',
      'oldAddress',
      'newAddress',
      'moveInDate',
      'newHome',
      'newTenancy',
      'newLandlord',
      'newResidents',
      'declaration',
    ]);
    expect(sent.payload.derived).toMatchObject({ direction: 'into', accountChange: 'open', oldHome: null });
  });
});

interface ErrorCase {
  title: string;
  council: Council;
  /** The walk whose earlier pages lead to the page. */
  walk: Walk;
  attempt: Page;
  en: readonly (readonly [string, string])[];
  cy: readonly (readonly [string, string])[];
}

const errorCases: readonly ErrorCase[] = [
  {
    title: 'no way of moving chosen',
    council: 'exampleshire',
    walk: walks.exampleshireIntoOwner,
    attempt: { step: 'move', answers: {} },
    en: [['direction', 'Select whether you are moving into, out of or within our area']],
    cy: [['direction', 'Dewiswch a ydych chi’n symud i mewn i’n hardal, allan ohoni neu o fewn iddi']],
  },
  {
    title: 'an Exampleshire account number in the wrong format',
    council: 'exampleshire',
    walk: walks.exampleshireOutSold,
    attempt: page.account('6123 4567'),
    en: [['reference', 'Enter your council tax account number in the correct format: 8 digits starting with 5']],
    cy: [['reference', 'Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: 8 digid yn dechrau gyda 5']],
  },
  {
    title: 'an Enghraifft account number in the wrong format',
    council: 'enghraifft',
    walk: walks.enghraifftOutSold,
    attempt: page.account('51234567'),
    en: [['reference', 'Enter your council tax account number in the correct format: 10 digits starting with 9']],
    cy: [['reference', 'Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: 10 digid yn dechrau gyda 9']],
  },
  {
    title: 'no contact details',
    council: 'enghraifft',
    walk: walks.enghraifftIntoOwner,
    attempt: page.contact('', 'rhys@'),
    en: [
      ['fullName', 'Enter your full name'],
      ['email', 'Enter an email address in the correct format, like name@example.com'],
    ],
    cy: [
      ['fullName', 'Rhowch eich enw llawn'],
      ['email', 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com'],
    ],
  },
  {
    title: 'an empty address',
    council: 'exampleshire',
    walk: walks.exampleshireOutSold,
    attempt: page.address('oldAddress', '', '', ''),
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
  {
    title: 'a forwarding address with a postcode that is not real',
    council: 'exampleshire',
    walk: walks.exampleshireOutSold,
    attempt: page.address('forwardingAddress', 'Flat 2', 'Seaton', 'PO1'),
    en: [['postcode', 'Enter a real postcode, like AA1 1AA']],
    cy: [['postcode', 'Rhowch god post go iawn, fel AA1 1AA']],
  },
  {
    title: 'an Exampleshire moving-in date more than 90 days ahead',
    council: 'exampleshire',
    walk: walks.exampleshireIntoOwner,
    attempt: page.moveInDate('2027-01-14'),
    en: [['date', 'Your moving-in date must be between 15 October 2024 and 13 January 2027']],
    cy: [['date', 'Rhaid i’ch dyddiad symud i mewn fod rhwng 15 Hydref 2024 a 13 Ionawr 2027']],
  },
  {
    title: 'an Enghraifft moving-in date more than 180 days ago',
    council: 'enghraifft',
    walk: walks.enghraifftIntoTenant,
    attempt: page.moveInDate('2026-04-17'),
    en: [['date', 'Your moving-in date must be between 18 April 2026 and 12 November 2026']],
    cy: [['date', 'Rhaid i’ch dyddiad symud i mewn fod rhwng 18 Ebrill 2026 a 12 Tachwedd 2026']],
  },
  {
    title: 'a moving-out date with no month or year',
    council: 'enghraifft',
    walk: walks.enghraifftOutTenant,
    attempt: { step: 'moveOutDate', answers: {} },
    en: [['date', 'Enter your moving-out date']],
    cy: [['date', 'Rhowch eich dyddiad symud allan']],
  },
  {
    title: 'a moving-in date before the moving-out date',
    council: 'exampleshire',
    walk: walks.exampleshireWithinTenantToTenant,
    attempt: page.moveDates('2026-11-01', '2026-10-31'),
    en: [['moveIn', 'Your moving-in date must be the same as or after your moving-out date']],
    cy: [['moveIn', 'Rhaid i’ch dyddiad symud i mewn fod yr un fath â’ch dyddiad symud allan neu ar ei ôl']],
  },
  {
    title: 'moving dates that are not real or out of range (checked before their order)',
    council: 'enghraifft',
    walk: walks.enghraifftWithinTenantToOwner,
    attempt: page.moveDates('2026-11-13', '2026-02-30'),
    en: [
      ['moveOut', 'Your moving-out date must be between 18 April 2026 and 12 November 2026'],
      ['moveIn', 'Your moving-in date must be a real date'],
    ],
    cy: [
      ['moveOut', 'Rhaid i’ch dyddiad symud allan fod rhwng 18 Ebrill 2026 a 12 Tachwedd 2026'],
      ['moveIn', 'Rhaid i’ch dyddiad symud i mewn fod yn ddyddiad go iawn'],
    ],
  },
  {
    title: 'nothing said about the home being left',
    council: 'enghraifft',
    walk: walks.enghraifftOutEmpty,
    attempt: { step: 'oldHome', answers: {} },
    en: [['tenure', 'Select whether you owned or rented the home you are leaving']],
    cy: [['tenure', 'Dewiswch a oeddech chi’n berchen ar y cartref rydych chi’n ei adael neu’n ei rentu']],
  },
  {
    title: 'a sale with no buyer or completion date',
    council: 'exampleshire',
    walk: walks.exampleshireOutSold,
    attempt: page.sale('', ''),
    en: [
      ['buyer', 'Enter the buyer’s full name'],
      ['completion', 'Enter the completion date'],
    ],
    cy: [
      ['buyer', 'Rhowch enw llawn y prynwr'],
      ['completion', 'Rhowch y dyddiad cwblhau'],
    ],
  },
  {
    title: 'a solicitor with neither an address nor a phone number',
    council: 'exampleshire',
    walk: walks.exampleshireOutSold,
    attempt: page.someone('solicitor', { name: 'Ellis and Co Solicitors' }),
    en: [['address', 'Enter the solicitor’s address or phone number']],
    cy: [['address', 'Rhowch gyfeiriad neu rif ffôn y cyfreithiwr']],
  },
  {
    title: 'a landlord with no name and a phone number that is not one',
    council: 'exampleshire',
    walk: walks.exampleshireOutTenant,
    attempt: page.someone('oldLandlord', { name: '', phone: 'ring the office' }),
    en: [
      ['name', 'Enter the name of your landlord or letting agent'],
      ['phone', 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192'],
    ],
    cy: [
      ['name', 'Rhowch enw eich landlord neu asiant gosod'],
      ['phone', 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192'],
    ],
  },
  {
    title: 'a new landlord with neither an address nor a phone number',
    council: 'exampleshire',
    walk: walks.exampleshireIntoTenant,
    attempt: page.someone('newLandlord', { name: 'Castle Lettings' }),
    en: [['address', 'Enter your landlord or letting agent’s address or phone number']],
    cy: [['address', 'Rhowch gyfeiriad neu rif ffôn eich landlord neu asiant gosod']],
  },
  {
    title: 'letting with no tenants or start date',
    council: 'enghraifft',
    walk: walks.enghraifftOutLetting,
    attempt: page.letting('', '2026-13-01'),
    en: [
      ['tenants', 'Enter your tenants’ full names'],
      ['start', 'The date the tenancy starts must be a real date'],
    ],
    cy: [
      ['tenants', 'Rhowch enwau llawn eich tenantiaid'],
      ['start', 'Rhaid i ddyddiad dechrau’r denantiaeth fod yn ddyddiad go iawn'],
    ],
  },
  {
    title: 'no answer about furniture',
    council: 'enghraifft',
    walk: walks.enghraifftOutTenant,
    attempt: { step: 'furnished', answers: {} },
    en: [['furnished', 'Select whether the home you are leaving will still be furnished']],
    cy: [['furnished', 'Dewiswch a fydd y cartref rydych chi’n ei adael yn dal wedi’i ddodrefnu']],
  },
  {
    title: 'no one responsible at the home being left',
    council: 'exampleshire',
    walk: walks.exampleshireOutEmpty,
    attempt: page.oldResidents(' \n '),
    en: [['names', 'Enter the names of everyone who was responsible for council tax']],
    cy: [['names', 'Rhowch enwau pawb a oedd yn gyfrifol am y dreth gyngor']],
  },
  {
    title: 'no one responsible at the new home',
    council: 'enghraifft',
    walk: walks.enghraifftIntoOwner,
    attempt: page.newResidents(''),
    en: [['names', 'Enter the names of everyone who will be responsible for council tax']],
    cy: [['names', 'Rhowch enwau pawb a fydd yn gyfrifol am y dreth gyngor']],
  },
  {
    title: 'a purchase completion date in the past beyond the range',
    council: 'enghraifft',
    walk: walks.enghraifftIntoOwner,
    attempt: page.purchase('2025-10-15'),
    en: [['completion', 'The completion date of your purchase must be between 18 April 2026 and 12 November 2026']],
    cy: [['completion', 'Rhaid i ddyddiad cwblhau eich pryniant fod rhwng 18 Ebrill 2026 a 12 Tachwedd 2026']],
  },
  {
    title: 'the declaration not ticked',
    council: 'enghraifft',
    walk: walks.enghraifftIntoOwner,
    attempt: { step: 'declaration', answers: {} },
    en: [['confirmed', 'Confirm that the information you have given is correct']],
    cy: [['confirmed', 'Cadarnhewch fod yr wybodaeth a roddoch yn gywir']],
  },
];

describe('errors, word for word', () => {
  for (const { title, council, walk, attempt, en, cy } of errorCases) {
    it.each([
      ['en', en],
      ['cy', cy],
    ] as const)(`${title}, in %s`, (locale, expected) => {
      const flow = flowFor(council);
      expect(errorsOn(flow, pagesBefore(walk, attempt.step), attempt, locale)).toEqual(expected);
    });
  }

  it('takes a blank account number: it is optional', () => {
    const flow = flowFor('enghraifft');
    const before = pagesBefore(walks.enghraifftOutSold, 'account');
    const result = handleStepPost(flow, 'account', { reference: '' }, answersAfter(flow, before));
    expect(result).toMatchObject({ ok: true, next: 'contact' });
  });
});

describe('the payload for the back office', () => {
  it('writes out as JSON Schema, with what to do with the account described', () => {
    const schema = payloadJsonSchema(flowFor('exampleshire')) as {
      title: string;
      properties: { derived: { properties: Record<string, { enum?: string[]; description?: string }> } };
    };
    expect(schema.title).toBe('Council tax: tell us you are moving home (version 1)');
    const { accountChange, direction } = schema.properties.derived.properties;
    expect(accountChange?.enum).toEqual(['open', 'close', 'update']);
    expect(accountChange?.description).toMatch(/^"open": a new account/);
    expect(direction?.enum).toEqual(['into', 'out-of', 'within']);
  });
});
