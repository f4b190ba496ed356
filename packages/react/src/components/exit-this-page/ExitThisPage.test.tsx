import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitThisPage } from './ExitThisPage';

afterEach(cleanup);

describe('ExitThisPage', () => {
  it('goes to the BBC weather page by default, without telling it where the resident came from', () => {
    render(<ExitThisPage />);
    const button = screen.getByRole('button', { name: 'Emergency Exit this page' });
    expect(button.getAttribute('href')).toBe('https://www.bbc.co.uk/weather');
    expect(button.getAttribute('rel')).toBe('nofollow noreferrer');
    expect(screen.getByText('Emergency').className).toBe('govuk-visually-hidden');
    expect(button.closest('[data-module="govuk-exit-this-page"]')).toBeTruthy();
  });

  it('goes where it is told and speaks Welsh through its i18n options', () => {
    render(
      <ExitThisPage
        redirectUrl="https://www.bbc.co.uk/cymrufyw"
        text="Gadael y dudalen hon"
        activatedText="Yn llwytho."
        pressOneMoreTimeText="Shift, pwyswch 1 waith eto i adael."
      />,
    );
    const button = screen.getByRole('button', { name: 'Gadael y dudalen hon' });
    expect(button.getAttribute('href')).toBe('https://www.bbc.co.uk/cymrufyw');
    const container = button.parentElement;
    expect(container?.getAttribute('data-i18n.activated')).toBe('Yn llwytho.');
    expect(container?.getAttribute('data-i18n.press-one-more-time')).toBe('Shift, pwyswch 1 waith eto i adael.');
    expect(container?.hasAttribute('data-i18n.timed-out')).toBe(false);
  });
});
