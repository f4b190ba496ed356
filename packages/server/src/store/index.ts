/**
 * Where the service keeps sessions, journeys and submissions: one implementation in SQL (`sqlStore`), run by
 * PGlite in this process (`pgliteStore`) or by a PostgreSQL server (`postgresStore`).
 *
 * @module
 */

export type { SqlDatabase, SqlQueryable } from './database';
export { type PgliteStoreOptions, pgliteStore } from './pglite';
export { type PostgresStoreOptions, postgresStore } from './postgres';
export { sqlStore } from './sql-store';
export type {
  ClaimedDelivery,
  ConfirmResult,
  Delivery,
  DeliverySettlement,
  Journey,
  JourneyPayment,
  NewSubmission,
  OpenedReturnLink,
  OutboxStore,
  PaymentStore,
  ResumedSession,
  ReturnLink,
  ReturnLinkStore,
  Session,
  SessionStore,
  Store,
  StoredPayment,
  StoredSubmission,
  SubmissionStore,
  SubmitResult,
} from './types';
