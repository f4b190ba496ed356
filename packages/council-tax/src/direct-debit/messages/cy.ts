import type { Message } from '@lgds/core';
import { sharedCy } from '../../shared/messages/cy';
import type { en } from './en';

/**
 * Every word of the Direct Debit journey in Welsh: the type makes a missing key a build error. The council's name
 * (`{originator}`) is always put where Welsh does not mutate it: after a verb, as its subject.
 */
export const cy: Readonly<Record<keyof typeof en, Message>> = {
  ...sharedCy,

  'signatures.title': 'Oes angen mwy nag un llofnod i sefydlu Debyd Uniongyrchol ar y cyfrif hwn?',
  'signatures.moreThanOne.label': 'Oes angen mwy nag un llofnod i sefydlu Debyd Uniongyrchol ar y cyfrif hwn?',
  'signatures.moreThanOne.hint':
    'Dyma’r cyfrif banc neu gymdeithas adeiladu rydych chi eisiau talu ohono. Mae rhai cyfrifon ar y cyd a chyfrifon busnes angen i fwy nag un person lofnodi.',
  'signatures.moreThanOne.summary': 'Angen mwy nag un llofnod',
  'signatures.moreThanOne.name': 'a oes angen mwy nag un llofnod',
  'signatures.moreThanOne.options.yes': 'Oes',
  'signatures.moreThanOne.options.no': 'Nac oes',

  'multipleSignatures.title': 'Ni allwch sefydlu’r Debyd Uniongyrchol hwn ar-lein',
  'multipleSignatures.body':
    'Dim ond pan fydd un person yn gallu ei awdurdodi y gallwn sefydlu Debyd Uniongyrchol ar-lein.\n\nCysylltwch â ni i gael ffurflen bapur ar gyfer Debyd Uniongyrchol i bawb sydd angen llofnodi: {contact}',

  'bank.title': 'Manylion y cyfrif banc neu gymdeithas adeiladu',
  'bank.accountName.label': 'Yr enw sydd ar y cyfrif',
  'bank.accountName.name': 'yr enw sydd ar y cyfrif',
  'bank.sortCode.label': 'Cod didoli',
  'bank.sortCode.hint': 'Rhaid iddo fod yn 6 digid o hyd',
  'bank.sortCode.name': 'y cod didoli',
  'bank.sortCode.error.required': 'Rhowch god didoli',
  'bank.sortCode.error.format': 'Rhowch god didoli dilys fel 309430',
  'bank.sortCode.error.tooLong': 'Rhowch god didoli dilys fel 309430',
  'bank.accountNumber.label': 'Rhif y cyfrif',
  'bank.accountNumber.hint': 'Rhaid iddo fod rhwng 6 ac 8 digid o hyd',
  'bank.accountNumber.name': 'rhif y cyfrif',
  'bank.accountNumber.error.required': 'Rhowch rif cyfrif',
  'bank.accountNumber.error.format': 'Rhowch rif cyfrif dilys fel 00733445',
  'bank.accountNumber.error.length': 'Rhaid i rif y cyfrif fod rhwng 6 ac 8 digid',
  'bank.accountNumber.error.tooLong': 'Rhaid i rif y cyfrif fod rhwng 6 ac 8 digid',
  'bank.accountNumber.error.combination': 'Rhowch gyfuniad dilys o god didoli a rhif cyfrif',

  'plan.title': 'Mewn sawl rhandaliad ydych chi eisiau talu bob blwyddyn?',
  'plan.instalments.label': 'Mewn sawl rhandaliad ydych chi eisiau talu bob blwyddyn?',
  'plan.instalments.hint':
    'Os byddwch yn dechrau talu yn ystod y flwyddyn, bydd yr hyn sy’n ddyledus gennych am weddill y flwyddyn yn cael ei rannu rhwng y taliadau sy’n weddill.',
  'plan.instalments.summary': 'Rhandaliadau',
  'plan.instalments.name': 'mewn sawl rhandaliad rydych chi eisiau talu',
  // Welsh counts with the singular noun: "10 rhandaliad".
  'plan.instalments.options.1': '1 taliad am y flwyddyn gyfan',
  'plan.instalments.options.2': '2 randaliad misol',
  'plan.instalments.options.3': '3 rhandaliad misol',
  'plan.instalments.options.4': '4 rhandaliad misol',
  'plan.instalments.options.5': '5 rhandaliad misol',
  'plan.instalments.options.6': '6 rhandaliad misol',
  'plan.instalments.options.7': '7 rhandaliad misol',
  'plan.instalments.options.8': '8 rhandaliad misol',
  'plan.instalments.options.9': '9 rhandaliad misol',
  'plan.instalments.options.10': '10 rhandaliad misol',
  'plan.instalments.options.11': '11 rhandaliad misol',
  'plan.instalments.options.12': '12 rhandaliad misol',

  'paymentDay.title': 'Ar ba ddiwrnod o’r mis ydych chi eisiau talu?',
  'paymentDay.day.label': 'Ar ba ddiwrnod o’r mis ydych chi eisiau talu?',
  'paymentDay.day.hint': 'Os nad yw hwn yn ddiwrnod gwaith, byddwn yn cymryd y taliad ar y diwrnod gwaith nesaf.',
  'paymentDay.day.summary': 'Diwrnod talu',
  'paymentDay.day.name': 'ar ba ddiwrnod o’r mis rydych chi eisiau talu',
  // Welsh ordinals follow the words: cyntaf 1af, ail 2il, trydydd 3ydd, pumed 5ed, seithfed 7fed (not "7ed", as
  // some date libraries have it), unfed ar ddeg 11eg, deuddegfed 12fed, pymthegfed 15fed, unfed ar hugain 21ain.
  'paymentDay.day.options.1': '1af o’r mis',
  'paymentDay.day.options.2': '2il o’r mis',
  'paymentDay.day.options.3': '3ydd o’r mis',
  'paymentDay.day.options.4': '4ydd o’r mis',
  'paymentDay.day.options.5': '5ed o’r mis',
  'paymentDay.day.options.6': '6ed o’r mis',
  'paymentDay.day.options.7': '7fed o’r mis',
  'paymentDay.day.options.8': '8fed o’r mis',
  'paymentDay.day.options.9': '9fed o’r mis',
  'paymentDay.day.options.10': '10fed o’r mis',
  'paymentDay.day.options.11': '11eg o’r mis',
  'paymentDay.day.options.12': '12fed o’r mis',
  'paymentDay.day.options.13': '13eg o’r mis',
  'paymentDay.day.options.14': '14eg o’r mis',
  'paymentDay.day.options.15': '15fed o’r mis',
  'paymentDay.day.options.16': '16eg o’r mis',
  'paymentDay.day.options.17': '17eg o’r mis',
  'paymentDay.day.options.18': '18fed o’r mis',
  'paymentDay.day.options.19': '19eg o’r mis',
  'paymentDay.day.options.20': '20fed o’r mis',
  'paymentDay.day.options.21': '21ain o’r mis',
  'paymentDay.day.options.22': '22ain o’r mis',
  'paymentDay.day.options.23': '23ain o’r mis',
  'paymentDay.day.options.24': '24ain o’r mis',
  'paymentDay.day.options.25': '25ain o’r mis',
  'paymentDay.day.options.26': '26ain o’r mis',
  'paymentDay.day.options.27': '27ain o’r mis',
  'paymentDay.day.options.28': '28ain o’r mis',

  // The Guarantee as Welsh service users give it; "os bydd {originator} yn casglu taliad ar eich cais" keeps the
  // council's name out of "gofyn i …", which would mutate it.
  'guarantee.title': 'Y Warant Debyd Uniongyrchol',
  'guarantee.body':
    'Mae pob banc a chymdeithas adeiladu sy’n derbyn cyfarwyddiadau i dalu Debydau Uniongyrchol yn cynnig y Warant hon.\n\n' +
    'Os bydd unrhyw newidiadau i swm, dyddiad neu amlder eich Debyd Uniongyrchol, bydd {originator} yn eich hysbysu {days} diwrnod gwaith cyn i’ch cyfrif gael ei ddebydu neu yn unol â’r hyn a gytunwyd yn wahanol. Os bydd {originator} yn casglu taliad ar eich cais, bydd cadarnhad o’r swm a’r dyddiad yn cael ei roi i chi ar adeg y cais.\n\n' +
    'Os bydd {originator} neu eich banc neu gymdeithas adeiladu yn gwneud camgymeriad wrth dalu eich Debyd Uniongyrchol, mae gennych hawl i gael ad-daliad llawn ac ar unwaith o’r swm a dalwyd o’ch banc neu gymdeithas adeiladu.\n\n' +
    'Os byddwch yn cael ad-daliad nad oes gennych hawl iddo, rhaid i chi ei dalu’n ôl pan fydd {originator} yn gofyn i chi wneud hynny.\n\n' +
    'Gallwch ganslo Debyd Uniongyrchol ar unrhyw adeg drwy gysylltu â’ch banc neu gymdeithas adeiladu. Efallai y bydd angen cadarnhad ysgrifenedig. Rhowch wybod i ninnau hefyd.',

  'declaration.body':
    'Cyfarwyddyd i’ch banc neu gymdeithas adeiladu: talwch y Debydau Uniongyrchol y bydd {originator} yn gofyn amdanynt o’r cyfrif a nodir yn y Cyfarwyddyd hwn, yn amodol ar y mesurau diogelu a sicrheir gan y Warant Debyd Uniongyrchol. Rwy’n deall y gall {originator} gadw’r Cyfarwyddyd hwn ac, os felly, y bydd y manylion yn cael eu hanfon yn electronig i’m banc neu gymdeithas adeiladu.\n\n' +
    'Gallaf awdurdodi Debydau Uniongyrchol o’r cyfrif hwn ar fy mhen fy hun.\n\n' +
    'Mae’r wybodaeth a roddais yn gywir ac yn gyflawn hyd eithaf fy ngwybodaeth.',

  'summary.firstPayment': 'Taliad cyntaf',

  'confirmation.firstPayment':
    'Bydd eich taliad cyntaf yn cael ei gymryd o’r cyfrif sy’n gorffen gyda’r digidau {ending} ar {date}.',
  'confirmation.plan': {
    one: 'Byddwch yn talu treth gyngor pob blwyddyn mewn 1 taliad, ar y {day} (neu’r diwrnod gwaith nesaf).',
    two: 'Byddwch yn talu mewn {count} randaliad misol y flwyddyn, ar y {day} (neu’r diwrnod gwaith nesaf).',
    other: 'Byddwch yn talu mewn {count} rhandaliad misol y flwyddyn, ar y {day} (neu’r diwrnod gwaith nesaf).',
  },
  'confirmation.notice':
    'Byddwn yn ysgrifennu atoch gyda swm a dyddiad pob taliad o leiaf {days} diwrnod gwaith cyn eich taliad cyntaf.',
  'confirmation.serviceUser': 'Ein rhif defnyddiwr gwasanaeth Debyd Uniongyrchol yw {number}.',
};
