// One file a language, so a page in English is sent no Welsh words and a page in Welsh no English.

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
