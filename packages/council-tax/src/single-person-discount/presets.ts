import type { SinglePersonDiscountRulesInput } from './rules';

/**
 * Three fictional councils whose rules, between them, use every setting: Cyngor Sir Enghraifft and Northmoor differ
 * on every one. Start from the one closest to your service and lay your own rules over it:
 * `resolveRules(singlePersonDiscount, singlePersonDiscountPresets.exampleshire, myRules)`.
 */
export const singlePersonDiscountPresets = {
  /**
   * Exampleshire Council (England): account numbers are 8 digits starting with 5, claims go back 12 months and not
   * ahead, and residents are asked if they can send evidence such as a tenancy agreement: up to 2 PDFs or JPGs of
   * 5MB each, uploaded with the claim.
   */
  exampleshire: {
    accountReference: {
      pattern: '^5\\d{7}$',
      example: '51234567',
      description: { en: '8 digits starting with 5', cy: '8 digid sy’n dechrau gyda 5' },
    },
    links: {
      contact: 'https://www.exampleshire.example/council-tax/contact-us',
      privacy: 'https://www.exampleshire.example/council-tax/privacy-notice',
    },
    discountPercent: 25,
    claimDaysBack: 365,
    claimDaysAhead: 0,
    evidence: {
      requested: true,
      description: {
        en: 'For example, a tenancy agreement, mortgage statement or utility bill in your name only.',
        cy: 'Er enghraifft, cytundeb tenantiaeth, datganiad morgais neu fil cyfleustodau yn eich enw chi yn unig.',
      },
      upload: { maxFiles: 2, maxFileSizeMegabytes: 5, fileTypes: ['pdf', 'jpg'] },
    },
  },

  /**
   * Cyngor Sir Enghraifft (Wales): account numbers are the letter A and 9 digits, claims go back 3 months and up to
   * 28 days ahead, no evidence is asked for, and the council has its own declaration and penalty warning.
   */
  enghraifft: {
    accountReference: {
      pattern: '^A\\d{9}$',
      example: 'A123456789',
      description: { en: 'A followed by 9 digits, like A123456789', cy: 'A ac yna 9 digid, fel A123456789' },
    },
    links: {
      contact: 'https://www.enghraifft.example/treth-gyngor/cysylltu',
      privacy: 'https://www.enghraifft.example/treth-gyngor/preifatrwydd',
    },
    declaration: {
      en: 'I declare that I am the only adult living at this address and that the information I have given is true.',
      cy: 'Rwy’n datgan mai fi yw’r unig oedolyn sy’n byw yn y cyfeiriad hwn a bod yr wybodaeth a roddais yn wir.',
    },
    penaltyWarning: {
      en: 'If you give false information, we may cancel your discount, charge you a penalty and take legal action.',
      cy: 'Os byddwch yn rhoi gwybodaeth ffug, gallwn ganslo eich gostyngiad, codi cosb arnoch a chymryd camau cyfreithiol.',
    },
    discountPercent: 25,
    claimDaysBack: 91,
    claimDaysAhead: 28,
    evidence: { requested: false },
  },

  /**
   * Northmoor District Council: account numbers are 9 digits, claims go back 2 years and up to 14 days ahead, and
   * it asks for evidence in its own words, taking up to 4 PDFs of 15MB each. For a fictional pilot it adds a reduction of its own to the 25% the law
   * sets, so residents living alone get 30% off.
   */
  northmoor: {
    accountReference: {
      pattern: '^\\d{9}$',
      example: '123456789',
      description: { en: '9 digits', cy: '9 digid' },
    },
    links: {
      contact: 'https://www.northmoor.example/contact/council-tax',
      privacy: 'https://www.northmoor.example/privacy/council-tax',
    },
    declaration: {
      en: 'I confirm that no other adult lives at the property, and I will tell the council within 21 days if that changes.',
      cy: 'Rwy’n cadarnhau nad oes oedolyn arall yn byw yn yr eiddo, a byddaf yn rhoi gwybod i’r cyngor cyn pen 21 diwrnod os bydd hynny’n newid.',
    },
    penaltyWarning: {
      en: 'Northmoor checks single person discounts against other records. A false claim can lead to a £70 penalty and prosecution.',
      cy: 'Mae Northmoor yn gwirio gostyngiadau person sengl yn erbyn cofnodion eraill. Gall hawliad ffug arwain at gosb o £70 ac erlyniad.',
    },
    discountPercent: 30,
    claimDaysBack: 730,
    claimDaysAhead: 14,
    evidence: {
      requested: true,
      description: {
        en: 'For example, your tenancy agreement, or a letter from the other adult’s new landlord or council.',
        cy: 'Er enghraifft, eich cytundeb tenantiaeth, neu lythyr gan landlord neu gyngor newydd yr oedolyn arall.',
      },
      upload: { maxFiles: 4, maxFileSizeMegabytes: 15, fileTypes: ['pdf'] },
    },
  },
} as const satisfies Record<string, SinglePersonDiscountRulesInput>;
