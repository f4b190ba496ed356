import {
  type AddressLookup,
  AddressLookupError,
  CHECK_ANSWERS,
  createFlow,
  exampleAddresses,
  fixtureAddressLookup,
  handleStepPost,
  type Locale,
} from '@lgds/core';
import { payloadSchema } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { postPages } from '../shared/post-pages';
import { type Page, posted, rulesFor, submittedAt, today, walks } from './testing/walks';
import { movingHome } from './transaction';

// Moving home when the council has an address lookup: each address is found by postcode and chosen from a list, or
// typed in when it is not listed, nothing is found or the lookup is not working. Posted page by page as a server
// does for forms posted without JavaScript (`handleStepPostAsync`, which runs the lookup).

const lookup = fixtureAddressLookup(exampleAddresses);
const broken: AddressLookup = {
  findAddresses: () => Promise.reject(new AddressLookupError('OS Places answered 503', { status: 503 })),
};
const flowWith = (addressLookup: AddressLookup) =>
  createFlow(movingHome, rulesFor('exampleshire'), { today: () => today, addressLookup });

type Post = readonly [step: string, body: Readonly<Record<string, string>>];

/** A walk's pages with each address page replaced by what the resident does on the find an address pages. */
function withAddresses(pages: readonly Page[], addresses: Readonly<Record<string, readonly Post[]>>): Post[] {
  const flow = createFlow(movingHome, rulesFor('exampleshire'), { today: () => today });
  return pages.flatMap((page): Post[] => addresses[page.step]?.slice() ?? [[page.step, posted(flow, page)]]);
}

async function walk(addressLookup: AddressLookup, posts: readonly Post[], locale: Locale = 'en') {
  const flow = flowWith(addressLookup);
  return { flow, ...(await postPages(flow, posts, locale)) };
}

const sold = walks.exampleshireOutSold;

