import { normalisePostcode } from '@lgds/core';

/** One address a lookup found. */
export interface FoundAddress {
  /** The provider's id for the address, such as a UPRN. */
  id: string;
  line1: string;
  line2?: string;
  town: string;
  postcode: string;
}

/**
 * Finds the addresses at a postcode. Councils plug in their own provider (OS Places, their gazetteer); the
 * fixture below serves docs and tests. It returns an empty list when it finds nothing, and rejects when the
 * provider fails, so the journey can fall back to the manual address page.
 */
export interface AddressLookup {
  findAddresses(postcode: string): Promise<FoundAddress[]>;
}

/** A lookup over a fixed list of addresses, for docs, previews and tests. */
export function fixtureAddressLookup(addresses: readonly FoundAddress[]): AddressLookup {
  return {
    findAddresses: async (postcode) => {
      const wanted = normalisePostcode(postcode);
      return addresses.filter((candidate) => normalisePostcode(candidate.postcode) === wanted);
    },
  };
}

/** Fictional addresses in the fictional councils' areas (the AA postcode area is not used by Royal Mail). */
export const exampleAddresses: readonly FoundAddress[] = [
  { id: '100000000001', line1: '1 Orchard Lane', town: 'Northmoor', postcode: 'AA1 1AA' },
  { id: '100000000002', line1: '3 Orchard Lane', town: 'Northmoor', postcode: 'AA1 1AA' },
  { id: '100000000003', line1: 'Flat 2, Mill House', line2: 'River Street', town: 'Exampleton', postcode: 'AA2 2BB' },
  { id: '100000000004', line1: 'Bryn Teg', line2: 'Heol y Castell', town: 'Llanenghraifft', postcode: 'AA3 3CC' },
];
