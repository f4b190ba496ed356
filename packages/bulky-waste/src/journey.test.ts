import { CHECK_ANSWERS, createFlow, type Flow, handleStepPost, type Locale, type TransactionAnswers } from '@lgds/core';
import { payloadSchema, type RulesLayer, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { payloadSchemaDocument } from '../scripts/write-schema.mjs';
import { presets } from './presets';
import { bulkyWaste } from './transaction';

// Each preset council's resident, posting page by page through the engine as a browser without JavaScript does, in
// English and in Welsh: the pages they see, check answers as they read it, the payload the council's back office gets
// (checked against the JSON Schema published as @lgds/bulky-waste/schema.json) and what the confirmation says.

type Council = keyof typeof presets;
type Answers = TransactionAnswers<typeof bulkyWaste>;
const locales: readonly Locale[] = ['en', 'cy'];
const reference = 'BW-7KQ4M-X9RTP';
const submittedAt = new Date('2026-10-15T09:30:00.000Z');

function flowFor(council: Council, ...changes: RulesLayer<typeof bulkyWaste>[]): Flow<typeof bulkyWaste> {
  return createFlow(bulkyWaste, resolveRules(bulkyWaste, presets[council], ...changes));
}

/** One page as a browser posts it. */
interface Page {
  step: 'items' | 'contact';
  post: Readonly<Record<string, string>>;
}

/** A resident of an open council: what they post on each page, and what they read back. */
interface Resident {
  pages: readonly Page[];
  /** Check answers, as [question, answer] pairs. */
  rows: Readonly<Record<Locale, readonly (readonly [string, string])[]>>;
  /** "What happens next" on the confirmation page. */
  next: Readonly<Record<Locale, readonly string[]>>;
}

const residents: Readonly<Record<'exampleshire' | 'enghraifft', Resident>> = {
  exampleshire: {
    pages: [
      { step: 'items', post: { details: 'The bench by the pond in Exampleton Park is broken.' } },
      { step: 'contact', post: { email: 'resident@example.com' } },
    ],
    rows: {
      en: [
        ['Details', 'The bench by the pond in Exampleton Park is broken.'],
        ['Email address', 'resident@example.com'],
      ],
      cy: [
        ['Manylion', 'The bench by the pond in Exampleton Park is broken.'],
        ['Cyfeiriad e-bost', 'resident@example.com'],
      ],
    },
    next: {
      en: ['We will reply to resident@example.com within 10 working days.'],
      cy: ['Byddwn yn anfon ateb i resident@example.com o fewn 10 diwrnod gwaith.'],
    },
  },
  enghraifft: {
    pages: [
      { step: 'items', post: { details: 'Mae’r giât i’r parc wedi torri.' } },
      { step: 'contact', post: { email: 'preswylydd@example.com' } },
    ],
    rows: {
      en: [
        ['Details', 'Mae’r giât i’r parc wedi torri.'],
        ['Email address', 'preswylydd@example.com'],
      ],
      cy: [
        ['Manylion', 'Mae’r giât i’r parc wedi torri.'],
        ['Cyfeiriad e-bost', 'preswylydd@example.com'],
      ],
    },
    next: {
      en: ['We will reply to preswylydd@example.com within 5 working days.'],
      cy: ['Byddwn yn anfon ateb i preswylydd@example.com o fewn 5 diwrnod gwaith.'],
    },
  },
};

/** The JSON Schema a back office checks payloads with, as scripts/write-schema.mjs writes it into dist. */
const publishedSchema = z.fromJSONSchema(payloadSchemaDocument(bulkyWaste));

describe.each(Object.entries(residents))('a resident of %s', (council, resident) => {
  it.each(locales)(
    'goes from the first page to check answers, sends and is told what happens next, in %s',
    (locale) => {
      const flow = flowFor(council as Council);
      let answers: Answers = {};
      let position: string | undefined = flow.currentStep(answers);
      for (const page of resident.pages) {
        expect(position).toBe(page.step);
        const result = handleStepPost(flow, page.step, page.post, answers, { locale });
        if (!result.ok) throw new Error(`${page.step} was refused: ${JSON.stringify(result.errors)}`);
        answers = result.answers;
        position = result.next;
      }
      expect(position).toBe(CHECK_ANSWERS);
      expect(flow.path(answers)).toEqual(resident.pages.map((page) => page.step));

      const rows = flow.checkAnswers(answers, locale);
      expect(rows.map((row) => [row.question, row.answer.join('\n')])).toEqual(resident.rows[locale]);
      expect(rows.map((row) => row.href)).toEqual(['items#details', 'contact#email']);

      const sent = flow.submission(answers, { reference, submittedAt });
      if (!sent.ok) throw new Error(`not ready to send: ${JSON.stringify(sent.errors)}`);
      expect(sent.payload).toEqual({
        transaction: 'bulky-waste',
        version: 1,
        reference,
        submittedAt: '2026-10-15T09:30:00.000Z',
        answers: Object.fromEntries(resident.pages.map((page) => [page.step, page.post])),
        derived: {},
      });
      expect(payloadSchema(flow).parse(sent.payload)).toEqual(sent.payload);
      expect(publishedSchema.safeParse(sent.payload).success).toBe(true);
      expect(flow.confirmation(sent.payload, locale)).toEqual(resident.next[locale]);
    },
  );
});

describe('the published JSON Schema', () => {
  const payload = {
    transaction: 'bulky-waste',
    version: 1,
    reference,
    submittedAt: '2026-10-15T09:30:00.000Z',
    answers: { items: { details: 'The bench is broken.' }, contact: { email: 'resident@example.com' } },
    derived: {},
  };

  it('takes an answer as long as any council allows, and no longer', () => {
    const longest = { ...payload, answers: { ...payload.answers, items: { details: 'a'.repeat(5000) } } };
    const tooLong = { ...payload, answers: { ...payload.answers, items: { details: 'a'.repeat(5001) } } };
    expect(publishedSchema.safeParse(longest).success).toBe(true);
    expect(publishedSchema.safeParse(tooLong).success).toBe(false);
  });

  it('refuses an email address that is not one, or a payload from another transaction', () => {
    const contact = (email: string) => ({ ...payload, answers: { ...payload.answers, contact: { email } } });
    expect(publishedSchema.safeParse(contact('resident.example.com')).success).toBe(false);
    expect(publishedSchema.safeParse({ ...payload, transaction: 'garden-waste-new' }).success).toBe(false);
  });
});

describe('a closed service', () => {
  const standardWords = {
    en: ['You cannot use this service at the moment.', 'Check again later.'],
    cy: ['Ni allwch ddefnyddio’r gwasanaeth hwn ar hyn o bryd.', 'Gwiriwch eto nes ymlaen.'],
  };
  const northmoorWords = {
    en: [
      'This service is closed until 1 April while we move to a new system.',
      'For anything urgent, call 01632 960 456.',
    ],
    cy: [
      'Mae’r gwasanaeth hwn ar gau tan 1 Ebrill tra byddwn yn symud i system newydd.',
      'Ar gyfer unrhyw beth brys, ffoniwch 01632 960 456.',
    ],
  };

  it.each(locales)('ends the journey at Northmoor on its first page, in the council’s own words, in %s', (locale) => {
    const flow = flowFor('northmoor');
    expect(flow.path({})).toEqual(['closed']);
    const page = flow.view('closed', locale);
    expect(page.ends).toBe(true);
    expect(page.body).toEqual(northmoorWords[locale]);
    expect(flow.nextStep('closed', {})).toBeUndefined();
    expect(flow.submission({}).ok).toBe(false);
  });

  it.each(locales)('says so in the standard words when the council gives none, in %s', (locale) => {
    const flow = flowFor('exampleshire', { service: { open: false } });
    expect(flow.path({})).toEqual(['closed']);
    expect(flow.view('closed', locale).body).toEqual(standardWords[locale]);
  });
});

describe('a resident’s mistakes, word for word', () => {
  /** The errors posting this page gives, after the pages before it, as [field, message] pairs. */
  function errorsOn(flow: Flow<typeof bulkyWaste>, page: Page, locale: Locale, answers: Answers = {}) {
    const result = handleStepPost(flow, page.step, page.post, answers, { locale });
    if (result.ok) throw new Error(`${page.step} was accepted`);
    return result.errors.map((error) => [error.field, error.message]);
  }

  it('says how long an answer may be, from the council’s rules, in the hint and the error', () => {
    const flow = flowFor('enghraifft');
    expect(flow.view('items', 'en').fields[0]?.hint).toBe('Give as much detail as you can, in up to 800 characters.');
    expect(flow.view('items', 'cy').fields[0]?.hint).toBe(
      'Rhowch gymaint o fanylion ag y gallwch, mewn hyd at 800 nod.',
    );
    const tooLong: Page = { step: 'items', post: { details: 'a'.repeat(801) } };
    expect(errorsOn(flow, tooLong, 'en')).toEqual([['details', 'What you tell us must be 800 characters or less']]);
    expect(errorsOn(flow, tooLong, 'cy')).toEqual([
      ['details', 'Rhaid i’r hyn rydych chi’n ei ddweud wrthym fod yn 800 nod neu lai'],
    ]);
  });

  it('asks for what is missing', () => {
    const flow = flowFor('exampleshire');
    const empty: Page = { step: 'items', post: { details: '  ' } };
    expect(errorsOn(flow, empty, 'en')).toEqual([['details', 'Enter what you need to tell us']]);
    expect(errorsOn(flow, empty, 'cy')).toEqual([['details', 'Rhowch yr hyn sydd angen i chi ei ddweud wrthym']]);
  });

  it('asks for an email address in the right format', () => {
    const flow = flowFor('exampleshire');
    const answered: Answers = { items: { details: 'The bench is broken.' } };
    const wrong: Page = { step: 'contact', post: { email: 'resident.example.com' } };
    expect(errorsOn(flow, wrong, 'en', answered)).toEqual([
      ['email', 'Enter an email address in the correct format, like name@example.com'],
    ]);
    expect(errorsOn(flow, wrong, 'cy', answered)).toEqual([
      ['email', 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com'],
    ]);
  });
});
