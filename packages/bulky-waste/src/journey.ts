import { type AnswersOf, defineJourney } from '@lgds/core';
import type { BulkyWasteRules } from './rules';
import { closed, contact, items } from './steps';

// The journey without its words or the rules schema: transaction.ts adds both languages and the schema for the
// server, en.ts and cy.ts one language for a browser page. Nothing this imports may import zod or a schema.

const steps = { closed, items, contact };

/** The answers a resident gives, page by page. */
export type BulkyWasteAnswers = AnswersOf<typeof steps>;

/**
 * “Book a bulky waste collection”, without its words or rules schema.
 *
 * A page that ends the journey while the council has closed the service, what the resident needs to tell the
 * council, and their email address; then check answers, and a confirmation saying when the council will reply.
 */
export const bulkyWasteJourney = /* @__PURE__ */ defineJourney({
  id: 'bulky-waste',
  version: 1,
  referencePrefix: 'BW',
  title: { en: 'Book a bulky waste collection', cy: 'Trefnu casgliad gwastraff swmpus' },
  steps,
  confirmation: (payload, rules: BulkyWasteRules, { t }) => [
    t('confirmation.reply', { email: payload.answers.contact?.email ?? '', count: rules.replyWithinDays }),
  ],
});
