import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Table } from './Table';

afterEach(cleanup);

describe('Table', () => {
  it('shows a fee table named by its caption, with column and row headers and figures right-aligned', () => {
    render(
      <Table
        caption="Garden waste fees"
        captionClasses="govuk-table__caption--m"
        firstCellIsHeader
        head={[{ text: 'Number of bins' }, { text: 'Price', format: 'numeric' }]}
        rows={[
          [{ text: '1 bin' }, { text: '£52', format: 'numeric' }],
          [{ text: '2 bins' }, { text: '£94', format: 'numeric' }],
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Garden waste fees' });
    const price = within(table).getByRole('columnheader', { name: 'Price' });
    expect(price.getAttribute('scope')).toBe('col');
    expect(price.className).toBe('govuk-table__header govuk-table__header--numeric');
    const twoBins = within(table).getByRole('rowheader', { name: '2 bins' });
    expect(twoBins.getAttribute('scope')).toBe('row');
    expect(within(table).getByRole('cell', { name: '£94' }).className).toBe(
      'govuk-table__cell govuk-table__cell--numeric',
    );
  });

  it('skips rows left out conditionally and spans cells across columns', () => {
    const showDiscount = false;
    render(
      <Table
        rows={[
          [{ text: 'Collection', colspan: 2 }],
          showDiscount && [{ text: 'Discount' }, { text: '−£10' }],
          [{ text: 'Total' }, { children: <strong>£52</strong> }],
        ]}
      />,
    );
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('cell', { name: 'Collection' }).getAttribute('colspan')).toBe('2');
    expect(screen.getByText('£52').tagName).toBe('STRONG');
  });
});
