import { englishMonths, type MonthKey, monthWords } from './months';

// The engine's words in English, without the months' names.
const words = {
  'error.required': 'Enter {name}',
  'error.choose': 'Select {name}',
  'error.tooLong': '{Name} must be {max} characters or less',
  'error.number': '{Name} must be a number',
  'error.wholeNumber': '{Name} must be a whole number',
  'error.numberBetween': '{Name} must be between {min} and {max}',
  'error.numberAtLeast': '{Name} must be {min} or more',
  'error.numberAtMost': '{Name} must be {max} or less',
  'error.email': 'Enter an email address in the correct format, like name@example.com',
  'error.phone': 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
  'error.postcode': 'Enter a real postcode, like AA1 1AA',
  'error.pattern': 'Enter {name} in the correct format',
  'error.invalid': 'Check {name}',
  'error.exclusive': 'Select {name}, or select only ‘{none}’',
  'error.date.required': 'Enter {name}',
  'error.date.missing': '{Name} must include a {parts}',
  'error.date.real': '{Name} must be a real date',
  'error.date.past': '{Name} must be in the past',
  'error.date.notFuture': '{Name} must be today or in the past',
  'error.date.future': '{Name} must be in the future',
  'error.date.onOrAfter': '{Name} must be the same as or after {date}',
  'error.date.onOrBefore': '{Name} must be the same as or before {date}',
  'error.date.between': '{Name} must be between {from} and {to}',

  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  'date.and': 'and',
  'date.part.day': 'day',
  'date.part.month': 'month',
  'date.part.year': 'year',

  'ui.errorSummaryTitle': 'There is a problem',
  'ui.errorTitlePrefix': 'Error:',
  'ui.continue': 'Continue',
  'ui.back': 'Back',
  'ui.change': 'Change',
  'ui.optional': '(optional)',
  'ui.checkAnswersTitle': 'Check your answers before sending your application',
  'ui.checkAnswersSubmit': 'Accept and send',
  'ui.costsTitle': 'What you will pay',
  'ui.confirmationTitle': 'Application complete',
  'ui.confirmationReference': 'Your reference number',
  'ui.whatHappensNext': 'What happens next',
  'ui.submitFailedTitle': 'Important',
  'ui.submitFailed': 'Your application has not been sent. Your answers have been kept. Try again, or come back later.',
  'ui.warning': 'Warning',
  'ui.language': 'Language',
  'ui.or': 'or',
  'ui.notSupplied': 'Not given',
  'ui.yes': 'Yes',
  'ui.no': 'No',
} as const;

/**
 * Words the engine and the renderers use in every transaction, in English.
 * Error wording follows the GOV.UK Design System's error message guidance:
 * `{name}` is the field's own noun phrase ("your postcode") and `{Name}`
 * the same with a capital letter.
 *
 * With the months' names (`month.1` to `month.12`), from the list the reading of typed months shares. Marked pure so
 * that a bundler drops the words of a language the page does not speak.
 */
export const en = /* @__PURE__ */ Object.assign(/* @__PURE__ */ monthWords(englishMonths), words);

/** A key of the engine's own messages. */
export type CoreMessageKey = keyof typeof words | MonthKey;
