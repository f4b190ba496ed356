import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PhaseBanner } from './PhaseBanner';

afterEach(cleanup);

describe('PhaseBanner', () => {
  it('shows the phase as a tag beside a feedback link', () => {
    render(
      <PhaseBanner tag={{ text: 'Beta' }}>
        This is a new service. Help us improve it and <a href="/feedback">give your feedback</a>.
      </PhaseBanner>,
    );
    expect(screen.getByText('Beta').className).toBe('govuk-tag govuk-phase-banner__content__tag');
    expect(screen.getByRole('link', { name: 'give your feedback' }).getAttribute('href')).toBe('/feedback');
  });

  it('keeps the phase a word apart from the message, for screen readers', () => {
    const { container } = render(<PhaseBanner tag={{ text: 'Alpha' }} text="This is a new service." />);
    expect(container.textContent).toBe('Alpha This is a new service.');
  });
});
