import type { Locale } from '@lgds/core';
import type { Page } from '../shared/pages';
import type { Council, Kind } from './transactions';

// Residents of each preset council, written once as what they type and choose on each page of each council tax
// journey (the form fields' names and values, as a browser posts them; a date as its day, month and year boxes).
// The journey stories walk them in the browser; the step stories open on any page with the answers to the pages
// before it. The pages are those of @lgds/council-tax's own test walks (src/*/testing), and every date, message and
// paragraph below was worked out by hand from its presets and messages, in English and in Welsh.

export type { Page };

const page = (step: string, post: Record<string, string>): Page => ({ step, post });

/** A date question's three boxes, typed without leading zeros as residents type them: `2026-09-01` → 1, 9, 2026. */
function dateBoxes(name: string, iso: string): Record<string, string> {
  const [year = '', month = '', day = ''] = iso.split('-');
  return {
    [`${name}-day`]: day.replace(/^0/, ''),
    [`${name}-month`]: month.replace(/^0/, ''),
    [`${name}-year`]: year,
  };
}

/** Pages every council tax transaction shares. */
const shared = {
  account: (reference: string) => page('account', { reference }),
  contact: (fullName: string, email: string, phone = '') => page('contact', { fullName, email, phone }),
  address: (step: string, line1: string, town: string, postcode: string, line2 = '') =>
    page(step, { line1, line2, town, postcode }),
  declaration: page('declaration', { confirmed: 'yes' }),
};

/** The single person discount's own pages. */
const spd = {
  onlyAdult: (iso: string) => page('onlyAdult', dateBoxes('date', iso)),
  leaver: (movedOut: 'yes' | 'no', name = '') => page('leaver', movedOut === 'yes' ? { movedOut, name } : { movedOut }),
  evidence: (canSend: 'yes' | 'no') => page('evidence', { canSend }),
};

/** Moving home's own pages. */
const mh = {
  move: (direction: 'into' | 'out-of' | 'within') => page('move', { direction }),
  moveInDate: (iso: string) => page('moveInDate', dateBoxes('date', iso)),
  moveOutDate: (iso: string) => page('moveOutDate', dateBoxes('date', iso)),
  moveDates: (moveOut: string, moveIn: string) =>
    page('moveDates', { ...dateBoxes('moveOut', moveOut), ...dateBoxes('moveIn', moveIn) }),
  oldHome: (tenure: 'sold' | 'letting' | 'empty' | 'tenant') => page('oldHome', { tenure }),
  sale: (buyer: string, completion: string) => page('sale', { buyer, ...dateBoxes('completion', completion) }),
  someone: (step: 'solicitor' | 'oldLandlord' | 'newLandlord', name: string, address = '', phone = '') =>
    page(step, { name, address, phone }),
  letting: (tenants: string, start: string) => page('letting', { tenants, ...dateBoxes('start', start) }),
  oldTenancy: (end: string) => page('oldTenancy', dateBoxes('end', end)),
  furnished: (furnished: 'yes' | 'no') => page('furnished', { furnished }),
  oldResidents: (names: string) => page('oldResidents', { names }),
  newHome: (tenure: 'owner' | 'tenant') => page('newHome', { tenure }),
  purchase: (completion: string) => page('purchase', dateBoxes('completion', completion)),
  newTenancy: (start: string) => page('newTenancy', dateBoxes('start', start)),
  newResidents: (names: string) => page('newResidents', { names }),
};

/** Direct Debit's own pages. */
const dd = {
  signatures: (moreThanOne: 'yes' | 'no') => page('signatures', { moreThanOne }),
  bank: (accountName: string, sortCode: string, accountNumber: string) =>
    page('bank', { accountName, sortCode, accountNumber }),
  plan: (instalments: string) => page('plan', { instalments }),
  paymentDay: (day: string) => page('paymentDay', { day }),
  guarantee: page('guarantee', {}),
};

/** A resident of one council, on one day, and every page on their way to check answers. */
export interface Resident {
  /** Today, as the journey sees it. */
  today: string;
  pages: readonly Page[];
}

/** A check answers row as the resident reads it: the question and the answer. */
export type Row = readonly [question: string, answer: string];

