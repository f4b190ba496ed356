// @vitest-environment node
import { CHECK_ANSWERS, createFlow, defineMessages, defineTransaction, handleStepPost } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mandateCy } from './cy';
import { mandateEn } from './en';
import { modulusCheck } from './modulus-check';
import { modulusCheckOnDemand } from './modulus-check-on-demand';
import { type MandateRules, mandateSteps } from './steps';

// The mandate pages as any transaction uses them: here a made-up one whose rules are shaped nothing like council
// tax's or garden waste's, asking the mandate only of residents who chose Direct Debit, as garden waste does.

const rules = z.strictObject({
  payBy: z.enum(['card', 'direct-debit']).default('direct-debit'),
  collector: z
    .strictObject({ en: z.string(), cy: z.string() })
    .default({ en: 'Anytown Council', cy: 'Cyngor Anytown' }),
});
type Rules = z.output<typeof rules>;

const mandate = (council: Rules): MandateRules => ({
  serviceUserName: council.collector,
  noticeDays: 5,
  contact: 'https://www.anytown.example/contact',
  multipleSignaturesMessage: null,
});

const transaction = defineTransaction({
  id: 'test-mandate',
  version: 1,
  title: { en: 'Test', cy: 'Prawf' },
  steps: mandateSteps({
    modulus: modulusCheck,
    mandate,
    when: (_answers, council: Rules) => council.payBy === 'direct-debit',
  }),
  rules,
  messages: defineMessages({ en: mandateEn, cy: mandateCy }),
});

const flowFor = (changes: Partial<Rules> = {}) => createFlow(transaction, resolveRules(transaction, changes));

const good = { accountName: 'Jo Bloggs', sortCode: '08-99-99', accountNumber: '66 37 49 58' };

/** Every mandate page, answered by a resident whose account needs one signature. */
const wholeMandate: [string, Record<string, string>][] = [
  ['signatures', { moreThanOne: 'no' }],
  ['bank', good],
  ['guarantee', {}],
  ['declaration', { confirmed: 'yes' }],
];

/** Posts the pages in turn and gives the answers. */
function walk(flow: ReturnType<typeof flowFor>, pages: [string, Record<string, string>][], locale: 'en' | 'cy' = 'en') {
  let answers = {};
  for (const [step, post] of pages) {
    const result = handleStepPost(flow, step as never, post, answers, { locale });
    if (!result.ok) throw new Error(`${step} was refused: ${JSON.stringify(result.errors)}`);
    answers = result.answers;
  }
  return answers;
}

describe('the mandate pages', () => {
  it('asks whether more than one signature is needed, the bank details, the Guarantee and the Instruction', () => {
    const flow = flowFor();
    const answers = walk(flow, wholeMandate);
    expect(flow.currentStep(answers)).toBe(CHECK_ANSWERS);
    expect(answers).toEqual({
      signatures: { moreThanOne: 'no' },
      bank: { accountName: 'Jo Bloggs', sortCode: '089999', accountNumber: '66374958' },
      guarantee: {},
      declaration: { confirmed: ['yes'] },
    });
  });

  it('is not asked when the transaction says so (a resident paying by card)', () => {
    expect(flowFor({ payBy: 'card' }).path({})).toEqual([]);
  });

  it('ends the journey for an account that needs more than one signature, pointing to the contact page', () => {
    const flow = flowFor();
    const answers = walk(flow, [['signatures', { moreThanOne: 'yes' }]]);
    expect(flow.path(answers)).toEqual(['signatures', 'multipleSignatures']);
    const view = flow.view('multipleSignatures', 'en');
    expect(view.ends).toBe(true);
    expect(view.body.at(-1)).toContain('https://www.anytown.example/contact');
  });

  it('gives the Guarantee and the Instruction with the council’s name and notice, in English and Welsh', () => {
    const flow = flowFor();
    expect(flow.view('guarantee', 'en').body[1]).toContain(
      'Anytown Council will notify you 5 working days in advance of your account being debited',
    );
    expect(flow.view('guarantee', 'cy').body[1]).toContain('bydd Cyngor Anytown yn eich hysbysu 5 diwrnod gwaith');
    expect(flow.view('declaration', 'en').body[0]).toContain('please pay Anytown Council Direct Debits');
    expect(flow.view('declaration', 'en').warning).toBeUndefined();
  });

  it('refuses a sort code and account number that do not go together, in GOV.UK’s words', () => {
    const flow = flowFor();
    const posted = { accountName: 'A', sortCode: '08-99-99', accountNumber: '66374959' };
    expect(flow.validateStep('bank', posted, 'en')).toMatchObject({
      ok: false,
      errors: [{ field: 'accountNumber', message: 'Enter a valid combination of sort code and account number' }],
    });
    expect(flow.validateStep('bank', posted, 'cy')).toMatchObject({
      ok: false,
      errors: [{ field: 'accountNumber', message: 'Rhowch gyfuniad dilys o god didoli a rhif cyfrif' }],
    });
  });

  it('checks the pair once each is right on its own, and accepts the published good pairs', () => {
    const flow = flowFor();
    expect(flow.validateStep('bank', { accountName: 'A', sortCode: '93-86-11', accountNumber: '0780 6039' })).toEqual({
      ok: true,
      values: { accountName: 'A', sortCode: '938611', accountNumber: '07806039' },
    });
    expect(
      flow.validateStep('bank', { accountName: 'A', sortCode: '93-80-63', accountNumber: '15763217' }),
    ).toMatchObject({ ok: false, errors: [{ field: 'accountNumber', key: 'bank.accountNumber.error.combination' }] });
    expect(flow.validateStep('bank', { accountName: 'A', sortCode: '0899', accountNumber: '123' }, 'en')).toMatchObject(
      {
        ok: false,
        errors: [
          { field: 'sortCode', message: 'Enter a valid sort code like 309430' },
          { field: 'accountNumber', message: 'Account number must be between 6 and 8 digits' },
        ],
      },
    );
  });

  it('asks for the numbers with a numeric keyboard and no spelling check', () => {
    const fields = flowFor().fields('bank');
    expect(fields.sortCode).toMatchObject({ type: 'text', inputmode: 'numeric', spellcheck: false, width: '5' });
    expect(fields.accountNumber).toMatchObject({ type: 'text', inputmode: 'numeric', spellcheck: false });
  });

  it('shows the whole account number on check answers, for the resident to check, and the sort code as printed', () => {
    const flow = flowFor();
    const answers = walk(flow, wholeMandate);
    expect(flow.checkAnswers(answers, 'en').map((row) => [row.question, row.answer.join('')])).toEqual([
      ['More than one signature needed', 'No'],
      ['Name on the account', 'Jo Bloggs'],
      ['Sort code', '08-99-99'],
      ['Account number', '66374958'],
    ]);
  });
});

describe('a browser’s bank details page', () => {
  it('fetches Vocalink’s table first, then checks as the server does', async () => {
    const steps = mandateSteps({ modulus: modulusCheckOnDemand, mandate });
    expect(steps.bank.prepare).toBeTypeOf('function');
    await steps.bank.prepare?.();
    expect(modulusCheckOnDemand.isValid('089999', '66374958')).toBe(true);
    expect(modulusCheckOnDemand.isValid('089999', '66374959')).toBe(false);
    expect(mandateSteps({ modulus: modulusCheck, mandate }).bank.prepare).toBeUndefined();
  });
});
