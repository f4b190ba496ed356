import type { AnyTransaction, Flow, Locale, TransactionAnswers } from '@lgds/core';
import { describe, expect, it } from 'vitest';
import * as directDebit from './direct-debit/testing/journeys';
import * as movingHome from './moving-home/testing/walks';
import * as singlePersonDiscount from './single-person-discount/testing';

// Check answers for every journey of every council tax transaction, with every page answered, in English and Welsh:
// GOV.UK's pattern of one row a question, each with a change link to the answer, and what the resident will pay
// under its own heading rather than among the answers.

interface Journey {
  title: string;
  flow: Flow<AnyTransaction>;
  answers: TransactionAnswers<AnyTransaction>;
}

const journeys: Journey[] = [
  ...singlePersonDiscount.councils.map((council) => ({
    title: `single person discount, ${council}`,
    flow: singlePersonDiscount.flowFor(council) as unknown as Flow<AnyTransaction>,
    answers: singlePersonDiscount.everyAnswer(council),
  })),
  ...Object.values(movingHome.walks).map((walk) => {
    const flow = movingHome.flowFor(walk.council);
    return { title: `moving home: ${walk.title}`, flow, answers: movingHome.answersAfter(flow, walk.pages) };
  }),
  ...Object.values(directDebit.walks).map((walk) => {
    const flow = directDebit.flowFor(walk.council);
    return { title: `Direct Debit: ${walk.title}`, flow, answers: directDebit.answersAfter(flow, walk.pages) };
  }),
] as Journey[];

const locales: readonly Locale[] = ['en', 'cy'];

describe.each(journeys)('check answers for $title', ({ flow, answers }) => {
  it.each(locales)('is one row a question, each linked to its answer, in %s', (locale) => {
    const t = flow.translator(locale);
    const rows = flow.checkAnswers(answers, locale);
    for (const id of new Set(rows.map((row) => row.stepId))) {
      const stepRows = rows.filter((row) => row.stepId === id);
      const step = flow.transaction.steps[id];
      const fields = flow.fields(id as never);
      if (step?.summary === 'one-row') {
        // An address is one row keyed by the question, never by one box's label ("Address line 1"), with the lines
        // given: no "Address line 2: Not given" beside lines the resident gave.
        expect(stepRows).toHaveLength(1);
        const labels = Object.keys(fields).map((name) => t(`${id}.${name}.label`));
        expect(labels).not.toContain(stepRows[0]?.question);
        const given = Object.values((answers as Record<string, Record<string, unknown>>)[id] ?? {});
        if (given.some((value) => value !== '')) expect(stepRows[0]?.answer).not.toContain(t('ui.notSupplied'));
      }
      for (const row of stepRows) {
        const box = fields[row.field]?.type === 'date' ? `${row.field}-day` : row.field;
        expect(row.href).toBe(`${id}#${box}`);
      }
    }
  });

  it.each(locales)('shows what the resident will pay apart from the answers, in %s', (locale) => {
    const questions = flow.checkAnswers(answers, locale).map((row) => row.question);
    for (const cost of flow.costs(answers, locale)) expect(questions).not.toContain(cost.question);
  });
});
