import { describe, expect, it } from 'vitest';
import { exampleAddresses, fixtureAddressLookup, matchesBuilding } from './lookup';

describe('fixtureAddressLookup', () => {
  const lookup = fixtureAddressLookup(exampleAddresses);

  it('finds every address at a postcode however the resident typed it, enough for a list', async () => {
    const found = await lookup.findAddresses(' aa11aa ');
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(found.every((address) => address.postcode === 'AA1 1AA' && /^\d+$/.test(address.uprn))).toBe(true);
  });

  it('finds nothing at a postcode with no addresses, or at text that is not a postcode', async () => {
    expect(await lookup.findAddresses('AA9 9ZZ')).toEqual([]);
    expect(await lookup.findAddresses('not a postcode')).toEqual([]);
  });

  it('narrows to the building the resident named, by whole words and in any case', async () => {
    expect((await lookup.findAddresses('AA1 1AA', { building: 'orchard court' })).map((a) => a.lines[0])).toEqual([
      'Flat 1, Orchard Court',
      'Flat 2A, Orchard Court',
    ]);
    expect((await lookup.findAddresses('AA1 1AA', { building: '3' })).map((a) => a.lines)).toEqual([
      ['3 Orchard Lane'],
    ]);
    expect(await lookup.findAddresses('AA1 1AA', { building: 'Mill House' })).toEqual([]);
  });

  it('has a Welsh address', async () => {
    expect(await lookup.findAddresses('AA3 3CC', { locale: 'cy' })).toEqual([
      { uprn: '100000000004', lines: ['Bryn Teg', 'Heol y Castell'], town: 'Llanenghraifft', postcode: 'AA3 3CC' },
    ]);
  });
});

describe('matchesBuilding', () => {
  it('matches whole words only, so 2 is not 12 or 2A', () => {
    expect(matchesBuilding('2', ['Flat 2', '12 High Street'])).toBe(true);
    expect(matchesBuilding('2', ['12 High Street', 'Flat 2A'])).toBe(false);
    expect(matchesBuilding('flat 2a', ['FLAT 2A'])).toBe(true);
    expect(matchesBuilding('  ', ['anything'])).toBe(true);
  });
});
