import { CHECK_ANSWERS, createFlow, type Locale } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, concessionCouncil, houseAnswers, today } from '@lgds/core-sample';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TransactionPage } from './TransactionPage';

const flow = createFlow(bulkyWaste, resolveRules(bulkyWaste, concessionCouncil), { today: () => today });
const answers = { ...houseAnswers, concession: { type: 'pension-credit' } };

afterEach(cleanup);

function checkAnswers(locale: Locale = 'en') {
  return render(<TransactionPage flow={flow} position={CHECK_ANSWERS} answers={answers} locale={locale} />).container;
}

/** Each summary list on the page, as [key, value] pairs with the value's lines joined by " / ". */
function lists(container: HTMLElement) {
  return [...container.querySelectorAll('dl.govuk-summary-list')].map((list) =>
    [...list.querySelectorAll('.govuk-summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('.govuk-summary-list__value')?.innerHTML.trim().split('<br>').join(' / '),
    ]),
  );
}

describe('check answers', () => {
  it('shows an address as one row of its lines, its change link landing on the first box', () => {
    const container = checkAnswers();
    const [answersList] = lists(container);
    expect(answersList?.[0]).toEqual(['Collection address', '1 High Street / EX1 1AA']);
    const change = within(container.querySelector('dl') as HTMLElement).getAllByRole('link')[0];
    expect(change?.getAttribute('href')).toBe('?step=address&change=1#line1');
    expect(change?.textContent).toBe('Change collection address');
  });

  it('shows what the resident will pay under its own heading, after the answers and before the button', () => {
    const container = checkAnswers();
    const [answersList, costs] = lists(container);
    expect(answersList?.map(([key]) => key)).not.toContain('Price');
    expect(costs).toEqual([['Price', '£22.50']]);
    const heading = screen.getByRole('heading', { level: 2, name: 'What you will pay' });
    const [first, second] = container.querySelectorAll('dl');
    // The heading sits between the two lists, and the costs have no change links: the answers they come from do.
    expect(first?.compareDocumentPosition(heading)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(heading.compareDocumentPosition(second as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(within(second as HTMLElement).queryAllByRole('link')).toEqual([]);
    expect(second?.compareDocumentPosition(screen.getByRole('button'))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('says what the resident will pay in Welsh', () => {
    checkAnswers('cy');
    expect(screen.getByRole('heading', { level: 2, name: 'Beth fydd angen i chi ei dalu' })).toBeTruthy();
  });
});
