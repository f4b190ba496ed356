// The mandate pages in Welsh, as a council's bundler builds them into a journey's page: the steps, the browser's
// modulus check (which fetches Vocalink's table only for the bank details page) and the words (.size-limit.json).
export { mandateSteps, modulusCheckOnDemand } from '@lgds/direct-debit';
export { mandateCy } from '@lgds/direct-debit/cy';
