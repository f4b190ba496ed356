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
};
