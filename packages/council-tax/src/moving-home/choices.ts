// What a resident can answer about their move, and what the payload tells the back office to do. Apart from rules.ts,
// which builds the rules schema with zod, so that a browser page (which offers these answers and works the payload's
// facts out, but never checks a council's rules) is not sent zod.

/** Which way a resident is moving: into the council's area, out of it, or from one address in it to another. */
export const directions = ['into', 'out-of', 'within'] as const;
/** One of the ways a resident can move. */
export type Direction = (typeof directions)[number];

/**
 * What the resident was at the home they are leaving (in the area), and what becomes of it: an owner who has sold,
 * an owner who becomes a landlord by letting it, an owner who leaves it empty, or a tenant.
 */
export const oldHomeTenures = ['sold', 'letting', 'empty', 'tenant'] as const;
/** One of the answers about the home being left. */
export type OldHomeTenure = (typeof oldHomeTenures)[number];

/** Whether the resident owns (or is buying) or rents the home they are moving to in the area. */
export const newHomeTenures = ['owner', 'tenant'] as const;
/** One of the answers about the new home. */
export type NewHomeTenure = (typeof newHomeTenures)[number];

/** What the back office should do with the resident's council tax account. */
export const accountChanges = ['open', 'close', 'update'] as const;

/** Who becomes responsible for council tax at the home the resident is leaving. */
export const nextResponsible = ['buyer', 'tenants', 'owner', 'landlord'] as const;