/** An error summary entry: the message, and where its link goes. */
export type ErrorLink = readonly [message: string, href: string];

/** What a journey story checks as it walks a resident through. */
export interface JourneyCheck {
  /** Which of the council's residents walks it. */
  resident: string;
  /** One page answered wrongly first (these fields changed), the errors it gives, then put right. */
  mistake: {
    step: string;
    post: Readonly<Record<string, string>>;
    /** What the walk says it is doing, in the story's steps panel. */
    what: string;
    errors: Readonly<Record<Locale, readonly ErrorLink[]>>;
  };
  /**
   * Check answers rows, as the resident reads them: `all` of them, or only the `added` rows the transaction adds
   * (rows with no change link, like the discount or the first payment date).
   */
  rows: { which: 'all' | 'added' } & Readonly<Record<Locale, readonly Row[]>>;
  /** What the payload's `derived` carries. */
  derived: Readonly<Record<string, unknown>>;
  /** "What happens next" on the confirmation, paragraph by paragraph. */
  next: Readonly<Record<Locale, readonly string[]>>;
  /** Text the confirmation must never show (the full account number: only its last 2 digits may show). */
  neverShown?: readonly string[];
}

// Every journey happens in the autumn of 2026; Direct Debits on Monday 16 November, as in the package's own tests.
const autumn = '2026-10-15';
const directDebitDay = '2026-11-16';

const exampleshireContact = 'https://www.exampleshire.example/council-tax/contact-us';
const enghraifftContact = 'https://www.enghraifft.example/treth-gyngor/cysylltu';
const northmoorContact = 'https://www.northmoor.example/contact/council-tax';

/**
 * Every preset council's residents, by transaction and name. The journey stories walk the one their `JourneyCheck`
 * names (`journey`, or for moving home the way of moving); moving home's councils have the same four, so a step story
 * can ask for one by name under either council.
 */
