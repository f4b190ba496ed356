import type { DirectDebitRulesInput } from './rules';

/**
 * Two fictional councils whose Direct Debit rules differ on every setting. Start from the one closest to your
 * service and lay your own rules over it: `resolveRules(directDebit, presets.northmoor, myRules)`.
 */
export const presets = {
  /**
   * Northmoor District Council, in England: account numbers of 8 digits starting with 5, 10 or 12 instalments on
   * the 1st or 15th, Bacs' standard 10 working days' notice, the standard words, and its service user number on the
   * confirmation.
   */
  northmoor: {
    accountReference: {
      pattern: '^5\\d{7}$',
      example: '51234567',
      description: { en: '8 digits starting with 5', cy: '8 digid yn dechrau gyda 5' },
    },
    links: {
      contact: 'https://www.northmoor.example/council-tax/contact',
      privacy: 'https://www.northmoor.example/council-tax/privacy',
    },
    declaration: null,
    penaltyWarning: null,
    instalmentPlans: [10, 12],
    paymentDays: [1, 15],
    noticeDays: 10,
    // Bank holidays in England and Wales, 2026 and 2027.
    bankHolidays: [
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ],
    multipleSignaturesMessage: null,
    serviceUser: {
      name: { en: 'Northmoor District Council', cy: 'Cyngor Dosbarth Northmoor' },
      number: '987654',
    },
  },

  /**
   * Cyngor Sir Enghraifft, a Welsh council: references like CT1234567, 12 instalments only (so residents are not
   * asked), four payment days, 14 working days' notice, and its own declaration, penalty warning and words for
   * accounts that need more than one signature.
   */
  enghraifft: {
    accountReference: {
      pattern: '^CT\\d{7}$',
      example: 'CT1234567',
      description: {
        en: 'CT followed by 7 digits, like CT1234567',
        cy: 'CT ac yna 7 digid, fel CT1234567',
      },
    },
    links: {
      contact: 'https://www.enghraifft.example/treth-gyngor/cysylltu',
      privacy: 'https://www.enghraifft.example/treth-gyngor/preifatrwydd',
    },
    declaration: {
      en:
        'Instruction to your bank or building society: please pay Enghraifft County Council Direct Debits from the account detailed in this Instruction subject to the safeguards assured by the Direct Debit Guarantee. I understand that this Instruction may remain with Enghraifft County Council and, if so, details will be passed electronically to my bank or building society.\n\n' +
        'I am the account holder and I can authorise Direct Debits from this account on my own. I will tell the council if my bank details change.',
      cy:
        'Cyfarwyddyd i’ch banc neu gymdeithas adeiladu: talwch y Debydau Uniongyrchol y bydd Cyngor Sir Enghraifft yn gofyn amdanynt o’r cyfrif a nodir yn y Cyfarwyddyd hwn, yn amodol ar y mesurau diogelu a sicrheir gan y Warant Debyd Uniongyrchol. Rwy’n deall y gall Cyngor Sir Enghraifft gadw’r Cyfarwyddyd hwn ac, os felly, y bydd y manylion yn cael eu hanfon yn electronig i’m banc neu gymdeithas adeiladu.\n\n' +
        'Fi yw deiliad y cyfrif a gallaf awdurdodi Debydau Uniongyrchol o’r cyfrif hwn ar fy mhen fy hun. Byddaf yn rhoi gwybod i’r cyngor os bydd manylion fy manc yn newid.',
    },
    penaltyWarning: {
      en: 'You could be prosecuted if you give false information to set up a Direct Debit from an account that is not yours.',
      cy: 'Gallech gael eich erlyn os byddwch yn rhoi gwybodaeth ffug i sefydlu Debyd Uniongyrchol o gyfrif nad yw’n eiddo i chi.',
    },
    instalmentPlans: [12],
    paymentDays: [1, 8, 15, 23],
    noticeDays: 14,
    // Bank holidays in England and Wales from Christmas 2026 to the end of 2028.
    bankHolidays: [
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
      '2028-01-03',
      '2028-04-14',
      '2028-04-17',
      '2028-05-01',
      '2028-05-29',
      '2028-08-28',
      '2028-12-25',
      '2028-12-26',
    ],
    multipleSignaturesMessage: {
      en: 'We need the signature of everyone who must sign for this account.\n\nPhone us on 01632 960 123 and we will post you a Direct Debit form to sign and send back.',
      cy: 'Mae angen llofnod pawb sy’n gorfod llofnodi ar gyfer y cyfrif hwn.\n\nFfoniwch ni ar 01632 960 123 a byddwn yn anfon ffurflen Debyd Uniongyrchol atoch drwy’r post i’w llofnodi a’i hanfon yn ôl.',
    },
    serviceUser: {
      name: { en: 'Enghraifft County Council', cy: 'Cyngor Sir Enghraifft' },
      number: null,
    },
  },
} as const satisfies Record<string, DirectDebitRulesInput>;
