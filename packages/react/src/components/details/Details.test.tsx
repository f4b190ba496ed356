import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Details } from './Details';

afterEach(cleanup);

describe('Details', () => {
  it('hides its content behind the summary unless open', () => {
    render(
      <>
        <Details summaryText="Help with nationality" text="We need to know your nationality." />
        <Details summaryText="Help with your address" open>
          <p>Use the address on your council tax bill.</p>
        </Details>
      </>,
    );
    const closed = screen.getByText('Help with nationality').closest('details');
    const open = screen.getByText('Help with your address').closest('details');
    expect(closed?.open).toBe(false);
    expect(open?.open).toBe(true);
    expect(screen.getByText('Use the address on your council tax bill.').parentElement?.className).toBe(
      'govuk-details__text',
    );
  });
});
