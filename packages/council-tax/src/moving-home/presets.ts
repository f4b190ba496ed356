import type { MovingHomeRulesInput } from './rules';

/**
 * Two fictional councils whose rules differ on every setting. Start from the one closest to your service and lay
 * your own rules over it: `resolveRules(movingHome, movingHomePresets.exampleshire, myRules)`.
 */
export const movingHomePresets = {
  /**
   * Exampleshire Council, in England, asks every optional question but whether a home is left furnished: a previous
   * address from people moving in, a forwarding address from people moving out, the buyer's solicitor and
   * landlords' details. Dates may be up to 2 years back and 90 days ahead, and bills go out within 10 working days.
   */
  exampleshire: {
    accountReference: {
      pattern: '^5\\d{7}$',
      example: '51234567',
      description: { en: '8 digits starting with 5', cy: '8 digid yn dechrau gyda 5' },
    },
    links: {
      contact: 'https://www.exampleshire.example/council-tax/contact-us',
      privacy: 'https://www.exampleshire.example/council-tax/privacy-notice',
    },
    declaration: null,
    penaltyWarning: null,
    dates: { maxDaysAgo: 730, maxDaysAhead: 90 },
    askPreviousAddress: true,
    askForwardingAddress: true,
    askSolicitor: true,
    askLandlordContact: true,
    askFurnished: false,
    billWithinWorkingDays: 10,
  },

  /**
   * Cyngor Sir Enghraifft, a Welsh council, asks whether a home left behind is furnished (for its empty homes
   * premium) and none of the other optional questions. Dates may be up to 180 days back and 28 days ahead, bills
   * go out within 15 working days, and it has its own declaration and penalty warning in English and Welsh.
   */
  enghraifft: {
    accountReference: {
      pattern: '^9\\d{9}$',
      example: '9123456789',
      description: { en: '10 digits starting with 9', cy: '10 digid yn dechrau gyda 9' },
    },
    links: {
      contact: 'https://www.enghraifft.example/treth-gyngor/cysylltu',
      privacy: 'https://www.enghraifft.example/treth-gyngor/preifatrwydd',
    },
    declaration: {
      en: 'I declare that the information I have given is true and complete. I understand that Cyngor Sir Enghraifft may check it with other organisations to prevent and detect fraud.',
      cy: 'Rwy’n datgan bod yr wybodaeth a roddais yn wir ac yn gyflawn. Rwy’n deall y gall Cyngor Sir Enghraifft ei gwirio gyda sefydliadau eraill er mwyn atal a chanfod twyll.',
    },
    penaltyWarning: {
      en: 'If you give false information you could be fined up to £70, or prosecuted.',
      cy: 'Os byddwch yn rhoi gwybodaeth ffug, gallech gael dirwy o hyd at £70 neu gael eich erlyn.',
    },
    dates: { maxDaysAgo: 180, maxDaysAhead: 28 },
    askPreviousAddress: false,
    askForwardingAddress: false,
    askSolicitor: false,
    askLandlordContact: false,
    askFurnished: true,
    billWithinWorkingDays: 15,
  },
} as const satisfies Record<string, MovingHomeRulesInput>;
