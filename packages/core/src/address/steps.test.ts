import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as field from '../fields';
import { createFlow, type Flow } from '../flow';
import { englishAddressWords, welshAddressWords } from '../messages/address';
import { defineMessages } from '../messages/translate';
import { homeAddressStep, homeAddressWords, homeAddressWordsInWelsh } from '../sample/address';
import { handleStepPost, handleStepPostAsync } from '../server';
import { defineStep, defineTransaction, type TransactionAnswers } from '../transaction';
import { type AddressLookup, AddressLookupError, exampleAddresses, fixtureAddressLookup } from './lookup';
import { ADDRESS_NOT_LISTED, addressAnswer, withAddressLookup } from './steps';

// A small journey that asks for the resident's home, then their name: enough to walk every way through the pattern.
const rules = {};
const home = homeAddressStep;
const own = { ...homeAddressWords, 'home.postcode.name': 'your postcode' };
const ownInWelsh: Record<keyof typeof own, string> = {
  ...homeAddressWordsInWelsh,
  'home.postcode.name': 'eich cod post',
};
const journey = defineTransaction({
  id: 'report-a-leak',
  version: 1,
  title: { en: 'Report a leak', cy: 'Rhoi gwybod am ollyngiad' },
  rules: z.strictObject({}),
  messages: defineMessages({
    en: { ...englishAddressWords, ...own },
    cy: { ...welshAddressWords, ...ownInWelsh },
  }),
  steps: {
    ...withAddressLookup('home', home),
    name: defineStep({ fields: (_rules: unknown) => ({ fullName: field.text() }) }),
  },
});
type Answers = TransactionAnswers<typeof journey>;

const flowWith = (addressLookup?: AddressLookup) =>
  createFlow(journey, rules, { today: () => '2026-10-15', ...(addressLookup && { addressLookup }) });
const lookup = fixtureAddressLookup(exampleAddresses);
const broken: AddressLookup = {
  findAddresses: () => Promise.reject(new AddressLookupError('OS Places answered 503', { status: 503 })),
};

/** Posts pages in turn as a browser without JavaScript would, stopping at the first page that is not answered. */
async function walk(
  flow: Flow<typeof journey>,
  posts: [string, Record<string, unknown>][],
  locale: 'en' | 'cy' = 'en',
) {
  let answers: Answers = {};
  const visited: string[] = [];
  for (const [page, body] of posts) {
    visited.push(page);
    const result = await handleStepPostAsync(flow, page, body, answers, { locale });
    if (!result.ok) return { answers, visited, result };
    answers = result.answers;
  }
  return { answers, visited, next: flow.currentStep(answers) };
}

