// The site's JavaScript for the services under /services, bundled by `npm run build` into public/enhance/ (see
// package.json) and named by lib/service.ts's `enhance.script`. Each journey page then hydrates into
// <TransactionFlow>: answers are checked as the resident types, and still posted to the server as they go.
// Each service's journey in each language comes from its package's `/en` or `/cy` entry (no rules and no zod), and
// is loaded when a page shows it: bundled with code splitting, a page loads only its own journey's code.
import { enhance } from '@lgds/server/enhance';

enhance({
  'garden-waste-new': {
    en: async () => (await import('@lgds/garden-waste/en')).gardenWasteNew,
    cy: async () => (await import('@lgds/garden-waste/cy')).gardenWasteNew,
  },
  'garden-waste-renewal': {
    en: async () => (await import('@lgds/garden-waste/en')).gardenWasteRenewal,
    cy: async () => (await import('@lgds/garden-waste/cy')).gardenWasteRenewal,
  },
  'bulky-waste': {
    en: async () => (await import('@lgds/bulky-waste/en')).bulkyWaste,
    cy: async () => (await import('@lgds/bulky-waste/cy')).bulkyWaste,
  },
  'single-person-discount': {
    en: async () => (await import('@lgds/council-tax/single-person-discount/en')).singlePersonDiscount,
    cy: async () => (await import('@lgds/council-tax/single-person-discount/cy')).singlePersonDiscount,
  },
  'moving-home': {
    en: async () => (await import('@lgds/council-tax/moving-home/en')).movingHome,
    cy: async () => (await import('@lgds/council-tax/moving-home/cy')).movingHome,
  },
  'direct-debit': {
    en: async () => (await import('@lgds/council-tax/direct-debit/en')).directDebit,
    cy: async () => (await import('@lgds/council-tax/direct-debit/cy')).directDebit,
  },
});
