import { englishAddressWords, englishFileUploadWords } from '@lgds/core';
import { sharedEn } from '../../shared/messages/en';

/**
 * Every word of the single person discount in English, with the words every council tax transaction shares.
 * Keys follow `<step>.<field>.<part>` (see @lgds/core); `.name` is the noun an error message uses.
 */
export const en = {
  ...sharedEn,
  // The find an address pages' words, for when the council has an address lookup.
  ...englishAddressWords,
  // The errors of the evidence upload.
  ...englishFileUploadWords,

  'address.title': 'What is the address you want the discount for?',
  'address.summary': 'Address',
  'address.line1.label': 'Address line 1',
  'address.line1.name': 'address line 1, typically the building and street',
  'address.line1.error.tooLong': 'Address line 1 must be {max} characters or less',
  'address.line2.label': 'Address line 2 (optional)',
  'address.line2.name': 'address line 2',
  'address.town.label': 'Town or city',
  'address.town.name': 'town or city',
  'address.postcode.label': 'Postcode',
  'address.postcode.name': 'postcode',

  'onlyAdult.title': 'When did you become the only adult living at the property?',
  'onlyAdult.date.label': 'When did you become the only adult living at the property?',
  'onlyAdult.date.hint': 'For example, {example}. The date must be between {from} and {to}.',
  'onlyAdult.date.summary': 'Date you became the only adult',
  'onlyAdult.date.name': 'the date you became the only adult',

  'leaver.title': 'Did another adult move out?',
  'leaver.movedOut.label': 'Did another adult move out?',
  'leaver.movedOut.hint': 'For example, a partner, friend or grown-up child who lived with you.',
  'leaver.movedOut.summary': 'Another adult moved out',
  'leaver.movedOut.name': 'if another adult moved out',
  'leaver.movedOut.options.yes': 'Yes',
  'leaver.movedOut.options.no': 'No',
  'leaver.name.label': 'Their full name (optional)',
  'leaver.name.summary': 'Name of the adult who moved out',
  'leaver.name.name': 'the name of the adult who moved out',

  'forwardingAddress.title': 'What is their new address?',
  'forwardingAddress.body': 'Leave this blank if you do not know it.',
  'forwardingAddress.summary': 'Their new address',
  'forwardingAddress.line1.label': 'Address line 1 (optional)',
  'forwardingAddress.line1.name': 'line 1 of their new address',
  'forwardingAddress.line2.label': 'Address line 2 (optional)',
  'forwardingAddress.line2.name': 'line 2 of their new address',
  'forwardingAddress.town.label': 'Town or city (optional)',
  'forwardingAddress.town.name': 'the town or city of their new address',
  'forwardingAddress.postcode.label': 'Postcode (optional)',
  'forwardingAddress.postcode.name': 'the postcode of their new address',

  'evidence.title': 'Can you send us evidence that you are the only adult living at the property?',
  'evidence.canSend.label': 'Can you send us evidence that you are the only adult living at the property?',
  // What counts as evidence: the council's words from its rules (`evidence.description`), or the standard ones.
  'evidence.canSend.hint': '{whatCounts}',
  'evidence.canSend.summary': 'Can send evidence',
  'evidence.canSend.name': 'if you can send us evidence',
  'evidence.canSend.options.yes': 'Yes',
  'evidence.canSend.options.no': 'No',

  'evidence.files.label': 'Upload your evidence (optional)',
  'evidence.files.hint': 'Up to {maxFiles} files, each a {types} smaller than {size}.',
  'evidence.files.summary': 'Evidence',
  'evidence.files.name': 'your evidence',

  'summary.discount': 'Discount if you are eligible',
  'summary.discountValue': '{percent}% from {from}',

  'confirmation.discount': 'If you are eligible, we will reduce your bill by {percent}% from {from}.',
  'confirmation.bill': 'We will send you a new council tax bill that shows the discount.',
  'confirmation.evidence.yes': 'We will email you to tell you how to send your evidence.',
  'confirmation.evidence.uploaded': 'We will check your evidence and contact you if we need anything else.',
  'confirmation.evidence.no': 'We may contact you to check that you are the only adult living at the property.',
  'confirmation.tellUs':
    'You must tell us within 21 days if another adult comes to live at the property. Contact us at {contact}',
} as const;
