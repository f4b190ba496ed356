import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageNavigation } from './LanguageNavigation';

describe('LanguageNavigation', () => {
  afterEach(cleanup);

  it('offers the Welsh page from the English one', () => {
    render(
      <LanguageNavigation
        items={[
          { text: 'English', lang: 'en', current: true },
          { text: 'Cymraeg', lang: 'cy', href: '/cy/bins', languageDescriptionText: 'Newid yr iaith i’r Gymraeg' },
        ]}
      />,
    );
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeDefined();
    const english = screen.getByText('English');
    expect(english.tagName).toBe('SPAN');
    expect(english.getAttribute('aria-current')).toBe('true');
    const welsh = screen.getByRole('link', { name: /^Cymraeg/ });
    // The visually hidden description keeps its leading space, so screen readers do not run the words together.
    expect(welsh.textContent).toBe('Cymraeg Newid yr iaith i’r Gymraeg');
    expect(welsh.getAttribute('lang')).toBe('cy');
    expect(welsh.getAttribute('hreflang')).toBe('cy');
    expect(welsh.getAttribute('href')).toBe('/cy/bins');
  });

  it('labels the navigation in the page’s language and treats an item without href as current', () => {
    render(
      <LanguageNavigation
        ariaLabel="Dewis iaith"
        items={[
          { text: 'English', lang: 'en', href: '/bins' },
          { text: 'Cymraeg', lang: 'cy' },
        ]}
      />,
    );
    expect(screen.getByRole('navigation', { name: 'Dewis iaith' })).toBeDefined();
    expect(screen.getByText('Cymraeg').getAttribute('aria-current')).toBe('true');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
