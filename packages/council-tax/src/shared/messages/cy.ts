import type { sharedEn } from './en';

/** The shared words in Welsh. */
export const sharedCy: Readonly<Record<keyof typeof sharedEn, string>> = {
  'account.title': 'Beth yw rhif eich cyfrif treth gyngor?',
  'account.reference.label': 'Beth yw rhif eich cyfrif treth gyngor?',
  'account.reference.hint': 'Mae’n {format}. Gallwch ddod o hyd iddo ar eich bil treth gyngor.',
  'account.reference.summary': 'Rhif cyfrif treth gyngor',
  'account.reference.name': 'rif eich cyfrif treth gyngor',
  'account.reference.error.format': 'Rhowch rif eich cyfrif treth gyngor yn y fformat cywir: {format}',

  'contact.title': 'Eich enw a’ch manylion cyswllt',
  'contact.fullName.label': 'Enw llawn',
  'contact.fullName.name': 'eich enw llawn',
  'contact.email.label': 'Cyfeiriad e-bost',
  'contact.email.hint': 'Byddwn yn anfon eich cadarnhad yma',
  'contact.email.name': 'eich cyfeiriad e-bost',
  'contact.phone.label': 'Rhif ffôn (dewisol)',
  'contact.phone.summary': 'Rhif ffôn',
  'contact.phone.name': 'eich rhif ffôn',

  'declaration.title': 'Datganiad',
  'declaration.body': 'Mae’r wybodaeth a roddais yn gywir ac yn gyflawn hyd eithaf fy ngwybodaeth.',
  'declaration.warning':
    'Gallech gael dirwy o hyd at £70 os byddwch yn rhoi gwybodaeth ffug neu’n peidio â rhoi gwybod i ni am newid sy’n effeithio ar eich treth gyngor.',
  'declaration.confirmed.label': 'Datganiad',
  'declaration.confirmed.name': 'eich bod yn cytuno â’r datganiad',
  'declaration.confirmed.options.yes': 'Rwy’n cytuno â’r datganiad hwn',
  'declaration.confirmed.error.choose': 'Cadarnhewch fod yr wybodaeth a roddoch yn gywir',
};
