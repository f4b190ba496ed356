import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WarningText } from './WarningText';

afterEach(cleanup);

describe('WarningText', () => {
  it('prefixes the message with visually hidden "Warning", a word apart, for screen readers', () => {
    render(<WarningText text="You can be fined up to £5,000 if you do not register." />);
    const message = screen.getByRole('strong');
    expect(message.textContent).toBe('Warning You can be fined up to £5,000 if you do not register.');
    expect(screen.getByText('Warning').className).toBe('govuk-visually-hidden');
  });

  it('keeps the hidden prefix a word apart from an HTML message', () => {
    const { container } = render(<WarningText iconFallbackText="Rhybudd" html="Gallwch gael <b>dirwy</b>" />);
    expect(container.textContent).toBe('! Rhybudd Gallwch gael dirwy');
  });

  it('takes a translated prefix, and HTML or React content', () => {
    render(
      <>
        <WarningText iconFallbackText="Rhybudd" html="Gallwch gael <b>dirwy</b>" />
        <WarningText>
          You must <b>register</b>
        </WarningText>
      </>,
    );
    expect(screen.getByText('Rhybudd').className).toBe('govuk-visually-hidden');
    expect(screen.getByText('dirwy').tagName).toBe('B');
    expect(screen.getByText('register').tagName).toBe('B');
  });
});
