import type { Message } from '@lgds/core';
import type { en } from './en';

/** Every word of the garden waste journeys in Welsh: the type makes a missing key a build error. */
export const cy: Readonly<Record<keyof typeof en, Message>> = {
  'closed.title': 'Mae tanysgrifiadau gwastraff gardd ar gau',
  'closed.body':
    'Ni allwch danysgrifio i gasgliadau gwastraff gardd na’u hadnewyddu ar hyn o bryd.\n\nGwiriwch eto nes ymlaen.',

  'notOpen.title': 'Ni allwch adnewyddu eto',
  'notOpen.body':
    'Mae adnewyddu ar gyfer y flwyddyn nesaf yn agor ar {opensOn}.\n\nOs daeth eich tanysgrifiad i ben beth amser yn ôl, tanysgrifiwch eto fel cwsmer newydd.',

  'address.title': 'Beth yw’r cyfeiriad ar gyfer casglu gwastraff gardd?',
  'address.summary': 'Cyfeiriad casglu',
  'address.line1.label': 'Llinell 1 y cyfeiriad',
  'address.line1.name': 'linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd',
  'address.line1.error.tooLong': 'Rhaid i linell 1 y cyfeiriad fod yn {max} nod neu lai',
  'address.line2.label': 'Llinell 2 y cyfeiriad (dewisol)',
  'address.line2.name': 'linell 2 y cyfeiriad',
  'address.town.label': 'Tref neu ddinas',
  'address.town.name': 'dref neu ddinas',
  'address.postcode.label': 'Cod post',
  'address.postcode.name': 'god post',

  'property.title': 'Pa fath o eiddo ydyw?',
  'property.type.label': 'Pa fath o eiddo ydyw?',
  'property.type.summary': 'Math o eiddo',
  'property.type.name': 'y math o eiddo',
  'property.type.options.house': 'Tŷ',
  'property.type.options.bungalow': 'Byngalo',
  'property.type.options.flat': 'Fflat',
  'property.type.options.maisonette': 'Maisonét',
  'property.type.options.park-home': 'Cartref mewn parc',

  'notServed.title': 'Ni allwn gasglu gwastraff gardd o’r eiddo hwn',
  'notServed.body':
    'Nid ydym yn casglu gwastraff gardd o’r math hwn o eiddo.\n\nGallwch fynd â gwastraff gardd i ganolfan ailgylchu gwastraff y cartref.',

  'container.title': 'Ym mha beth ydych chi eisiau i’ch gwastraff gardd gael ei gasglu?',
  'container.type.label': 'Ym mha beth ydych chi eisiau i’ch gwastraff gardd gael ei gasglu?',
  'container.type.summary': 'Cynhwysydd',
  'container.type.name': 'ym mha beth ydych chi eisiau i’ch gwastraff gardd gael ei gasglu',
  'container.type.options.240-litre-bin': 'Bin 240 litr',
  'container.type.options.140-litre-bin': 'Bin 140 litr',
  'container.type.options.sacks': 'Sachau',

  'bins.title': 'Faint o finiau gwastraff gardd ydych chi eu heisiau?',
  'bins.count.label': 'Faint o finiau gwastraff gardd ydych chi eu heisiau?',
  'bins.count.hint': {
    zero: 'Gallwch gael hyd at {max} bin.',
    one: 'Gallwch gael hyd at {max} bin.',
    two: 'Gallwch gael hyd at {max} fin.',
    few: 'Gallwch gael hyd at {max} bin.',
    many: 'Gallwch gael hyd at {max} bin.',
    other: 'Gallwch gael hyd at {max} bin.',
  },
  'bins.count.summary': 'Nifer y biniau',
  'bins.count.name': 'nifer y biniau',

  'rolls.title': 'Faint o roliau o sachau ydych chi eu heisiau?',
  'rolls.count.label': 'Faint o roliau o sachau ydych chi eu heisiau?',
  'rolls.count.hint': {
    one: 'Mae {sacks} sach ym mhob rholyn. Gallwch gael hyd at {max} rholyn y flwyddyn.',
    two: 'Mae {sacks} sach ym mhob rholyn. Gallwch gael hyd at {max} rolyn y flwyddyn.',
    other: 'Mae {sacks} sach ym mhob rholyn. Gallwch gael hyd at {max} rholyn y flwyddyn.',
  },
  'rolls.count.summary': 'Rholiau o sachau',
  'rolls.count.name': 'nifer y rholiau',

  'delivery.title': 'Oes angen i ni ddosbarthu biniau gwastraff gardd i chi?',
  'delivery.needed.label': 'Oes angen i ni ddosbarthu biniau gwastraff gardd i chi?',
  'delivery.needed.summary': 'Dosbarthu biniau',
  'delivery.needed.name': 'a oes angen i ni ddosbarthu biniau',
  'delivery.needed.options.yes': 'Oes, dosbarthwch finiau',
  'delivery.needed.options.no': 'Nac oes, mae gen i finiau gwastraff gardd yn barod',

  'concession.title': 'Ydych chi’n cael unrhyw un o’r rhain?',
  'concession.type.label': 'Ydych chi’n cael unrhyw un o’r rhain?',
  'concession.type.hint': 'Gallwch gael gostyngiad os ydych chi.',
  'concession.type.summary': 'Consesiwn',
  'concession.type.name': 'a ydych chi’n cael unrhyw un o’r rhain',
  'concession.type.options.none': 'Na, nid wyf yn cael unrhyw un o’r rhain',

  'payment.title': 'Sut ydych chi eisiau talu?',
  'payment.method.label': 'Sut ydych chi eisiau talu?',
  'payment.method.summary': 'Dull talu',
  'payment.method.name': 'sut ydych chi eisiau talu',
  'payment.method.options.card': 'Cerdyn debyd neu gredyd',
  'payment.method.options.direct-debit': 'Debyd Uniongyrchol',

  'contact.title': 'Eich manylion cyswllt',
  'contact.contactBy.label': 'Sut dylem gysylltu â chi?',
  'contact.contactBy.name': 'sut dylem gysylltu â chi',
  'contact.contactBy.options.email': 'E-bost',
  'contact.contactBy.options.phone': 'Ffôn',
  'contact.email.label': 'Cyfeiriad e-bost',
  'contact.email.name': 'eich cyfeiriad e-bost',
  'contact.phone.label': 'Rhif ffôn',
  'contact.phone.name': 'eich rhif ffôn',
  'contact.reminders.label': 'Ydych chi eisiau nodyn atgoffa pan fydd angen adnewyddu eich tanysgrifiad?',
  'contact.reminders.summary': 'Nodyn atgoffa i adnewyddu',
  'contact.reminders.name': 'a ydych chi eisiau nodyn atgoffa i adnewyddu',
  'contact.reminders.options.yes': 'Ydw',
  'contact.reminders.options.no': 'Nac ydw',

  'subscription.title': 'Pa danysgrifiad ydych chi eisiau ei adnewyddu?',
  'subscription.reference.label': 'Cyfeirnod y tanysgrifiad',
  'subscription.reference.hint': 'Mae hwn ar eich e-bost cadarnhau, fel GW-7KQ4M-X9RTP',
  'subscription.reference.name': 'gyfeirnod eich tanysgrifiad',
  'subscription.reference.error.format': 'Rhowch gyfeirnod eich tanysgrifiad yn y fformat cywir, fel GW-7KQ4M-X9RTP',
  'subscription.postcode.label': 'Cod post y cyfeiriad casglu',
  'subscription.postcode.name': 'god post y cyfeiriad casglu',

  'price.firstBin': 'Bin cyntaf',
  'price.additionalBins': {
    one: '{count} bin arall',
    two: '{count} fin arall',
    other: '{count} bin arall',
  },
  'price.sacks': { one: '{count} rholyn o sachau', two: '{count} rolyn o sachau', other: '{count} rholyn o sachau' },
  'price.proRata': 'Gostyngiad am ymuno yn ystod y flwyddyn',
  'price.concession': 'Gostyngiad consesiwn',
  'price.directDebit': 'Gostyngiad Debyd Uniongyrchol',
  'price.delivery': { one: 'Dosbarthu {count} bin', two: 'Dosbarthu {count} fin', other: 'Dosbarthu {count} bin' },
  'price.total': 'Cyfanswm i’w dalu',
  'price.free': 'Am ddim',
  'price.startDate': 'Casgliadau’n dechrau',

  'confirmation.start': 'Byddwn yn dechrau casglu eich gwastraff gardd o {start}.',
  'confirmation.delivery': 'Byddwn yn dosbarthu eich biniau ac yn dechrau casglu eich gwastraff gardd o {start}.',
  'confirmation.period': 'Mae eich tanysgrifiad yn para o {start} tan {end}.',
  'confirmation.payment.card': 'Byddwn yn anfon dolen atoch drwy e-bost i dalu {total} gyda cherdyn debyd neu gredyd.',
  'confirmation.payment.direct-debit':
    'Byddwn yn trefnu Debyd Uniongyrchol am {total} ac yn ysgrifennu atoch i’w gadarnhau.',
};
