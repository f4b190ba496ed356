import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import * as field from './fields/index';
import { CHECK_ANSWERS, createFlow } from './flow';
import { inEnglish } from './messages/in-english';
import { inWelsh } from './messages/in-welsh';
import { defineMessages, missingTranslations } from './messages/translate';
import type { MessageRef } from './messages/types';
import { payloadJsonSchema, payloadSchema } from './payload';
import { resolveRules } from './rules/resolve';
import { concessionCouncil, houseAnswers, sampleFlow, today } from './sample/fixtures';
import { bulkyWaste } from './sample/transaction';
import { handleStepPost } from './server';
import type { RulesOf, TransactionAnswers } from './transaction';
import { defineJourney, defineStep, defineTransaction } from './transaction';

describe('the path through a journey', () => {
  it('starts at the first step and asks every step a default council needs', () => {
    const flow = sampleFlow();
    expect(flow.firstStep()).toBe('address');
    expect(flow.path({})).toEqual(['address', 'property', 'items', 'contact', 'collection']);
  });

  it('skips the concession question when the council has no concessions, and asks it when it has', () => {
    expect(sampleFlow().path(houseAnswers)).not.toContain('concession');
    expect(sampleFlow(concessionCouncil).path(houseAnswers)).toContain('concession');
  });

  it('ends the journey for a flat where the council does not collect from flats', () => {
    const flow = sampleFlow(concessionCouncil);
    const answers = { ...houseAnswers, property: { type: 'flat' as const } };
    expect(flow.path(answers)).toEqual(['address', 'property', 'notServed']);
    expect(flow.nextStep('property', answers)).toBe('notServed');
    expect(flow.nextStep('notServed', answers)).toBeUndefined();
    expect(flow.currentStep(answers)).toBe('notServed');
  });

  it('goes forward and back along the resident’s own path', () => {
    const flow = sampleFlow(concessionCouncil);
    expect(flow.nextStep('items', houseAnswers)).toBe('concession');
    expect(flow.previousStep('contact', houseAnswers)).toBe('concession');
    expect(flow.nextStep('collection', houseAnswers)).toBe(CHECK_ANSWERS);
    expect(flow.previousStep(CHECK_ANSWERS, houseAnswers)).toBe('collection');
    expect(flow.previousStep('address', houseAnswers)).toBeUndefined();
  });

  it('knows the first page still to answer', () => {
    const flow = sampleFlow();
    expect(flow.currentStep({})).toBe('address');
    expect(flow.currentStep({ address: houseAnswers.address })).toBe('property');
    expect(flow.currentStep(houseAnswers)).toBe(CHECK_ANSWERS);
  });

  it('drops answers to steps the path no longer visits', () => {
    const flow = sampleFlow(concessionCouncil);
    const answers = { ...houseAnswers, concession: { type: 'pension-credit' }, property: { type: 'flat' as const } };
    expect(flow.prune(answers)).toEqual({ address: houseAnswers.address, property: { type: 'flat' } });
  });
});

