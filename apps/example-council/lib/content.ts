// Every word on the site's own pages, in English and Welsh. The service's pages under /services bring their own.
import type { Locale } from '@lgds/core';

/** The site's services, in the order the home page lists them, each at /services/<path>. */
export const services = [
  { path: 'garden-waste-new', group: 'waste' },
  { path: 'garden-waste-renewal', group: 'waste' },
  { path: 'bulky-waste', group: 'waste' },
  { path: 'single-person-discount', group: 'councilTax' },
  { path: 'moving-home', group: 'councilTax' },
  { path: 'direct-debit', group: 'councilTax' },
] as const;

type ServicePath = (typeof services)[number]['path'];

interface Content {
  home: string;
  title: string;
  intro: string;
  groups: { waste: string; councilTax: string };
  services: Record<ServicePath, { name: string; description: string }>;
  skipLink: string;
  serviceNavigation: string;
  languageNavigation: string;
  phase: { tag: string; text: string; feedback: string };
  footerTitle: string;
  cookies: {
    label: string;
    heading: string;
    essential: string;
    analytics: string;
    accept: string;
    reject: string;
    view: string;
    accepted: string;
    rejected: string;
    change: string;
    atAnyTime: string;
    hide: string;
  };
}

/** GOV.UK's words where there are some (its cookie banner's, in English and Welsh); have a translator check ours. */
export const content: Record<Locale, Content> = {
  en: {
    home: '/',
    title: 'Online services',
    intro: 'Apply, pay, book or tell us something online, at any time, in English or Welsh.',
    groups: { waste: 'Bins and waste', councilTax: 'Council tax' },
    services: {
      'garden-waste-new': {
        name: 'Subscribe to garden waste collection',
        description: 'Pay to have your garden waste collected from your home.',
      },
      'garden-waste-renewal': {
        name: 'Renew your garden waste subscription',
        description: 'Keep your garden waste collections going when your subscription is due to end.',
      },
      'bulky-waste': {
        name: 'Book a bulky waste collection',
        description: 'Book a collection of large household items, such as sofas, beds and fridges.',
      },
      'single-person-discount': {
        name: 'Apply for a single person discount on your council tax',
        description: 'Get 25% off your council tax bill if you are the only adult living in your home.',
      },
      'moving-home': {
        name: 'Council tax: tell us you are moving home',
        description: 'Tell us when you move so we can close or open your council tax account and send you a bill.',
      },
      'direct-debit': {
        name: 'Pay your council tax by Direct Debit',
        description: 'Set up a Direct Debit to pay your council tax in 10 or 12 monthly instalments.',
      },
    },
    skipLink: 'Skip to main content',
    serviceNavigation: 'Service information',
    languageNavigation: 'Choose a language',
    phase: {
      tag: 'Beta',
      text: 'This is a new service.',
      feedback: 'Help us improve it and give your feedback (opens in new tab).',
    },
    footerTitle: 'Support links',
    cookies: {
      label: 'Cookies on Exampleshire Council',
      heading: 'Cookies on Exampleshire Council',
      essential: 'We use some essential cookies to make this service work.',
      analytics:
        'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.',
      accept: 'Accept additional cookies',
      reject: 'Reject additional cookies',
      view: 'View cookies',
      accepted: 'You’ve accepted additional cookies.',
      rejected: 'You’ve rejected additional cookies.',
      change: 'change your cookie settings',
      atAnyTime: 'You can {link} at any time.',
      hide: 'Hide cookie message',
    },
  },
  cy: {
    home: '/cy',
    title: 'Gwasanaethau ar-lein',
    intro:
      'Gwnewch gais, talwch, trefnwch neu rhowch wybod i ni am rywbeth ar-lein, ar unrhyw adeg, yn Gymraeg neu yn Saesneg.',
    groups: { waste: 'Biniau a gwastraff', councilTax: 'Treth gyngor' },
    services: {
      'garden-waste-new': {
        name: 'Tanysgrifio i gasgliadau gwastraff gardd',
        description: 'Talwch i ni gasglu gwastraff gardd o’ch cartref.',
      },
      'garden-waste-renewal': {
        name: 'Adnewyddu eich tanysgrifiad gwastraff gardd',
        description: 'Parhewch â’ch casgliadau gwastraff gardd pan fydd eich tanysgrifiad ar fin dod i ben.',
      },
      'bulky-waste': {
        name: 'Trefnu casgliad gwastraff swmpus',
        description: 'Trefnwch i ni gasglu eitemau mawr o’r cartref, fel soffas, gwelyau ac oergelloedd.',
      },
      'single-person-discount': {
        name: 'Gwneud cais am ostyngiad person sengl ar eich treth gyngor',
        description: 'Cewch 25% oddi ar eich bil treth gyngor os mai chi yw’r unig oedolyn sy’n byw yn eich cartref.',
      },
      'moving-home': {
        name: 'Treth gyngor: rhowch wybod i ni eich bod yn symud tŷ',
        description:
          'Rhowch wybod i ni pan fyddwch yn symud er mwyn i ni gau neu agor eich cyfrif treth gyngor ac anfon bil atoch.',
      },
      'direct-debit': {
        name: 'Talu eich treth gyngor drwy Ddebyd Uniongyrchol',
        description: 'Trefnwch Ddebyd Uniongyrchol i dalu eich treth gyngor mewn 10 neu 12 rhandaliad misol.',
      },
    },
    skipLink: 'Neidio i’r prif gynnwys',
    serviceNavigation: 'Gwybodaeth am y gwasanaeth',
    languageNavigation: 'Dewiswch iaith',
    phase: {
      tag: 'Beta',
      text: 'Mae hwn yn wasanaeth newydd.',
      feedback: 'Helpwch ni i’w wella a rhowch eich adborth (yn agor mewn tab newydd).',
    },
    footerTitle: 'Dolenni cymorth',
    cookies: {
      label: 'Cwcis ar Gyngor Swydd Enghraifft',
      heading: 'Cwcis ar Gyngor Swydd Enghraifft',
      essential: 'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
      analytics:
        'Hoffem hefyd ddefnyddio cwcis dadansoddol er mwyn i ni ddeall sut rydych yn defnyddio’r gwasanaeth a gwneud gwelliannau.',
      accept: 'Derbyn cwcis ychwanegol',
      reject: 'Gwrthod cwcis ychwanegol',
      view: 'Gweld cwcis',
      accepted: 'Rydych wedi derbyn cwcis ychwanegol.',
      rejected: 'Rydych wedi gwrthod cwcis ychwanegol.',
      change: 'newid eich gosodiadau cwcis',
      atAnyTime: 'Gallwch {link} ar unrhyw adeg.',
      hide: 'Cuddio’r neges cwcis',
    },
  },
};
