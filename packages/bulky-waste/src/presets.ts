import type { BulkyWasteRulesInput } from './rules';

/**
 * Three fictional councils whose rules differ on every setting. Start from the one closest to your service and lay
 * your own rules over it: `resolveRules(bulkyWaste, presets.exampleshire, myRules)`.
 */
export const presets = {
  /** Exampleshire Council (England) is open, with the standard words for when it closes, and replies in 10 days. */
  exampleshire: {
    items: { maxLength: 2000 },
    replyWithinDays: 10,
  },

  /**
   * Cyngor Sir Enghraifft, a Welsh council, is open, has its own words for when it closes, takes shorter answers and
   * replies in 5 working days.
   */
  enghraifft: {
    service: {
      closedMessage: {
        en: 'Our online service is closed while we update it. Call 01632 960 123 to tell us instead.',
        cy: 'Mae ein gwasanaeth ar-lein ar gau tra byddwn yn ei ddiweddaru. Ffoniwch 01632 960 123 i ddweud wrthym yn lle hynny.',
      },
    },
    items: { maxLength: 800 },
    replyWithinDays: 5,
  },

  /** Northmoor District Council has closed the service while it moves to a new system, and says so in its own words. */
  northmoor: {
    service: {
      open: false,
      closedMessage: {
        en: 'This service is closed until 1 April while we move to a new system.\n\nFor anything urgent, call 01632 960 456.',
        cy: 'Mae’r gwasanaeth hwn ar gau tan 1 Ebrill tra byddwn yn symud i system newydd.\n\nAr gyfer unrhyw beth brys, ffoniwch 01632 960 456.',
      },
    },
    items: { maxLength: 500 },
    replyWithinDays: 15,
  },
} as const satisfies Record<string, BulkyWasteRulesInput>;