describe('validateStep', () => {
  it('returns the cleaned answers', () => {
    const flow = sampleFlow();
    expect(flow.validateStep('address', { line1: '  1 High Street ', town: '', postcode: 'ex11aa' })).toEqual({
      ok: true,
      values: { line1: '1 High Street', postcode: 'EX1 1AA' },
    });
  });

  it('gives every field’s error in GOV.UK words, in page order', () => {
    const flow = sampleFlow();
    expect(flow.validateStep('address', { line1: '', postcode: 'not a postcode' })).toEqual({
      ok: false,
      errors: [
        {
          field: 'line1',
          href: '#line1',
          key: 'error.required',
          message: 'Enter address line 1, typically the building and street',
        },
        { field: 'postcode', href: '#postcode', key: 'error.postcode', message: 'Enter a real postcode, like AA1 1AA' },
      ],
    });
  });

  it('gives errors in Welsh', () => {
    const result = sampleFlow().validateStep('items', { count: '9' }, 'cy');
    expect(result).toMatchObject({ ok: false, errors: [{ message: 'Rhaid i nifer yr eitemau fod rhwng 1 a 5' }] });
  });

  it('takes limits from the council’s rules', () => {
    expect(sampleFlow().validateStep('items', { count: '6' })).toMatchObject({
      errors: [{ message: 'The number of items must be between 1 and 5' }],
    });
    expect(sampleFlow({ maxItems: 8 }).validateStep('items', { count: '6' })).toEqual({
      ok: true,
      values: { count: 6 },
    });
  });

  it('checks a revealed field only when its answer is chosen, and keeps it only then', () => {
    const flow = sampleFlow();
    expect(flow.validateStep('contact', { contactBy: 'phone', email: 'not an email', phone: '07700 900 982' })).toEqual(
      {
        ok: true,
        values: { contactBy: 'phone', phone: '07700 900 982' },
      },
    );
    expect(flow.validateStep('contact', { contactBy: 'email', email: '' })).toMatchObject({
      errors: [{ field: 'email', message: 'Enter your email address' }],
    });
  });

  it('links a date error to the first wrong box and says which boxes are wrong', () => {
    const flow = sampleFlow();
    expect(flow.validateStep('collection', { date: { day: '10', month: '', year: '' } })).toEqual({
      ok: false,
      errors: [
        {
          field: 'date',
          href: '#date-month',
          key: 'error.date.missing',
          message: 'The collection date must include a month and year',
          parts: ['month', 'year'],
        },
      ],
    });
  });

  it('states the allowed range when a date is outside the window', () => {
    expect(sampleFlow().validateStep('collection', { date: { day: '1', month: '3', year: '2027' } })).toMatchObject({
      errors: [{ message: 'The collection date must be between 4 March 2027 and 30 April 2027', href: '#date-day' }],
    });
    expect(
      sampleFlow().validateStep('collection', { date: { day: '1', month: '3', year: '2027' } }, 'cy'),
    ).toMatchObject({
      errors: [{ message: 'Rhaid i’r dyddiad casglu fod rhwng 4 Mawrth 2027 a 30 Ebrill 2027' }],
    });
  });

  it('accepts its own stored answers again', () => {
    const flow = sampleFlow();
    for (const id of flow.path(houseAnswers)) {
      const stored = houseAnswers[id as keyof typeof houseAnswers];
      expect(flow.validateStep(id, stored)).toEqual({ ok: true, values: stored });
    }
  });
});

describe('validateAll', () => {
  it('returns the answers on the path, checked again', () => {
    const flow = sampleFlow();
    const answers = { ...houseAnswers, concession: { type: 'pension-credit' } };
    expect(flow.validateAll(answers)).toEqual({ ok: true, answers: houseAnswers });
  });

  it('names the first step to fix', () => {
    const flow = sampleFlow();
    const result = flow.validateAll({ ...houseAnswers, items: { count: 99 } });
    expect(result).toMatchObject({ ok: false, step: 'items', errors: [{ step: 'items', field: 'count' }] });
  });

  it('refuses a journey that ended', () => {
    const flow = sampleFlow(concessionCouncil);
    expect(flow.validateAll({ ...houseAnswers, property: { type: 'flat' } })).toEqual({
      ok: false,
      step: 'notServed',
      errors: [],
    });
  });
});

describe('check answers', () => {
  it('shows each question as one row, as the resident would read it, with a change link to its first box', () => {
    const flow = sampleFlow(concessionCouncil);
    const rows = flow.checkAnswers(
      { ...houseAnswers, concession: { type: 'pension-credit' } },
      'en',
      (id) => `/bulky/${id}`,
    );
    expect(rows.map((row) => [row.question, row.answer.join(' / '), row.href])).toEqual([
      ['Collection address', '1 High Street / EX1 1AA', '/bulky/address#line1'],
      ['Property type', 'House or bungalow', '/bulky/property#type'],
      ['Number of items', '3', '/bulky/items#count'],
      ['Benefits', 'Pension Credit', '/bulky/concession#type'],
      ['How should we contact you?', 'Email', '/bulky/contact#contactBy'],
      ['Email address', 'resident@example.com', '/bulky/contact#email'],
      ['Collection date', '10 March 2027', '/bulky/collection#date-day'],
    ]);
  });

  it('shows an address as one row of the lines given, in the resident’s language', () => {
    const flow = sampleFlow();
    const address = (given: Record<string, string>, locale: 'en' | 'cy' = 'en') =>
      flow
        .checkAnswers({ ...houseAnswers, address: given } as typeof houseAnswers, locale)
        .filter((row) => row.stepId === 'address');
    expect(address({ line1: '1 High Street', town: 'Exampleton', postcode: 'EX1 1AA' })).toEqual([
      {
        stepId: 'address',
        field: 'line1',
        question: 'Collection address',
        answer: ['1 High Street', 'Exampleton', 'EX1 1AA'],
        href: 'address#line1',
      },
    ]);
    expect(address({ line1: '1 Stryd Fawr', postcode: 'EX1 1AA' }, 'cy')).toMatchObject([
      { question: 'Cyfeiriad y casgliad', answer: ['1 Stryd Fawr', 'EX1 1AA'] },
    ]);
  });

  it('keys a one-row step by its title when it has no summary message, and says "Not given" when nothing was', () => {
    const transaction = defineTransaction({
      id: 'one-row',
      version: 1,
      title: { en: 'One row', cy: 'Un rhes' },
      rules: z.strictObject({}),
      messages: defineMessages({
        en: { 'forwarding.title': 'Forwarding address', 'forwarding.line1.label': 'Line 1' },
        cy: { 'forwarding.title': 'Cyfeiriad anfon ymlaen', 'forwarding.line1.label': 'Llinell 1' },
      }),
      steps: {
        forwarding: defineStep({
          fields: () => ({ line1: field.text({ optional: true }), town: field.text({ optional: true }) }),
          summary: 'one-row',
        }),
      },
    });
    const flow = createFlow(transaction, resolveRules(transaction));
    expect(flow.checkAnswers({ forwarding: {} }, 'cy')).toEqual([
      {
        stepId: 'forwarding',
        field: 'line1',
        question: 'Cyfeiriad anfon ymlaen',
        answer: ['Heb ei roi'],
        href: 'forwarding#line1',
      },
    ]);
  });
});

