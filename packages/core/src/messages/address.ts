import type { Message } from './types';

// The words of GOV.UK's find an address pattern (`withAddressLookup`). Kept out of the engine's own catalogues so a
// journey that asks for no address (garden waste's pages) is not sent them: a journey that finds addresses adds the
// language's catalogue to its own words, as the council tax journeys do.

/**
 * The find an address pages' words in English: the postcode page (`address.find.*`), the list to choose from
 * (`address.choose.*`) and what the address page says when nothing was found or the lookup is not working
 * (`address.manual.*`). A journey's own `<id>Find.…` and `<id>Choose.…` keys win over them.
 */
export const englishAddressWords = {
  'address.find.title': 'Find the address',
  'address.find.postcode.label': 'Postcode',
  'address.find.postcode.name': 'a postcode',
  'address.find.building.label': 'Building name or number (optional)',
  'address.find.building.hint': 'For example, 15 or Rose Cottage',
  'address.find.building.name': 'the building name or number',
  'address.choose.title': 'Select an address',
  'address.choose.uprn.label': 'Select an address',
  'address.choose.uprn.name': 'an address',
  'address.choose.uprn.placeholder': { one: '1 address found', other: '{count} addresses found' },
  'address.choose.uprn.options.none': 'I cannot find the address in the list',
  'address.choose.postcode': 'Postcode: {postcode}',
  'address.choose.change': 'Change postcode',
  'address.manual.none': 'No address found for {postcode}. Enter the address below, or search again.',
  'address.manual.searchAgain': 'Search again',
  'address.manual.failed': 'We cannot find addresses at the moment. Enter the address below.',
} as const;

/** A key of the find an address pages' words. */
export type AddressWordKey = keyof typeof englishAddressWords;

/**
 * The find an address pages' words in Welsh, with exactly the English keys. Numbers after "cyfeiriad" would mutate it
 * (dau gyfeiriad, tri chyfeiriad), so the count of addresses found comes after a colon.
 */
export const welshAddressWords: Readonly<Record<AddressWordKey, Message>> = {
  'address.find.title': 'Dod o hyd i’r cyfeiriad',
  'address.find.postcode.label': 'Cod post',
  'address.find.postcode.name': 'god post',
  'address.find.building.label': 'Enw neu rif yr adeilad (dewisol)',
  'address.find.building.hint': 'Er enghraifft, 15 neu Bwthyn y Rhosyn',
  'address.find.building.name': 'enw neu rif yr adeilad',
  'address.choose.title': 'Dewiswch gyfeiriad',
  'address.choose.uprn.label': 'Dewiswch gyfeiriad',
  'address.choose.uprn.name': 'gyfeiriad',
  'address.choose.uprn.placeholder': { one: '1 cyfeiriad wedi’i ganfod', other: 'Cyfeiriadau wedi’u canfod: {count}' },
  'address.choose.uprn.options.none': 'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
  'address.choose.postcode': 'Cod post: {postcode}',
  'address.choose.change': 'Newid y cod post',
  'address.manual.none': 'Dim cyfeiriad wedi’i ganfod ar gyfer {postcode}. Rhowch y cyfeiriad isod, neu chwiliwch eto.',
  'address.manual.searchAgain': 'Chwilio eto',
  'address.manual.failed': 'Ni allwn ddod o hyd i gyfeiriadau ar hyn o bryd. Rhowch y cyfeiriad isod.',
};
