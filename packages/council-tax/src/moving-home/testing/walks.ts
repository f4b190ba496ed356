import { createFlow, type Flow, handleStepPost, type StepIdOf } from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { movingHomePresets } from '../presets';
import type { MovingHomeRules } from '../rules';
import { type MovingHomeAnswers, type MovingHomeDerived, movingHome } from '../transaction';

// Whole moving home journeys through both preset councils, written once as what a resident answers page by page,
// with what the back office and the resident should be told at the end. The engine tests post them with
// `handleStepPost`; the React tests type and click them into <TransactionFlow>. Every date and word below was worked
// out by hand from presets.ts and the messages.

/** One of the preset councils. */
export type Council = keyof typeof movingHomePresets;

/** A page of the journey. */
export type StepId = StepIdOf<typeof movingHome>;

/** The day every journey happens. */
export const today = '2026-10-15';

/** The moment every payload is sent. */
export const submittedAt = new Date('2026-10-15T09:30:00Z');

/**
 * One page as a resident answers it: each field's answer as text, a date as an ISO date (`2026-11-01`), a
 * textarea's lines separated by `\n`, a choice by its value.
 */
export interface Page {
  step: StepId;
  answers: Readonly<Record<string, string>>;
}

/** A whole journey, from the first page to check answers, and what it should come to. */
export interface Walk {
  /** What the resident does, for the test's name. */
  title: string;
  council: Council;
  /** Every page on the resident's path, in order. */
  pages: readonly Page[];
  /** The payload's derived facts: the back office's view. */
  derived: MovingHomeDerived;
  /** "What happens next", word for word, in English (and in Welsh for some walks). */
  next: { en: readonly string[]; cy?: readonly string[] };
}

/** The resolved rules of a preset council, with any changes laid over them. */
export function rulesFor(council: Council, ...changes: RulesLayer<typeof movingHome>[]): MovingHomeRules {
  return resolveRules(movingHome, movingHomePresets[council], ...changes);
}

/** A flow for a preset council on the fixed day. */
export function flowFor(council: Council, ...changes: RulesLayer<typeof movingHome>[]): Flow<typeof movingHome> {
  return createFlow(movingHome, rulesFor(council, ...changes), { today: () => today });
}

/** A page's answers as a browser posts them: a date as its day, month and year boxes ("1", "11", "2026"). */
export function posted(flow: Flow<typeof movingHome>, page: Page): Record<string, string> {
  const fields = flow.fields(page.step);
  const post: Record<string, string> = {};
  for (const [name, value] of Object.entries(page.answers)) {
    if (fields[name]?.type !== 'date') {
      post[name] = value;
      continue;
    }
    // Boxes typed without leading zeros, as residents type them; a blank date posts three blank boxes.
    const [year = '', month = '', day = ''] = value === '' ? [] : value.split('-');
    post[`${name}-day`] = day.replace(/^0/, '');
    post[`${name}-month`] = month.replace(/^0/, '');
    post[`${name}-year`] = year;
  }
  return post;
}

/** Posts each page in turn, as a resident would, and gives the answers; throws if a page is refused. */
export function answersAfter(flow: Flow<typeof movingHome>, pages: readonly Page[]): MovingHomeAnswers {
  let answers: MovingHomeAnswers = {};
  for (const page of pages) {
    const result = handleStepPost(flow, page.step, posted(flow, page), answers);
    if (!result.ok) throw new Error(`${page.step} was refused: ${JSON.stringify(result.errors ?? result.redirect)}`);
    answers = result.answers;
  }
  return answers;
}

/** The pages of a walk that come before `step`. */
export function pagesBefore(walk: Walk, step: StepId): readonly Page[] {
  const index = walk.pages.findIndex((page) => page.step === step);
  if (index < 0) throw new Error(`${walk.title} does not go through ${step}`);
  return walk.pages.slice(0, index);
}

type Someone = { name: string; address?: string; phone?: string };

