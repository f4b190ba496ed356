/** Where a page of the journey lives, for back links, change links and forms posted without JavaScript. */
export type PageHref = (position: string, options?: { change?: boolean }) => string;

/** The default: the same page with `?step=<id>` (and `&change=1` from a change link). */
export const defaultPageHref: PageHref = (position, options) =>
  `?step=${encodeURIComponent(position)}${options?.change ? '&change=1' : ''}`;
