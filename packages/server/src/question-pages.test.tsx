import { type AnyTransaction, createFlow, type Locale, resolveRules, type StepIdOf } from '@lgds/core';
import { TransactionPage } from '@lgds/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { textOf } from '../test/resident';
import { serviceWalks } from '../test/walks';

// Every page of every transaction, under every council whose journeys the service is tested with, in English and
// Welsh, as GOV.UK's question pages pattern has them: the question is said once. A page of one question has it as
// its heading (the legend or label is the `h1`); a page of several has an `h1` that none of its questions repeats.

const councils = new Map<string, { transaction: AnyTransaction; rules: unknown; today: string }>();
for (const walk of serviceWalks) {
  councils.set(`${walk.transaction.id} ${JSON.stringify(walk.rules)}`, walk);
}

/** Each element `tag` in `html`: its markup and its text. */
function elements(html: string, tag: string) {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, inner = '']) => ({
    inner,
    text: textOf(inner),
  }));
}

describe.each([...councils.values()])('$transaction.id', ({ transaction, rules, today }) => {
  const flow = createFlow(transaction, resolveRules(transaction, rules as never), { today: () => today });
  const pages = flow.stepIds.filter((id) => !flow.transaction.steps[id]?.ends);

  it.each(['en', 'cy'] as Locale[])('says each page’s question once, in %s', (locale) => {
    for (const id of pages as StepIdOf<AnyTransaction>[]) {
      const html = renderToStaticMarkup(<TransactionPage flow={flow} position={id} answers={{}} locale={locale} />);
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
      if (flow.view(id, locale).fields.filter((field) => !field.field.revealedBy).length === 1) {
        expect(asHeading, `${id}: its question is its heading`).toHaveLength(1);
      }
    }
  });
});