/** The pages residents meet, as they answer them. */
export const page = {
  move: (direction: 'into' | 'out-of' | 'within'): Page => ({ step: 'move', answers: { direction } }),
  account: (reference: string): Page => ({ step: 'account', answers: { reference } }),
  contact: (fullName: string, email: string, phone = ''): Page => ({
    step: 'contact',
    answers: { fullName, email, phone },
  }),
  address: (
    step: 'oldAddress' | 'newAddress' | 'forwardingAddress',
    line1: string,
    town: string,
    postcode: string,
    line2 = '',
  ): Page => ({ step, answers: { line1, line2, town, postcode } }),
  moveInDate: (date: string): Page => ({ step: 'moveInDate', answers: { date } }),
  moveOutDate: (date: string): Page => ({ step: 'moveOutDate', answers: { date } }),
  moveDates: (moveOut: string, moveIn: string): Page => ({ step: 'moveDates', answers: { moveOut, moveIn } }),
  oldHome: (tenure: 'sold' | 'letting' | 'empty' | 'tenant'): Page => ({ step: 'oldHome', answers: { tenure } }),
  sale: (buyer: string, completion: string): Page => ({ step: 'sale', answers: { buyer, completion } }),
  someone: (step: 'solicitor' | 'oldLandlord' | 'newLandlord', { name, address = '', phone = '' }: Someone): Page => ({
    step,
    answers: { name, address, phone },
  }),
  letting: (tenants: string, start: string): Page => ({ step: 'letting', answers: { tenants, start } }),
  oldTenancy: (end: string): Page => ({ step: 'oldTenancy', answers: { end } }),
  furnished: (furnished: 'yes' | 'no'): Page => ({ step: 'furnished', answers: { furnished } }),
  oldResidents: (names: string): Page => ({ step: 'oldResidents', answers: { names } }),
  newHome: (tenure: 'owner' | 'tenant'): Page => ({ step: 'newHome', answers: { tenure } }),
  purchase: (completion: string): Page => ({ step: 'purchase', answers: { completion } }),
  newTenancy: (start: string): Page => ({ step: 'newTenancy', answers: { start } }),
  newResidents: (names: string): Page => ({ step: 'newResidents', answers: { names } }),
  declaration: (): Page => ({ step: 'declaration', answers: { confirmed: 'yes' } }),
};

const sam = page.contact('Sam Jones', 'sam@example.com');
const priya = page.contact('Priya Shah', 'priya@example.com', '07700 900 982');
const agree = page.declaration();

// Exampleshire: account numbers are 8 digits starting with 5; dates from 15 October 2024 to 13 January 2027.
const exampleshireHome = page.address('oldAddress', '1 High Street', 'Exampleton', 'ex1 1aa');
const exampleshireNewHome = page.address('newAddress', '22 Mill Lane', 'Exampleton', 'EX2 4PQ', 'Riverside');
const fromElsewhere = page.address('oldAddress', '9 Canal Row', 'Otherton', 'ot4 9cr');
const exampleshireContact = 'https://www.exampleshire.example/council-tax/contact-us';
const exampleshireSolicitor = page.someone('solicitor', {
  name: 'Ellis and Co Solicitors',
  address: '3 Market Street\nExampleton\nEX1 3MS',
});
const harbourHomes = { name: 'Harbour Homes', address: 'PO Box 12\nExampleton', phone: '01632 960 001' };

// Enghraifft: account numbers are 10 digits starting with 9; dates from 18 April 2026 to 12 November 2026.
const enghraifftHome = page.address('oldAddress', '3 Stryd y Castell', 'Enghraifft', 'cf10 1ep');
const enghraifftNewHome = page.address('newAddress', '14 Heol y Bont', 'Enghraifft', 'CF11 6AB');
const enghraifftContact = 'https://www.enghraifft.example/treth-gyngor/cysylltu';

