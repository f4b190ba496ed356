import { createFlow } from '../flow';
import { resolveRules } from '../rules/resolve';
import type { TransactionAnswers } from '../transaction';
import { bulkyWaste } from './transaction';

/** The fixed "today" every sample test uses, so date windows are stable. */
export const today = '2027-03-01';

/** A flow through the sample transaction with a council's rules laid over the defaults. */
export function sampleFlow(...layers: Parameters<typeof resolveRules<typeof bulkyWaste>>[1][]) {
  return createFlow(bulkyWaste, resolveRules(bulkyWaste, ...layers), { today: () => today });
}

/** A council that offers a pension credit concession and does not collect from flats. */
export const concessionCouncil = {
  flatsServed: false,
  concessions: [{ id: 'pension-credit', label: { en: 'Pension Credit', cy: 'Credyd Pensiwn' }, discountPercent: 50 }],
};

/** A complete set of answers for a house, contact by email. */
export const houseAnswers: TransactionAnswers<typeof bulkyWaste> = {
  address: { line1: '1 High Street', postcode: 'EX1 1AA' },
  property: { type: 'house' },
  items: { count: 3 },
  contact: { contactBy: 'email', email: 'resident@example.com' },
  collection: { date: '2027-03-10' },
};
