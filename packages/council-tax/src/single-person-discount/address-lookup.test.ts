import {
  type AddressLookup,
  AddressLookupError,
  CHECK_ANSWERS,
  createFlow,
  exampleAddresses,
  fixtureAddressLookup,
  type Locale,
} from '@lgds/core';
import { payloadSchema, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { postPages } from '../shared/post-pages';
import { singlePersonDiscountPresets as presets } from './presets';
import { dateBoxes, type Post, today } from './testing';
import { singlePersonDiscount } from './transaction';

// The single person discount when the council has an address lookup: the home the discount is for, and where the
// adult who moved out lives now, found by postcode. Posted page by page as a server does without JavaScript.

const lookup = fixtureAddressLookup(exampleAddresses);
const broken: AddressLookup = { findAddresses: () => Promise.reject(new AddressLookupError('timed out')) };
const flowWith = (addressLookup: AddressLookup) =>
  createFlow(singlePersonDiscount, resolveRules(singlePersonDiscount, presets.exampleshire), {
    today: () => today,
    addressLookup,
  });

const start: Post[] = [
  ['account', { reference: '5123 4567' }],
  ['contact', { fullName: 'Sam Jones', email: 'sam@example.com', phone: '' }],
];
const rest: Post[] = [
  ['onlyAdult', dateBoxes('1', '9', '2026')],
  ['leaver', { movedOut: 'yes', name: 'Alex Jones' }],
];
const end: Post[] = [
  ['evidence', { canSend: 'no' }],
  ['declaration', { confirmed: 'yes' }],
];

async function walk(addressLookup: AddressLookup, posts: readonly Post[], locale: Locale = 'en') {
  const flow = flowWith(addressLookup);
  const { answers, next } = await postPages(flow, posts, locale);
  return { flow, answers, next };
}

describe('single person discount with an address lookup', () => {
  it('sends the home chosen from the list with its UPRN, and their new address typed when not listed', async () => {
    const { flow, answers, next } = await walk(lookup, [
      ...start,
      ['addressFind', { postcode: 'aa1 1aa', building: '5' }],
      ['addressChoose', { uprn: '100000000005' }],
      ...rest,
      ['forwardingAddressFind', { postcode: 'aa2 2bb', building: '' }],
      ['forwardingAddressChoose', { uprn: 'none' }],
      ['forwardingAddress', { line1: '4 Mill Lane', line2: '', town: 'Exampleton', postcode: 'AA2 2BB' }],
      ...end,
    ]);
    expect(next).toBe(CHECK_ANSWERS);
    const sent = flow.submission(answers);
    if (!sent.ok) throw new Error('not sent');
    expect(sent.payload.answers.addressChoose).toEqual({
      uprn: '100000000005',
      line1: '5 Orchard Lane',
      town: 'Northmoor',
      postcode: 'AA1 1AA',
    });
    expect(sent.payload.answers.forwardingAddress).toEqual({
      line1: '4 Mill Lane',
      town: 'Exampleton',
      postcode: 'AA2 2BB',
    });
    expect(payloadSchema(flow).safeParse(JSON.parse(JSON.stringify(sent.payload))).success).toBe(true);
    const rows = flow.checkAnswers(answers, 'en').filter((row) => row.stepId.toLowerCase().includes('address'));
    expect(rows.map((row) => [row.question, row.answer.join(' / '), row.href])).toEqual([
      ['Address', '5 Orchard Lane / Northmoor / AA1 1AA', 'addressFind#postcode'],
      ['Their new address', '4 Mill Lane / Exampleton / AA2 2BB', 'forwardingAddressFind#postcode'],
    ]);
  });

  it('their new address is someone else’s: the browser is not asked to fill in the resident’s postcode', () => {
    const flow = flowWith(lookup);
    expect(flow.fields('forwardingAddressFind').postcode?.autocomplete).toBe('off');
    expect(flow.fields('addressFind').postcode?.autocomplete).toBe('postal-code');
  });

  it('in Welsh: nothing found, then the lookup not working, each leading to the address typed in', async () => {
    const none = await walk(lookup, [...start, ['addressFind', { postcode: 'zz9 9zz', building: '' }]], 'cy');
    expect(none.next).toBe('address');
    const page = none.flow.view('address', 'cy', none.answers);
    expect(page.title).toBe('Beth yw’r cyfeiriad rydych eisiau’r gostyngiad ar ei gyfer?');
    expect(page.body[0]).toBe(
      'Dim cyfeiriad wedi’i ganfod ar gyfer ZZ9 9ZZ. Rhowch y cyfeiriad isod, neu chwiliwch eto.',
    );
    expect(page.link).toEqual({ text: 'Chwilio eto', step: 'addressFind' });
    expect(page.prefill).toEqual({ postcode: 'ZZ9 9ZZ' });

    const failed = await walk(broken, [...start, ['addressFind', { postcode: 'aa1 1aa', building: 'Forge' }]], 'cy');
    expect(failed.next).toBe('address');
    const notWorking = failed.flow.view('address', 'cy', failed.answers);
    expect(notWorking.banner).toBe('Ni allwn ddod o hyd i gyfeiriadau ar hyn o bryd. Rhowch y cyfeiriad isod.');
    expect(notWorking.prefill).toEqual({ line1: 'Forge', postcode: 'AA1 1AA' });
  });
});
