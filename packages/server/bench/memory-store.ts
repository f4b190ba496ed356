import type { Journey, Session, Store, StoredSubmission } from '../src/store/types';

/**
 * A store in Maps, for the breakdown only: it shows what the handler costs with no database at all. Just enough
 * of the contract for the pages the benchmark visits; not for anything else.
 */
export function memoryStore(): Store {
  const sessions = new Map<string, Session>();
  const journeys = new Map<string, Journey>();
  const submissions = new Map<string, StoredSubmission>();
  const copy = <T>(value: T): T => structuredClone(value);
  const notInTheBenchmark = async (): Promise<never> => {
    throw new Error('Not in the benchmark');
  };
  return {
    migrate: async () => {},
    close: async () => {},
    async createSession(session) {
      sessions.set(session.id, copy(session));
    },
    async resumeSession(id, now, expiresAt) {
      const session = sessions.get(id);
      if (!session) return { status: 'unknown' };
      if (session.expiresAt <= now) return { status: 'expired' };
      if (expiresAt > session.expiresAt) session.expiresAt = expiresAt;
      return { status: 'active', session: copy(session) };
    },
    async getJourney(sessionId, transaction) {
      const journey = journeys.get(`${sessionId} ${transaction}`);
      return journey && copy(journey);
    },
    async saveJourney(sessionId, transaction, journey) {
      journeys.set(`${sessionId} ${transaction}`, copy(journey));
    },
    rotateSession: notInTheBenchmark,
    async deleteExpiredAnswers() {
      return 0;
    },
    submit: notInTheBenchmark,
    listSubmissions: notInTheBenchmark,
    recordPayment: notInTheBenchmark,
    getPayment: notInTheBenchmark,
    settlePayment: notInTheBenchmark,
    confirmPayment: notInTheBenchmark,
    claimDeliveries: notInTheBenchmark,
    settleDelivery: notInTheBenchmark,
    listDeliveries: notInTheBenchmark,
    retryDeliveries: notInTheBenchmark,
    countDeliveries: notInTheBenchmark,
    saveReturnLink: notInTheBenchmark,
    openReturnLink: notInTheBenchmark,
    async getSubmission(reference) {
      return submissions.get(reference);
    },
  };
}
