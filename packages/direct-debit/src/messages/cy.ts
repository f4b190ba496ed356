import type { Message } from '@lgds/core';
import type { mandateEn } from './en';

/**
 * The mandate pages' words in Welsh: the type makes a missing key a build error. The council's name (`{originator}`)
 * is always put where Welsh does not mutate it: after a verb, as its subject.
 */
export const mandateCy: Readonly<Record<keyof typeof mandateEn, Message>> = {
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

  // For the confirmation: the notice the Guarantee promises, and the council's Bacs service user number.
  'confirmation.notice':
    'Byddwn yn ysgrifennu atoch gyda swm a dyddiad pob taliad o leiaf {days} diwrnod gwaith cyn eich taliad cyntaf.',
  'confirmation.serviceUser': 'Ein rhif defnyddiwr gwasanaeth Debyd Uniongyrchol yw {number}.',

  'declaration.title': 'Datganiad',
  'declaration.confirmed.label': 'Datganiad',
  'declaration.confirmed.name': 'eich bod yn cytuno â’r datganiad',
  'declaration.confirmed.options.yes': 'Rwy’n cytuno â’r datganiad hwn',
  'declaration.confirmed.error.choose': 'Cadarnhewch fod yr wybodaeth a roddoch yn gywir',
};
