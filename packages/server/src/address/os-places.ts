import {
  type AddressLookup,
  AddressLookupError,
  type FoundAddress,
  matchesBuilding,
  normalisePostcode,
} from '@lgds/core';
import { titleCase } from './title-case';

/** How to reach OS Places. */
export interface OsPlacesOptions {
  /** Your OS Data Hub project's API key (from an environment variable such as `OS_PLACES_API_KEY`). */
  apiKey: string;
  /** Where OS Places is. Defaults to `https://api.os.uk/search/places/v1`; a fake's address in tests. */
  baseUrl?: string;
  /** How long a whole lookup may take, every page of results included, before it fails (ms). Defaults to 5 seconds. */
  timeoutMs?: number;
  /** The `fetch` to use; the global one when left out. */
  fetch?: typeof fetch;
}

/** OS Places gives at most 100 results a request; `offset` pages through the rest. */
const PAGE_SIZE = 100;
/**
 * No postcode has anywhere near this many delivery points; it only stops a wrong `totalresults` from sending
 * hundreds of requests. A lookup gives the first 1,000 addresses and no more.
 */
const MOST_ADDRESSES = 1000;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A DPA record: Royal Mail's wording of a delivery point. Fields are absent when empty. */
interface DpaRecord {
  UPRN?: unknown;
  ADDRESS?: unknown;
  ORGANISATION_NAME?: unknown;
  SUB_BUILDING_NAME?: unknown;
  BUILDING_NAME?: unknown;
  BUILDING_NUMBER?: unknown;
  DEPENDENT_THOROUGHFARE_NAME?: unknown;
  THOROUGHFARE_NAME?: unknown;
  DOUBLE_DEPENDENT_LOCALITY?: unknown;
  DEPENDENT_LOCALITY?: unknown;
  POST_TOWN?: unknown;
  POSTCODE?: unknown;
  LANGUAGE?: unknown;
}

