import { AddressLookupError, exampleAddresses } from '@lgds/core';
import { type FakeOsPlaces, manyAddresses, startFakeOsPlaces } from '@lgds/fakes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { osPlaces } from './os-places';
import { titleCase } from './title-case';

let fake: FakeOsPlaces;

beforeEach(async () => {
  fake = await startFakeOsPlaces();
});

afterEach(async () => {
  // Every request the client made is one the spec allows, whatever the test was about.
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

const lookup = (timeoutMs?: number) =>
  osPlaces({ apiKey: fake.apiKey, baseUrl: fake.baseUrl, ...(timeoutMs !== undefined && { timeoutMs }) });

/** The lookup's failure, which must be an AddressLookupError that never shows the key. */
async function failure(promise: Promise<unknown>): Promise<AddressLookupError> {
  const error = await promise.then(
    () => {
      throw new Error('the lookup found addresses instead of failing');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AddressLookupError);
  const shown = `${String(error)} ${(error as Error).stack ?? ''} ${JSON.stringify(error)}`;
  expect(shown).not.toContain(fake.apiKey);
  expect(shown).not.toContain('key=');
  return error as AddressLookupError;
}

describe('osPlaces', () => {
  it('lists the addresses at a postcode as GOV.UK shows them, in title case with their UPRNs, in order', async () => {
    const found = await lookup().findAddresses('aa1 1aa');
    // The same addresses as the fixture lookup's, so previews and the live service show the same list.
    expect(found).toEqual(exampleAddresses.filter((address) => address.postcode === 'AA1 1AA'));
    expect(found.map((address) => address.lines.join(', '))).toEqual([
      '1 Orchard Lane',
      '3 Orchard Lane',
      '5 Orchard Lane',
      'Flat 1, Orchard Court, 7 Orchard Lane',
      'Flat 2A, Orchard Court, 7 Orchard Lane',
      'Northmoor Village Stores, 9 Orchard Lane',
      'The Old Forge, Orchard Lane',
    ]);
    expect(fake.requests).toEqual([
      {
        path: '/search/places/v1/postcode',
        params: { postcode: 'AA1 1AA', dataset: 'DPA', lr: 'EN', maxresults: '100' },
        status: 200,
      },
    ]);
  });

  it('fetches every page of a postcode with hundreds of addresses, and lists them by number', async () => {
    fake.addresses.push(...manyAddresses('AA4 4DD', 250));
    const found = await lookup().findAddresses('AA4 4DD');
    expect(found).toHaveLength(250);
    expect(new Set(found.map((address) => address.uprn)).size).toBe(250);
    expect(fake.requests.map((request) => request.params.offset ?? '0')).toEqual(['0', '100', '200']);
    expect(found.slice(0, 4).map((address) => address.lines.join(', '))).toEqual([
      '1 Long Road',
      '2 Long Road',
      '3 Long Road',
      '4 Long Road',
    ]);
    expect(found.at(-1)).toEqual({
      uprn: '200000000250',
      lines: ['Flat 250, Long Road Mansions', 'Long Road'],
      town: 'Exampleton',
      postcode: 'AA4 4DD',
    });
  });

  it('finds no addresses at a postcode OS Places has none at', async () => {
    expect(await lookup().findAddresses('AA9 9ZZ')).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('finds no addresses for text that is not a postcode, without asking OS Places', async () => {
    expect(await lookup().findAddresses('not a postcode')).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it('narrows the list to the building the resident named, and finds nothing for a building not there', async () => {
    const at = (building: string) =>
      lookup()
        .findAddresses('AA1 1AA', { building })
        .then((found) => found.map((address) => address.lines.join(', ')));
    expect(await at('orchard court')).toEqual([
      'Flat 1, Orchard Court, 7 Orchard Lane',
      'Flat 2A, Orchard Court, 7 Orchard Lane',
    ]);
    expect(await at('7')).toEqual(['Flat 1, Orchard Court, 7 Orchard Lane', 'Flat 2A, Orchard Court, 7 Orchard Lane']);
    expect(await at('flat 2a')).toEqual(['Flat 2A, Orchard Court, 7 Orchard Lane']);
    expect(await at('Village Stores')).toEqual(['Northmoor Village Stores, 9 Orchard Lane']);
    expect(await at('3')).toEqual(['3 Orchard Lane']);
    expect(await at('Mill House')).toEqual([]);
  });

  it('gives a Welsh resident the Welsh wording of an address in Wales, once, and English residents the English', async () => {
    const welsh = await lookup().findAddresses('AA3 3CC', { locale: 'cy' });
    expect(welsh).toEqual(exampleAddresses.filter((address) => address.postcode === 'AA3 3CC'));
    expect(welsh).toEqual([
      { uprn: '100000000004', lines: ['Bryn Teg', 'Heol y Castell'], town: 'Llanenghraifft', postcode: 'AA3 3CC' },
    ]);
    expect(await lookup().findAddresses('AA3 3CC', { locale: 'en' })).toEqual([
      { uprn: '100000000004', lines: ['Bryn Teg', 'Castle Street'], town: 'Llanenghraifft', postcode: 'AA3 3CC' },
    ]);
    // Addresses with no Welsh record are still found in Welsh.
    expect(await lookup().findAddresses('AA2 2BB', { locale: 'cy' })).toEqual([
      { uprn: '100000000003', lines: ['Flat 2, Mill House', 'River Street'], town: 'Exampleton', postcode: 'AA2 2BB' },
    ]);
    expect(fake.requests.map((request) => request.params.lr)).toEqual(['CY', 'EN', 'CY']);
  });

  it('writes organisations, apostrophes, hyphens and Welsh names as GOV.UK would, and keeps the postcode in capitals', async () => {
    fake.addresses.push({
      UPRN: '300000000001',
      ORGANISATION_NAME: "ST. JOHN'S SURGERY",
      SUB_BUILDING_NAME: 'UNIT 2B',
      BUILDING_NAME: "MCADAM'S YARD",
      DEPENDENT_THOROUGHFARE_NAME: "BISHOP'S WALK",
      THOROUGHFARE_NAME: 'HIGH STREET',
      DEPENDENT_LOCALITY: 'SHOTTERY',
      POST_TOWN: 'STRATFORD-UPON-AVON',
      POSTCODE: 'AA5 5EE',
    });
    expect(await lookup().findAddresses('aa55ee')).toEqual([
      {
        uprn: '300000000001',
        lines: ["St. John's Surgery", "Unit 2B, McAdam's Yard", "Bishop's Walk", 'High Street', 'Shottery'],
        town: 'Stratford-upon-Avon',
        postcode: 'AA5 5EE',
      },
    ]);
    fake.addresses.push({
      UPRN: '300000000002',
      SUB_BUILDING_NAME: '2A',
      BUILDING_NAME: 'MILL HOUSE',
      THOROUGHFARE_NAME: 'RIVER STREET',
      POST_TOWN: 'EXAMPLETON',
      POSTCODE: 'AA5 5EF',
    });
    expect((await lookup().findAddresses('AA5 5EF'))[0]?.lines).toEqual(['2A Mill House', 'River Street']);
    expect(titleCase('BETWS-Y-COED')).toBe('Betws-y-Coed');
    expect(titleCase("TŶ'R YSGOL, FLAT A")).toBe("Tŷ'r Ysgol, Flat A");
    expect(titleCase("O'NEILL HOUSE, 12-14")).toBe("O'Neill House, 12-14");
  });

  it('finds no addresses when OS Places says the postcode is not one it can look up (400)', async () => {
    fake.failNext(400);
    expect(await lookup().findAddresses('AA1 1AA')).toEqual([]);
  });

  it('fails, telling staff to check the key, when OS Places refuses it (401), never showing the key', async () => {
    const wrongKey = osPlaces({ apiKey: 'not-the-key-0123456789', baseUrl: fake.baseUrl });
    const error = await failure(wrongKey.findAddresses('AA1 1AA'));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/refused the API key/);
    expect(error.message).not.toContain('not-the-key');
  });

  it('fails when OS Places is over its rate limit (429) or failing (503), so the resident can type the address', async () => {
    fake.failNext(429);
    const limited = await failure(lookup().findAddresses('AA1 1AA'));
    expect(limited.status).toBe(429);
    expect(limited.message).toMatch(/rate limit/);
    fake.failNext(503);
    expect((await failure(lookup().findAddresses('AA1 1AA'))).status).toBe(503);
  });

  it('fails when a later page fails, rather than give a list with addresses missing', async () => {
    fake.addresses.push(...manyAddresses('AA4 4DD', 150));
    fake.failNext(503, { after: 1 });
    expect((await failure(lookup().findAddresses('AA4 4DD'))).status).toBe(503);
    expect(fake.requests.map((request) => [request.params.offset ?? '0', request.status])).toEqual([
      ['0', 200],
      ['100', 503],
    ]);
  });

  it('fails when OS Places does not answer in time, and lets the request go', async () => {
    fake.hangNext();
    const started = Date.now();
    const error = await failure(lookup(300).findAddresses('AA1 1AA'));
    expect(error.message).toBe('OS Places did not answer within 300 ms');
    expect(error.status).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3000);
    await expect.poll(() => fake.abandoned).toBe(1);
  });

  it('fails when OS Places answers with something that is not its JSON', async () => {
    fake.respondNext(200, '<html>Gateway</html>');
    expect((await failure(lookup().findAddresses('AA1 1AA'))).message).toMatch(/not JSON/);
    fake.respondNext(200, JSON.stringify({ results: [] }));
    expect((await failure(lookup().findAddresses('AA1 1AA'))).message).toMatch(/totalresults/);
    fake.respondNext(200, JSON.stringify({ header: { totalresults: 1 }, results: [{ DPA: { UPRN: 'abc' } }] }));
    expect((await failure(lookup().findAddresses('AA1 1AA'))).message).toMatch(/without a UPRN/);
  });

  it('fails when OS Places cannot be reached at all', async () => {
    const baseUrl = fake.baseUrl;
    await fake.stop();
    const error = await failure(osPlaces({ apiKey: fake.apiKey, baseUrl }).findAddresses('AA1 1AA'));
    expect(error.message).toMatch(/^Could not reach OS Places/);
    fake = await startFakeOsPlaces();
  });

  it('has a fake that notices a request the spec does not allow (so an empty violations list means something)', async () => {
    const ask = (query: string) => fetch(`${fake.baseUrl}/postcode?${query}`).then((response) => response.status);
    expect(await ask('postcode=AA1%201AA')).toBe(401);
    expect(await ask(`postcode=AA1%201AA&key=${fake.apiKey}&maxresults=500`)).toBe(400);
    expect(await ask(`postcode=AA1%201AA&key=${fake.apiKey}&colour=blue&lr=FR`)).toBe(400);
    expect(fake.violations).toEqual([
      'no key: the spec puts the API key in the key parameter',
      'maxresults=500 is not a value the spec allows',
      'the postcode search has no parameter colour',
      'lr=FR is not a value the spec allows',
    ]);
    fake.violations.length = 0;
  });

  it('refuses settings that cannot work, without repeating the key', () => {
    expect(() => osPlaces({ apiKey: '' })).toThrow(/apiKey: must be your OS Data Hub API key/);
    expect(() => osPlaces({ apiKey: 'secret-key', baseUrl: 'http://api.example.com', timeoutMs: 5 })).toThrow(
      /baseUrl: must start https:\/\/[\s\S]*timeoutMs/,
    );
  });
});