export const residents: Readonly<Record<Kind, Partial<Record<Council, Readonly<Record<string, Resident>>>>>> = {
  singlePersonDiscount: {
    // Claims go back 12 months and not ahead; evidence is asked for.
    exampleshire: {
      journey: {
        today: autumn,
        pages: [
          shared.account('5123 4567'),
          shared.contact('Sam Jones', 'sam@example.com'),
          shared.address('address', '12 Chapel Row', 'Exampleton', 'ex1 1aa'),
          spd.onlyAdult('2026-09-01'),
          spd.leaver('yes', 'Alex Jones'),
          shared.address('forwardingAddress', '4 Mill Lane', 'Northton', 'ex2 4ab'),
          spd.evidence('yes'),
          shared.declaration,
        ],
      },
    },
    // Claims go back 3 months and 28 days ahead; no evidence; the council's own declaration and warning.
    enghraifft: {
      journey: {
        today: autumn,
        pages: [
          shared.account('a123456789'),
          shared.contact('Rhys Evans', 'rhys@example.com'),
          shared.address('address', '3 Stryd y Castell', 'Enghraifft', 'cf10 1ep'),
          spd.onlyAdult('2026-11-01'),
          spd.leaver('no'),
          shared.declaration,
        ],
      },
    },
    // 30% off; claims go back 2 years and 14 days ahead; the other adult's new address is not known.
    northmoor: {
      journey: {
        today: autumn,
        pages: [
          shared.account('123 456 789'),
          shared.contact('Priya Shah', 'priya@example.com', '07700 900 982'),
          shared.address('address', '7 Moor View', 'Northmoor', 'NM1 2AB'),
          spd.onlyAdult('2025-08-01'),
          spd.leaver('yes'),
          shared.address('forwardingAddress', '', '', ''),
          spd.evidence('no'),
          shared.declaration,
        ],
      },
    },
  },

  movingHome: {
    // Dates from 15 October 2024 to 13 January 2027; every optional question but "furnished".
    exampleshire: {
      within: {
        today: autumn,
        pages: [
          mh.move('within'),
          shared.account('51234567'),
          shared.contact('Priya Shah', 'priya@example.com', '07700 900 982'),
          shared.address('oldAddress', '1 High Street', 'Exampleton', 'ex1 1aa'),
          shared.address('newAddress', '22 Mill Lane', 'Exampleton', 'EX2 4PQ', 'Riverside'),
          mh.moveDates('2026-10-31', '2026-11-01'),
          mh.oldHome('tenant'),
          mh.oldTenancy('2026-10-31'),
          mh.someone('oldLandlord', 'Harbour Homes', 'PO Box 12\nExampleton'),
          mh.newHome('tenant'),
          mh.newTenancy('2026-11-01'),
          mh.someone('newLandlord', 'Castle Lettings', '', '01632 960 002'),
          mh.newResidents('Priya Shah\nDev Shah'),
          shared.declaration,
        ],
      },
      outSold: {
        today: autumn,
        pages: [
          mh.move('out-of'),
          shared.account('5123 4567'),
          shared.contact('Sam Jones', 'sam@example.com'),
          shared.address('oldAddress', '1 High Street', 'Exampleton', 'ex1 1aa'),
          shared.address('forwardingAddress', 'Flat 2', 'Seaton', 'po1 2ab', '8 Harbour View'),
          mh.moveOutDate('2026-10-31'),
          mh.oldHome('sold'),
          mh.sale('Morgan Ellis', '2026-10-30'),
          mh.someone('solicitor', 'Ellis and Co Solicitors', '3 Market Street\nExampleton\nEX1 3MS'),
          mh.oldResidents('Sam Jones\nAlex Jones'),
          shared.declaration,
        ],
      },
      into: {
        today: autumn,
        pages: [
          mh.move('into'),
          shared.contact('Sam Jones', 'sam@example.com'),
          shared.address('oldAddress', '9 Canal Row', 'Otherton', 'ot4 9cr'),
          shared.address('newAddress', '22 Mill Lane', 'Exampleton', 'EX2 4PQ', 'Riverside'),
          mh.moveInDate('2026-11-01'),
          mh.newHome('owner'),
          mh.purchase('2026-10-30'),
          mh.newResidents('Sam Jones\nAlex Jones'),
          shared.declaration,
        ],
      },
      outLetting: {
        today: autumn,
        pages: [
          mh.move('out-of'),
          shared.account('51234567'),
          shared.contact('Sam Jones', 'sam@example.com'),
          shared.address('oldAddress', '1 High Street', 'Exampleton', 'ex1 1aa'),
          shared.address('forwardingAddress', '40 Rue des Fleurs', 'Lyon', ''),
          mh.moveOutDate('2026-10-15'),
          mh.oldHome('letting'),
          mh.letting('Chris Doe\nPat Doe', '2026-11-15'),
          mh.oldResidents('Sam Jones'),
          shared.declaration,
        ],
      },
    },
    // Dates from 18 April 2026 to 12 November 2026; asks "furnished" and none of the other optional questions.
    enghraifft: {
      outSold: {
        today: autumn,
        pages: [
          mh.move('out-of'),
          shared.account('9123 456 789'),
          shared.contact('Rhys Evans', 'rhys@example.com'),
          shared.address('oldAddress', '3 Stryd y Castell', 'Enghraifft', 'cf10 1ep'),
          mh.moveOutDate('2026-10-31'),
          mh.oldHome('sold'),
          mh.sale('Gareth Morgan', '2026-10-31'),
          mh.furnished('no'),
          mh.oldResidents('Rhys Evans\nCerys Evans'),
          shared.declaration,
        ],
      },
      within: {
        today: autumn,
        pages: [
          mh.move('within'),
          shared.account('9123456789'),
          shared.contact('Rhys Evans', 'rhys@example.com', '029 2018 0000'),
          shared.address('oldAddress', '3 Stryd y Castell', 'Enghraifft', 'cf10 1ep'),
          shared.address('newAddress', '14 Heol y Bont', 'Enghraifft', 'CF11 6AB'),
          mh.moveDates('2026-11-02', '2026-11-03'),
          mh.oldHome('tenant'),
          mh.oldTenancy('2026-11-02'),
          mh.furnished('no'),
          mh.newHome('owner'),
          mh.purchase('2026-11-03'),
          mh.newResidents('Rhys Evans\nCerys Evans'),
          shared.declaration,
        ],
      },
      into: {
        today: autumn,
        pages: [
          mh.move('into'),
          shared.contact('Rhys Evans', 'rhys@example.com'),
          shared.address('newAddress', '14 Heol y Bont', 'Enghraifft', 'CF11 6AB'),
          mh.moveInDate('2026-11-12'),
          mh.newHome('owner'),
          mh.purchase('2026-11-12'),
          mh.newResidents('Rhys Evans\nCerys Evans'),
          shared.declaration,
        ],
      },
      outLetting: {
        today: autumn,
        pages: [
          mh.move('out-of'),
          shared.account(''),
          shared.contact('Rhys Evans', 'rhys@example.com'),
          shared.address('oldAddress', '3 Stryd y Castell', 'Enghraifft', 'cf10 1ep'),
          mh.moveOutDate('2026-10-20'),
          mh.oldHome('letting'),
          mh.letting('Siân Hughes', '2026-10-21'),
          mh.oldResidents('Rhys Evans'),
          shared.declaration,
        ],
      },
    },
  },

  directDebit: {
    // 10 or 12 instalments on the 1st or 15th, 10 working days' notice. Vocalink's good pair 089999 / 66374958.
    northmoor: {
      journey: {
        today: directDebitDay,
        pages: [
          shared.account('5123 4567'),
          dd.signatures('no'),
          dd.bank('Jo Bloggs', '08-99-99', '66 37 49 58'),
          dd.plan('10'),
          dd.paymentDay('1'),
          dd.guarantee,
          shared.declaration,
        ],
      },
    },
    // 12 instalments only (not asked), four payment days, 14 working days' notice.
    enghraifft: {
      journey: {
        today: directDebitDay,
        pages: [
          shared.account('ct 123 4567'),
          dd.signatures('no'),
          dd.bank('Siân Jones', '089999', '66374958'),
          dd.paymentDay('1'),
          dd.guarantee,
          shared.declaration,
        ],
      },
    },
  },
};

