import { defineMessages } from '@lgds/core';
import * as cy from './cy';
import * as en from './en';

/** The garden waste journeys' words in English and Welsh. A council can override any of them. */
export const gardenWasteMessages = defineMessages({
  en: { ...en.shared, ...en.subscribing, ...en.renewing },
  cy: { ...cy.shared, ...cy.subscribing, ...cy.renewing },
});
