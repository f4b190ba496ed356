import { describe, expect, it } from 'vitest';
import { CHECK_ANSWERS } from './flow';
import { concessionCouncil, houseAnswers, sampleFlow } from './sample/fixtures';
import { handleStepPost } from './server';

const { address, property } = houseAnswers;

describe('handleStepPost', () => {
  it('treats stored answers that are not a record of steps as none', () => {
    const flow = sampleFlow();
    const fields = { line1: '1 High Street', postcode: 'ex11aa' };
    for (const stored of [null, undefined, [], 'address', 7]) {
      expect(handleStepPost(flow, 'address', fields, stored as never)).toEqual({
        ok: true,
        answers: { address: { line1: '1 High Street', postcode: 'EX1 1AA' } },
        next: 'property',
      });
    }
  });

  it('reads FormData, URLSearchParams and plain records alike', () => {
    const flow = sampleFlow();
    const fields = { line1: ' 1 High Street ', postcode: 'ex11aa' };
    const formData = new FormData();
    for (const [name, value] of Object.entries(fields)) formData.append(name, value);
    for (const body of [formData, new URLSearchParams(fields), fields]) {
      expect(handleStepPost(flow, 'address', body, {})).toEqual({
        ok: true,
        answers: { address: { line1: '1 High Street', postcode: 'EX1 1AA' } },
        next: 'property',
      });
    }
  });

  it('reads a GOV.UK date input’s boxes, with month names', () => {
    const flow = sampleFlow();
    const answers = { ...houseAnswers, collection: undefined };
    const body = new URLSearchParams({ 'date-day': '10', 'date-month': 'Mawrth', 'date-year': '2027' });
    expect(handleStepPost(flow, 'collection', body, answers)).toMatchObject({
      ok: true,
      answers: { collection: { date: '2027-03-10' } },
      next: CHECK_ANSWERS,
    });
  });

  it('gives errors with links and keeps what was typed', () => {
    const flow = sampleFlow();
    const body = { 'date-day': '10', 'date-month': '', 'date-year': '2027' };
    expect(handleStepPost(flow, 'collection', body, houseAnswers, { locale: 'cy' })).toEqual({
      ok: false,
      errors: [
        {
          field: 'date',
          href: '#date-month',
          key: 'error.date.missing',
          message: 'Rhaid i’r dyddiad casglu gynnwys mis',
          parts: ['month'],
        },
      ],
      values: { date: { day: '10', month: '', year: '2027' } },
    });
  });

  it('keeps checkbox-style lists and reads ticked radios', () => {
    const flow = sampleFlow();
    const body = new URLSearchParams([
      ['contactBy', 'phone'],
      ['phone', '07700 900 982'],
    ]);
    const answers = { address, property, items: { count: 2 } };
    expect(handleStepPost(flow, 'contact', body, answers)).toMatchObject({
      ok: true,
      answers: { contact: { contactBy: 'phone', phone: '07700 900 982' } },
      next: 'collection',
    });
  });

  it('drops answers that the new answer takes off the path', () => {
    const flow = sampleFlow(concessionCouncil);
    const result = handleStepPost(flow, 'property', { type: 'flat' }, houseAnswers);
    expect(result).toEqual({ ok: true, answers: { address, property: { type: 'flat' } }, next: 'notServed' });
  });

  it('returns to check answers after a change, once everything is answered', () => {
    const flow = sampleFlow();
    const result = handleStepPost(flow, 'items', { count: '2' }, houseAnswers, { returnToCheckAnswers: true });
    expect(result).toMatchObject({ ok: true, next: CHECK_ANSWERS, answers: { items: { count: 2 } } });
  });

  it('after a change that adds a question, goes to that question instead', () => {
    const flow = sampleFlow({ flatsServed: false });
    const withConcessionCouncil = sampleFlow(concessionCouncil);
    expect(handleStepPost(flow, 'items', { count: '2' }, houseAnswers, { returnToCheckAnswers: true })).toMatchObject({
      next: CHECK_ANSWERS,
    });
    expect(
      handleStepPost(withConcessionCouncil, 'items', { count: '2' }, houseAnswers, { returnToCheckAnswers: true }),
    ).toMatchObject({ next: 'concession' });
  });

  it('sends a resident who skips ahead back to the first page still to answer', () => {
    const flow = sampleFlow();
    expect(handleStepPost(flow, 'collection', { 'date-day': '10' }, { address })).toEqual({
      ok: false,
      errors: [],
      values: {},
      redirect: 'property',
    });
    expect(handleStepPost(flow, 'no-such-step', {}, { address })).toMatchObject({ redirect: 'property' });
  });

  it('does not accept a post to a page that ends the journey', () => {
    const flow = sampleFlow(concessionCouncil);
    expect(handleStepPost(flow, 'notServed', {}, { address, property: { type: 'flat' } })).toMatchObject({
      ok: false,
      redirect: 'notServed',
    });
  });

  it('survives hostile posts', () => {
    const flow = sampleFlow();
    const hostile = JSON.parse('{"__proto__": {"line1": "x"}, "constructor": "y"}');
    expect(handleStepPost(flow, 'address', hostile, {})).toMatchObject({
      ok: false,
      errors: [{ field: 'line1' }, { field: 'postcode' }],
    });
    expect(handleStepPost(flow, 'address', { line1: ['a', 'b'], postcode: { evil: true } }, {})).toMatchObject({
      ok: false,
      values: { line1: 'a', postcode: '' },
    });
    expect(handleStepPost(flow, 'address', { line1: 'x'.repeat(1_000_000), postcode: 'EX1 1AA' }, {})).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'line1',
          key: 'error.tooLong',
          message: 'Address line 1, typically the building and street must be 100 characters or less',
        },
      ],
    });
    expect(handleStepPost(flow, 'address', null, 'not answers' as never)).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).line1).toBeUndefined();
  });
});
