import { sharedEn } from '../../shared/messages/en';

/**
 * Every word of the Direct Debit journey in English, with the words every council tax transaction shares. Keys
 * follow `<step>.<field>.<part>` (see @lgds/core). The bank details words and errors are GOV.UK's bank details
 * pattern's; the Guarantee and the Instruction are Bacs' standard wording.
 */
export const en = {
  ...sharedEn,

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

  'plan.title': 'How many instalments do you want to pay in each year?',
  'plan.instalments.label': 'How many instalments do you want to pay in each year?',
  'plan.instalments.hint':
    'If you start part way through the year, what you owe for the rest of the year is split between the payments left.',
  'plan.instalments.summary': 'Instalments',
  'plan.instalments.name': 'how many instalments you want to pay in',
  'plan.instalments.options.1': '1 payment for the whole year',
  'plan.instalments.options.2': '2 monthly instalments',
  'plan.instalments.options.3': '3 monthly instalments',
  'plan.instalments.options.4': '4 monthly instalments',
  'plan.instalments.options.5': '5 monthly instalments',
  'plan.instalments.options.6': '6 monthly instalments',
  'plan.instalments.options.7': '7 monthly instalments',
  'plan.instalments.options.8': '8 monthly instalments',
  'plan.instalments.options.9': '9 monthly instalments',
  'plan.instalments.options.10': '10 monthly instalments',
  'plan.instalments.options.11': '11 monthly instalments',
  'plan.instalments.options.12': '12 monthly instalments',

  'paymentDay.title': 'Which day of the month do you want to pay on?',
  'paymentDay.day.label': 'Which day of the month do you want to pay on?',
  'paymentDay.day.hint': 'If this is not a working day, we will take the payment on the next working day.',
  'paymentDay.day.summary': 'Payment day',
  'paymentDay.day.name': 'which day of the month you want to pay on',
  'paymentDay.day.options.1': '1st of the month',
  'paymentDay.day.options.2': '2nd of the month',
  'paymentDay.day.options.3': '3rd of the month',
  'paymentDay.day.options.4': '4th of the month',
  'paymentDay.day.options.5': '5th of the month',
  'paymentDay.day.options.6': '6th of the month',
  'paymentDay.day.options.7': '7th of the month',
  'paymentDay.day.options.8': '8th of the month',
  'paymentDay.day.options.9': '9th of the month',
  'paymentDay.day.options.10': '10th of the month',
  'paymentDay.day.options.11': '11th of the month',
  'paymentDay.day.options.12': '12th of the month',
  'paymentDay.day.options.13': '13th of the month',
  'paymentDay.day.options.14': '14th of the month',
  'paymentDay.day.options.15': '15th of the month',
  'paymentDay.day.options.16': '16th of the month',
  'paymentDay.day.options.17': '17th of the month',
  'paymentDay.day.options.18': '18th of the month',
  'paymentDay.day.options.19': '19th of the month',
  'paymentDay.day.options.20': '20th of the month',
  'paymentDay.day.options.21': '21st of the month',
  'paymentDay.day.options.22': '22nd of the month',
  'paymentDay.day.options.23': '23rd of the month',
  'paymentDay.day.options.24': '24th of the month',
  'paymentDay.day.options.25': '25th of the month',
  'paymentDay.day.options.26': '26th of the month',
  'paymentDay.day.options.27': '27th of the month',
  'paymentDay.day.options.28': '28th of the month',

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

  'summary.firstPayment': 'First payment',

  'confirmation.firstPayment': 'Your first payment will be taken from the account ending {ending} on {date}.',
  'confirmation.plan': {
    one: 'You will pay each year’s council tax in 1 payment, on the {day} (or the next working day).',
    other: 'You will pay in {count} monthly instalments a year, on the {day} (or the next working day).',
  },
  'confirmation.notice':
    'We will write to you with the amount and date of each payment at least {days} working days before your first payment.',
  'confirmation.serviceUser': 'Our Direct Debit service user number is {number}.',
} as const;