describe('what the resident will pay', () => {
  it('is not among the answers: costs gives it, for its own heading', () => {
    const flow = sampleFlow(concessionCouncil);
    const answers = { ...houseAnswers, concession: { type: 'pension-credit' } };
    expect(flow.checkAnswers(answers).some((row) => row.question === 'Price')).toBe(false);
    expect(flow.costs(answers)).toEqual([{ question: 'Price', answer: ['£22.50'] }]);
    expect(flow.costs(answers, 'cy')).toEqual([{ question: 'Pris', answer: ['£22.50'] }]);
    expect(flow.translator('cy')('ui.costsTitle')).toBe('Beth fydd angen i chi ei dalu');
  });

  it('is empty for a transaction with no costs', () => {
    const transaction = defineTransaction({
      id: 'free',
      version: 1,
      title: { en: 'Free', cy: 'Am ddim' },
      rules: z.strictObject({}),
      messages: defineMessages({ en: {}, cy: {} }),
      steps: { only: defineStep({ fields: () => ({}) }) },
    });
    expect(createFlow(transaction, resolveRules(transaction)).costs({})).toEqual([]);
  });
});

describe('check answers in Welsh', () => {
  it('speaks Welsh, including the council’s own Welsh labels', () => {
    const flow = sampleFlow(concessionCouncil);
    const rows = flow.checkAnswers({ ...houseAnswers, concession: { type: 'pension-credit' } }, 'cy');
    expect(rows.find((row) => row.stepId === 'concession')?.answer).toEqual(['Credyd Pensiwn']);
    expect(rows.find((row) => row.stepId === 'collection')?.answer).toEqual(['10 Mawrth 2027']);
  });
});

describe('a council’s own words in a step', () => {
  type WordsRules = { format: { en: string; cy: string }; penalty: { en: string; cy: string } | null };
  const transaction = defineTransaction({
    id: 'words',
    version: 1,
    title: { en: 'Words', cy: 'Geiriau' },
    rules: z.strictObject({
      format: z.strictObject({ en: z.string(), cy: z.string() }).default({ en: '8 digits', cy: '8 digid' }),
      penalty: z.strictObject({ en: z.string(), cy: z.string() }).nullable().default(null),
    }),
    messages: defineMessages({
      en: {
        'account.title': 'Account',
        'account.reference.label': 'Account number',
        'account.reference.hint': 'It is {format}',
        'account.reference.format': 'Enter your account number in the correct format: {format}',
        'account.warning': 'You could be fined',
      },
      cy: {
        'account.title': 'Cyfrif',
        'account.reference.label': 'Rhif cyfrif',
        'account.reference.hint': 'Mae’n {format}',
        'account.reference.format': 'Rhowch eich rhif cyfrif yn y fformat cywir: {format}',
        'account.warning': 'Gallech gael dirwy',
      },
    }),
    steps: {
      account: defineStep({
        fields: (rules: WordsRules) => ({
          reference: field.text({
            pattern: { regex: /^\d{8}$/, message: 'account.reference.format', params: { format: rules.format } },
          }),
        }),
        params: (rules) => ({ format: rules.format }),
        warning: (rules: WordsRules) => rules.penalty,
      }),
    },
  });

  it('puts the council’s words into messages in the resident’s language', () => {
    const flow = createFlow(transaction, resolveRules(transaction));
    expect(flow.view('account', 'cy').fields[0]?.hint).toBe('Mae’n 8 digid');
    expect(flow.validateStep('account', { reference: '12' }, 'cy')).toMatchObject({
      errors: [{ message: 'Rhowch eich rhif cyfrif yn y fformat cywir: 8 digid' }],
    });
  });

  it('shows a warning from the messages, or the council’s own', () => {
    expect(createFlow(transaction, resolveRules(transaction)).view('account').warning).toBe('You could be fined');
    const own = createFlow(
      transaction,
      resolveRules(transaction, { penalty: { en: 'Fine: £1,000', cy: 'Dirwy: £1,000' } }),
    );
    expect(own.view('account', 'cy').warning).toBe('Dirwy: £1,000');
  });
});

