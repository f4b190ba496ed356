import type { Outgoing } from '../src/delivery/types';
import type { StoredSubmission } from '../src/store/types';

/** What the service would describe a stored submission as, for tests of delivery alone. */
export function describeForTests(submission: StoredSubmission): Omit<Outgoing, 'attempt'> {
  return {
    reference: submission.reference,
    transaction: submission.transaction,
    payload: submission.payload,
    submittedAt: submission.submittedAt,
    locale: submission.locale,
    serviceName: 'Subscribe to garden waste collection',
    nextSteps: [],
    contact: {},
  };
}
