/**
 * Where a journey's pages live for one transaction in one language: what goes before the page's name and the query
 * after it. The server makes it; the browser's enhanced journey gets it as data, so both build identical links.
 */
export interface PageAddress {
  /** Everything before the page's name, such as `/services/cy/garden-waste-new/`. */
  prefix: string;
  /** Query parameters every page carries, such as `[['lang', 'cy']]`. */
  query: readonly (readonly [string, string])[];
}

/** The address of one page; `change` marks a change link from check answers. */
export function pageHref(address: PageAddress, page: string, change = false): string {
  const params = new URLSearchParams(change ? [['change', '1']] : []);
  for (const [name, value] of address.query) params.set(name, value);
  const search = params.toString();
  return `${address.prefix}${encodeURIComponent(page)}${search ? `?${search}` : ''}`;
}
