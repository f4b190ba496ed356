import type { CoreMessageKey } from './en';
import { type MonthKey, monthWords, welshMonths } from './months';
import type { Message } from './types';

/**
 * The engine's words in Welsh. The type makes a missing key a build error,
 * so Welsh can never fall behind English. Marked pure, as the English are, so a page in English carries none of them.
 */
export const cy: Readonly<Record<CoreMessageKey, Message>> = /* @__PURE__ */ Object.assign(
  /* @__PURE__ */ monthWords(welshMonths),
  {
    'error.required': 'Rhowch {name}',
    'error.choose': 'Dewiswch {name}',
    'error.tooLong': 'Rhaid i {name} fod yn {max} nod neu lai',
    'error.number': 'Rhaid i {name} fod yn rhif',
    'error.wholeNumber': 'Rhaid i {name} fod yn rhif cyfan',
    'error.numberBetween': 'Rhaid i {name} fod rhwng {min} a {max}',
    'error.numberAtLeast': 'Rhaid i {name} fod yn {min} neu fwy',
    'error.numberAtMost': 'Rhaid i {name} fod yn {max} neu lai',
    'error.email': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
    'error.phone': 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192',
    'error.postcode': 'Rhowch god post go iawn, fel AA1 1AA',
    'error.pattern': 'Rhowch {name} yn y fformat cywir',
    'error.invalid': 'Gwiriwch {name}',
    'error.exclusive': 'Dewiswch {name}, neu dewiswch ‘{none}’ yn unig',
    'error.date.required': 'Rhowch {name}',
    'error.date.missing': 'Rhaid i {name} gynnwys {parts}',
    'error.date.real': 'Rhaid i {name} fod yn ddyddiad go iawn',
    'error.date.past': 'Rhaid i {name} fod yn y gorffennol',
    'error.date.notFuture': 'Rhaid i {name} fod heddiw neu yn y gorffennol',
    'error.date.future': 'Rhaid i {name} fod yn y dyfodol',
    'error.date.onOrAfter': 'Rhaid i {name} fod yr un fath â {date} neu ar ei ôl',
    'error.date.onOrBefore': 'Rhaid i {name} fod yr un fath â {date} neu cyn hynny',
    'error.date.between': 'Rhaid i {name} fod rhwng {from} a {to}',

    'date.day': 'Diwrnod',
    'date.month': 'Mis',
    'date.year': 'Blwyddyn',
    'date.and': 'a',
    'date.part.day': 'diwrnod',
    'date.part.month': 'mis',
    'date.part.year': 'blwyddyn',

    'ui.errorSummaryTitle': 'Mae problem wedi codi',
    'ui.errorTitlePrefix': 'Gwall:',
    'ui.continue': 'Parhau',
    'ui.back': 'Yn ôl',
    'ui.change': 'Newid',
    'ui.optional': '(dewisol)',
    'ui.checkAnswersTitle': 'Gwiriwch eich atebion cyn anfon eich cais',
    'ui.checkAnswersSubmit': 'Derbyn ac anfon',
    'ui.costsTitle': 'Beth fydd angen i chi ei dalu',
    'ui.confirmationTitle': 'Cais wedi’i gwblhau',
    'ui.confirmationReference': 'Eich cyfeirnod',
    'ui.whatHappensNext': 'Beth sy’n digwydd nesaf',
    'ui.submitFailedTitle': 'Pwysig',
    'ui.submitFailed':
      'Nid yw eich cais wedi cael ei anfon. Mae eich atebion wedi cael eu cadw. Rhowch gynnig arall arni, neu dewch yn ôl yn nes ymlaen.',
    'ui.warning': 'Rhybudd',
    'ui.language': 'Iaith',
    'ui.or': 'neu',
    'ui.notSupplied': 'Heb ei roi',
    'ui.yes': 'Ie',
    'ui.no': 'Na',
  } satisfies Record<Exclude<CoreMessageKey, MonthKey>, Message>,
);
