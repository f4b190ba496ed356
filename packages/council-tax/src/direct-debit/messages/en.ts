import { mandateEn } from '@lgds/direct-debit/en';
import { sharedEn } from '../../shared/messages/en';

/**
 * Every word of the Direct Debit journey in English, with the words every council tax transaction shares and the
 * mandate pages' words (bank details, the Guarantee, the Instruction), shared with garden waste through
 * @lgds/direct-debit. Keys follow `<step>.<field>.<part>` (see @lgds/core).
 */
export const en = {
  ...sharedEn,
  ...mandateEn,

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

  'summary.firstPayment': 'First payment',

  'confirmation.firstPayment': 'Your first payment will be taken from the account ending {ending} on {date}.',
  'confirmation.plan': {
    one: 'You will pay each year’s council tax in 1 payment, on the {day} (or the next working day).',
    other: 'You will pay in {count} monthly instalments a year, on the {day} (or the next working day).',
  },
} as const;
