import { type Message, welshAddressWords, welshFileUploadWords } from '@lgds/core';
import { sharedCy } from '../../shared/messages/cy';
import type { en } from './en';

/**
 * Every word of the single person discount in Welsh: the type makes a missing key a build error. Nouns that
 * errors use (`.name`) are written as they read after "Rhowch" and "Rhaid i", with the soft mutation.
 */
export const cy: Readonly<Record<keyof typeof en, Message>> = {
  ...sharedCy,
  // The find an address pages' words, for when the council has an address lookup.
  ...welshAddressWords,
  // The errors of the evidence upload.
  ...welshFileUploadWords,

  'address.title': 'Beth yw’r cyfeiriad rydych eisiau’r gostyngiad ar ei gyfer?',
  'address.summary': 'Cyfeiriad',
  'address.line1.label': 'Llinell 1 y cyfeiriad',
  'address.line1.name': 'linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd',
  'address.line1.error.tooLong': 'Rhaid i linell 1 y cyfeiriad fod yn {max} nod neu lai',
  'address.line2.label': 'Llinell 2 y cyfeiriad (dewisol)',
  'address.line2.name': 'linell 2 y cyfeiriad',
  'address.town.label': 'Tref neu ddinas',
  'address.town.name': 'dref neu ddinas',
  'address.postcode.label': 'Cod post',
  'address.postcode.name': 'god post',

  'onlyAdult.title': 'Pryd daethoch chi’n unig oedolyn sy’n byw yn yr eiddo?',
  'onlyAdult.date.label': 'Pryd daethoch chi’n unig oedolyn sy’n byw yn yr eiddo?',
  'onlyAdult.date.hint': 'Er enghraifft, {example}. Rhaid i’r dyddiad fod rhwng {from} a {to}.',
  'onlyAdult.date.summary': 'Dyddiad y daethoch yn unig oedolyn',
  'onlyAdult.date.name': 'y dyddiad y daethoch yn unig oedolyn',

  'leaver.title': 'A wnaeth oedolyn arall symud allan?',
  'leaver.movedOut.label': 'A wnaeth oedolyn arall symud allan?',
  'leaver.movedOut.hint': 'Er enghraifft, partner, ffrind neu blentyn sy’n oedolyn a oedd yn byw gyda chi.',
  'leaver.movedOut.summary': 'Oedolyn arall wedi symud allan',
  'leaver.movedOut.name': 'a wnaeth oedolyn arall symud allan',
  'leaver.movedOut.options.yes': 'Do',
  'leaver.movedOut.options.no': 'Naddo',
  'leaver.name.label': 'Eu henw llawn (dewisol)',
  'leaver.name.summary': 'Enw’r oedolyn a symudodd allan',
  'leaver.name.name': 'enw’r oedolyn a symudodd allan',

  'forwardingAddress.title': 'Beth yw eu cyfeiriad newydd?',
  'forwardingAddress.body': 'Gadewch hwn yn wag os nad ydych yn ei wybod.',
  'forwardingAddress.summary': 'Eu cyfeiriad newydd',
  'forwardingAddress.line1.label': 'Llinell 1 y cyfeiriad (dewisol)',
  'forwardingAddress.line1.name': 'linell 1 eu cyfeiriad newydd',
  'forwardingAddress.line2.label': 'Llinell 2 y cyfeiriad (dewisol)',
  'forwardingAddress.line2.name': 'linell 2 eu cyfeiriad newydd',
  'forwardingAddress.town.label': 'Tref neu ddinas (dewisol)',
  'forwardingAddress.town.name': 'dref neu ddinas eu cyfeiriad newydd',
  'forwardingAddress.postcode.label': 'Cod post (dewisol)',
  'forwardingAddress.postcode.name': 'god post eu cyfeiriad newydd',

  'evidence.title': 'Allwch chi anfon tystiolaeth atom mai chi yw’r unig oedolyn sy’n byw yn yr eiddo?',
  'evidence.canSend.label': 'Allwch chi anfon tystiolaeth atom mai chi yw’r unig oedolyn sy’n byw yn yr eiddo?',
  'evidence.canSend.hint': '{whatCounts}',
  'evidence.canSend.summary': 'Yn gallu anfon tystiolaeth',
  'evidence.canSend.name': 'a allwch anfon tystiolaeth atom',
  'evidence.canSend.options.yes': 'Gallaf',
  'evidence.canSend.options.no': 'Na allaf',

  'evidence.files.label': 'Uwchlwythwch eich tystiolaeth (dewisol)',
  'evidence.files.hint': 'Hyd at {maxFiles} ffeil, pob un yn {types} sy’n llai na {size}.',
  'evidence.files.summary': 'Tystiolaeth',
  'evidence.files.name': 'eich tystiolaeth',

  'summary.discount': 'Gostyngiad os ydych yn gymwys',
  'summary.discountValue': '{percent}% o {from} ymlaen',

  'confirmation.discount': 'Os ydych yn gymwys, byddwn yn gostwng eich bil {percent}% o {from} ymlaen.',
  'confirmation.bill': 'Byddwn yn anfon bil treth gyngor newydd atoch sy’n dangos y gostyngiad.',
  'confirmation.evidence.yes': 'Byddwn yn anfon e-bost atoch i ddweud sut i anfon eich tystiolaeth.',
  'confirmation.evidence.uploaded':
    'Byddwn yn gwirio eich tystiolaeth ac yn cysylltu â chi os bydd angen unrhyw beth arall arnom.',
  'confirmation.evidence.no':
    'Efallai y byddwn yn cysylltu â chi i wirio mai chi yw’r unig oedolyn sy’n byw yn yr eiddo.',
  'confirmation.tellUs':
    'Rhaid i chi roi gwybod i ni cyn pen 21 diwrnod os bydd oedolyn arall yn dod i fyw yn yr eiddo. Cysylltwch â ni yn {contact}',
};
