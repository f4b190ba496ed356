import type { Message } from '@lgds/core';
import type { en } from './en';

/** Every word of the service's own pages in Welsh: the type makes a missing key a build error. */
export const cy: Readonly<Record<keyof typeof en, Message>> = {
  'server.skipLink': 'Neidio i’r prif gynnwys',
  'server.languageNavigation': 'Dewiswch iaith',
  'server.phase.alpha': 'Alffa',
  'server.phase.beta': 'Beta',
  'server.phase.text': 'Mae hwn yn wasanaeth newydd.',
  'server.phase.feedback': 'Helpwch ni i’w wella a rhowch eich adborth (yn agor mewn tab newydd).',
  'server.footer.title': 'Dolenni cymorth',
  'server.services.title': 'Gwasanaethau ar-lein',
  'server.services.intro': 'Gwnewch gais, rhowch wybod neu trefnwch rywbeth gyda {council} ar-lein.',
  'server.notFound.title': 'Heb ddod o hyd i’r dudalen',
  'server.notFound.typed': 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
  'server.notFound.pasted': 'Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.',
  'server.notFound.start': 'Ewch i’r rhestr o wasanaethau ar-lein',
  'server.signedOut.title': 'Er eich diogelwch, rydym wedi dileu eich atebion',
  'server.signedOut.body': {
    zero: 'Rydym wedi dileu eich atebion am na wnaethoch unrhyw beth am {count} munud.',
    one: 'Rydym wedi dileu eich atebion am na wnaethoch unrhyw beth am {count} munud.',
    two: 'Rydym wedi dileu eich atebion am na wnaethoch unrhyw beth am {count} funud.',
    few: 'Rydym wedi dileu eich atebion am na wnaethoch unrhyw beth am {count} munud.',
    many: 'Rydym wedi dileu eich atebion am na wnaethoch unrhyw beth am {count} munud.',
    other: 'Rydym wedi dileu eich atebion am na wnaethoch unrhyw beth am {count} munud.',
  },
  'server.signedOut.again': 'Dechrau eto',
  'server.refused.title': 'Mae’n ddrwg gennym, nid oeddem yn gallu derbyn y ffurflen honno',
  'server.refused.body':
    'Nid oes dim a anfonwyd gennych wedi’i gadw. Gall hyn ddigwydd os oedd y dudalen ar agor am amser hir, neu os anfonwyd y ffurflen o wefan arall.',
  'server.refused.tooLarge': 'Roedd yr hyn a anfonwyd gennych yn rhy fawr. Nid oes dim wedi’i gadw.',
  'server.refused.unsupported':
    'Anfonwyd y ffurflen mewn ffordd na all y gwasanaeth hwn ei darllen. Nid oes dim wedi’i gadw.',
  'server.refused.back': 'Ewch yn ôl i’r ffurflen a rhoi cynnig arall arni',
  'server.problem.title': 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
  'server.problem.later': 'Rhowch gynnig arall arni yn nes ymlaen.',
  'server.problem.kept': 'Mae’r atebion a roesoch cyn y dudalen hon wedi’u cadw am y tro.',
  'server.problem.code': 'Os byddwch yn cysylltu â ni am y broblem hon, rhowch y cod hwn: {requestId}',
  'server.errorPrefix': 'Gwall',
  'server.payment.title': 'Mae problem gyda’ch taliad',
  'server.payment.failed':
    'Ni chymerwyd eich taliad ac nid ydych wedi talu dim. Rydym wedi cadw eich atebion: gallwch roi cynnig arall arni, gyda’r un cerdyn neu gerdyn arall.',
  'server.payment.cancelled':
    'Gwnaethoch ganslo eich taliad ac nid ydych wedi talu dim. Rydym wedi cadw eich atebion: gallwch dalu pan fyddwch yn barod.',
  'server.payment.error':
    'Roedd problem gyda’r gwasanaeth talu ac nid ydych wedi talu dim. Rydym wedi cadw eich atebion: rhowch gynnig arall arni yn nes ymlaen.',
  'server.payment.unfinished':
    'Ni chafodd eich taliad ei orffen ac nid ydych wedi talu dim. Rydym wedi cadw eich atebion: gallwch dalu nawr.',
  'server.payment.unavailable':
    'Nid yw’r gwasanaeth talu’n gweithio ar hyn o bryd ac nid ydych wedi talu dim. Rydym wedi cadw eich atebion: rhowch gynnig arall arni yn nes ymlaen.',
  'server.paymentUnchecked.title': 'Ni allwn wirio eich taliad ar hyn o bryd',
  'server.paymentUnchecked.paid':
    'Os ydych wedi talu, peidiwch â thalu eto. Byddwn yn anfon eich cais cyn gynted ag y bydd y gwasanaeth talu yn cadarnhau eich taliad.',
  'server.paymentUnchecked.later': 'Rhowch gynnig arall arni ymhen ychydig funudau.',
  'server.paymentUnchecked.again': 'Gwirio fy nhaliad eto',
  'server.save.button': 'Cadw a dod yn ôl yn nes ymlaen',
  'server.save.title': 'Cadw eich atebion a dod yn ôl yn nes ymlaen',
  'server.save.intro': {
    zero: 'Byddwn yn anfon dolen atoch drwy e-bost i ddod yn ôl at eich cais. Mae’r ddolen yn gweithio unwaith, am {count} diwrnod.',
    one: 'Byddwn yn anfon dolen atoch drwy e-bost i ddod yn ôl at eich cais. Mae’r ddolen yn gweithio unwaith, am {count} diwrnod.',
    two: 'Byddwn yn anfon dolen atoch drwy e-bost i ddod yn ôl at eich cais. Mae’r ddolen yn gweithio unwaith, am {count} ddiwrnod.',
    few: 'Byddwn yn anfon dolen atoch drwy e-bost i ddod yn ôl at eich cais. Mae’r ddolen yn gweithio unwaith, am {count} diwrnod.',
    many: 'Byddwn yn anfon dolen atoch drwy e-bost i ddod yn ôl at eich cais. Mae’r ddolen yn gweithio unwaith, am {count} diwrnod.',
    other:
      'Byddwn yn anfon dolen atoch drwy e-bost i ddod yn ôl at eich cais. Mae’r ddolen yn gweithio unwaith, am {count} diwrnod.',
  },
  'server.save.email': 'Cyfeiriad e-bost',
  'server.save.emailHint': 'Byddwn ond yn defnyddio hwn i anfon y ddolen atoch.',
  'server.save.send': 'Anfon y ddolen',
  'server.save.back': 'Mynd yn ôl at eich cais',
  'server.save.error.required': 'Rhowch eich cyfeiriad e-bost',
  'server.save.error.format': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  'server.save.error.notSent':
    'Mae’n ddrwg gennym, nid oeddem yn gallu anfon yr e-bost. Rhowch gynnig arall arni ymhen ychydig funudau.',
  'server.saved.title': 'Rydym wedi anfon dolen atoch',
  'server.saved.body': 'Rydym wedi anfon dolen i {email}. Defnyddiwch hi erbyn {date} i ddod yn ôl at eich cais.',
  'server.saved.once':
    'Mae’r ddolen yn gweithio unwaith. Os nad yw’r e-bost wedi cyrraedd ymhen ychydig funudau, edrychwch yn eich ffolder sbam neu sothach.',
  'server.saved.continue': 'Parhau â’ch cais nawr',
  'server.return.title': 'Parhau â’ch cais',
  'server.return.body': 'Byddwn yn rhoi’r atebion a gadwoch yn ôl, a gallwch barhau o’r man lle gwnaethoch adael.',
  'server.return.button': 'Parhau',
  'server.return.used.title': 'Mae’r ddolen hon eisoes wedi cael ei defnyddio',
  'server.return.used.body':
    'Mae pob dolen yn gweithio unwaith. Os gwnaethoch gadw eich atebion eto, defnyddiwch y ddolen yn yr e-bost mwyaf diweddar. Fel arall, bydd angen i chi ddechrau eto.',
  'server.return.expired.title': 'Mae’r ddolen hon wedi dod i ben',
  'server.return.expired.body': {
    zero: 'Mae dolenni’n gweithio am {count} diwrnod, ac yna rydym yn dileu’r atebion a gadwyd gyda nhw. Bydd angen i chi ddechrau eto.',
    one: 'Mae dolenni’n gweithio am {count} diwrnod, ac yna rydym yn dileu’r atebion a gadwyd gyda nhw. Bydd angen i chi ddechrau eto.',
    two: 'Mae dolenni’n gweithio am {count} ddiwrnod, ac yna rydym yn dileu’r atebion a gadwyd gyda nhw. Bydd angen i chi ddechrau eto.',
    few: 'Mae dolenni’n gweithio am {count} diwrnod, ac yna rydym yn dileu’r atebion a gadwyd gyda nhw. Bydd angen i chi ddechrau eto.',
    many: 'Mae dolenni’n gweithio am {count} diwrnod, ac yna rydym yn dileu’r atebion a gadwyd gyda nhw. Bydd angen i chi ddechrau eto.',
    other:
      'Mae dolenni’n gweithio am {count} diwrnod, ac yna rydym yn dileu’r atebion a gadwyd gyda nhw. Bydd angen i chi ddechrau eto.',
  },
  'server.return.unknown.title': 'Nid yw’r ddolen hon yn gweithio',
  'server.return.unknown.body':
    'Gwiriwch eich bod wedi copïo’r ddolen gyfan o’r e-bost. Os nad yw’n gweithio o hyd, bydd angen i chi ddechrau eto.',
  'server.return.start': 'Dechrau eto',
};
