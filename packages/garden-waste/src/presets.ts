import type { GardenWasteRulesInput } from './rules';

/**
 * Three fictional councils whose rules, between them, use every setting. Start from the one closest to your
 * service and lay your own rules over it: `resolveRules(gardenWasteNew, presets.exampleshire, myRules)`.
 */
export const presets = {
  /** Northmoor District Council collects garden waste free, in one 240 litre bin a household, except from flats. */
  northmoor: {
    charging: { model: 'free' },
    containers: { offered: ['240-litre-bin'], maxBins: 1 },
    period: { type: 'rolling' },
    eligibility: {
      propertyTypesNotServed: ['flat', 'maisonette'],
      notServedMessage: {
        en: 'We do not collect garden waste from flats or maisonettes.\n\nYour managing agent looks after communal gardens.',
        cy: 'Nid ydym yn casglu gwastraff gardd o fflatiau na maisonetau.\n\nMae eich asiant rheoli yn gofalu am erddi cymunedol.',
      },
    },
    links: {
      contact: 'https://www.northmoor.example/contact',
      terms: 'https://www.northmoor.example/garden-waste/terms',
    },
  },

  /**
   * Exampleshire Council charges £55 for the first bin and £35 for each more, delivers new bins for £15, gives
   * half price to residents on Pension Credit or Council Tax Reduction, and takes £5 off for Direct Debit (its
   * residents give a mandate in its own name, and are offered card instead when their account needs two signatures).
   */
  exampleshire: {
    charging: {
      model: 'charged',
      firstBin: 5500,
      additionalBin: 3500,
      renewal: { firstBin: 5000, additionalBin: 3500 },
      deliveryFee: 1500,
    },
    containers: { offered: ['240-litre-bin', '140-litre-bin'], maxBins: 3 },
    concessions: [
      {
        id: 'pension-credit',
        label: { en: 'Pension Credit', cy: 'Credyd Pensiwn' },
        discountPercent: 50,
        evidence: {
          en: 'We will check this with the Department for Work and Pensions.',
          cy: 'Byddwn yn gwirio hyn gyda’r Adran Gwaith a Phensiynau.',
        },
      },
      {
        id: 'council-tax-reduction',
        label: { en: 'Council Tax Reduction', cy: 'Gostyngiad Treth Gyngor' },
        discountPercent: 50,
        evidence: {
          en: 'We will check this against your council tax account.',
          cy: 'Byddwn yn gwirio hyn yn erbyn eich cyfrif treth gyngor.',
        },
      },
    ],
    payment: {
      methods: ['card', 'direct-debit'],
      directDebitDiscount: 500,
      directDebit: {
        serviceUserName: { en: 'Exampleshire Council', cy: 'Cyngor Exampleshire' },
        serviceUserNumber: '234567',
        noticeDays: 10,
        multipleSignaturesMessage: {
          en: 'We can only set up a Direct Debit online when one person can authorise it.\n\nYou can pay by debit or credit card instead: go back and choose card.',
          cy: 'Dim ond pan fydd un person yn gallu ei awdurdodi y gallwn sefydlu Debyd Uniongyrchol ar-lein.\n\nGallwch dalu gyda cherdyn debyd neu gredyd yn lle hynny: ewch yn ôl a dewiswch gerdyn.',
        },
      },
    },
    period: { type: 'rolling', renewalWindowDays: 28, lapsedAsNewAfterDays: 60 },
    startLeadDays: { existingBins: 3, needsDelivery: 10 },
    eligibility: { propertyTypesNotServed: ['flat'] },
    links: {
      contact: 'https://www.exampleshire.example/contact-us',
      terms: 'https://www.exampleshire.example/bins/garden-waste-terms',
    },
  },

  /**
   * Cyngor Sir Enghraifft, a Welsh council, offers bins or sacks on a year from 1 April, charges part of the year to
   * residents who join late (by the month), and has announced its prices for 2027 to 2028.
   */
  enghraifft: {
    charging: {
      model: 'charged',
      firstBin: 4200,
      additionalBin: 4200,
      sacks: { pricePerRoll: 1800, sacksPerRoll: 10 },
      priceChanges: [
        { from: '2027-04-01', firstBin: 4600, additionalBin: 4600, sacks: { pricePerRoll: 2000, sacksPerRoll: 10 } },
      ],
    },
    containers: { offered: ['240-litre-bin', 'sacks'], maxBins: 2, maxRolls: 3 },
    payment: { methods: ['card'] },
    period: { type: 'fixed', startsOn: '04-01', proRata: 'monthly', renewalWindowDays: 42 },
    startLeadDays: { existingBins: 7, needsDelivery: 21 },
    service: {
      closedMessage: {
        en: 'Subscriptions for this year have closed. They open again on 1 March.',
        cy: 'Mae tanysgrifiadau ar gyfer eleni wedi cau. Byddant yn agor eto ar 1 Mawrth.',
      },
    },
    links: {
      contact: 'https://www.enghraifft.example/cysylltu',
      terms: 'https://www.enghraifft.example/gwastraff-gardd/telerau',
    },
  },
} as const satisfies Record<string, GardenWasteRulesInput>;
