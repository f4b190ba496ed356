import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InsetText } from './InsetText';

afterEach(cleanup);

describe('InsetText', () => {
  it('escapes text and takes React children', () => {
    render(
      <>
        <InsetText text="It can take <8 weeks" />
        <InsetText id="deadline">
          <p className="govuk-body">Apply by 1 June.</p>
        </InsetText>
      </>,
    );
    expect(screen.getByText('It can take <8 weeks').className).toBe('govuk-inset-text');
    expect(screen.getByText('Apply by 1 June.').parentElement?.id).toBe('deadline');
  });
});
