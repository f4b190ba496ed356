/**
 * A small garden waste journey for the benches, made with @lgds/core's public API only. It mirrors
 * @lgds/garden-waste's address question (line 1, optional line 2, town, postcode) and asks how many bins (1–3) as
 * radios, with enough other pages for a check answers page of 8 rows.
 *
 * Why not `gardenWasteNew` itself: @lgds/garden-waste has @lgds/react as a dev dependency, so depending on it from
 * here would make a cycle in turbo's build graph.
 */
import { createFlow, defineJourney, defineMessages, defineStep, inEnglish, type TransactionAnswers } from '@lgds/core';
import * as field from '@lgds/core/fields';

const steps = {
  bins: defineStep({
    fields: () => ({ count: field.radios({ options: [{ value: '1' }, { value: '2' }, { value: '3' }] }) }),
  }),
  address: defineStep({
    fields: () => ({
      line1: field.text({ maxLength: 100, autocomplete: 'address-line1' }),
      line2: field.text({ optional: true, maxLength: 100, autocomplete: 'address-line2' }),
      town: field.text({ maxLength: 60, autocomplete: 'address-level2', width: 'two-thirds' }),
      postcode: field.postcode(),
    }),
    summary: 'one-row',
  }),
  property: defineStep({
    fields: () => ({ type: field.radios({ options: [{ value: 'house' }, { value: 'flat' }] }) }),
  }),
  delivery: defineStep({
    fields: () => ({ needed: field.radios({ options: [{ value: 'yes' }, { value: 'no' }] }) }),
  }),
  contact: defineStep({
    fields: () => ({
      fullName: field.text({ maxLength: 100, autocomplete: 'name' }),
      email: field.email(),
      phone: field.tel(),
    }),
  }),
  payment: defineStep({
    fields: () => ({ method: field.radios({ options: [{ value: 'card' }, { value: 'direct-debit' }] }) }),
  }),
};

