import { CHECK_ANSWERS, createFlow, type Flow, handleStepPost, type Locale, type TransactionAnswers } from '@lgds/core';
import { payloadSchema, type RulesLayer, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { payloadSchemaDocument } from '../scripts/write-schema.mjs';
import { presets } from './presets';
import { rulesSlots } from './slots';
import { bulkyWaste, bulkyWasteWith } from './transaction';

// Each preset council's resident, posting page by page through the engine as a browser without JavaScript does, in
// English and in Welsh: check answers and the price as they read them, the payload the council's back office gets
// (checked against the JSON Schema published as @lgds/bulky-waste/schema.json) and what the confirmation says.

type Council = keyof typeof presets;
type Answers = TransactionAnswers<typeof bulkyWaste>;
const locales: readonly Locale[] = ['en', 'cy'];
const reference = 'BW-7KQ4M-X9RTP';
const submittedAt = new Date('2026-10-15T09:30:00.000Z');
const today = '2026-10-15';

function flowFor(council: Council, ...changes: RulesLayer<typeof bulkyWaste>[]): Flow<typeof bulkyWaste> {
  return createFlow(bulkyWaste, resolveRules(bulkyWaste, presets[council], ...changes), { today: () => today });
}

type Post = Readonly<Record<string, string | readonly string[]>>;
const address: Post = { line1: '12 High Street', town: 'Exampleton', postcode: 'ex1 2ab' };
const contact: Post = { email: 'resident@example.com', phone: '' };

/** Posts each page in turn, from the first; returns the answers, failing on a page refused or out of order. */
function walk(flow: Flow<typeof bulkyWaste>, pages: readonly [string, Post][], locale: Locale): Answers {
  let answers: Answers = {};
  for (const [step, post] of pages) {
    expect(flow.currentStep(answers)).toBe(step);
    const result = handleStepPost(flow, step, post, answers, { locale });
    if (!result.ok) throw new Error(`${step} was refused: ${JSON.stringify(result.errors)}`);
    answers = result.answers;
  }
  expect(flow.currentStep(answers)).toBe(CHECK_ANSWERS);
  return answers;
}

const publishedSchema = z.fromJSONSchema(payloadSchemaDocument(bulkyWaste));

function sent(flow: Flow<typeof bulkyWaste>, answers: Answers) {
  const result = flow.submission(answers, { reference, submittedAt });
  if (!result.ok) throw new Error(`not ready to send: ${JSON.stringify(result.errors)}`);
  expect(payloadSchema(flow).parse(result.payload)).toEqual(result.payload);
  expect(publishedSchema.safeParse(result.payload).success).toBe(true);
  return result.payload;
}

describe('Exampleshire: per item, half price on Council Tax Reduction, refunds', () => {
  const pages: [string, Post][] = [
    ['address', address],
    ['items', { chosen: ['sofa', 'fridge-freezer'], count1: '2' }],
    ['concession', { claimed: 'yes' }],
    ['date', { date: '2026-10-21' }],
    ['location', { where: 'Front garden, by the gate', access: 'Gate code 1234' }],
    ['contact', contact],
  ];

  it.each(locales)('books 2 sofas and a fridge, with the price and cancelling, in %s', (locale) => {
    const flow = flowFor('exampleshire');
    const answers = walk(flow, pages, locale);
    const rows = flow.checkAnswers(answers, locale).map((row) => [row.question, row.answer.join(' / ')]);
    const costs = flow.costs(answers, locale).map((row) => [row.question, row.answer.join(' / ')]);
    if (locale === 'en') {
      expect(rows).toEqual([
        ['Collection address', '12 High Street / Exampleton / EX1 2AB'],
        ['Items', '2 × Sofa / 1 × Fridge or freezer'],
        ['Concession', 'Yes'],
        ['Collection date', 'Wednesday 21 October 2026'],
        ['Where the items will be', 'Front garden, by the gate'],
        ['Access notes', 'Gate code 1234'],
        ['Email address', 'resident@example.com'],
        ['Phone number (optional)', 'Not given'],
      ]);
      expect(costs).toEqual([
        ['2 × Sofa', '£44.00'],
        ['1 × Fridge or freezer', '£30.00'],
        ['Concession discount', '-£37.00'],
        ['Total to pay', '£37.00'],
        ['Cancelling', 'You can cancel until Monday 19 October 2026 and get your money back.'],
      ]);
    } else {
      expect(rows.slice(1, 4)).toEqual([
        ['Eitemau', '2 × Soffa / 1 × Oergell neu rewgell'],
        ['Consesiwn', 'Ydw'],
        ['Dyddiad casglu', 'Dydd Mercher 21 Hydref 2026'],
      ]);
      expect(costs.at(-1)).toEqual([
        'Canslo',
        'Gallwch ganslo tan ddydd Llun 19 Hydref 2026 a chael eich arian yn ôl.',
      ]);
    }
    const payload = sent(flow, answers);
    expect(payload.answers.items).toEqual({ chosen: ['sofa', 'fridge-freezer'], count1: 2 });
    expect(payload.derived).toEqual({
      items: [
        { id: 'sofa', quantity: 2 },
        { id: 'fridge-freezer', quantity: 1 },
      ],
      collectionDate: '2026-10-21',
      quote: {
        model: 'per-item',
        itemCount: 3,
        lines: [
          { kind: 'item', item: 'sofa', upTo: null, quantity: 2, unitPence: 2200, amountPence: 4400 },
          { kind: 'item', item: 'fridge-freezer', upTo: null, quantity: 1, unitPence: 3000, amountPence: 3000 },
          { kind: 'concession', item: null, upTo: null, quantity: 1, unitPence: -3700, amountPence: -3700 },
        ],
        totalPence: 3700,
      },
      cancellation: { lastDay: '2026-10-19', refunded: true },
    });
    const confirmation = {
      en: [
        'We will collect your items on Wednesday 21 October 2026.',
        'Put your items out by 7am on Wednesday 21 October 2026, at: Front garden, by the gate.',
        'We will email resident@example.com a link to pay £37.00 by debit or credit card. We will collect once you have paid.',
        'You can cancel until Monday 19 October 2026 and get your money back.',
      ],
      cy: [
        'Byddwn yn casglu eich eitemau ar ddydd Mercher 21 Hydref 2026.',
        'Rhowch eich eitemau allan erbyn 7am ar ddydd Mercher 21 Hydref 2026, yn: Front garden, by the gate.',
        'Byddwn yn anfon dolen i resident@example.com i dalu £37.00 gyda cherdyn debyd neu gredyd. Byddwn yn casglu ar ôl i chi dalu.',
        'Gallwch ganslo tan ddydd Llun 19 Hydref 2026 a chael eich arian yn ôl.',
      ],
    };
    expect(flow.confirmation(payload, locale)).toEqual(confirmation[locale]);
  });
});

describe('Enghraifft: bands, free collections for concession holders, no refunds', () => {
  const before = [
    ['address', address],
    ['items', { chosen: ['furniture', 'bags'], count1: '3', count4: '1' }],
    ['concession', { claimed: 'yes' }],
  ] as [string, Post][];
  const after = [
    ['date', { date: '2026-10-22' }],
    ['location', { where: 'Wrth y giât' }],
    ['contact', contact],
  ] as [string, Post][];

  it.each(locales)('is free while the resident has free collections left, in %s', (locale) => {
    const flow = flowFor('enghraifft');
    expect(flow.view('freeCollections', 'cy').title).toBe(
      'Ydych chi eisoes wedi cael eich 2 casgliad am ddim ers 1 Ebrill 2026?',
    );
    expect(flow.view('freeCollections', 'en').title).toBe(
      'Have you already had your 2 free collections since 1 April 2026?',
    );
    const answers = walk(flow, [...before, ['freeCollections', { used: 'no' }], ...after], locale);
    const costs = flow.costs(answers, locale).map((row) => [row.question, row.answer.join('')]);
    expect(costs).toEqual(
      locale === 'en'
        ? [
            ['Collection of up to 6 items', '£40.00'],
            ['Free collection for concession holders', '-£40.00'],
            ['Total to pay', 'Free'],
            ['Cancelling', 'You can cancel until Monday 19 October 2026.'],
          ]
        : [
            ['Casgliad o hyd at 6 eitem', '£40.00'],
            ['Casgliad am ddim i ddeiliaid consesiwn', '-£40.00'],
            ['Cyfanswm i’w dalu', 'Am ddim'],
            ['Canslo', 'Gallwch ganslo tan ddydd Llun 19 Hydref 2026.'],
          ],
    );
    const payload = sent(flow, answers);
    expect(payload.derived.quote.totalPence).toBe(0);
    expect(payload.derived.cancellation).toEqual({ lastDay: '2026-10-19', refunded: false });
  });

  it('takes a quarter off once they are used, and says cancellations are not refunded', () => {
    const flow = flowFor('enghraifft');
    const answers = walk(flow, [...before, ['freeCollections', { used: 'yes' }], ...after], 'cy');
    expect(flow.costs(answers, 'en').map((row) => row.answer.join(''))).toEqual([
      '£40.00',
      '-£10.00',
      '£30.00',
      'You can cancel until Monday 19 October 2026, but we do not refund cancellations.',
    ]);
  });

  it('does not ask about free collections of a resident without the concession', () => {
    const flow = flowFor('enghraifft');
    const answers = walk(flow, [...before.slice(0, 2), ['concession', { claimed: 'no' }], ...after], 'en');
    expect(flow.path(answers)).not.toContain('freeCollections');
    expect(flow.costs(answers, 'en')[1]?.answer).toEqual(['£40.00']);
  });
});

describe('Northmoor: free, on Wednesdays', () => {
  it.each(locales)('asks nothing about concessions and charges nothing, in %s', (locale) => {
    const flow = flowFor('northmoor');
    const answers = walk(
      flow,
      [
        ['address', address],
        ['items', { chosen: ['mattress'], count2: '3' }],
        ['date', { date: '2026-10-28' }],
        ['location', { where: 'Driveway' }],
        ['contact', contact],
      ],
      locale,
    );
    expect(flow.path(answers)).toEqual(['address', 'items', 'date', 'location', 'contact']);
    const payload = sent(flow, answers);
    expect(flow.confirmation(payload, locale)).toEqual(
      locale === 'en'
        ? [
            'We will collect your items on Wednesday 28 October 2026.',
            'Put your items out by 8am on Wednesday 28 October 2026, at: Driveway.',
            'We will email your booking to resident@example.com.',
            'You can cancel until Tuesday 27 October 2026.',
          ]
        : [
            'Byddwn yn casglu eich eitemau ar ddydd Mercher 28 Hydref 2026.',
            'Rhowch eich eitemau allan erbyn 8am ar ddydd Mercher 28 Hydref 2026, yn: Driveway.',
            'Byddwn yn anfon eich archeb i resident@example.com drwy e-bost.',
            'Gallwch ganslo tan ddydd Mawrth 27 Hydref 2026.',
          ],
    );
  });
});

describe('the items page: what each item, or each collection, costs', () => {
  /** The paragraphs above the checkboxes, and each checkbox's label and hint, as the resident reads them. */
  function itemsPage(flow: Flow<typeof bulkyWaste>, locale: Locale) {
    const view = flow.view('items', locale);
    const chosen = view.fields.find((field) => field.name === 'chosen');
    return { body: view.body, options: chosen?.options.map((option) => [option.label, option.hint ?? null]) };
  }

  it('per item, gives each item’s price before its note, and says concession holders may pay less', () => {
    const flow = flowFor('exampleshire');
    expect(itemsPage(flow, 'en')).toEqual({
      body: ['If you get Council Tax Reduction, you may pay less. We will ask you about this next.'],
      options: [
        ['Sofa', '£22.00 each'],
        ['Armchair', '£12.00 each'],
        ['Bed frame or mattress', '£15.00 each. Take the bed frame apart if you can.'],
        ['Fridge or freezer', '£30.00 each. Fridges and freezers must be empty and defrosted.'],
        ['Washing machine or dishwasher', '£18.00 each'],
        ['Television or computer monitor', '£10.00 each'],
      ],
    });
    expect(itemsPage(flow, 'cy')).toEqual({
      body: [
        'Os ydych chi’n cael Gostyngiad Treth Gyngor, efallai y byddwch chi’n talu llai. Byddwn yn gofyn i chi am hyn nesaf.',
      ],
      options: [
        ['Soffa', '£22.00 yr un'],
        ['Cadair freichiau', '£12.00 yr un'],
        ['Ffrâm gwely neu fatres', '£15.00 yr un. Tynnwch ffrâm y gwely yn ddarnau os gallwch chi.'],
        ['Oergell neu rewgell', '£30.00 yr un. Rhaid i oergelloedd a rhewgelloedd fod yn wag ac wedi’u dadmer.'],
        ['Peiriant golchi dillad neu olchi llestri', '£18.00 yr un'],
        ['Teledu neu sgrin cyfrifiadur', '£10.00 yr un'],
      ],
    });
  });

  it('per item, says an item that costs nothing is free, and nothing of a concession the council does not offer', () => {
    const fridge = { en: 'It must be empty.', cy: 'Rhaid iddi fod yn wag.' };
    const flow = flowFor('exampleshire', {
      concession: null,
      catalogue: [
        { id: 'sofa', name: { en: 'Sofa', cy: 'Soffa' }, category: 'furniture', pricePence: 0 },
        { id: 'fridge', name: { en: 'Fridge', cy: 'Oergell' }, category: 'appliances', pricePence: 0, note: fridge },
      ],
    });
    expect(itemsPage(flow, 'en')).toEqual({
      body: [],
      options: [
        ['Sofa', 'Free'],
        ['Fridge', 'Free. It must be empty.'],
      ],
    });
    expect(itemsPage(flow, 'cy').options).toEqual([
      ['Soffa', 'Am ddim'],
      ['Oergell', 'Am ddim. Rhaid iddi fod yn wag.'],
    ]);
  });

  it('in bands, says once what each band costs, with the items’ notes as the council wrote them', () => {
    const flow = flowFor('enghraifft');
    expect(itemsPage(flow, 'en')).toEqual({
      body: [
        'A collection of up to 3 items costs £25.00.',
        'A collection of up to 6 items costs £40.00.',
        'If you get Pension Credit or Council Tax Reduction, you may pay less. We will ask you about this next.',
      ],
      options: [
        [
          'Piece of furniture',
          'For example a sofa, table, wardrobe or bed. Count a table and its chairs as separate items.',
        ],
        ['Fridge, freezer or cooker', 'Fridges and freezers must be empty and defrosted.'],
        ['Garden furniture or lawnmower', 'Empty the fuel from petrol lawnmowers.'],
        ['Bag of household items', 'No garden waste, rubble or building waste.'],
      ],
    });
    expect(itemsPage(flow, 'cy').body).toEqual([
      'Mae casgliad o hyd at 3 eitem yn costio £25.00.',
      'Mae casgliad o hyd at 6 eitem yn costio £40.00.',
      'Os ydych chi’n cael Credyd Pensiwn neu Ostyngiad Treth Gyngor, efallai y byddwch chi’n talu llai. Byddwn yn gofyn i chi am hyn nesaf.',
    ]);
    expect(itemsPage(flow, 'cy').options?.[1]).toEqual([
      'Oergell, rhewgell neu ffwrn',
      'Rhaid i oergelloedd a rhewgelloedd fod yn wag ac wedi’u dadmer.',
    ]);
  });

  it('in bands, words a band of one item as one', () => {
    const bands = [
      { upTo: 1, pricePence: 1000 },
      { upTo: 6, pricePence: 4000 },
    ];
    const flow = flowFor('enghraifft', { charging: { bands }, concession: null });
    expect(itemsPage(flow, 'en').body).toEqual([
      'A collection of 1 item costs £10.00.',
      'A collection of up to 6 items costs £40.00.',
    ]);
  });

  it('free, says nothing about price, whatever the catalogue’s prices, and nothing of a concession', () => {
    const flow = flowFor('exampleshire', { charging: { model: 'free' } });
    expect(itemsPage(flow, 'en')).toEqual({
      body: [],
      options: [
        ['Sofa', null],
        ['Armchair', null],
        ['Bed frame or mattress', 'Take the bed frame apart if you can.'],
        ['Fridge or freezer', 'Fridges and freezers must be empty and defrosted.'],
        ['Washing machine or dishwasher', null],
        ['Television or computer monitor', null],
      ],
    });
    expect(itemsPage(flow, 'cy')).toEqual({
      body: [],
      options: [
        ['Soffa', null],
        ['Cadair freichiau', null],
        ['Ffrâm gwely neu fatres', 'Tynnwch ffrâm y gwely yn ddarnau os gallwch chi.'],
        ['Oergell neu rewgell', 'Rhaid i oergelloedd a rhewgelloedd fod yn wag ac wedi’u dadmer.'],
        ['Peiriant golchi dillad neu olchi llestri', null],
        ['Teledu neu sgrin cyfrifiadur', null],
      ],
    });
  });
});

describe('a resident’s mistakes, word for word', () => {
  function errorsOn(flow: Flow<typeof bulkyWaste>, step: string, post: Post, locale: Locale) {
    const before = {
      address: { line1: 'x', town: 'y', postcode: 'EX1 2AB' },
      items: { chosen: ['fridge-freezer'] },
      concession: { claimed: 'no' },
    } as Answers;
    const result = handleStepPost(flow, step, post, before, { locale });
    if (result.ok) throw new Error(`${step} was accepted`);
    return result.errors.map((error) => [error.field, error.message]);
  }

  it('asks for at least one item', () => {
    const flow = flowFor('exampleshire');
    expect(errorsOn(flow, 'items', {}, 'en')).toEqual([['chosen', 'Select the items you want us to collect']]);
    expect(errorsOn(flow, 'items', {}, 'cy')).toEqual([
      ['chosen', 'Dewiswch yr eitemau rydych chi eisiau i ni eu casglu'],
    ]);
  });

  it('names the most items a booking may have, and how many were chosen', () => {
    const flow = flowFor('northmoor');
    const tooMany = { chosen: ['sofa', 'mattress'], count1: '2', count2: '2' };
    expect(errorsOn(flow, 'items', tooMany, 'en')).toEqual([
      ['chosen', 'You can book up to 3 items in one collection – you have chosen 4'],
    ]);
    expect(errorsOn(flow, 'items', tooMany, 'cy')).toEqual([
      ['chosen', 'Gallwch drefnu hyd at 3 eitem mewn un casgliad – rydych chi wedi dewis 4'],
    ]);
  });

  it('keeps each item within its own most, with the limit in the hint and the error', () => {
    const flow = flowFor('exampleshire');
    const count = flow.view('items', 'en').fields.find((field) => field.name === 'count1');
    expect([count?.label, count?.hint]).toEqual(['How many?', 'Up to 2']);
    expect(errorsOn(flow, 'items', { chosen: ['sofa'], count1: '3' }, 'en')).toEqual([
      ['count1', 'How many must be between 1 and 2'],
    ]);
    expect(errorsOn(flow, 'items', { chosen: ['sofa'], count1: '' }, 'cy')).toEqual([['count1', 'Rhowch faint']]);
  });

  it('takes only a date offered', () => {
    const flow = flowFor('exampleshire');
    expect(errorsOn(flow, 'date', { date: '2026-10-20' }, 'en')).toEqual([['date', 'Select a collection date']]);
  });
});

describe('a council’s own slot provider', () => {
  it('offers the dates it gives, and ends the journey when it gives none', () => {
    const full = bulkyWasteWith(rulesSlots({ bookingsOn: (date) => (date === '2026-10-19' ? 25 : 0) }));
    const flow = createFlow(full, resolveRules(full, presets.exampleshire), { today: () => today });
    expect(flow.fields('date').date?.options?.[0]?.value).toBe('2026-10-21');

    const none = bulkyWasteWith({ datesOffered: () => [] });
    const closed = createFlow(none, resolveRules(none, presets.exampleshire), { today: () => today });
    const answers = {
      address: { line1: 'x', town: 'y', postcode: 'EX1 2AB' },
      items: { chosen: ['sofa'], count1: 1 },
      concession: { claimed: 'no' },
    } as never;
    expect(closed.currentStep(answers)).toBe('noDates');
    expect(closed.view('noDates', 'en').body).toEqual([
      'All our collection dates are booked at the moment.',
      'Call us to book a collection.',
    ]);
  });
});

describe('a closed service', () => {
  it.each(locales)('ends on its first page, in the council’s own words, in %s', (locale) => {
    const flow = flowFor('northmoor', { service: { open: false } });
    expect(flow.path({})).toEqual(['closed']);
    expect(flow.view('closed', locale).body[1]).toBe(
      locale === 'en'
        ? 'For anything urgent, call 01632 960 456.'
        : 'Ar gyfer unrhyw beth brys, ffoniwch 01632 960 456.',
    );
    expect(flow.submission({}).ok).toBe(false);
  });
});
