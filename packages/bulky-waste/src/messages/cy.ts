import type { Message } from '@lgds/core';
import type { en } from './en';

/**
 * Every word of the journey in Welsh, with the same keys as the English: the type makes a missing key a build error.
 * Ask a Welsh speaker to review them when you change the service's words.
 */
export const cy: Readonly<Record<keyof typeof en, Message>> = {
  'closed.title': 'Mae’r gwasanaeth hwn ar gau',
  'closed.body': 'Ni allwch ddefnyddio’r gwasanaeth hwn ar hyn o bryd.\n\nGwiriwch eto nes ymlaen.',
  'items.title': 'Beth sydd angen i chi ei ddweud wrthym?',
  'items.details.label': 'Beth sydd angen i chi ei ddweud wrthym?',
  'items.details.hint': 'Rhowch gymaint o fanylion ag y gallwch, mewn hyd at {max} nod.',
  'items.details.summary': 'Manylion',
  'items.details.name': 'yr hyn sydd angen i chi ei ddweud wrthym',
  'items.details.error.tooLong': 'Rhaid i’r hyn rydych chi’n ei ddweud wrthym fod yn {max} nod neu lai',
  'contact.title': 'Beth yw eich cyfeiriad e-bost?',
  'contact.email.label': 'Beth yw eich cyfeiriad e-bost?',
  'contact.email.hint': 'Byddwn yn defnyddio hwn i ymateb i chi yn unig.',
  'contact.email.summary': 'Cyfeiriad e-bost',
  'contact.email.name': 'eich cyfeiriad e-bost',
  // Welsh nouns stay singular after a number: "10 diwrnod gwaith".
  'confirmation.reply': 'Byddwn yn anfon ateb i {email} o fewn {count} diwrnod gwaith.',
};
