import {
  type AnswersOf,
  addressAnswer,
  defineJourney,
  formatDate,
  type SentPayload,
  type WordsContext,
} from '@lgds/core';
import type { accountChanges, Direction, nextResponsible } from './choices';
import type { MovingHomeRules } from './rules';
import { movingHomeSteps } from './steps';

// The journey without its words or the rules schema: `transaction.ts` adds both languages and the schema for the
// server, `en.ts` and `cy.ts` one language for a browser page. Nothing this imports may import zod or a schema
// (src/browser-entries.test.ts checks).

/** The moving home answers, page by page. */
export type MovingHomeAnswers = AnswersOf<typeof movingHomeSteps>;

/**
 * The facts a moving home payload carries besides the answers: the back office's view of what to do. The payload's
 * schema (`movingHomeDerivedSchema`) describes each one.
 */
export type MovingHomeDerived = {
  /** Into, out of or within the council's area. */
  direction: Direction;
  /** What to do with the account: open one, close one, or update one. */
  accountChange: (typeof accountChanges)[number];
  /** The day the resident leaves an address in the area (ISO); null when moving in. */
  moveOutDate: string | null;
  /** The day the resident arrives at an address in the area (ISO); null when moving out. */
  moveInDate: string | null;
  /** Who is responsible for council tax, and at which home. */
  responsible: { at: 'old-home' | 'new-home'; names: string[] };
  /** What becomes of the home being left in the area; null when moving in. */
  oldHome: {
    tenure: 'owner' | 'tenant';
    nextResponsible: (typeof nextResponsible)[number];
    from: string;
  } | null;
};

function namesIn(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Works out the back office's view of a move from checked answers. Pure: the same answers give the same facts. */
export function deriveMove(answers: MovingHomeAnswers): MovingHomeDerived {
  const direction: Direction = answers.move?.direction ?? 'into';
  const moveOutDate = answers.moveOutDate?.date ?? answers.moveDates?.moveOut ?? null;
  const moveInDate = answers.moveInDate?.date ?? answers.moveDates?.moveIn ?? null;
  const tenure = direction === 'into' ? undefined : answers.oldHome?.tenure;
  const oldHome = (): MovingHomeDerived['oldHome'] => {
    switch (tenure) {
      case 'sold':
        return { tenure: 'owner', nextResponsible: 'buyer', from: answers.sale?.completion ?? '' };
      case 'letting':
        return { tenure: 'owner', nextResponsible: 'tenants', from: answers.letting?.start ?? '' };
      case 'empty':
        return { tenure: 'owner', nextResponsible: 'owner', from: moveOutDate ?? '' };
      case 'tenant':
        return { tenure: 'tenant', nextResponsible: 'landlord', from: answers.oldTenancy?.end ?? '' };
      default:
        return null;
    }
  };
  const accountChange =
    direction === 'into' ? 'open' : direction === 'within' || tenure === 'empty' ? 'update' : 'close';
  return {
    direction,
    accountChange,
    moveOutDate,
    moveInDate,
    responsible:
      direction === 'out-of'
        ? { at: 'old-home', names: namesIn(answers.oldResidents?.names) }
        : { at: 'new-home', names: namesIn(answers.newResidents?.names) },
    oldHome: oldHome(),
  };
}

/** The paragraphs under "What happens next": the account, the bill, and who is responsible for the home left. */
function whatHappensNext(
  { answers, derived }: SentPayload<MovingHomeAnswers, MovingHomeDerived>,
  rules: MovingHomeRules,
  { t }: WordsContext,
): string[] {
  const date = (iso: string | null | undefined) => formatDate(iso ?? '', t);
  const count = rules.billWithinWorkingDays;
  const paragraphs: string[] = [];
  if (derived.direction === 'into') {
    paragraphs.push(t('confirmation.open', { date: date(derived.moveInDate) }), t('confirmation.newBill', { count }));
  } else if (derived.direction === 'within') {
    paragraphs.push(t('confirmation.move', { date: date(derived.moveInDate) }), t('confirmation.newBill', { count }));
  } else if (derived.accountChange === 'close') {
    // Chosen from the lookup's list or typed in.
    const forwarding = addressAnswer(answers, 'forwardingAddress');
    const address = [forwarding?.line1, forwarding?.line2, forwarding?.town, forwarding?.postcode].filter(Boolean);
    paragraphs.push(
      t('confirmation.close', { date: date(derived.moveOutDate) }),
      t('confirmation.finalBill', { count }),
      address.length > 0
        ? t('confirmation.finalBillTo', { address: address.join(', ') })
        : t('confirmation.finalBillByEmail', { email: answers.contact?.email ?? '' }),
    );
  } else {
    paragraphs.push(t('confirmation.newBill', { count }));
  }
  const from = derived.oldHome ? date(derived.oldHome.from) : '';
  switch (derived.oldHome?.nextResponsible) {
    case 'buyer':
      paragraphs.push(t('confirmation.buyer', { date: from }));
      break;
    case 'tenants':
      paragraphs.push(t('confirmation.tenants', { date: from }));
      break;
    case 'owner':
      paragraphs.push(t('confirmation.stillResponsible'));
      break;
    case 'landlord':
      paragraphs.push(t('confirmation.landlord', { date: from }));
      break;
  }
  paragraphs.push(t('confirmation.contact', { contact: rules.links.contact }));
  return paragraphs;
}

/**
 * Tell the council you are moving home: into, out of or within its area. Asks for the account number (when
 * leaving an address here), contact details, the addresses, the moving dates, what becomes of the home being left
 * (sold, let, left empty, or a tenancy ending) and the new home (bought or rented), who is responsible for council
 * tax, and the declaration. The payload's `derived` says what to do with the account.
 */
export const movingHomeJourney = /* @__PURE__ */ defineJourney({
  id: 'council-tax-moving-home',
  version: 1,
  referencePrefix: 'MH',
  title: { en: 'Council tax: tell us you are moving home', cy: 'Treth gyngor: rhowch wybod i ni eich bod yn symud tŷ' },
  steps: movingHomeSteps,
  derive: { compute: (answers) => deriveMove(answers) },
  confirmation: whatHappensNext,
});
