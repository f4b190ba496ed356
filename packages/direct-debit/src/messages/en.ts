// One file a language, so a page in English is sent no Welsh words and a page in Welsh no English.

/**
 * The mandate pages' words in English (see `mandateSteps`): keys follow `<step>.<field>.<part>` (see @lgds/core). The
 * bank details words and errors are GOV.UK's bank details pattern's; the Guarantee and the Instruction are Bacs'
 * standard wording. A transaction lays them into its own catalogue, and a council can override any of them.
 */
export const mandateEn = {
  'signatures.title': 'Is more than one signature needed to set up a Direct Debit on this account?',
  'signatures.moreThanOne.label': 'Is more than one signature needed to set up a Direct Debit on this account?',
  'signatures.moreThanOne.hint':
    'This is the bank or building society account you want to pay from. Some joint and business accounts need more than one person to sign.',
  'signatures.moreThanOne.summary': 'More than one signature needed',
  'signatures.moreThanOne.name': 'if more than one signature is needed',
  'signatures.moreThanOne.options.yes': 'Yes',
  'signatures.moreThanOne.options.no': 'No',
  'multipleSignatures.title': 'You cannot set up this Direct Debit online',
  'multipleSignatures.body':
    'We can only set up a Direct Debit online when one person can authorise it.\n\nContact us to get a paper Direct Debit form for everyone who needs to sign: {contact}',
  'bank.title': 'Bank or building society account details',
  'bank.accountName.label': 'Name on the account',
  'bank.accountName.name': 'the name on the account',
  'bank.sortCode.label': 'Sort code',
  'bank.sortCode.hint': 'Must be 6 digits long',
  'bank.sortCode.name': 'the sort code',
  'bank.sortCode.error.required': 'Enter a sort code',
  'bank.sortCode.error.format': 'Enter a valid sort code like 309430',
  'bank.sortCode.error.tooLong': 'Enter a valid sort code like 309430',
  'bank.accountNumber.label': 'Account number',
  'bank.accountNumber.hint': 'Must be between 6 and 8 digits long',
  'bank.accountNumber.name': 'the account number',
  'bank.accountNumber.error.required': 'Enter an account number',
  'bank.accountNumber.error.format': 'Enter a valid account number like 00733445',
  'bank.accountNumber.error.length': 'Account number must be between 6 and 8 digits',
  'bank.accountNumber.error.tooLong': 'Account number must be between 6 and 8 digits',
  'bank.accountNumber.error.combination': 'Enter a valid combination of sort code and account number',
  // Bacs' standard wording of the Guarantee, word for word; its bullet points are paragraphs here.
  'guarantee.title': 'The Direct Debit Guarantee',
  'guarantee.body':
    'This Guarantee is offered by all banks and building societies that accept instructions to pay Direct Debits.\n\n' +
    'If there are any changes to the amount, date or frequency of your Direct Debit {originator} will notify you {days} working days in advance of your account being debited or as otherwise agreed. If you request {originator} to collect a payment, confirmation of the amount and date will be given to you at the time of the request.\n\n' +
    'If an error is made in the payment of your Direct Debit, by {originator} or your bank or building society, you are entitled to a full and immediate refund of the amount paid from your bank or building society.\n\n' +
    'If you receive a refund you are not entitled to, you must pay it back when {originator} asks you to.\n\n' +
    'You can cancel a Direct Debit at any time by simply contacting your bank or building society. Written confirmation may be required. Please also notify us.',
  // The Direct Debit Instruction in Bacs' wording, then the declaration.
  'declaration.body':
    'Instruction to your bank or building society: please pay {originator} Direct Debits from the account detailed in this Instruction subject to the safeguards assured by the Direct Debit Guarantee. I understand that this Instruction may remain with {originator} and, if so, details will be passed electronically to my bank or building society.\n\n' +
    'I can authorise Direct Debits from this account on my own.\n\n' +
    'The information I have given is correct and complete to the best of my knowledge.',

  // For the confirmation: the notice the Guarantee promises, and the council's Bacs service user number.
  'confirmation.notice':
    'We will write to you with the amount and date of each payment at least {days} working days before your first payment.',
  'confirmation.serviceUser': 'Our Direct Debit service user number is {number}.',

  'declaration.title': 'Declaration',
  'declaration.confirmed.label': 'Declaration',
  'declaration.confirmed.name': 'that you agree with the declaration',
  'declaration.confirmed.options.yes': 'I agree with this declaration',
  'declaration.confirmed.error.choose': 'Confirm that the information you have given is correct',
} as const;