describe('moving home with an address lookup', () => {
  it('finds both addresses by postcode; the payload has each one’s UPRN and lines, and the final bill goes there', async () => {
    const { flow, answers, visited, next } = await walk(
      lookup,
      withAddresses(sold.pages, {
        oldAddress: [
          ['oldAddressFind', { postcode: 'aa1 1aa', building: '' }],
          ['oldAddressChoose', { uprn: '100000000002' }],
        ],
        forwardingAddress: [
          ['forwardingAddressFind', { postcode: 'AA2 2BB', building: 'Mill House' }],
          ['forwardingAddressChoose', { uprn: '100000000003' }],
        ],
      }),
    );
    expect(next).toBe(CHECK_ANSWERS);
    expect(visited.slice(0, 7)).toEqual([
      'move',
      'account',
      'contact',
      'oldAddressFind',
      'oldAddressChoose',
      'forwardingAddressFind',
      'forwardingAddressChoose',
    ]);
    const sent = flow.submission(answers, { reference: 'MH-7KQ4M-X9RTP', submittedAt });
    if (!sent.ok) throw new Error('not sent');
    expect(sent.payload.answers.oldAddressChoose).toEqual({
      uprn: '100000000002',
      line1: '3 Orchard Lane',
      town: 'Northmoor',
      postcode: 'AA1 1AA',
    });
    expect(sent.payload.answers.forwardingAddressChoose).toEqual({
      uprn: '100000000003',
      line1: 'Flat 2, Mill House',
      line2: 'River Street',
      town: 'Exampleton',
      postcode: 'AA2 2BB',
    });
    expect(sent.payload.answers.oldAddress).toBeUndefined();
    expect(sent.payload.derived).toEqual(sold.derived);
    expect(payloadSchema(flow).safeParse(sent.payload).success).toBe(true);
    expect(flow.confirmation(sent.payload, 'en')).toContain(
      'We will send it to this address: Flat 2, Mill House, River Street, Exampleton, AA2 2BB.',
    );
    const rows = flow.checkAnswers(answers, 'en').filter((row) => row.stepId.includes('Address'));
    expect(rows.map((row) => [row.question, row.answer.join(' / '), row.href])).toEqual([
      ['Address you are moving from', '3 Orchard Lane / Northmoor / AA1 1AA', 'oldAddressFind#postcode'],
      [
        'Forwarding address',
        'Flat 2, Mill House / River Street / Exampleton / AA2 2BB',
        'forwardingAddressFind#postcode',
      ],
    ]);
  });

  it('an address not in the list is typed in, starting from the postcode searched', async () => {
    const before = withAddresses(sold.pages.slice(0, 3), {});
    const { flow, answers, next } = await walk(lookup, [
      ...before,
      ['oldAddressFind', { postcode: 'aa1 1aa', building: '' }],
      ['oldAddressChoose', { uprn: 'none' }],
    ]);
    expect(next).toBe('oldAddress');
    expect(flow.view('oldAddress', 'en', answers).prefill).toEqual({ postcode: 'AA1 1AA' });
    const typed = handleStepPost(
      flow,
      'oldAddress',
      { line1: '2 Orchard Lane', town: 'Northmoor', postcode: 'AA1 1AA' },
      answers,
    );
    expect(typed.ok && typed.answers.oldAddress).toEqual({
      line1: '2 Orchard Lane',
      town: 'Northmoor',
      postcode: 'AA1 1AA',
    });
    expect(typed.ok && typed.next).toBe('forwardingAddressFind');
  });

  it('no address found: the address page says so, links back to search again, and keeps what was typed', async () => {
    const { flow, answers, next } = await walk(lookup, [
      ...withAddresses(sold.pages.slice(0, 3), {}),
      ['oldAddressFind', { postcode: 'ex1 1aa', building: '1 High Street' }],
    ]);
    expect(next).toBe('oldAddress');
    const page = flow.view('oldAddress', 'en', answers);
    expect(page.title).toBe('What is the address you are moving from?');
    expect(page.body).toEqual(['No address found for EX1 1AA. Enter the address below, or search again.']);
    expect(page.link).toEqual({ text: 'Search again', step: 'oldAddressFind' });
    expect(page.prefill).toEqual({ line1: '1 High Street', postcode: 'EX1 1AA' });
  });

  it('the lookup not working: a notice, and the address typed in with the postcode kept, in Welsh', async () => {
    const { flow, answers, next } = await walk(
      broken,
      [...withAddresses(sold.pages.slice(0, 3), {}), ['oldAddressFind', { postcode: 'aa1 1aa', building: '' }]],
      'cy',
    );
    expect(next).toBe('oldAddress');
    const page = flow.view('oldAddress', 'cy', answers);
    expect(page.banner).toBe('Ni allwn ddod o hyd i gyfeiriadau ar hyn o bryd. Rhowch y cyfeiriad isod.');
    expect(page.prefill).toEqual({ postcode: 'AA1 1AA' });
  });

  it('in Welsh: the postcode page, the list and its error', async () => {
    const { flow, answers } = await walk(
      lookup,
      [...withAddresses(sold.pages.slice(0, 3), {}), ['oldAddressFind', { postcode: 'aa1 1aa', building: '' }]],
      'cy',
    );
    const find = flow.view('oldAddressFind', 'cy');
    expect(find.title).toBe('Beth yw’r cyfeiriad rydych chi’n symud ohono?');
    expect(find.fields.map((field) => field.label)).toEqual(['Cod post', 'Enw neu rif yr adeilad (dewisol)']);
    const choose = flow.view('oldAddressChoose', 'cy', answers);
    expect(choose.fields[0]?.placeholder).toBe('Cyfeiriadau wedi’u canfod: 7');
    expect(choose.body).toEqual(['Cod post: AA1 1AA']);
    const refused = handleStepPost(flow, 'oldAddressChoose', { uprn: '100000000004' }, answers, { locale: 'cy' });
    expect(!refused.ok && refused.errors.map((error) => error.message)).toEqual(['Dewiswch gyfeiriad']);
    expect(flow.checkAnswers(answers, 'cy').map((row) => row.question)).not.toContain('Cod post');
  });

  it('a forwarding address not known yet: the postcode left blank leads to the address page, which may be left blank', async () => {
    const { flow, answers, next } = await walk(
      lookup,
      withAddresses(sold.pages, {
        oldAddress: [
          ['oldAddressFind', { postcode: 'aa1 1aa', building: '' }],
          ['oldAddressChoose', { uprn: '100000000001' }],
        ],
        forwardingAddress: [
          ['forwardingAddressFind', { postcode: '', building: '' }],
          ['forwardingAddress', { line1: '', line2: '', town: '', postcode: '' }],
        ],
      }),
    );
    expect(next).toBe(CHECK_ANSWERS);
    const sent = flow.submission(answers, { reference: 'MH-7KQ4M-X9RTP', submittedAt });
    if (!sent.ok) throw new Error('not sent');
    expect(sent.payload.answers.forwardingAddress).toEqual({});
    expect(flow.confirmation(sent.payload, 'en')).toContain('We will email it to sam@example.com.');
  });
});