const wrongPair: Readonly<Record<Locale, readonly ErrorLink[]>> = {
  en: [['Enter a valid combination of sort code and account number', '#accountNumber']],
  cy: [['Rhowch gyfuniad dilys o god didoli a rhif cyfrif', '#accountNumber']],
};

/** What each council's journey story checks, by transaction. */
export const journeys: Readonly<Record<Kind, Partial<Record<Council, JourneyCheck>>>> = {
  singlePersonDiscount: {
    exampleshire: {
      resident: 'journey',
      mistake: {
        step: 'onlyAdult',
        post: { 'date-day': '16', 'date-month': '10', 'date-year': '2026' },
        what: 'Give tomorrow as the date, which is after the claim window: the error states the window',
        errors: {
          en: [['The date you became the only adult must be between 15 October 2025 and 15 October 2026', '#date-day']],
          cy: [['Rhaid i’r dyddiad y daethoch yn unig oedolyn fod rhwng 15 Hydref 2025 a 15 Hydref 2026', '#date-day']],
        },
      },
      rows: {
        which: 'added',
        en: [['Discount if you are eligible', '25% from 1 September 2026']],
        cy: [['Gostyngiad os ydych yn gymwys', '25% o 1 Medi 2026 ymlaen']],
      },
      derived: { discountPercent: 25, discountFrom: '2026-09-01' },
      next: {
        en: [
          'If you are eligible, we will reduce your bill by 25% from 1 September 2026.',
          'We will send you a new council tax bill that shows the discount.',
          'We will email you to tell you how to send your evidence.',
          `You must tell us within 21 days if another adult comes to live at the property. Contact us at ${exampleshireContact}`,
        ],
        cy: [
          'Os ydych yn gymwys, byddwn yn gostwng eich bil 25% o 1 Medi 2026 ymlaen.',
          'Byddwn yn anfon bil treth gyngor newydd atoch sy’n dangos y gostyngiad.',
          'Byddwn yn anfon e-bost atoch i ddweud sut i anfon eich tystiolaeth.',
          `Rhaid i chi roi gwybod i ni cyn pen 21 diwrnod os bydd oedolyn arall yn dod i fyw yn yr eiddo. Cysylltwch â ni yn ${exampleshireContact}`,
        ],
      },
    },
    enghraifft: {
      resident: 'journey',
      mistake: {
        step: 'onlyAdult',
        post: { 'date-day': '13', 'date-month': '11', 'date-year': '2026' },
        what: 'Give a date 29 days ahead, one more than the council allows: the error states the window',
        errors: {
          en: [['The date you became the only adult must be between 16 July 2026 and 12 November 2026', '#date-day']],
          cy: [
            [
              'Rhaid i’r dyddiad y daethoch yn unig oedolyn fod rhwng 16 Gorffennaf 2026 a 12 Tachwedd 2026',
              '#date-day',
            ],
          ],
        },
      },
      rows: {
        which: 'added',
        en: [['Discount if you are eligible', '25% from 1 November 2026']],
        cy: [['Gostyngiad os ydych yn gymwys', '25% o 1 Tachwedd 2026 ymlaen']],
      },
      derived: { discountPercent: 25, discountFrom: '2026-11-01' },
      next: {
        en: [
          'If you are eligible, we will reduce your bill by 25% from 1 November 2026.',
          'We will send you a new council tax bill that shows the discount.',
          `You must tell us within 21 days if another adult comes to live at the property. Contact us at ${enghraifftContact}`,
        ],
        cy: [
          'Os ydych yn gymwys, byddwn yn gostwng eich bil 25% o 1 Tachwedd 2026 ymlaen.',
          'Byddwn yn anfon bil treth gyngor newydd atoch sy’n dangos y gostyngiad.',
          `Rhaid i chi roi gwybod i ni cyn pen 21 diwrnod os bydd oedolyn arall yn dod i fyw yn yr eiddo. Cysylltwch â ni yn ${enghraifftContact}`,
        ],
      },
    },
    northmoor: {
      resident: 'journey',
      mistake: {
        step: 'onlyAdult',
        post: { 'date-day': '14', 'date-month': '10', 'date-year': '2024' },
        what: 'Give a date 2 years and a day ago, one day too far back: the error states the window',
        errors: {
          en: [['The date you became the only adult must be between 15 October 2024 and 29 October 2026', '#date-day']],
          cy: [['Rhaid i’r dyddiad y daethoch yn unig oedolyn fod rhwng 15 Hydref 2024 a 29 Hydref 2026', '#date-day']],
        },
      },
      rows: {
        which: 'added',
        en: [['Discount if you are eligible', '30% from 1 August 2025']],
        cy: [['Gostyngiad os ydych yn gymwys', '30% o 1 Awst 2025 ymlaen']],
      },
      derived: { discountPercent: 30, discountFrom: '2025-08-01' },
      next: {
        en: [
          'If you are eligible, we will reduce your bill by 30% from 1 August 2025.',
          'We will send you a new council tax bill that shows the discount.',
          'We may contact you to check that you are the only adult living at the property.',
          `You must tell us within 21 days if another adult comes to live at the property. Contact us at ${northmoorContact}`,
        ],
        cy: [
          'Os ydych yn gymwys, byddwn yn gostwng eich bil 30% o 1 Awst 2025 ymlaen.',
          'Byddwn yn anfon bil treth gyngor newydd atoch sy’n dangos y gostyngiad.',
          'Efallai y byddwn yn cysylltu â chi i wirio mai chi yw’r unig oedolyn sy’n byw yn yr eiddo.',
          `Rhaid i chi roi gwybod i ni cyn pen 21 diwrnod os bydd oedolyn arall yn dod i fyw yn yr eiddo. Cysylltwch â ni yn ${northmoorContact}`,
        ],
      },
    },
  },

  movingHome: {
    exampleshire: {
      resident: 'within',
      mistake: {
        step: 'moveDates',
        post: { 'moveIn-day': '30', 'moveIn-month': '10', 'moveIn-year': '2026' },
        what: 'Give a moving-in date the day before the moving-out date: the error links to the moving-in day',
        errors: {
          en: [['Your moving-in date must be the same as or after your moving-out date', '#moveIn-day']],
          cy: [['Rhaid i’ch dyddiad symud i mewn fod yr un fath â’ch dyddiad symud allan neu ar ei ôl', '#moveIn-day']],
        },
      },
      rows: { which: 'added', en: [], cy: [] },
      derived: {
        direction: 'within',
        accountChange: 'update',
        moveOutDate: '2026-10-31',
        moveInDate: '2026-11-01',
        responsible: { at: 'new-home', names: ['Priya Shah', 'Dev Shah'] },
        oldHome: { tenure: 'tenant', nextResponsible: 'landlord', from: '2026-10-31' },
      },
      next: {
        en: [
          'We will move your council tax account to your new home from 1 November 2026.',
          'We will send you a new bill within 10 working days.',
          'When your tenancy ends on 31 October 2026, your landlord will be responsible for council tax at the home you are leaving until someone else moves in.',
          `If anything changes, contact us at ${exampleshireContact}`,
        ],
        cy: [
          'Byddwn yn symud eich cyfrif treth gyngor i’ch cartref newydd o 1 Tachwedd 2026.',
          'Byddwn yn anfon bil newydd atoch chi o fewn 10 diwrnod gwaith.',
          'Pan ddaw eich tenantiaeth i ben ar 31 Hydref 2026, bydd eich landlord yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael nes bydd rhywun arall yn symud i mewn.',
          `Os bydd unrhyw beth yn newid, cysylltwch â ni yn ${exampleshireContact}`,
        ],
      },
    },
    enghraifft: {
      resident: 'outSold',
      mistake: {
        step: 'moveOutDate',
        post: { 'date-day': '13', 'date-month': '11', 'date-year': '2026' },
        what: 'Give a moving-out date 29 days ahead, one more than the council allows: the error states the range',
        errors: {
          en: [['Your moving-out date must be between 18 April 2026 and 12 November 2026', '#date-day']],
          cy: [['Rhaid i’ch dyddiad symud allan fod rhwng 18 Ebrill 2026 a 12 Tachwedd 2026', '#date-day']],
        },
      },
      rows: { which: 'added', en: [], cy: [] },
      derived: {
        direction: 'out-of',
        accountChange: 'close',
        moveOutDate: '2026-10-31',
        moveInDate: null,
        responsible: { at: 'old-home', names: ['Rhys Evans', 'Cerys Evans'] },
        oldHome: { tenure: 'owner', nextResponsible: 'buyer', from: '2026-10-31' },
      },
      next: {
        en: [
          'Your account will be closed from 31 October 2026.',
          'We will send you a final bill within 15 working days.',
          'We will email it to rhys@example.com.',
          'The buyer will be responsible for council tax at the home you are leaving from 31 October 2026.',
          `If anything changes, contact us at ${enghraifftContact}`,
        ],
        cy: [
          'Bydd eich cyfrif yn cael ei gau o 31 Hydref 2026.',
          'Byddwn yn anfon bil terfynol atoch chi o fewn 15 diwrnod gwaith.',
          'Byddwn yn ei anfon drwy e-bost i rhys@example.com.',
          'Bydd y prynwr yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael o 31 Hydref 2026.',
          `Os bydd unrhyw beth yn newid, cysylltwch â ni yn ${enghraifftContact}`,
        ],
      },
    },
  },

  directDebit: {
    northmoor: {
      resident: 'journey',
      mistake: {
        step: 'bank',
        post: { accountNumber: '66 37 49 59' },
        what: 'Give an account number one digit out, which Vocalink’s modulus check refuses with the sort code',
        errors: wrongPair,
      },
      // Ten working days from Monday 16 November 2026 is Monday 30 November, so the first 1st is 1 December.
      rows: {
        which: 'all',
        en: [
          ['Council tax account number', '51234567'],
          ['More than one signature needed', 'No'],
          ['Name on the account', 'Jo Bloggs'],
          ['Sort code', '08-99-99'],
          ['Account number', '66374958'],
          ['Instalments', '10 monthly instalments'],
          ['Payment day', '1st of the month'],
          ['First payment', '1 December 2026'],
        ],
        cy: [
          ['Rhif cyfrif treth gyngor', '51234567'],
          ['Angen mwy nag un llofnod', 'Nac oes'],
          ['Yr enw sydd ar y cyfrif', 'Jo Bloggs'],
          ['Cod didoli', '08-99-99'],
          ['Rhif y cyfrif', '66374958'],
          ['Rhandaliadau', '10 rhandaliad misol'],
          ['Diwrnod talu', '1af o’r mis'],
          ['Taliad cyntaf', '1 Rhagfyr 2026'],
        ],
      },
      derived: { instalments: 10, paymentDay: 1, firstPaymentDate: '2026-12-01', accountNumberEnding: '58' },
      next: {
        en: [
          'Your first payment will be taken from the account ending 58 on 1 December 2026.',
          'You will pay in 10 monthly instalments a year, on the 1st of the month (or the next working day).',
          'We will write to you with the amount and date of each payment at least 10 working days before your first payment.',
          'Our Direct Debit service user number is 987654.',
        ],
        cy: [
          'Bydd eich taliad cyntaf yn cael ei gymryd o’r cyfrif sy’n gorffen gyda’r digidau 58 ar 1 Rhagfyr 2026.',
          'Byddwch yn talu mewn 10 rhandaliad misol y flwyddyn, ar y 1af o’r mis (neu’r diwrnod gwaith nesaf).',
          'Byddwn yn ysgrifennu atoch gyda swm a dyddiad pob taliad o leiaf 10 diwrnod gwaith cyn eich taliad cyntaf.',
          'Ein rhif defnyddiwr gwasanaeth Debyd Uniongyrchol yw 987654.',
        ],
      },
      neverShown: ['66374958', '663749', '374958'],
    },
    enghraifft: {
      resident: 'journey',
      mistake: {
        step: 'bank',
        post: { accountNumber: '66374985' },
        what: 'Give the account number with its last 2 digits swapped, which Vocalink’s modulus check refuses',
        errors: wrongPair,
      },
      // Fourteen working days from 16 November is Friday 4 December, so the first 1st is 1 January 2027: a bank
      // holiday, then a weekend, so the payment is taken on Monday 4 January.
      rows: {
        which: 'all',
        en: [
          ['Council tax account number', 'CT1234567'],
          ['More than one signature needed', 'No'],
          ['Name on the account', 'Siân Jones'],
          ['Sort code', '08-99-99'],
          ['Account number', '66374958'],
          ['Payment day', '1st of the month'],
          ['Instalments', '12 monthly instalments'],
          ['First payment', '4 January 2027'],
        ],
        cy: [
          ['Rhif cyfrif treth gyngor', 'CT1234567'],
          ['Angen mwy nag un llofnod', 'Nac oes'],
          ['Yr enw sydd ar y cyfrif', 'Siân Jones'],
          ['Cod didoli', '08-99-99'],
          ['Rhif y cyfrif', '66374958'],
          ['Diwrnod talu', '1af o’r mis'],
          ['Rhandaliadau', '12 rhandaliad misol'],
          ['Taliad cyntaf', '4 Ionawr 2027'],
        ],
      },
      derived: { instalments: 12, paymentDay: 1, firstPaymentDate: '2027-01-04', accountNumberEnding: '58' },
      next: {
        en: [
          'Your first payment will be taken from the account ending 58 on 4 January 2027.',
          'You will pay in 12 monthly instalments a year, on the 1st of the month (or the next working day).',
          'We will write to you with the amount and date of each payment at least 14 working days before your first payment.',
        ],
        cy: [
          'Bydd eich taliad cyntaf yn cael ei gymryd o’r cyfrif sy’n gorffen gyda’r digidau 58 ar 4 Ionawr 2027.',
          'Byddwch yn talu mewn 12 rhandaliad misol y flwyddyn, ar y 1af o’r mis (neu’r diwrnod gwaith nesaf).',
          'Byddwn yn ysgrifennu atoch gyda swm a dyddiad pob taliad o leiaf 14 diwrnod gwaith cyn eich taliad cyntaf.',
        ],
      },
      neverShown: ['66374958', '663749', '374958'],
    },
  },
};