const messages = defineMessages({
  en: {
    'bins.title': 'How many garden waste bins do you want?',
    'bins.count.label': 'How many garden waste bins do you want?',
    'bins.count.summary': 'Number of bins',
    'bins.count.name': 'the number of bins',
    'bins.count.options.1': '1 bin',
    'bins.count.options.2': '2 bins',
    'bins.count.options.3': '3 bins',
    'address.title': 'What is the address for garden waste collection?',
    'address.summary': 'Collection address',
    'address.line1.label': 'Address line 1',
    'address.line1.hint': 'Typically the building and street',
    'address.line1.name': 'address line 1, typically the building and street',
    'address.line2.label': 'Address line 2 (optional)',
    'address.line2.name': 'address line 2',
    'address.town.label': 'Town or city',
    'address.town.name': 'town or city',
    'address.postcode.label': 'Postcode',
    'address.postcode.hint': 'For example, AA1 1AA',
    'address.postcode.name': 'postcode',
    'property.title': 'What type of property is it?',
    'property.type.label': 'What type of property is it?',
    'property.type.summary': 'Property type',
    'property.type.name': 'the type of property',
    'property.type.options.house': 'House',
    'property.type.options.flat': 'Flat',
    'delivery.title': 'Do you need us to deliver garden waste bins?',
    'delivery.needed.label': 'Do you need us to deliver garden waste bins?',
    'delivery.needed.summary': 'Bin delivery',
    'delivery.needed.name': 'if you need us to deliver bins',
    'delivery.needed.options.yes': 'Yes, deliver bins',
    'delivery.needed.options.no': 'No, I already have garden waste bins',
    'contact.title': 'Your contact details',
    'contact.fullName.label': 'Full name',
    'contact.fullName.name': 'your full name',
    'contact.email.label': 'Email address',
    'contact.email.name': 'your email address',
    'contact.phone.label': 'Phone number',
    'contact.phone.name': 'your phone number',
    'payment.title': 'How do you want to pay?',
    'payment.method.label': 'How do you want to pay?',
    'payment.method.summary': 'Payment method',
    'payment.method.name': 'how you want to pay',
    'payment.method.options.card': 'Debit or credit card',
    'payment.method.options.direct-debit': 'Direct Debit',
  },
  cy: {
    'bins.title': 'Faint o finiau gwastraff gardd ydych chi eu heisiau?',
    'bins.count.label': 'Faint o finiau gwastraff gardd ydych chi eu heisiau?',
    'bins.count.summary': 'Nifer y biniau',
    'bins.count.name': 'nifer y biniau',
    'bins.count.options.1': '1 bin',
    'bins.count.options.2': '2 fin',
    'bins.count.options.3': '3 bin',
    'address.title': 'Beth yw’r cyfeiriad ar gyfer casglu gwastraff gardd?',
    'address.summary': 'Cyfeiriad casglu',
    'address.line1.label': 'Llinell 1 y cyfeiriad',
    'address.line1.hint': 'Fel arfer yr adeilad a’r stryd',
    'address.line1.name': 'linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd',
    'address.line2.label': 'Llinell 2 y cyfeiriad (dewisol)',
    'address.line2.name': 'linell 2 y cyfeiriad',
    'address.town.label': 'Tref neu ddinas',
    'address.town.name': 'dref neu ddinas',
    'address.postcode.label': 'Cod post',
    'address.postcode.hint': 'Er enghraifft, AA1 1AA',
    'address.postcode.name': 'god post',
    'property.title': 'Pa fath o eiddo ydyw?',
    'property.type.label': 'Pa fath o eiddo ydyw?',
    'property.type.summary': 'Math o eiddo',
    'property.type.name': 'y math o eiddo',
    'property.type.options.house': 'Tŷ',
    'property.type.options.flat': 'Fflat',
    'delivery.title': 'Oes angen i ni ddosbarthu biniau gwastraff gardd?',
    'delivery.needed.label': 'Oes angen i ni ddosbarthu biniau gwastraff gardd?',
    'delivery.needed.summary': 'Dosbarthu biniau',
    'delivery.needed.name': 'a oes angen i ni ddosbarthu biniau',
    'delivery.needed.options.yes': 'Oes, dosbarthwch finiau',
    'delivery.needed.options.no': 'Nac oes, mae gen i finiau gwastraff gardd yn barod',
    'contact.title': 'Eich manylion cyswllt',
    'contact.fullName.label': 'Enw llawn',
    'contact.fullName.name': 'eich enw llawn',
    'contact.email.label': 'Cyfeiriad e-bost',
    'contact.email.name': 'eich cyfeiriad e-bost',
    'contact.phone.label': 'Rhif ffôn',
    'contact.phone.name': 'eich rhif ffôn',
    'payment.title': 'Sut ydych chi eisiau talu?',
    'payment.method.label': 'Sut ydych chi eisiau talu?',
    'payment.method.summary': 'Dull talu',
    'payment.method.name': 'sut ydych chi eisiau talu',
    'payment.method.options.card': 'Cerdyn debyd neu gredyd',
    'payment.method.options.direct-debit': 'Debyd Uniongyrchol',
  },
});

/**
 * The bench's journey, in English as a browser page gets it: bins, address, property, delivery, contact details,
 * payment. It has no local rules.
 */
export const gardenWaste = inEnglish(
  defineJourney({
    id: 'garden-waste-bench',
    version: 1,
    referencePrefix: 'GW',
    title: { en: 'Subscribe to garden waste collection', cy: 'Tanysgrifio i gasgliadau gwastraff gardd' },
    steps,
  }),
  messages.en,
);

export const rules = {};
export const flow = createFlow(gardenWaste, rules);

/** A resident who chose 2 bins: the address page is next, with a back link to the bins page. */
export const answersAtAddress: TransactionAnswers<typeof gardenWaste> = { bins: { count: '2' } };

/** Every page answered: check answers shows 8 rows (the address is one). */
export const everyAnswer: TransactionAnswers<typeof gardenWaste> = {
  bins: { count: '2' },
  address: { line1: '1 High Street', line2: 'Flat 2', town: 'Exampleton', postcode: 'AA1 1AA' },
  property: { type: 'house' },
  delivery: { needed: 'yes' },
  contact: { fullName: 'Sam Jones', email: 'sam@example.com', phone: '01632 960 001' },
  payment: { method: 'card' },
};

/** What a resident posts on the address page that is wrong three ways: line 1 and town blank, a postcode that is not one. */
export const wrongAddress = { line1: '', line2: 'Flat 2', town: '', postcode: 'nope' };
