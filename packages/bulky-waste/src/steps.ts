import { defineStep } from '@lgds/core';
import * as field from '@lgds/core/fields';
import type { BulkyWasteRules } from './rules';

// The pages of the journey, in the order a resident meets them (journey.ts lists them). Steps take the rules' type
// only: a browser page is sent these, and never zod or the rules schema (src/browser-entries.test.ts checks).

/** Ends the journey while the council has closed the service (`service.open: false`), in its own words if it gives them. */
export const closed = /* @__PURE__ */ defineStep({
  fields: (_rules: BulkyWasteRules) => ({}),
  when: (_answers, rules: BulkyWasteRules) => !rules.service.open,
  body: (rules: BulkyWasteRules) => rules.service.closedMessage,
  ends: true,
});

/** What the resident needs to tell the council, in at most `items.maxLength` characters, as the hint says. */
export const items = /* @__PURE__ */ defineStep({
  fields: (rules: BulkyWasteRules) => ({ details: field.textarea({ maxLength: rules.items.maxLength }) }),
  params: (rules: BulkyWasteRules) => ({ max: rules.items.maxLength }),
});

/** The resident's email address, for the council's reply. */
export const contact = /* @__PURE__ */ defineStep({
  fields: (_rules: BulkyWasteRules) => ({ email: field.email() }),
});
