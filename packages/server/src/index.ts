/**
 * `@lgds/server`: runs any `@lgds` transaction as a complete GOV.UK service, with no JavaScript needed. One
 * Fetch API handler (`Request` in, `Response` out) serves whole pages with sessions, CSRF protection and
 * exactly-once submission, keeping everything in PostgreSQL, or in embedded PGlite with no database server.
 *
 * @packageDocumentation
 */

export { type OsPlacesOptions, osPlaces } from './address/os-places';
export {
  type NotifyConfirmationsOptions,
  type NotifyReturnLinksOptions,
  type NotifyTemplates,
  notifyConfirmations,
  notifyReturnLinks,
} from './delivery/notify';
export type { DeliveryWorkerSettings } from './delivery/outbox';
export {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  signWebhook,
  verifyWebhook,
  type WebhookVerdict,
} from './delivery/signature';
export type { Deliverer, DeliveryResult, Outgoing } from './delivery/types';
export { type WebhookOptions, webhook } from './delivery/webhook';
export { type Backoff, type DeliveryWorker, type DeliveryWorkerOptions, deliveryWorker } from './delivery/worker';
// Configuring a service from environment variables: the webhook, GOV.UK Notify, save and come back later, GOV.UK Pay
// and OS Places, each turned on by its variables, with every variable given in part or wrong named in one error.
export {
  type Environment,
  EnvironmentError,
  INTEGRATION_VARIABLES,
  type Integrations,
  type IntegrationVariable,
  integrationsFrom,
  type LocalServices,
  localFakesWanted,
} from './environment/integrations';
// Uploaded files (evidence): where they are kept, in the service's database by default or in a folder.
export { folderFileStore } from './files/folder-files';
export { sqlFileStore } from './files/sql-files';
export type { FileStore, NewFile, StoredFile, StoredFileDetails } from './files/types';
export {
  type ConfigProblem,
  type CouncilOptions,
  type FooterLink,
  type Logger,
  type PaymentOptions,
  type ReturnLinkEmail,
  type ReturnLinkSender,
  type SaveAndReturnOptions,
  type ServedTransaction,
  ServiceConfigError,
  type ServiceOptions,
  type WelshAddress,
} from './options';
// Card payments: GOV.UK Pay's client (`govukPay`), and the interface a council's own provider implements.
export { type GovukPayOptions, govukPay } from './payments/govuk-pay';
export {
  type NewPayment,
  type Payment,
  type PaymentEvent,
  type PaymentProvider,
  PaymentProviderError,
  type PaymentStatus,
} from './payments/types';
export { CSRF_FIELD, createService, type ServiceHandler } from './service';
export * from './store/index';
