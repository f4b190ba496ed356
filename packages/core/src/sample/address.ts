import * as field from '../fields/index';
import { defineStep } from '../transaction';

// A home address step and its words, for the tests of the find an address pattern (`withAddressLookup('home', …)`)
// in the engine and in the React renderer: a journey that asks for the resident's home, then their name.

/** The resident's home, typed in: the step the find an address pages stand in front of. */
export const homeAddressStep = defineStep({
  fields: (_rules: unknown) => ({
    line1: field.text({ maxLength: 100, autocomplete: 'address-line1' }),
    line2: field.text({ optional: true, maxLength: 100, autocomplete: 'address-line2' }),
    town: field.text({ maxLength: 60, autocomplete: 'address-level2' }),
    postcode: field.postcode(),
  }),
  summary: 'one-row',
});

/** The words of the `home` step and of a `name` step asking for a full name. */
export const homeAddressWords = {
  'home.title': 'What is your address?',
  'home.summary': 'Address',
  'home.line1.label': 'Address line 1',
  'home.line2.label': 'Address line 2 (optional)',
  'home.town.label': 'Town or city',
  'home.postcode.label': 'Postcode',
  'name.title': 'What is your name?',
  'name.fullName.label': 'Full name',
};

/** The same words in Welsh. */
export const homeAddressWordsInWelsh: Record<keyof typeof homeAddressWords, string> = {
  'home.title': 'Beth yw eich cyfeiriad?',
  'home.summary': 'Cyfeiriad',
  'home.line1.label': 'Llinell 1 y cyfeiriad',
  'home.line2.label': 'Llinell 2 y cyfeiriad (dewisol)',
  'home.town.label': 'Tref neu ddinas',
  'home.postcode.label': 'Cod post',
  'name.title': 'Beth yw eich enw?',
  'name.fullName.label': 'Enw llawn',
};