describe('finding an address by postcode', () => {
  it('finds the addresses at a postcode, lists them in title case and sends the chosen one with its UPRN', async () => {
    const flow = flowWith(lookup);
    expect(flow.firstStep()).toBe('homeFind');
    const found = await walk(flow, [['homeFind', { postcode: 'aa1 1aa', building: '' }]]);
    expect(found.next).toBe('homeChoose');
    const page = flow.view('homeChoose', 'en', found.answers);
    expect(page.fields[0]?.label).toBe('Select an address');
    expect(page.fields[0]?.placeholder).toBe('7 addresses found');
    expect(page.fields[0]?.options.map((option) => option.label)).toContain(
      'Flat 1, Orchard Court, 7 Orchard Lane, Northmoor, AA1 1AA',
    );
    expect(page.fields[0]?.options.at(-1)).toEqual({ value: 'none', label: 'I cannot find the address in the list' });
    expect(page.body).toEqual(['Postcode: AA1 1AA']);
    expect(page.link).toEqual({ text: 'Change postcode', step: 'homeFind' });

    const done = await walk(flow, [
      ['homeFind', { postcode: 'aa1 1aa' }],
      ['homeChoose', { uprn: '100000000006' }],
      ['name', { fullName: 'Sam Jones' }],
    ]);
    expect(done.next).toBe('check-answers');
    const sent = flow.submission(done.answers);
    expect(sent.ok && sent.payload.answers).toEqual({
      homeFind: { postcode: 'AA1 1AA' },
      homeChoose: {
        uprn: '100000000006',
        line1: 'Flat 1, Orchard Court',
        line2: '7 Orchard Lane',
        town: 'Northmoor',
        postcode: 'AA1 1AA',
      },
      name: { fullName: 'Sam Jones' },
    });
    expect(addressAnswer(done.answers, 'home')?.uprn).toBe('100000000006');
    // One row, the address's lines, its change link back to the postcode.
    expect(flow.checkAnswers(done.answers, 'en')[0]).toMatchObject({
      question: 'Address',
      answer: ['Flat 1, Orchard Court', '7 Orchard Lane', 'Northmoor', 'AA1 1AA'],
      href: 'homeFind#postcode',
    });
  });

  it('narrows the list to the building name or number given', async () => {
    const flow = flowWith(lookup);
    const { answers } = await walk(flow, [['homeFind', { postcode: 'AA1 1AA', building: 'orchard court' }]]);
    const options = flow.view('homeChoose', 'en', answers).fields[0]?.options ?? [];
    expect(options.map((option) => option.value)).toEqual(['100000000006', '100000000007', 'none']);
    expect(flow.view('homeChoose', 'en', answers).fields[0]?.placeholder).toBe('2 addresses found');
  });

  it('"I cannot find the address in the list" leads to the address page with the postcode and building kept', async () => {
    const flow = flowWith(lookup);
    const walked = await walk(flow, [
      ['homeFind', { postcode: 'aa1 1aa', building: '11' }],
      ['homeChoose', { uprn: ADDRESS_NOT_LISTED }],
    ]);
    // Building 11 is not at AA1 1AA: nothing found, so the address page comes straight away.
    expect(walked.visited).toEqual(['homeFind', 'homeChoose']);
    expect(walked.result?.redirect).toBe('home');

    const listed = await walk(flow, [
      ['homeFind', { postcode: 'aa1 1aa' }],
      ['homeChoose', { uprn: ADDRESS_NOT_LISTED }],
    ]);
    expect(listed.next).toBe('home');
    expect(flow.view('home', 'en', listed.answers).prefill).toEqual({ postcode: 'AA1 1AA' });
    const typed = await walk(flow, [
      ['homeFind', { postcode: 'aa1 1aa', building: 'Orchard Barn' }],
      ['homeChoose', { uprn: '' }],
    ]);
    expect(typed.result?.ok).toBe(false);
    const manual = await walk(flow, [
      ['homeFind', { postcode: 'aa1 1aa' }],
      ['homeChoose', { uprn: 'none' }],
      ['home', { line1: 'Orchard Barn', town: 'Northmoor', postcode: 'AA1 1AA' }],
      ['name', { fullName: 'Sam Jones' }],
    ]);
    const sent = flow.submission(manual.answers);
    expect(sent.ok && sent.payload.answers.home).toEqual({
      line1: 'Orchard Barn',
      town: 'Northmoor',
      postcode: 'AA1 1AA',
    });
    expect(sent.ok && sent.payload.answers.homeChoose).toEqual({ uprn: 'none' });
    expect(addressAnswer(manual.answers, 'home')).toEqual({
      line1: 'Orchard Barn',
      town: 'Northmoor',
      postcode: 'AA1 1AA',
    });
    expect(flow.checkAnswers(manual.answers, 'en')[0]).toMatchObject({
      question: 'Address',
      answer: ['Orchard Barn', 'Northmoor', 'AA1 1AA'],
      href: 'homeFind#postcode',
    });
  });

  it('no address found: says so with the postcode searched and a link to search again, and keeps what was typed', async () => {
    const flow = flowWith(lookup);
    const { answers, next } = await walk(flow, [['homeFind', { postcode: 'zz9 9zz', building: 'Mill House' }]]);
    expect(next).toBe('home');
    const page = flow.view('home', 'en', answers);
    expect(page.body[0]).toBe('No address found for ZZ9 9ZZ. Enter the address below, or search again.');
    expect(page.link).toEqual({ text: 'Search again', step: 'homeFind' });
    expect(page.prefill).toEqual({ line1: 'Mill House', postcode: 'ZZ9 9ZZ' });
    expect(page.banner).toBeUndefined();
  });

  it('the lookup not working: says so in a banner and leads to the address page with the postcode kept', async () => {
    const flow = flowWith(broken);
    const { answers, next } = await walk(flow, [['homeFind', { postcode: 'aa1 1aa' }]]);
    expect(next).toBe('home');
    const page = flow.view('home', 'en', answers);
    expect(page.banner).toBe('We cannot find addresses at the moment. Enter the address below.');
    expect(page.prefill).toEqual({ postcode: 'AA1 1AA' });
  });

  it('refuses a UPRN the lookup did not find, with GOV.UK’s error', async () => {
    const flow = flowWith(lookup);
    const { answers } = await walk(flow, [['homeFind', { postcode: 'aa1 1aa' }]]);
    // A real UPRN, but at another postcode: not one of the addresses listed.
    const result = handleStepPost(flow, 'homeChoose', { uprn: '100000000003' }, answers);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => [error.message, error.href])).toEqual([
      ['Select an address', '#uprn'],
    ]);
    const inWelsh = handleStepPost(flow, 'homeChoose', { uprn: '' }, answers, { locale: 'cy' });
    expect(!inWelsh.ok && inWelsh.errors[0]?.message).toBe('Dewiswch gyfeiriad');
  });

  it('ignores a found list, UPRN or address lines forged in a post', async () => {
    const flow = flowWith(lookup);
    const forgedList = [{ uprn: '999', lines: ['1 Fake Street'], town: 'Nowhere', postcode: 'AA1 1AA' }];
    const posted = await handleStepPostAsync(flow, 'homeFind', { postcode: 'zz9 9zz', found: forgedList }, {});
    expect(posted.ok && posted.answers.homeFind).toEqual({ postcode: 'ZZ9 9ZZ', found: [] });
    // Posted without the lookup (the plain handler): nothing found is stored, so the address is typed in.
    const plain = handleStepPost(flow, 'homeFind', { postcode: 'aa1 1aa', found: JSON.stringify(forgedList) }, {});
    expect(plain.ok && plain.answers.homeFind).toEqual({ postcode: 'AA1 1AA' });
    expect(plain.ok && plain.next).toBe('home');

    const { answers } = await walk(flow, [['homeFind', { postcode: 'aa1 1aa' }]]);
    const chosen = handleStepPost(
      flow,
      'homeChoose',
      { uprn: '100000000001', line1: '10 Downing Street', town: 'London', postcode: 'SW1A 2AA' },
      answers,
    );
    expect(chosen.ok && chosen.answers.homeChoose).toEqual({
      uprn: '100000000001',
      line1: '1 Orchard Lane',
      town: 'Northmoor',
      postcode: 'AA1 1AA',
    });
    // Stored answers are checked against what was found, so a list edited in a session or draft sends nothing new.
    const edited = {
      ...answers,
      homeChoose: { uprn: '999', line1: '1 Fake Street', town: 'Nowhere', postcode: 'AA1 1AA' },
    };
    expect(flow.validateAll(edited as Answers)).toMatchObject({ ok: false, step: 'homeChoose' });
  });

  it('changing the address from check answers shows the new list, then returns to check answers', async () => {
    const flow = flowWith(lookup);
    const { answers } = await walk(flow, [
      ['homeFind', { postcode: 'aa1 1aa' }],
      ['homeChoose', { uprn: '100000000001' }],
      ['name', { fullName: 'Sam Jones' }],
    ]);
    const again = await handleStepPostAsync(flow, 'homeFind', { postcode: 'aa2 2bb' }, answers, {
      returnToCheckAnswers: true,
    });
    expect(again.ok && again.next).toBe('homeChoose');
    const chosen = again.ok
      ? handleStepPost(flow, 'homeChoose', { uprn: '100000000003' }, again.answers, { returnToCheckAnswers: true })
      : undefined;
    expect(chosen?.ok && chosen.next).toBe('check-answers');
  });

  it('in Welsh', async () => {
    const flow = flowWith(lookup);
    const { answers } = await walk(flow, [['homeFind', { postcode: 'aa1 1aa' }]], 'cy');
    const find = flow.view('homeFind', 'cy');
    expect(find.title).toBe('Beth yw eich cyfeiriad?');
    expect(find.fields.map((one) => one.label)).toEqual(['Cod post', 'Enw neu rif yr adeilad (dewisol)']);
    const page = flow.view('homeChoose', 'cy', answers);
    expect(page.fields[0]?.placeholder).toBe('Cyfeiriadau wedi’u canfod: 7');
    expect(page.fields[0]?.options.at(-1)?.label).toBe('Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr');
    expect(page.link?.text).toBe('Newid y cod post');
    const none = await walk(flowWith(lookup), [['homeFind', { postcode: 'zz9 9zz' }]], 'cy');
    expect(flow.view('home', 'cy', none.answers).body[0]).toBe(
      'Dim cyfeiriad wedi’i ganfod ar gyfer ZZ9 9ZZ. Rhowch y cyfeiriad isod, neu chwiliwch eto.',
    );
    const failed = await walk(flowWith(broken), [['homeFind', { postcode: 'aa1 1aa' }]], 'cy');
    expect(flow.view('home', 'cy', failed.answers).banner).toBe(
      'Ni allwn ddod o hyd i gyfeiriadau ar hyn o bryd. Rhowch y cyfeiriad isod.',
    );
    expect(flow.validateStep('homeFind', { postcode: '' }, 'cy')).toMatchObject({
      ok: false,
      errors: [{ message: 'Rhowch eich cod post' }],
    });
  });

  it('without a lookup, the journey is the address page alone, as before', async () => {
    const flow = flowWith();
    expect(flow.firstStep()).toBe('home');
    const { answers, next } = await walk(flow, [
      ['home', { line1: '1 Orchard Lane', town: 'Northmoor', postcode: 'aa1 1aa' }],
      ['name', { fullName: 'Sam Jones' }],
    ]);
    expect(next).toBe('check-answers');
    const sent = flow.submission(answers);
    expect(sent.ok && sent.payload.answers).toEqual({
      home: { line1: '1 Orchard Lane', town: 'Northmoor', postcode: 'AA1 1AA' },
      name: { fullName: 'Sam Jones' },
    });
    expect(flow.checkAnswers(answers, 'en')[0]).toMatchObject({ question: 'Address', href: 'home#line1' });
    expect(flow.view('home', 'en', answers).prefill).toBeUndefined();
    expect(flow.path(answers)).toEqual(['home', 'name']);
  });
});
