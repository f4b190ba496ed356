/** Words every council tax transaction shares, in English: each transaction's catalogue includes them. */
export const sharedEn = {
  'account.title': 'What is your council tax account number?',
  'account.reference.label': 'What is your council tax account number?',
  'account.reference.hint': 'It is {format}. You can find it on your council tax bill.',
  'account.reference.summary': 'Council tax account number',
  'account.reference.name': 'your council tax account number',
  'account.reference.error.format': 'Enter your council tax account number in the correct format: {format}',

  'contact.title': 'Your name and contact details',
  'contact.fullName.label': 'Full name',
  'contact.fullName.name': 'your full name',
  'contact.email.label': 'Email address',
  'contact.email.hint': 'We will send your confirmation here',
  'contact.email.name': 'your email address',
  'contact.phone.label': 'Phone number (optional)',
  'contact.phone.summary': 'Phone number',
  'contact.phone.name': 'your phone number',

  'declaration.title': 'Declaration',
  'declaration.body': 'The information I have given is correct and complete to the best of my knowledge.',
  'declaration.warning':
    'You could be fined up to £70 if you give false information or do not tell us about a change that affects your council tax.',
  'declaration.confirmed.label': 'Declaration',
  'declaration.confirmed.name': 'that you agree with the declaration',
  'declaration.confirmed.options.yes': 'I agree with this declaration',
  'declaration.confirmed.error.choose': 'Confirm that the information you have given is correct',
} as const;

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
