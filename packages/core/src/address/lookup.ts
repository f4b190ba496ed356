import type { Locale } from '../messages/types';
import { normalisePostcode } from '../postcode';

/** One address a lookup found. */
export interface FoundAddress {
  /** The Unique Property Reference Number (UPRN): what councils key everything on. */
  uprn: string;
  /** The address lines before the town, in title case as GOV.UK shows them ("Flat 2, Mill House", "River Street"). */
  lines: string[];
  /** The post town, in title case ("Exampleton"). */
  town: string;
  /** The postcode as Royal Mail writes it ("AA1 1AA"). */
  postcode: string;
}

/** What narrows or words a lookup. */
export interface AddressLookupOptions {
  /** A building name or number to narrow the list ("12", "Mill House", "Flat 2A"). */
  building?: string;
  /** The resident's language: Welsh addresses where the provider has them. */
  locale?: Locale;
}

/**
 * Finds the addresses at a postcode. Councils plug in their provider (OS Places from `@lgds/server`, their own
 * gazetteer); `fixtureAddressLookup` serves docs, previews and tests.
 *
 * `findAddresses` resolves to `[]` when there are no addresses at the postcode (or none in that building), so the
 * resident is told so and can enter the address themselves; it rejects with an `AddressLookupError` when the lookup
 * itself is not working, so the journey can say that instead and still let them go on.
 */
export interface AddressLookup {
  /** The addresses at `postcode` (written any way a resident types it), in the order to list them. */
  findAddresses(postcode: string, options?: AddressLookupOptions): Promise<FoundAddress[]>;
}

/**
 * Why a lookup could not answer: the provider refused the key, was over its limit, failed, was too slow or sent
 * something that was not an answer. The message is for staff and logs; it never holds an API key or what the
 * resident typed beyond the postcode.
 */
export class AddressLookupError extends Error {
  /** The provider's HTTP status, when it answered with one (401, 429, 503); undefined for timeouts and network errors. */
  readonly status: number | undefined;

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AddressLookupError';
    this.status = options.status;
  }
}

/** The words of a text, lower case, so "Flat 2A" is `['flat', '2a']` and "MILL-HOUSE" is `['mill', 'house']`. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Whether `building` names a building in one of `texts`: its words appear together, whole, in one of them. Whole
 * words, so "2" finds "Flat 2" and "2 River Street" but not "12" or "Flat 2A"; case and punctuation do not count.
 * No building (or only spaces) matches everything.
 */
export function matchesBuilding(building: string | undefined, texts: readonly (string | undefined)[]): boolean {
  const wanted = words(building ?? '');
  if (wanted.length === 0) return true;
  return texts.some((text) => {
    const found = words(text ?? '');
    for (let start = 0; start + wanted.length <= found.length; start++) {
      if (wanted.every((word, offset) => found[start + offset] === word)) return true;
    }
    return false;
  });
}

/**
 * A lookup over a fixed list of addresses, for docs, previews and tests: the addresses whose postcode is the one
 * asked for (both normalised, so `aa11aa` finds `AA1 1AA`), narrowed by `building` to those with it in their
 * lines. It has one wording of each address, so `locale` changes nothing.
 */
export function fixtureAddressLookup(addresses: readonly FoundAddress[]): AddressLookup {
  return {
    findAddresses: async (postcode, options = {}) => {
      const wanted = normalisePostcode(postcode.trim());
      if (wanted === undefined) return [];
      return addresses
        .filter((candidate) => normalisePostcode(candidate.postcode) === wanted)
        .filter((candidate) => matchesBuilding(options.building, candidate.lines))
        .map((candidate) => ({ ...candidate, lines: [...candidate.lines] }));
    },
  };
}

/**
 * Fictional addresses in the fictional councils' areas (the AA postcode area is not one Royal Mail uses): seven at
 * AA1 1AA in Northmoor (houses, flats in a named building, a shop, a house with a name only), a flat at AA2 2BB in
 * Exampleton, and a house in Wales at AA3 3CC, written in Welsh.
 */
export const exampleAddresses: readonly FoundAddress[] = [
  { uprn: '100000000001', lines: ['1 Orchard Lane'], town: 'Northmoor', postcode: 'AA1 1AA' },
  { uprn: '100000000002', lines: ['3 Orchard Lane'], town: 'Northmoor', postcode: 'AA1 1AA' },
  { uprn: '100000000005', lines: ['5 Orchard Lane'], town: 'Northmoor', postcode: 'AA1 1AA' },
  { uprn: '100000000006', lines: ['Flat 1, Orchard Court', '7 Orchard Lane'], town: 'Northmoor', postcode: 'AA1 1AA' },
  { uprn: '100000000007', lines: ['Flat 2A, Orchard Court', '7 Orchard Lane'], town: 'Northmoor', postcode: 'AA1 1AA' },
  {
    uprn: '100000000008',
    lines: ['Northmoor Village Stores', '9 Orchard Lane'],
    town: 'Northmoor',
    postcode: 'AA1 1AA',
  },
  { uprn: '100000000009', lines: ['The Old Forge', 'Orchard Lane'], town: 'Northmoor', postcode: 'AA1 1AA' },
  { uprn: '100000000003', lines: ['Flat 2, Mill House', 'River Street'], town: 'Exampleton', postcode: 'AA2 2BB' },
  { uprn: '100000000004', lines: ['Bryn Teg', 'Heol y Castell'], town: 'Llanenghraifft', postcode: 'AA3 3CC' },
];
