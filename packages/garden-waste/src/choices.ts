// What a council can offer and a resident can choose. Apart from rules.ts so that a browser page, which needs these
// words but never checks a council's rules, is not sent the rules schema.

/** The containers a council can offer for garden waste. */
export const containerTypes = ['240-litre-bin', '140-litre-bin', 'sacks'] as const;
/** One of the containers a council can offer. */
export type Container = (typeof containerTypes)[number];

/** The property types a resident can choose from. */
export const propertyTypes = ['house', 'bungalow', 'flat', 'maisonette', 'park-home'] as const;
/** A property type. */
export type PropertyType = (typeof propertyTypes)[number];

/** How a resident can pay. */
export const paymentMethods = ['card', 'direct-debit'] as const;
/** A payment method. */
export type PaymentMethod = (typeof paymentMethods)[number];
