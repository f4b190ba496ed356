import { type AnyTransaction, createFlow, type Flow, handleStepPost, type Locale, type StepIdOf } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { TransactionPage } from '@lgds/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { textOf } from '../test/resident';
import { serviceWalks } from '../test/walks';

// Every page of every journey the service is tested with, in English and Welsh, as GOV.UK's question pages pattern
// has them: the question is said once. A page of one question has it as its heading (the legend or label is the
// `h1`); a page of several has an `h1` that none of its questions repeats. Each page is shown with the answers that
// reach it, as <TransactionPage> shows only pages the resident has reached.

/** Each element `tag` in `html`: its markup and its text. */
function elements(html: string, tag: string) {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, inner = '']) => ({
    inner,
    text: textOf(inner),
  }));
}

function expectQuestionSaidOnce(flow: Flow<AnyTransaction>, id: string, html: string, locale: Locale) {
  const headings = elements(html, 'h1');
  expect(headings, id).toHaveLength(1);
  const [heading = { inner: '', text: '' }] = headings;
  // GOV.UK puts a legend's heading inside it, and a label inside its heading.
  const legends = elements(html, 'legend');
  const labels = elements(html, 'label');
  const asHeading = [
    ...legends.filter((legend) => legend.inner.includes('<h1')),
    ...labels.filter((label) => heading.inner.includes(`>${label.inner}</label>`)),
  ];
  const repeats = [...legends, ...labels].filter(
    (question) => !asHeading.includes(question) && question.text === heading.text,
  );
  expect(repeats, `${id}: "${heading.text}" is the h1 and a question`).toEqual([]);
  const questions = flow.view(id as StepIdOf<AnyTransaction>, locale).fields.filter((field) => !field.field.revealedBy);
  if (questions.length === 1) expect(asHeading, `${id}: its question is its heading`).toHaveLength(1);
}

describe.each(serviceWalks)('$title', ({ transaction, rules, today, pages }) => {
  const flow = createFlow(transaction, resolveRules(transaction, rules as never), { today: () => today });

  it.each(['en', 'cy'] as Locale[])('says each page’s question once, in %s', (locale) => {
    let answers: Record<string, unknown> = {};
    for (const { step, post } of pages) {
      const html = renderToStaticMarkup(
        <TransactionPage flow={flow} position={step} answers={answers as never} locale={locale} />,
      );
      expect(html, `${step} is shown`).toContain(`action="?step=${step}"`);
      expectQuestionSaidOnce(flow, step, html, locale);
      const result = handleStepPost(flow, step, post, answers as never);
      if (!result.ok) throw new Error(`${step} refused the walk's answers: ${JSON.stringify(result.errors)}`);
      answers = result.answers as Record<string, unknown>;
    }
  });
});