/** Every direction and tenure under both presets' rules. */
export const walks = {
  exampleshireIntoOwner: {
    title: 'Exampleshire: moving in from elsewhere, buying the new home',
    council: 'exampleshire',
    pages: [
      page.move('into'),
      sam,
      fromElsewhere,
      exampleshireNewHome,
      page.moveInDate('2026-11-01'),
      page.newHome('owner'),
      page.purchase('2026-10-30'),
      page.newResidents('Sam Jones\nAlex Jones'),
      agree,
    ],
    derived: {
      direction: 'into',
      accountChange: 'open',
      moveOutDate: null,
      moveInDate: '2026-11-01',
      responsible: { at: 'new-home', names: ['Sam Jones', 'Alex Jones'] },
      oldHome: null,
    },
    next: {
      en: [
        'We will open a council tax account for your new home from 1 November 2026.',
        'We will send you a new bill within 10 working days.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
      cy: [
        'Byddwn yn agor cyfrif treth gyngor ar gyfer eich cartref newydd o 1 Tachwedd 2026.',
        'Byddwn yn anfon bil newydd atoch chi o fewn 10 diwrnod gwaith.',
        `Os bydd unrhyw beth yn newid, cysylltwch â ni yn ${exampleshireContact}`,
      ],
    },
  },
  exampleshireIntoTenant: {
    title: 'Exampleshire: moving in from elsewhere, renting the new home',
    council: 'exampleshire',
    pages: [
      page.move('into'),
      priya,
      fromElsewhere,
      exampleshireNewHome,
      page.moveInDate('2026-10-20'),
      page.newHome('tenant'),
      page.newTenancy('2026-10-20'),
      page.someone('newLandlord', { name: 'Castle Lettings', phone: '01632 960 002' }),
      page.newResidents('Priya Shah'),
      agree,
    ],
    derived: {
      direction: 'into',
      accountChange: 'open',
      moveOutDate: null,
      moveInDate: '2026-10-20',
      responsible: { at: 'new-home', names: ['Priya Shah'] },
      oldHome: null,
    },
    next: {
      en: [
        'We will open a council tax account for your new home from 20 October 2026.',
        'We will send you a new bill within 10 working days.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
    },
  },
  exampleshireOutSold: {
    title: 'Exampleshire: moving out of the area after selling, with a forwarding address',
    council: 'exampleshire',
    pages: [
      page.move('out-of'),
      page.account('5123 4567'),
      sam,
      exampleshireHome,
      page.address('forwardingAddress', 'Flat 2', 'Seaton', 'po1 2ab', '8 Harbour View'),
      page.moveOutDate('2026-10-31'),
      page.oldHome('sold'),
      page.sale('Morgan Ellis', '2026-10-30'),
      exampleshireSolicitor,
      page.oldResidents('Sam Jones\nAlex Jones'),
      agree,
    ],
    derived: {
      direction: 'out-of',
      accountChange: 'close',
      moveOutDate: '2026-10-31',
      moveInDate: null,
      responsible: { at: 'old-home', names: ['Sam Jones', 'Alex Jones'] },
      oldHome: { tenure: 'owner', nextResponsible: 'buyer', from: '2026-10-30' },
    },
    next: {
      en: [
        'Your account will be closed from 31 October 2026.',
        'We will send you a final bill within 10 working days.',
        'We will send it to this address: Flat 2, 8 Harbour View, Seaton, PO1 2AB.',
        'The buyer will be responsible for council tax at the home you are leaving from 30 October 2026.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
      cy: [
        'Bydd eich cyfrif yn cael ei gau o 31 Hydref 2026.',
        'Byddwn yn anfon bil terfynol atoch chi o fewn 10 diwrnod gwaith.',
        'Byddwn yn ei anfon i’r cyfeiriad hwn: Flat 2, 8 Harbour View, Seaton, PO1 2AB.',
        'Bydd y prynwr yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael o 30 Hydref 2026.',
        `Os bydd unrhyw beth yn newid, cysylltwch â ni yn ${exampleshireContact}`,
      ],
    },
  },
  exampleshireOutTenant: {
    title: 'Exampleshire: a tenant moving out of the area, no account number or forwarding address to hand',
    council: 'exampleshire',
    pages: [
      page.move('out-of'),
      page.account(''),
      sam,
      exampleshireHome,
      page.address('forwardingAddress', '', '', ''),
      page.moveOutDate('2026-11-05'),
      page.oldHome('tenant'),
      page.oldTenancy('2026-11-05'),
      page.someone('oldLandlord', harbourHomes),
      page.oldResidents('Sam Jones'),
      agree,
    ],
    derived: {
      direction: 'out-of',
      accountChange: 'close',
      moveOutDate: '2026-11-05',
      moveInDate: null,
      responsible: { at: 'old-home', names: ['Sam Jones'] },
      oldHome: { tenure: 'tenant', nextResponsible: 'landlord', from: '2026-11-05' },
    },
    next: {
      en: [
        'Your account will be closed from 5 November 2026.',
        'We will send you a final bill within 10 working days.',
        'We will email it to sam@example.com.',
        'When your tenancy ends on 5 November 2026, your landlord will be responsible for council tax at the home you are leaving until someone else moves in.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
    },
  },
  exampleshireOutLetting: {
    title: 'Exampleshire: moving out of the area and letting the old home',
    council: 'exampleshire',
    pages: [
      page.move('out-of'),
      page.account('51234567'),
      sam,
      exampleshireHome,
      page.address('forwardingAddress', '40 Rue des Fleurs', 'Lyon', ''),
      page.moveOutDate('2026-10-15'),
      page.oldHome('letting'),
      page.letting('Chris Doe\nPat Doe', '2026-11-15'),
      page.oldResidents('Sam Jones'),
      agree,
    ],
    derived: {
      direction: 'out-of',
      accountChange: 'close',
      moveOutDate: '2026-10-15',
      moveInDate: null,
      responsible: { at: 'old-home', names: ['Sam Jones'] },
      oldHome: { tenure: 'owner', nextResponsible: 'tenants', from: '2026-11-15' },
    },
    next: {
      en: [
        'Your account will be closed from 15 October 2026.',
        'We will send you a final bill within 10 working days.',
        'We will send it to this address: 40 Rue des Fleurs, Lyon.',
        'Your tenants will be responsible for council tax at the home you are leaving from 15 November 2026.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
    },
  },
  exampleshireOutEmpty: {
    title: 'Exampleshire: moving out of the area and leaving the old home empty',
    council: 'exampleshire',
    pages: [
      page.move('out-of'),
      page.account('51234567'),
      sam,
      exampleshireHome,
      page.address('forwardingAddress', '5 Quay Street', 'Seaton', 'PO1 3QS'),
      page.moveOutDate('2025-12-01'),
      page.oldHome('empty'),
      page.oldResidents('Sam Jones'),
      agree,
    ],
    derived: {
      direction: 'out-of',
      accountChange: 'update',
      moveOutDate: '2025-12-01',
      moveInDate: null,
      responsible: { at: 'old-home', names: ['Sam Jones'] },
      oldHome: { tenure: 'owner', nextResponsible: 'owner', from: '2025-12-01' },
    },
    next: {
      en: [
        'We will send you a new bill within 10 working days.',
        'You are still responsible for council tax at the home you are leaving while you own it and it is empty.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
    },
  },
  exampleshireWithinSoldToOwner: {
    title: 'Exampleshire: moving within the area, selling one home and buying another on the same day',
    council: 'exampleshire',
    pages: [
      page.move('within'),
      page.account('5876-5432'),
      sam,
      exampleshireHome,
      exampleshireNewHome,
      page.moveDates('2026-10-30', '2026-10-30'),
      page.oldHome('sold'),
      page.sale('Morgan Ellis', '2026-10-30'),
      exampleshireSolicitor,
      page.newHome('owner'),
      page.purchase('2026-10-30'),
      page.newResidents('Sam Jones\n\n  Alex Jones  '),
      agree,
    ],
    derived: {
      direction: 'within',
      accountChange: 'update',
      moveOutDate: '2026-10-30',
      moveInDate: '2026-10-30',
      responsible: { at: 'new-home', names: ['Sam Jones', 'Alex Jones'] },
      oldHome: { tenure: 'owner', nextResponsible: 'buyer', from: '2026-10-30' },
    },
    next: {
      en: [
        'We will move your council tax account to your new home from 30 October 2026.',
        'We will send you a new bill within 10 working days.',
        'The buyer will be responsible for council tax at the home you are leaving from 30 October 2026.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
    },
  },
  exampleshireWithinTenantToTenant: {
    title: 'Exampleshire: a tenant moving within the area to another rented home',
    council: 'exampleshire',
    pages: [
      page.move('within'),
      page.account('51234567'),
      priya,
      exampleshireHome,
      exampleshireNewHome,
      page.moveDates('2026-10-31', '2026-11-01'),
      page.oldHome('tenant'),
      page.oldTenancy('2026-10-31'),
      page.someone('oldLandlord', { name: 'Harbour Homes', address: 'PO Box 12\nExampleton' }),
      page.newHome('tenant'),
      page.newTenancy('2026-11-01'),
      page.someone('newLandlord', { name: 'Castle Lettings', phone: '01632 960 002' }),
      page.newResidents('Priya Shah\nDev Shah'),
      agree,
    ],
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
  exampleshireWithinEmptyToTenant: {
    title: 'Exampleshire: moving within the area to a rented home, leaving an owned home empty',
    council: 'exampleshire',
    pages: [
      page.move('within'),
      page.account('51234567'),
      sam,
      exampleshireHome,
      exampleshireNewHome,
      page.moveDates('2026-09-01', '2026-09-02'),
      page.oldHome('empty'),
      page.newHome('tenant'),
      page.newTenancy('2026-09-01'),
      page.someone('newLandlord', harbourHomes),
      page.newResidents('Sam Jones'),
      agree,
    ],
    derived: {
      direction: 'within',
      accountChange: 'update',
      moveOutDate: '2026-09-01',
      moveInDate: '2026-09-02',
      responsible: { at: 'new-home', names: ['Sam Jones'] },
      oldHome: { tenure: 'owner', nextResponsible: 'owner', from: '2026-09-01' },
    },
    next: {
      en: [
        'We will move your council tax account to your new home from 2 September 2026.',
        'We will send you a new bill within 10 working days.',
        'You are still responsible for council tax at the home you are leaving while you own it and it is empty.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
    },
  },
  exampleshireWithinLettingToOwner: {
    title: 'Exampleshire: moving within the area to a bought home, letting the old one',
    council: 'exampleshire',
    pages: [
      page.move('within'),
      page.account('51234567'),
      sam,
      exampleshireHome,
      exampleshireNewHome,
      page.moveDates('2026-12-01', '2027-01-13'),
      page.oldHome('letting'),
      page.letting('Chris Doe', '2027-01-13'),
      page.newHome('owner'),
      page.purchase('2026-11-20'),
      page.newResidents('Sam Jones'),
      agree,
    ],
    derived: {
      direction: 'within',
      accountChange: 'update',
      moveOutDate: '2026-12-01',
      moveInDate: '2027-01-13',
      responsible: { at: 'new-home', names: ['Sam Jones'] },
      oldHome: { tenure: 'owner', nextResponsible: 'tenants', from: '2027-01-13' },
    },
    next: {
      en: [
        'We will move your council tax account to your new home from 13 January 2027.',
        'We will send you a new bill within 10 working days.',
        'Your tenants will be responsible for council tax at the home you are leaving from 13 January 2027.',
        `If anything changes, contact us at ${exampleshireContact}`,
      ],
    },
  },

  enghraifftIntoOwner: {
    title: 'Enghraifft: moving in, buying the new home (no previous address asked)',
    council: 'enghraifft',
    pages: [
      page.move('into'),
      page.contact('Rhys Evans', 'rhys@example.com'),
      enghraifftNewHome,
      page.moveInDate('2026-11-12'),
      page.newHome('owner'),
      page.purchase('2026-11-12'),
      page.newResidents('Rhys Evans\nCerys Evans'),
      agree,
    ],
    derived: {
      direction: 'into',
      accountChange: 'open',
      moveOutDate: null,
      moveInDate: '2026-11-12',
      responsible: { at: 'new-home', names: ['Rhys Evans', 'Cerys Evans'] },
      oldHome: null,
    },
    next: {
      en: [
        'We will open a council tax account for your new home from 12 November 2026.',
        'We will send you a new bill within 15 working days.',
        `If anything changes, contact us at ${enghraifftContact}`,
      ],
      cy: [
        'Byddwn yn agor cyfrif treth gyngor ar gyfer eich cartref newydd o 12 Tachwedd 2026.',
        'Byddwn yn anfon bil newydd atoch chi o fewn 15 diwrnod gwaith.',
        `Os bydd unrhyw beth yn newid, cysylltwch â ni yn ${enghraifftContact}`,
      ],
    },
  },
  enghraifftIntoTenant: {
    title: 'Enghraifft: moving in, renting the new home (no landlord asked)',
    council: 'enghraifft',
    pages: [
      page.move('into'),
      page.contact('Rhys Evans', 'rhys@example.com'),
      enghraifftNewHome,
      page.moveInDate('2026-04-18'),
      page.newHome('tenant'),
      page.newTenancy('2026-04-18'),
      page.newResidents('Rhys Evans'),
      agree,
    ],
    derived: {
      direction: 'into',
      accountChange: 'open',
      moveOutDate: null,
      moveInDate: '2026-04-18',
      responsible: { at: 'new-home', names: ['Rhys Evans'] },
      oldHome: null,
    },
    next: {
      en: [
        'We will open a council tax account for your new home from 18 April 2026.',
        'We will send you a new bill within 15 working days.',
        `If anything changes, contact us at ${enghraifftContact}`,
      ],
    },
  },
  enghraifftOutSold: {
    title: 'Enghraifft: moving out after selling (no solicitor or forwarding address asked; furnished asked)',
    council: 'enghraifft',
    pages: [
      page.move('out-of'),
      page.account('9123 456 789'),
      page.contact('Rhys Evans', 'rhys@example.com'),
      enghraifftHome,
      page.moveOutDate('2026-10-31'),
      page.oldHome('sold'),
      page.sale('Gareth Morgan', '2026-10-31'),
      page.furnished('no'),
      page.oldResidents('Rhys Evans\nCerys Evans'),
      agree,
    ],
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
  enghraifftOutTenant: {
    title: 'Enghraifft: a tenant moving out, leaving the home furnished',
    council: 'enghraifft',
    pages: [
      page.move('out-of'),
      page.account('9876543210'),
      page.contact('Rhys Evans', 'rhys@example.com'),
      enghraifftHome,
      page.moveOutDate('2026-06-30'),
      page.oldHome('tenant'),
      page.oldTenancy('2026-06-30'),
      page.furnished('yes'),
      page.oldResidents('Rhys Evans'),
      agree,
    ],
    derived: {
      direction: 'out-of',
      accountChange: 'close',
      moveOutDate: '2026-06-30',
      moveInDate: null,
      responsible: { at: 'old-home', names: ['Rhys Evans'] },
      oldHome: { tenure: 'tenant', nextResponsible: 'landlord', from: '2026-06-30' },
    },
    next: {
      en: [
        'Your account will be closed from 30 June 2026.',
        'We will send you a final bill within 15 working days.',
        'We will email it to rhys@example.com.',
        'When your tenancy ends on 30 June 2026, your landlord will be responsible for council tax at the home you are leaving until someone else moves in.',
        `If anything changes, contact us at ${enghraifftContact}`,
      ],
    },
  },
  enghraifftOutLetting: {
    title: 'Enghraifft: moving out and letting the old home (furnished not asked)',
    council: 'enghraifft',
    pages: [
      page.move('out-of'),
      page.account(''),
      page.contact('Rhys Evans', 'rhys@example.com'),
      enghraifftHome,
      page.moveOutDate('2026-10-20'),
      page.oldHome('letting'),
      page.letting('Siân Hughes', '2026-10-21'),
      page.oldResidents('Rhys Evans'),
      agree,
    ],
    derived: {
      direction: 'out-of',
      accountChange: 'close',
      moveOutDate: '2026-10-20',
      moveInDate: null,
      responsible: { at: 'old-home', names: ['Rhys Evans'] },
      oldHome: { tenure: 'owner', nextResponsible: 'tenants', from: '2026-10-21' },
    },
    next: {
      en: [
        'Your account will be closed from 20 October 2026.',
        'We will send you a final bill within 15 working days.',
        'We will email it to rhys@example.com.',
        'Your tenants will be responsible for council tax at the home you are leaving from 21 October 2026.',
        `If anything changes, contact us at ${enghraifftContact}`,
      ],
    },
  },
  enghraifftOutEmpty: {
    title: 'Enghraifft: moving out and leaving the old home empty but furnished',
    council: 'enghraifft',
    pages: [
      page.move('out-of'),
      page.account('9123456789'),
      page.contact('Rhys Evans', 'rhys@example.com'),
      enghraifftHome,
      page.moveOutDate('2026-10-01'),
      page.oldHome('empty'),
      page.furnished('yes'),
      page.oldResidents('Rhys Evans'),
      agree,
    ],
    derived: {
      direction: 'out-of',
      accountChange: 'update',
      moveOutDate: '2026-10-01',
      moveInDate: null,
      responsible: { at: 'old-home', names: ['Rhys Evans'] },
      oldHome: { tenure: 'owner', nextResponsible: 'owner', from: '2026-10-01' },
    },
    next: {
      en: [
        'We will send you a new bill within 15 working days.',
        'You are still responsible for council tax at the home you are leaving while you own it and it is empty.',
        `If anything changes, contact us at ${enghraifftContact}`,
      ],
      cy: [
        'Byddwn yn anfon bil newydd atoch chi o fewn 15 diwrnod gwaith.',
        'Rydych chi’n dal yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael tra byddwch chi’n berchen arno a’i fod yn wag.',
        `Os bydd unrhyw beth yn newid, cysylltwch â ni yn ${enghraifftContact}`,
      ],
    },
  },
  enghraifftWithinTenantToOwner: {
    title: 'Enghraifft: a tenant moving within the area to a bought home',
    council: 'enghraifft',
    pages: [
      page.move('within'),
      page.account('9123456789'),
      page.contact('Rhys Evans', 'rhys@example.com', '029 2018 0000'),
      enghraifftHome,
      enghraifftNewHome,
      page.moveDates('2026-11-02', '2026-11-03'),
      page.oldHome('tenant'),
      page.oldTenancy('2026-11-02'),
      page.furnished('no'),
      page.newHome('owner'),
      page.purchase('2026-11-03'),
      page.newResidents('Rhys Evans\nCerys Evans'),
      agree,
    ],
    derived: {
      direction: 'within',
      accountChange: 'update',
      moveOutDate: '2026-11-02',
      moveInDate: '2026-11-03',
      responsible: { at: 'new-home', names: ['Rhys Evans', 'Cerys Evans'] },
      oldHome: { tenure: 'tenant', nextResponsible: 'landlord', from: '2026-11-02' },
    },
    next: {
      en: [
        'We will move your council tax account to your new home from 3 November 2026.',
        'We will send you a new bill within 15 working days.',
        'When your tenancy ends on 2 November 2026, your landlord will be responsible for council tax at the home you are leaving until someone else moves in.',
        `If anything changes, contact us at ${enghraifftContact}`,
      ],
      cy: [
        'Byddwn yn symud eich cyfrif treth gyngor i’ch cartref newydd o 3 Tachwedd 2026.',
        'Byddwn yn anfon bil newydd atoch chi o fewn 15 diwrnod gwaith.',
        'Pan ddaw eich tenantiaeth i ben ar 2 Tachwedd 2026, bydd eich landlord yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael nes bydd rhywun arall yn symud i mewn.',
        `Os bydd unrhyw beth yn newid, cysylltwch â ni yn ${enghraifftContact}`,
      ],
    },
  },
  enghraifftWithinSoldToTenant: {
    title: 'Enghraifft: moving within the area to a rented home after selling',
    council: 'enghraifft',
    pages: [
      page.move('within'),
      page.account(''),
      page.contact('Rhys Evans', 'rhys@example.com'),
      enghraifftHome,
      enghraifftNewHome,
      page.moveDates('2026-08-14', '2026-08-15'),
      page.oldHome('sold'),
      page.sale('Gareth and Eleri Morgan', '2026-08-14'),
      page.furnished('no'),
      page.newHome('tenant'),
      page.newTenancy('2026-08-15'),
      page.newResidents('Rhys Evans'),
      agree,
    ],
    derived: {
      direction: 'within',
      accountChange: 'update',
      moveOutDate: '2026-08-14',
      moveInDate: '2026-08-15',
      responsible: { at: 'new-home', names: ['Rhys Evans'] },
      oldHome: { tenure: 'owner', nextResponsible: 'buyer', from: '2026-08-14' },
    },
    next: {
      en: [
        'We will move your council tax account to your new home from 15 August 2026.',
        'We will send you a new bill within 15 working days.',
        'The buyer will be responsible for council tax at the home you are leaving from 14 August 2026.',
        `If anything changes, contact us at ${enghraifftContact}`,
      ],
    },
  },
} satisfies Record<string, Walk>;
