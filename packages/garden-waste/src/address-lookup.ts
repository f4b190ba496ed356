import {
  type AddressLookup as CoreAddressLookup,
  type FoundAddress as CoreFoundAddress,
  exampleAddresses as coreExampleAddresses,
  fixtureAddressLookup as coreFixtureAddressLookup,
} from '@lgds/core';

// These moved to @lgds/core, where every transaction and @lgds/server can share them; they stay here under their
// old names so a council's imports keep working until the next major version.

/**
 * One address a lookup found.
 *
 * @deprecated Import `FoundAddress` from `@lgds/core`. Its shape changed: `uprn` instead of `id`, and `lines`
 * instead of `line1` and `line2`.
 */
export type FoundAddress = CoreFoundAddress;

/**
 * Finds the addresses at a postcode.
 *
 * @deprecated Import `AddressLookup` from `@lgds/core`.
 */
export type AddressLookup = CoreAddressLookup;

/**
 * A lookup over a fixed list of addresses, for docs, previews and tests.
 *
 * @deprecated Import `fixtureAddressLookup` from `@lgds/core`.
 */
export const fixtureAddressLookup: typeof coreFixtureAddressLookup = coreFixtureAddressLookup;

/**
 * Fictional addresses in the fictional councils' areas.
 *
 * @deprecated Import `exampleAddresses` from `@lgds/core`.
 */
export const exampleAddresses: typeof coreExampleAddresses = coreExampleAddresses;