describe('a page with nothing to answer', () => {
  const transaction = defineTransaction({
    id: 'notice',
    version: 1,
    title: { en: 'Notice', cy: 'Hysbysiad' },
    rules: z.strictObject({}),
    messages: defineMessages({ en: { 'notice.title': 'Read this' }, cy: { 'notice.title': 'Darllenwch hwn' } }),
    steps: {
      notice: defineStep({ fields: () => ({}) }),
      agree: defineStep({ fields: () => ({ ok: field.checkboxes({ options: [{ value: 'yes' }] }) }) }),
    },
  });
  const flow = createFlow(transaction, resolveRules(transaction));

  it('must be continued past before the journey can be sent, so it is always seen', () => {
    expect(flow.currentStep({ agree: { ok: ['yes'] } })).toBe('notice');
    expect(flow.submission({ agree: { ok: ['yes'] } })).toMatchObject({ ok: false, step: 'notice' });
    expect(handleStepPost(flow, 'notice', {}, {})).toMatchObject({ ok: true, answers: { notice: {} }, next: 'agree' });
    expect(flow.currentStep({ notice: {}, agree: { ok: ['yes'] } })).toBe(CHECK_ANSWERS);
  });
});

describe('confirmation', () => {
  it('says what happens next, in the resident’s language', () => {
    const flow = sampleFlow();
    const result = flow.submission(houseAnswers);
    if (!result.ok) throw new Error('expected a payload');
    expect(flow.confirmation(result.payload)).toEqual([
      'We will collect your items on 10 March 2027. Put them outside your property by 7am.',
    ]);
    expect(flow.confirmation(result.payload, 'cy')[0]).toContain('10 Mawrth 2027');
  });
});

describe('answers that are not a record of steps', () => {
  const notAnswers: unknown[] = [null, undefined, [], [houseAnswers], 'address', 42, true];

  it('count as no answers in every method that takes answers', () => {
    const flow = sampleFlow();
    for (const given of notAnswers) {
      const answers = given as never;
      expect(flow.submission(answers)).toEqual({ ok: false, step: 'address', errors: [] });
      expect(flow.validateAll(answers)).toEqual({ ok: false, step: 'address', errors: [] });
      expect(flow.currentStep(answers)).toBe('address');
      expect(flow.path(answers)).toEqual(flow.path({}));
      expect(flow.prune(answers)).toEqual({});
      expect(flow.nextStep('address', answers)).toBe('property');
      expect(flow.previousStep('property', answers)).toBe('address');
      expect(flow.checkAnswers(answers)).toEqual(flow.checkAnswers({}));
    }
  });

  it('count a step whose answers are not a record as that step unanswered', () => {
    const flow = sampleFlow();
    const answers = { ...houseAnswers, property: 'house', items: null } as never;
    expect(flow.checkAnswers(answers)).toEqual(
      flow.checkAnswers({ ...houseAnswers, property: {}, items: {} } as never),
    );
    expect(flow.currentStep(answers)).toBe('property');
  });
});

