import type { Message } from './types';

// The words of GOV.UK's find an address pattern (`withAddressLookup`). Kept out of the engine's own catalogues so a
// journey that asks for no address (garden waste's pages) is not sent them: a journey that finds addresses adds the
// language's catalogue to its own words, as the council tax journeys do.

/**
 * The find an address pages' words in English: the postcode page (`addressLookup.find.*`), the list to choose from
 * (`addressLookup.choose.*`) and what the address page says when nothing was found or the lookup is not working
 * (`addressLookup.manual.*`). A journey's own `<id>Find.…` and `<id>Choose.…` keys win over them.
 */
export const englishAddressWords = {
  'addressLookup.find.title': 'Find the address',
  'addressLookup.find.postcode.label': 'Postcode',
  'addressLookup.find.postcode.name': 'a postcode',
  'addressLookup.find.building.label': 'Building name or number (optional)',
  'addressLookup.find.building.hint': 'For example, 15 or Rose Cottage',
  'addressLookup.find.building.name': 'the building name or number',
  'addressLookup.choose.title': 'Select an address',
  'addressLookup.choose.uprn.label': 'Select an address',
  'addressLookup.choose.uprn.name': 'an address',
  'addressLookup.choose.uprn.placeholder': { one: '1 address found', other: '{count} addresses found' },
  'addressLookup.choose.uprn.options.none': 'I cannot find the address in the list',
  'addressLookup.choose.postcode': 'Postcode: {postcode}',
  'addressLookup.choose.change': 'Change postcode',
  'addressLookup.manual.none': 'No address found for {postcode}. Enter the address below, or search again.',
  'addressLookup.manual.searchAgain': 'Search again',
  'addressLookup.manual.failed': 'We cannot find addresses at the moment. Enter the address below.',
} as const;

/** A key of the find an address pages' words. */
export type AddressWordKey = keyof typeof englishAddressWords;

/**
 * The find an address pages' words in Welsh, with exactly the English keys. Numbers after "cyfeiriad" would mutate it
 * (dau gyfeiriad, tri chyfeiriad), so the count of addresses found comes after a colon.
 */
export const welshAddressWords: Readonly<Record<AddressWordKey, Message>> = {
  'addressLookup.find.title': 'Dod o hyd i’r cyfeiriad',
  'addressLookup.find.postcode.label': 'Cod post',
  'addressLookup.find.postcode.name': 'god post',
  'addressLookup.find.building.label': 'Enw neu rif yr adeilad (dewisol)',
  'addressLookup.find.building.hint': 'Er enghraifft, 15 neu Bwthyn y Rhosyn',
  'addressLookup.find.building.name': 'enw neu rif yr adeilad',
  'addressLookup.choose.title': 'Dewiswch gyfeiriad',
  'addressLookup.choose.uprn.label': 'Dewiswch gyfeiriad',
  'addressLookup.choose.uprn.name': 'gyfeiriad',
  'addressLookup.choose.uprn.placeholder': {
    one: '1 cyfeiriad wedi’i ganfod',
    other: 'Cyfeiriadau wedi’u canfod: {count}',
  },
  'addressLookup.choose.uprn.options.none': 'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
  'addressLookup.choose.postcode': 'Cod post: {postcode}',
  'addressLookup.choose.change': 'Newid y cod post',
  'addressLookup.manual.none':
    'Dim cyfeiriad wedi’i ganfod ar gyfer {postcode}. Rhowch y cyfeiriad isod, neu chwiliwch eto.',
  'addressLookup.manual.searchAgain': 'Chwilio eto',
  'addressLookup.manual.failed': 'Ni allwn ddod o hyd i gyfeiriadau ar hyn o bryd. Rhowch y cyfeiriad isod.',
};