/** A found address with what deciding between its English and Welsh records needs. */
interface Worded {
  address: FoundAddress;
  language: string | undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;

// PAF writes a building "name" such as "12A" or "1-3" where the number would be: it goes before the street like one.
const numberLike = /^\d+[A-Z]?(?:\s*-\s*\d+[A-Z]?)?$/i;

/**
 * The lines of an address before its town, as Royal Mail's rules put them: the organisation; the flat and
 * building ("Flat 2, Mill House"); the number with its street ("7 Orchard Lane"); then any locality.
 */
function linesOf(dpa: DpaRecord): string[] {
  const organisation = text(dpa.ORGANISATION_NAME);
  const subBuilding = text(dpa.SUB_BUILDING_NAME);
  const buildingName = text(dpa.BUILDING_NAME);
  const nameIsNumber = buildingName !== undefined && numberLike.test(buildingName);
  const number = text(dpa.BUILDING_NUMBER) ?? (nameIsNumber ? buildingName : undefined);
  const premises = [subBuilding, nameIsNumber ? undefined : buildingName].filter((part) => part !== undefined);
  // A flat numbered like a house ("2A") goes before its building as a number does: "2A Mill House".
  if (premises.length === 2 && subBuilding !== undefined && numberLike.test(subBuilding)) {
    premises.splice(0, 2, `${subBuilding} ${buildingName}`);
  }
  const streets = [text(dpa.DEPENDENT_THOROUGHFARE_NAME), text(dpa.THOROUGHFARE_NAME)].filter((s) => s !== undefined);
  const localities = [text(dpa.DOUBLE_DEPENDENT_LOCALITY), text(dpa.DEPENDENT_LOCALITY)].filter((l) => l !== undefined);
  // The number goes with the first street, or the first locality where there is no street (as in a village).
  const numbered = [...streets, ...localities];
  if (number !== undefined) {
    if (numbered.length > 0) numbered[0] = `${number} ${numbered[0]}`;
    else premises.push(number);
  }
  const lines = [organisation, premises.join(', ') || undefined, ...numbered].filter((line) => line !== undefined);
  if (lines.length > 0) return lines.map(titleCase);
  // No parts at all: the one-line ADDRESS less its last two parts, the town and postcode.
  return (text(dpa.ADDRESS) ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .slice(0, -2)
    .map(titleCase);
}

/** A DPA record as a found address, or undefined when it is not one (no UPRN, town or postcode). */
function foundAddress(dpa: DpaRecord): Worded | undefined {
  const uprn = text(dpa.UPRN);
  const town = text(dpa.POST_TOWN);
  const postcode = text(dpa.POSTCODE);
  if (uprn === undefined || !/^\d{1,12}$/.test(uprn) || town === undefined || postcode === undefined) return undefined;
  return {
    address: {
      uprn,
      lines: linesOf(dpa),
      town: titleCase(town),
      postcode: normalisePostcode(postcode) ?? postcode.toUpperCase(),
    },
    language: text(dpa.LANGUAGE)?.toUpperCase(),
  };
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
const numberedStreet = /^(\d+)\S*\s+(.+)$/;

/** Where an address goes in the list: by street, then number (2 before 10), then flat ("Flat 2" before "Flat 10"). */
function listOrder(a: FoundAddress, b: FoundAddress): number {
  const key = (address: FoundAddress) => {
    const last = address.lines.at(-1) ?? '';
    const match = numberedStreet.exec(last);
    return {
      street: match?.[2] ?? last,
      number: match ? Number(match[1]) : Number.POSITIVE_INFINITY,
      numbered: match ? last : '',
      rest: address.lines.slice(0, -1).join(', '),
    };
  };
  const ka = key(a);
  const kb = key(b);
  return (
    collator.compare(ka.street, kb.street) ||
    (ka.number === kb.number ? 0 : ka.number < kb.number ? -1 : 1) ||
    collator.compare(ka.numbered, kb.numbered) ||
    collator.compare(ka.rest, kb.rest)
  );
}

/** The options' problems, naming each; none when right. The key itself is never repeated. */
function optionProblems(options: OsPlacesOptions): string[] {
  const problems: string[] = [];
  if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') {
    problems.push('apiKey: must be your OS Data Hub API key (keep it in an environment variable)');
  }
  if (options.baseUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(options.baseUrl);
    } catch {
      problems.push('baseUrl: must be a full address like https://api.os.uk/search/places/v1');
    }
    if (url && url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
      problems.push(`baseUrl: must start https:// (http:// only to this machine), got ${url.protocol}//`);
    }
  }
  if (options.timeoutMs !== undefined && !(Number.isInteger(options.timeoutMs) && options.timeoutMs >= 100)) {
    problems.push('timeoutMs: must be a whole number of milliseconds, 100 or more');
  }
  return problems;
}

/** What a refusal means, for staff: never the URL, which carries the key. */
function refusal(status: number): AddressLookupError {
  if (status === 401 || status === 403) {
    return new AddressLookupError(
      `OS Places refused the API key (${status}): check it, and that your OS Data Hub project has the OS Places API`,
      { status },
    );
  }
  if (status === 429) return new AddressLookupError('OS Places is over its rate limit (429)', { status });
  if (status >= 500) return new AddressLookupError(`OS Places failed (${status})`, { status });
  return new AddressLookupError(`OS Places answered ${status}`, { status });
}

const malformed = (what: string) => new AddressLookupError(`OS Places sent an answer that is not one: ${what}`);

/** One page of results, or `'no such postcode'` when OS Places says the postcode is not one it can look up. */
type Page = { total: number; records: DpaRecord[] } | 'no such postcode';

/**
 * Finds addresses with the OS Places API (Ordnance Survey's AddressBase), by postcode: Royal Mail's delivery points
 * (the `DPA` dataset), each with its UPRN, in title case as GOV.UK's address pattern shows them. Plain `fetch`, no
 * dependency.
 *
 * - Every page of results is fetched (100 a request, up to 1,000 addresses), and the list is in street and number
 *   order: "2 Mill Lane" before "10 Mill Lane".
 * - With `locale: 'cy'` it asks for Welsh (`lr=CY`) and gives the Welsh wording of each address that has one, the
 *   English otherwise.
 * - `building` narrows the list to addresses whose organisation, flat, building name or number has those words
 *   ("Flat 2", "Mill House", "12"); none is `[]`.
 * - A postcode that is not a real one, or that OS Places does not know (its `400`), is `[]`: "no addresses found",
 *   with no request for text that is not a postcode at all.
 * - A refused key (`401`, `403`), the rate limit (`429`), OS Places' own faults (`5xx`), a timeout, the network or
 *   an answer that is not OS Places' JSON reject with an `AddressLookupError` whose `status` is OS Places' status.
 *   Its message never holds the key, which travels in the `key` parameter of the URL, so the URL is never in one.
 *
 * @example
 * ```ts
 * import { osPlaces } from '@lgds/server';
 *
 * const lookup = osPlaces({ apiKey: process.env.OS_PLACES_API_KEY ?? '' });
 * const addresses = await lookup.findAddresses('AA1 1AA', { building: '7', locale: 'cy' });
 * ```
 */
export function osPlaces(options: OsPlacesOptions): AddressLookup {
  const problems = optionProblems(options);
  if (problems.length > 0) throw new Error(`The OS Places settings are wrong:\n- ${problems.join('\n- ')}`);
  const base = (options.baseUrl ?? 'https://api.os.uk/search/places/v1').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 5000;
  const { apiKey } = options;

  const fetchPage = async (postcode: string, lr: 'EN' | 'CY', offset: number, signal: AbortSignal): Promise<Page> => {
    const url = new URL(`${base}/postcode`);
    url.searchParams.set('postcode', postcode);
    url.searchParams.set('dataset', 'DPA');
    url.searchParams.set('lr', lr);
    url.searchParams.set('maxresults', String(PAGE_SIZE));
    if (offset > 0) url.searchParams.set('offset', String(offset));
    url.searchParams.set('key', apiKey);
    let response: Response;
    let body: string;
    try {
      response = await (options.fetch ?? fetch)(url, {
        signal,
        redirect: 'error',
        headers: { accept: 'application/json', 'user-agent': '@lgds/server address lookup' },
      });
      body = await response.text();
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new AddressLookupError(`OS Places did not answer within ${timeoutMs} ms`);
      }
      // Only the reason's code (ECONNREFUSED, ENOTFOUND): the error itself may quote the URL, and with it the key.
      const code = (error as { cause?: { code?: unknown } }).cause?.code;
      throw new AddressLookupError(`Could not reach OS Places${typeof code === 'string' ? ` (${code})` : ''}`);
    }
    if (response.status === 400) {
      // OS Places' 400 is its verdict on the postcode ("must contain a minimum of the sector..."): no addresses.
      // Any other 400 would be a request this client got wrong, which must not pass for an empty street.
      const message = (() => {
        try {
          return String((JSON.parse(body) as { error?: { message?: unknown } }).error?.message ?? '');
        } catch {
          return '';
        }
      })();
      if (/postcode/i.test(message)) return 'no such postcode';
      throw refusal(400);
    }
    if (response.status !== 200) throw refusal(response.status);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw malformed('not JSON');
    }
    const header = (json as { header?: { totalresults?: unknown } } | null)?.header;
    const total = header?.totalresults;
    if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) throw malformed('no totalresults');
    // With nothing found OS Places leaves `results` out altogether.
    const results = (json as { results?: unknown }).results ?? [];
    if (!Array.isArray(results)) throw malformed('results is not a list');
    const records = results.map((result: unknown) => {
      const dpa = (result as { DPA?: unknown } | null)?.DPA;
      if (typeof dpa !== 'object' || dpa === null) throw malformed('a result without its DPA record');
      return dpa as DpaRecord;
    });
    return { total, records };
  };

  return {
    async findAddresses(postcode, { building, locale } = {}) {
      const wanted = normalisePostcode(postcode.trim());
      if (wanted === undefined) return [];
      const lr = locale === 'cy' ? 'CY' : 'EN';
      // One deadline for the whole lookup, as the resident waits for all of it; a failed page stops the others.
      const stopped = new AbortController();
      const signal = AbortSignal.any([stopped.signal, AbortSignal.timeout(timeoutMs)]);
      const first = await fetchPage(wanted, lr, 0, signal);
      if (first === 'no such postcode') return [];
      const wanting = Math.min(first.total, MOST_ADDRESSES);
      const offsets: number[] = [];
      for (let offset = first.records.length; first.records.length > 0 && offset < wanting; offset += PAGE_SIZE) {
        offsets.push(offset);
      }
      const rest = await Promise.all(
        offsets.map(async (offset) => {
          const page = await fetchPage(wanted, lr, offset, signal).catch((error: unknown) => {
            stopped.abort();
            throw error;
          });
          // The postcode was found a moment ago: a page refused now would leave addresses out of the list.
          if (page === 'no such postcode') throw refusal(400);
          return page;
        }),
      );
      const records = [first, ...rest].flatMap((page) => page.records);

      // One address a UPRN: in Wales a delivery point can come in English and in Welsh; the resident's language wins.
      const byUprn = new Map<string, Worded>();
      for (const record of records) {
        const found = foundAddress(record);
        if (!found) throw malformed('an address without a UPRN, post town or postcode');
        const parts = [
          record.ORGANISATION_NAME,
          record.SUB_BUILDING_NAME,
          record.BUILDING_NAME,
          record.BUILDING_NUMBER,
        ];
        if (!matchesBuilding(building, parts.map(text))) continue;
        const kept = byUprn.get(found.address.uprn);
        if (!kept || (kept.language !== lr && found.language === lr)) byUprn.set(found.address.uprn, found);
      }
      return [...byUprn.values()].map((found) => found.address).sort(listOrder);
    },
  };
}
