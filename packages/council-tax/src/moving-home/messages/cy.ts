import { type Message, welshAddressWords } from '@lgds/core';
import { sharedCy } from '../../shared/messages/cy';
import { type AddressLineKey, addressWords } from './address';
import type { en } from './en';

/** The standard lines of every address page, in Welsh. */
const addressLines: Readonly<Record<AddressLineKey, string>> = {
  'line1.label': 'Llinell 1 y cyfeiriad',
  'line1.name': 'linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd',
  'line2.label': 'Llinell 2 y cyfeiriad (dewisol)',
  'town.label': 'Tref neu ddinas',
  'town.name': 'dref neu ddinas',
  'postcode.label': 'Cod post',
  'postcode.name': 'god post',
};

/** Every word of the moving home journey in Welsh: the type makes a missing key a build error. */
export const cy: Readonly<Record<keyof typeof en, Message>> = {
  ...sharedCy,
  // The find an address pages' words, for when the council has an address lookup.
  ...welshAddressWords,
  'account.title': 'Beth yw rhif eich cyfrif treth gyngor? (dewisol)',
  'account.reference.label': 'Beth yw rhif eich cyfrif treth gyngor? (dewisol)',
  'account.reference.hint':
    'Mae’n {format}. Gallwch ddod o hyd iddo ar eich bil treth gyngor. Gadewch hwn yn wag os nad ydych chi’n ei wybod.',

  'move.title': 'Ydych chi’n symud i mewn i’n hardal, allan ohoni neu o fewn iddi?',
  'move.direction.label': 'Ydych chi’n symud i mewn i’n hardal, allan ohoni neu o fewn iddi?',
  'move.direction.summary': 'Symud',
  'move.direction.name': 'a ydych chi’n symud i mewn i’n hardal, allan ohoni neu o fewn iddi',
  'move.direction.options.into': 'I mewn i’n hardal',
  'move.direction.options.into.hint': 'Rydych chi’n symud yma o rywle arall',
  'move.direction.options.out-of': 'Allan o’n hardal',
  'move.direction.options.out-of.hint': 'Rydych chi’n gadael cyfeiriad yma i fyw yn rhywle arall',
  'move.direction.options.within': 'O fewn ein hardal',
  'move.direction.options.within.hint': 'Rydych chi’n symud o un cyfeiriad yma i un arall',

  ...addressWords('oldAddress', addressLines, {
    title: 'Beth yw’r cyfeiriad rydych chi’n symud ohono?',
    summary: 'Cyfeiriad rydych chi’n symud ohono',
  }),
  ...addressWords('newAddress', addressLines, {
    title: 'Beth yw’r cyfeiriad rydych chi’n symud iddo?',
    summary: 'Cyfeiriad rydych chi’n symud iddo',
  }),
  ...addressWords('forwardingAddress', addressLines, {
    title: 'Beth yw eich cyfeiriad anfon ymlaen?',
    summary: 'Cyfeiriad anfon ymlaen',
  }),
  'forwardingAddress.body':
    'Byddwn yn anfon eich bil terfynol yma. Os nad ydych chi’n ei wybod eto, gadewch hwn yn wag.',
  'forwardingAddress.line2.label': 'Llinell 2 y cyfeiriad',

  'moveInDate.title': 'Beth yw eich dyddiad symud i mewn?',
  'moveInDate.date.label': 'Beth yw eich dyddiad symud i mewn?',
  'moveInDate.date.hint':
    'Y diwrnod rydych chi’n symud i mewn i’ch cartref newydd. Er enghraifft, {example}. Rhaid iddo fod rhwng {from} a {to}.',
  'moveInDate.date.summary': 'Dyddiad symud i mewn',
  'moveInDate.date.name': 'eich dyddiad symud i mewn',

  'moveOutDate.title': 'Beth yw eich dyddiad symud allan?',
  'moveOutDate.date.label': 'Beth yw eich dyddiad symud allan?',
  'moveOutDate.date.hint':
    'Y diwrnod rydych chi’n gadael y cartref rydych chi’n symud ohono. Er enghraifft, {example}. Rhaid iddo fod rhwng {from} a {to}.',
  'moveOutDate.date.summary': 'Dyddiad symud allan',
  'moveOutDate.date.name': 'eich dyddiad symud allan',

  'moveDates.title': 'Pryd ydych chi’n symud?',
  'moveDates.body': 'Rhaid i’r ddau ddyddiad fod rhwng {from} a {to}.',
  'moveDates.moveOut.label': 'Dyddiad symud allan',
  'moveDates.moveOut.hint':
    'Y diwrnod rydych chi’n gadael y cyfeiriad rydych chi’n symud ohono. Er enghraifft, {example}.',
  'moveDates.moveOut.name': 'eich dyddiad symud allan',
  'moveDates.moveIn.label': 'Dyddiad symud i mewn',
  'moveDates.moveIn.hint': 'Y diwrnod rydych chi’n symud i mewn i’ch cyfeiriad newydd. Gall fod yr un diwrnod.',
  'moveDates.moveIn.name': 'eich dyddiad symud i mewn',
  'moveDates.moveIn.error.beforeMoveOut':
    'Rhaid i’ch dyddiad symud i mewn fod yr un fath â’ch dyddiad symud allan neu ar ei ôl',

  'oldHome.title': 'Oeddech chi’n berchen ar y cartref rydych chi’n ei adael, neu’n ei rentu?',
  'oldHome.tenure.label': 'Oeddech chi’n berchen ar y cartref rydych chi’n ei adael, neu’n ei rentu?',
  'oldHome.tenure.summary': 'Y cartref rydych chi’n ei adael',
  'oldHome.tenure.name': 'a oeddech chi’n berchen ar y cartref rydych chi’n ei adael neu’n ei rentu',
  'oldHome.tenure.options.sold': 'Roeddwn i’n berchen arno ac rwyf wedi’i werthu',
  'oldHome.tenure.options.sold.hint': 'Neu bydd y gwerthiant yn cwblhau cyn bo hir',
  'oldHome.tenure.options.letting': 'Rwy’n berchen arno ac rwy’n ei osod i denantiaid',
  'oldHome.tenure.options.empty': 'Rwy’n berchen arno a bydd yn wag',
  'oldHome.tenure.options.empty.hint': 'Er enghraifft, tra bydd ar werth',
  'oldHome.tenure.options.tenant': 'Roeddwn i’n ei rentu',

  'sale.title': 'Am y gwerthiant',
  'sale.buyer.label': 'Enw llawn y prynwr',
  'sale.buyer.hint': 'Os oes mwy nag un prynwr, rhowch enwau pob un ohonynt',
  'sale.buyer.summary': 'Prynwr',
  'sale.buyer.name': 'enw llawn y prynwr',
  'sale.completion.label': 'Dyddiad cwblhau',
  'sale.completion.hint': 'Y diwrnod y cwblhaodd y gwerthiant, neu y bydd yn cwblhau. Er enghraifft, {example}.',
  'sale.completion.summary': 'Y gwerthiant yn cwblhau',
  'sale.completion.name': 'y dyddiad cwblhau',

  'solicitor.title': 'Cyfreithiwr y prynwr',
  'solicitor.body': 'Rhowch eu cyfeiriad, eu rhif ffôn neu’r ddau.',
  'solicitor.summary': 'Cyfreithiwr y prynwr',
  'solicitor.name.label': 'Cyfreithiwr neu gwmni',
  'solicitor.name.name': 'enw cyfreithiwr neu gwmni’r prynwr',
  'solicitor.address.label': 'Cyfeiriad',
  'solicitor.address.name': 'gyfeiriad y cyfreithiwr',
  'solicitor.address.error.addressOrPhone': 'Rhowch gyfeiriad neu rif ffôn y cyfreithiwr',
  'solicitor.phone.label': 'Rhif ffôn',
  'solicitor.phone.name': 'rif ffôn y cyfreithiwr',

  'letting.title': 'Eich tenantiaid',
  'letting.tenants.label': 'Enwau llawn y tenantiaid',
  'letting.tenants.hint': 'Rhowch bob enw ar linell newydd',
  'letting.tenants.summary': 'Tenantiaid',
  'letting.tenants.name': 'enwau llawn eich tenantiaid',
  'letting.start.label': 'Dyddiad dechrau’r denantiaeth',
  'letting.start.hint': 'Gall fod yn y gorffennol. Er enghraifft, {example}.',
  'letting.start.summary': 'Y denantiaeth yn dechrau',
  'letting.start.name': 'ddyddiad dechrau’r denantiaeth',

  'oldTenancy.title': 'Pryd mae eich tenantiaeth yn dod i ben?',
  'oldTenancy.end.label': 'Pryd mae eich tenantiaeth yn dod i ben?',
  'oldTenancy.end.hint': 'Diwrnod olaf eich cytundeb tenantiaeth, a all fod yn y gorffennol. Er enghraifft, {example}.',
  'oldTenancy.end.summary': 'Y denantiaeth yn dod i ben',
  'oldTenancy.end.name': 'y dyddiad y daw eich tenantiaeth i ben',

  'oldLandlord.title': 'Eich landlord neu asiant gosod',
  'oldLandlord.body': 'Rhowch eu cyfeiriad, eu rhif ffôn neu’r ddau.',
  'oldLandlord.summary': 'Landlord y cartref rydych chi’n ei adael',
  'oldLandlord.name.label': 'Enw',
  'oldLandlord.name.name': 'enw eich landlord neu asiant gosod',
  'oldLandlord.address.label': 'Cyfeiriad',
  'oldLandlord.address.name': 'gyfeiriad eich landlord neu asiant gosod',
  'oldLandlord.address.error.addressOrPhone': 'Rhowch gyfeiriad neu rif ffôn eich landlord neu asiant gosod',
  'oldLandlord.phone.label': 'Rhif ffôn',
  'oldLandlord.phone.name': 'rif ffôn eich landlord neu asiant gosod',

  'furnished.title': 'A fydd y cartref rydych chi’n ei adael yn dal wedi’i ddodrefnu ar ôl i chi symud allan?',
  'furnished.furnished.label':
    'A fydd y cartref rydych chi’n ei adael yn dal wedi’i ddodrefnu ar ôl i chi symud allan?',
  'furnished.furnished.hint': 'Ystyr wedi’i ddodrefnu yw bod digon o ddodrefn ynddo i rywun fyw ynddo.',
  'furnished.furnished.summary': 'Yn dal wedi’i ddodrefnu',
  'furnished.furnished.name': 'a fydd y cartref rydych chi’n ei adael yn dal wedi’i ddodrefnu',
  'furnished.furnished.options.yes': 'Bydd',
  'furnished.furnished.options.no': 'Na fydd',

  'oldResidents.title': 'Pwy oedd yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael?',
  'oldResidents.names.label': 'Pwy oedd yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael?',
  'oldResidents.names.hint':
    'Cofiwch eich cynnwys eich hun ac unrhyw un a oedd yn berchen arno neu’n ei rentu gyda chi. Rhowch enw llawn pob person ar linell newydd.',
  'oldResidents.names.summary': 'Yn gyfrifol am y dreth gyngor',
  'oldResidents.names.name': 'enwau pawb a oedd yn gyfrifol am y dreth gyngor',

  'newHome.title': 'A fyddwch chi’n berchen ar eich cartref newydd, neu’n ei rentu?',
  'newHome.tenure.label': 'A fyddwch chi’n berchen ar eich cartref newydd, neu’n ei rentu?',
  'newHome.tenure.summary': 'Eich cartref newydd',
  'newHome.tenure.name': 'a fyddwch chi’n berchen ar eich cartref newydd neu’n ei rentu',
  'newHome.tenure.options.owner': 'Rwy’n berchen arno, neu’n ei brynu',
  'newHome.tenure.options.tenant': 'Rwy’n ei rentu',

  'purchase.title': 'Beth yw dyddiad cwblhau eich pryniant?',
  'purchase.completion.label': 'Beth yw dyddiad cwblhau eich pryniant?',
  'purchase.completion.hint': 'Fel arfer, dyma’r diwrnod rydych chi’n cael yr allweddi. Er enghraifft, {example}.',
  'purchase.completion.summary': 'Y pryniant yn cwblhau',
  'purchase.completion.name': 'ddyddiad cwblhau eich pryniant',

  'newTenancy.title': 'Pryd mae eich tenantiaeth yn dechrau?',
  'newTenancy.start.label': 'Pryd mae eich tenantiaeth yn dechrau?',
  'newTenancy.start.hint': 'Diwrnod cyntaf eich cytundeb tenantiaeth. Er enghraifft, {example}.',
  'newTenancy.start.summary': 'Y denantiaeth yn dechrau',
  'newTenancy.start.name': 'y dyddiad y mae eich tenantiaeth yn dechrau',

  'newLandlord.title': 'Landlord neu asiant gosod eich cartref newydd',
  'newLandlord.body': 'Rhowch eu cyfeiriad, eu rhif ffôn neu’r ddau.',
  'newLandlord.summary': 'Landlord eich cartref newydd',
  'newLandlord.name.label': 'Enw',
  'newLandlord.name.name': 'enw eich landlord neu asiant gosod',
  'newLandlord.address.label': 'Cyfeiriad',
  'newLandlord.address.name': 'gyfeiriad eich landlord neu asiant gosod',
  'newLandlord.address.error.addressOrPhone': 'Rhowch gyfeiriad neu rif ffôn eich landlord neu asiant gosod',
  'newLandlord.phone.label': 'Rhif ffôn',
  'newLandlord.phone.name': 'rif ffôn eich landlord neu asiant gosod',

  'newResidents.title': 'Pwy fydd yn gyfrifol am y dreth gyngor yn eich cartref newydd?',
  'newResidents.names.label': 'Pwy fydd yn gyfrifol am y dreth gyngor yn eich cartref newydd?',
  'newResidents.names.hint':
    'Cofiwch eich cynnwys eich hun, ac unrhyw un 18 oed neu drosodd a fydd yn berchen arno neu’n ei rentu gyda chi, ' +
    'neu sy’n ŵr, yn wraig neu’n bartner i chi. Rhowch enw llawn pob person ar linell newydd.',
  'newResidents.names.summary': 'Yn gyfrifol am y dreth gyngor',
  'newResidents.names.name': 'enwau pawb a fydd yn gyfrifol am y dreth gyngor',

  'confirmation.open': 'Byddwn yn agor cyfrif treth gyngor ar gyfer eich cartref newydd o {date}.',
  'confirmation.move': 'Byddwn yn symud eich cyfrif treth gyngor i’ch cartref newydd o {date}.',
  'confirmation.close': 'Bydd eich cyfrif yn cael ei gau o {date}.',
  'confirmation.stillResponsible':
    'Rydych chi’n dal yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael tra byddwch chi’n berchen arno a’i fod yn wag.',
  // A number is followed by the singular in Welsh ("10 diwrnod"), so one form serves every count.
  'confirmation.newBill': 'Byddwn yn anfon bil newydd atoch chi o fewn {count} diwrnod gwaith.',
  'confirmation.finalBill': 'Byddwn yn anfon bil terfynol atoch chi o fewn {count} diwrnod gwaith.',
  'confirmation.finalBillTo': 'Byddwn yn ei anfon i’r cyfeiriad hwn: {address}.',
  'confirmation.finalBillByEmail': 'Byddwn yn ei anfon drwy e-bost i {email}.',
  'confirmation.buyer': 'Bydd y prynwr yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael o {date}.',
  'confirmation.tenants':
    'Bydd eich tenantiaid yn gyfrifol am y dreth gyngor yn y cartref rydych chi’n ei adael o {date}.',
  'confirmation.landlord':
    'Pan ddaw eich tenantiaeth i ben ar {date}, bydd eich landlord yn gyfrifol am y dreth gyngor yn y cartref ' +
    'rydych chi’n ei adael nes bydd rhywun arall yn symud i mewn.',
  'confirmation.contact': 'Os bydd unrhyw beth yn newid, cysylltwch â ni yn {contact}',
};
