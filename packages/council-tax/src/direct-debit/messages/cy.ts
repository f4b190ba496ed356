import type { Message } from '@lgds/core';
import { mandateCy } from '@lgds/direct-debit/cy';
import { sharedCy } from '../../shared/messages/cy';
import type { en } from './en';

/**
 * Every word of the Direct Debit journey in Welsh: the type makes a missing key a build error. The council's name
 * (`{originator}`) is always put where Welsh does not mutate it: after a verb, as its subject.
 */
export const cy: Readonly<Record<keyof typeof en, Message>> = {
  ...sharedCy,
  ...mandateCy,

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

  'summary.firstPayment': 'Taliad cyntaf',

  'confirmation.firstPayment':
    'Bydd eich taliad cyntaf yn cael ei gymryd o’r cyfrif sy’n gorffen gyda’r digidau {ending} ar {date}.',
  'confirmation.plan': {
    one: 'Byddwch yn talu treth gyngor pob blwyddyn mewn 1 taliad, ar y {day} (neu’r diwrnod gwaith nesaf).',
    two: 'Byddwch yn talu mewn {count} randaliad misol y flwyddyn, ar y {day} (neu’r diwrnod gwaith nesaf).',
    other: 'Byddwch yn talu mewn {count} rhandaliad misol y flwyddyn, ar y {day} (neu’r diwrnod gwaith nesaf).',
  },
};
