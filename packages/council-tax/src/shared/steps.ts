import { defineStep } from '@lgds/core';
import * as field from '@lgds/core/fields';
import { accountReferenceRegex, tidyAccountReference } from './account-reference';
import type { SharedRules } from './rules';

// Steps every council tax transaction asks, built from the shared rules. Each transaction lists them in its own order.

/** The council tax account reference, checked against the council's pattern; optional where a resident may not have one. */
export function accountStep(options: { optional?: boolean } = {}) {
  return defineStep({
    fields: (rules: SharedRules) => ({
      reference: field.text({
        optional: options.optional,
        maxLength: 40,
        width: '10',
        spellcheck: false,
        normalise: tidyAccountReference,
        pattern: {
          regex: accountReferenceRegex(rules.accountReference.pattern),
          message: 'account.reference.error.format',
          params: { format: rules.accountReference.description },
        },
      }),
    }),
    params: (rules: SharedRules) => ({ format: rules.accountReference.description }),
  });
}

/** The resident's name and how to contact them. */
export const contactStep = defineStep({
  fields: (_rules: SharedRules) => ({
    fullName: field.text({ maxLength: 100, autocomplete: 'name', spellcheck: false }),
    email: field.email(),
    phone: field.tel({ optional: true }),
  }),
});

/**
 * An address, GOV.UK's manual pattern, one row on check answers (keyed by `<step>.summary`). `optional` makes every
 * line optional (a forwarding address not yet known); `someoneElses` turns off browser autofill, which would offer
 * the resident's own address for another person's.
 */
export function addressStep(options: { optional?: boolean; someoneElses?: boolean } = {}) {
  const optional = Boolean(options.optional);
  const fill = (token: string) => (options.someoneElses ? 'off' : token);
  return defineStep({
    fields: (_rules: SharedRules) => ({
      line1: field.text({ optional, maxLength: 100, autocomplete: fill('address-line1') }),
      line2: field.text({ optional: true, maxLength: 100, autocomplete: fill('address-line2') }),
      town: field.text({ optional, maxLength: 60, autocomplete: fill('address-level2'), width: 'two-thirds' }),
      postcode: field.postcode({ optional, autocomplete: fill('postal-code') }),
    }),
    summary: 'one-row',
  });
}

/** The declaration, under the penalty warning: the council's own words when its rules give them. */
export const declarationStep = defineStep({
  fields: (_rules: SharedRules) => ({
    confirmed: field.checkboxes({ options: [{ value: 'yes' }] }),
  }),
  body: (rules: SharedRules) => rules.declaration,
  warning: (rules: SharedRules) => rules.penaltyWarning,
  summary: false,
});
