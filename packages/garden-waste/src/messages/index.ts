import { defineMessages } from '@lgds/core';
import { mandateCy } from '@lgds/direct-debit/cy';
import { mandateEn } from '@lgds/direct-debit/en';
import * as cy from './cy';
import * as en from './en';

/**
 * The garden waste journeys' words in English and Welsh, with the Direct Debit mandate's from @lgds/direct-debit. A
 * council can override any of them.
 */
export const gardenWasteMessages = defineMessages({
  en: { ...en.shared, ...mandateEn, ...en.subscribing, ...en.renewing },
  cy: { ...cy.shared, ...mandateCy, ...cy.subscribing, ...cy.renewing },
});