describe('submission', () => {
  it('builds the payload from the answers on the path, with the derived price', () => {
    const flow = sampleFlow(concessionCouncil);
    const result = flow.submission(
      { ...houseAnswers, concession: { type: 'pension-credit' } },
      { reference: 'BW-ABCDE-FGHJK', submittedAt: new Date('2027-03-01T10:00:00Z') },
    );
    expect(result).toEqual({
      ok: true,
      payload: {
        transaction: 'bulky-waste',
        version: 1,
        reference: 'BW-ABCDE-FGHJK',
        submittedAt: '2027-03-01T10:00:00.000Z',
        answers: { ...houseAnswers, concession: { type: 'pension-credit' } },
        derived: { pricePence: 2250 },
      },
    });
  });

  it('makes a readable reference when none is given', () => {
    const result = sampleFlow().submission(houseAnswers);
    expect(result.ok && result.payload.reference).toMatch(/^BW-[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  });

  it('does not send answers to skipped steps', () => {
    const result = sampleFlow().submission({ ...houseAnswers, concession: { type: 'pension-credit' } });
    expect(result.ok && Object.keys(result.payload.answers)).not.toContain('concession');
  });

  it('has a payload schema that accepts its payloads and a JSON Schema for integrators', () => {
    const flow = sampleFlow(concessionCouncil);
    const result = flow.submission({ ...houseAnswers, concession: { type: 'pension-credit' } });
    if (!result.ok) throw new Error('expected a payload');
    expect(payloadSchema(flow).safeParse(result.payload).success).toBe(true);
    expect(payloadSchema(flow).safeParse({ ...result.payload, reference: 'oops' }).success).toBe(false);

    const schema = payloadJsonSchema(flow) as { title: string; properties: Record<string, Record<string, unknown>> };
    expect(schema.title).toBe('Book a bulky waste collection (version 1)');
    expect(schema.properties.transaction).toEqual({ type: 'string', const: 'bulky-waste' });
    const answers = schema.properties.answers as {
      properties: Record<string, { properties: Record<string, unknown> }>;
    };
    expect(answers.properties.collection?.properties.date).toMatchObject({ type: 'string', format: 'date' });
    expect(answers.properties.items?.properties.count).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(answers.properties.property?.properties.type).toMatchObject({ enum: ['house', 'flat'] });
    expect(z.toJSONSchema(payloadSchema(flow), { io: 'output', unrepresentable: 'any' })).toBeTruthy();
  });
});

describe('a step that loads what its check needs', () => {
  const withTable = (load: () => Promise<unknown>) =>
    createFlow(
      inEnglish(
        defineJourney({
          id: 'bank-details',
          version: 1,
          title: { en: 'Bank details', cy: 'Manylion banc' },
          steps: {
            bank: { fields: (_rules: object) => ({ sortCode: field.text() }), prepare: load },
            done: { fields: (_rules: object) => ({}) },
          },
        }),
        { 'bank.title': 'Bank details', 'bank.sortCode.label': 'Sort code', 'done.title': 'Done' },
      ),
      {},
    );

  it('loads it once, however often the page asks, and a page with nothing to load waits for nothing', async () => {
    let loads = 0;
    const flow = withTable(async () => {
      loads += 1;
    });
    expect(flow.prepare('done')).toBeUndefined();
    await Promise.all([flow.prepare('bank'), flow.prepare('bank')]);
    await flow.prepare('bank');
    expect(loads).toBe(1);
  });

  it('tries again after a load that failed, as when the resident’s connection dropped', async () => {
    let loads = 0;
    const flow = withTable(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
    });
    await expect(flow.prepare('bank')).rejects.toThrow('offline');
    await expect(flow.prepare('bank')).resolves.toBeUndefined();
    expect(loads).toBe(2);
  });
});

describe('types', () => {
  it('infers the answers and rules from the schemas', () => {
    type Answers = TransactionAnswers<typeof bulkyWaste>;
    expectTypeOf<NonNullable<Answers['items']>['count']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<Answers['property']>['type']>().toEqualTypeOf<'house' | 'flat'>();
    expectTypeOf<NonNullable<Answers['address']>['town']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RulesOf<typeof bulkyWaste>['maxItems']>().toEqualTypeOf<number>();
  });
});

describe('a page’s words', () => {
  it('gives renderers the title, labels, hints and options in the resident’s language', () => {
    const flow = sampleFlow(concessionCouncil);
    expect(flow.view('concession', 'cy')).toMatchObject({
      id: 'concession',
      title: 'Ydych chi’n cael unrhyw un o’r budd-daliadau hyn?',
      ends: false,
      fields: [
        {
          name: 'type',
          options: [
            { value: 'pension-credit', label: 'Credyd Pensiwn' },
            { value: 'none', label: 'Na, nid wyf yn cael unrhyw un o’r rhain', dividerBefore: true },
          ],
        },
      ],
    });
    expect(flow.view('items').fields[0]?.hint).toBe('You can book up to 5 items.');
    expect(sampleFlow({ maxItems: 1 }).view('items').fields[0]?.hint).toBe('You can book up to 1 item.');
  });

  it('splits an ending page’s explanation into paragraphs', () => {
    expect(sampleFlow(concessionCouncil).view('notServed').body).toEqual([
      'Ask your managing agent about bulky waste.',
      'You can also take items to a recycling centre.',
    ]);
  });

  it('uses the council’s own words from its rules for an ending page, in either language', () => {
    const flow = sampleFlow({
      ...concessionCouncil,
      notServedMessage: { en: 'Use the tip.\n\nIt is free.', cy: 'Ewch i’r domen.' },
    });
    expect(flow.view('notServed').body).toEqual(['Use the tip.', 'It is free.']);
    expect(flow.view('notServed', 'cy').body).toEqual(['Ewch i’r domen.']);
  });

  it('words option hints and paragraphs from messages with values from the rules, in the resident’s language', () => {
    interface ShopRules {
      items: readonly { id: string; pence: number; note: { en: string; cy: string } | null }[];
      bands: readonly { upTo: number }[];
    }
    const shop = defineJourney({
      id: 'shop',
      version: 1,
      title: { en: 'Shop', cy: 'Siop' },
      steps: {
        items: defineStep({
          fields: (rules: ShopRules) => ({
            chosen: field.checkboxes({
              options: rules.items.map((item) => {
                const price = `£${item.pence / 100}`;
                const hint: MessageRef = item.note
                  ? { message: 'items.priceAndNote', params: { price, note: item.note } }
                  : { message: 'items.price', params: { price } };
                return { value: item.id, hint };
              }),
            }),
          }),
          body: (rules: ShopRules) =>
            rules.bands.map((band) => ({ message: 'items.band', params: { count: band.upTo, until: '2027-04-01' } })),
        }),
      },
    });
    const rules: ShopRules = {
      items: [
        { id: 'sofa', pence: 2000, note: null },
        { id: 'fridge', pence: 2500, note: { en: 'Empty it.', cy: 'Gwagiwch hi.' } },
      ],
      bands: [{ upTo: 1 }, { upTo: 3 }],
    };
    const english = createFlow(
      inEnglish(shop, {
        'items.title': 'What?',
        'items.chosen.label': 'What?',
        'items.chosen.options.sofa': 'Sofa',
        'items.chosen.options.fridge': 'Fridge',
        'items.price': '{price} each',
        'items.priceAndNote': '{price} each. {note}',
        'items.band': { one: 'Up to {count} item, until {until}', other: 'Up to {count} items, until {until}' },
      }),
      rules,
    );
    const welsh = createFlow(
      inWelsh(shop, {
        'items.title': 'Beth?',
        'items.chosen.label': 'Beth?',
        'items.chosen.options.sofa': 'Soffa',
        'items.chosen.options.fridge': 'Oergell',
        'items.price': '{price} yr un',
        'items.priceAndNote': '{price} yr un. {note}',
        'items.band': 'Hyd at {count} eitem, tan {until}',
      }),
      rules,
    );
    const shown = (view: ReturnType<typeof english.view>) => [
      view.body,
      view.fields[0]?.options.map((option) => option.hint),
    ];
    expect(shown(english.view('items'))).toEqual([
      ['Up to 1 item, until 1 April 2027', 'Up to 3 items, until 1 April 2027'],
      ['£20 each', '£25 each. Empty it.'],
    ]);
    expect(shown(welsh.view('items'))).toEqual([
      ['Hyd at 1 eitem, tan 1 Ebrill 2027', 'Hyd at 3 eitem, tan 1 Ebrill 2027'],
      ['£20 yr un', '£25 yr un. Gwagiwch hi.'],
    ]);
  });

  it('uses a council’s own wording over the transaction’s', () => {
    const flow = createFlow(bulkyWaste, resolveRules(bulkyWaste), {
      today: () => today,
      messages: { en: { 'items.count.name': 'how many things' }, cy: { 'ui.continue': 'Ymlaen' } },
    });
    expect(flow.validateStep('items', {})).toMatchObject({ errors: [{ message: 'Enter how many things' }] });
    expect(flow.translator('cy')('ui.continue')).toBe('Ymlaen');
  });

  it('has a Welsh message for every English one', () => {
    expect(missingTranslations(bulkyWaste.messages)).toEqual({ missingInWelsh: [], missingInEnglish: [] });
  });
});
