import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Pagination } from './Pagination';

afterEach(cleanup);

describe('Pagination', () => {
  it('links to the previous, next and numbered pages, marking the current one and showing gaps', () => {
    render(
      <Pagination
        previous={{ href: '/results?page=4' }}
        next={{ href: '/results?page=6' }}
        items={[
          { number: 1, href: '/results?page=1' },
          { ellipsis: true },
          { number: 4, href: '/results?page=4' },
          { number: 5, href: '/results?page=5', current: true },
          { number: 6, href: '/results?page=6' },
        ]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    // jsdom joins the text of inline elements without their spaces in accessible names, so read the text instead.
    const previous = within(nav).getByRole('link', { name: /^Previous/ });
    const next = within(nav).getByRole('link', { name: /^Next/ });
    expect([previous.textContent, previous.getAttribute('rel')]).toEqual(['Previous page', 'prev']);
    expect([next.textContent, next.getAttribute('rel')]).toEqual(['Next page', 'next']);
    // "page" is for screen readers; sighted users see an arrow and "Previous".
    expect(previous.querySelector('.govuk-visually-hidden')?.textContent).toBe(' page');
    const current = within(nav).getByRole('link', { name: 'Page 5' });
    expect(current.getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Page 4' }).hasAttribute('aria-current')).toBe(false);
    const gap = within(nav).getByText('⋯');
    expect(gap.tagName).toBe('LI');
    expect(gap.querySelector('a')).toBeNull();
  });

  it('takes Welsh words for every visible and announced label', () => {
    render(
      <Pagination
        landmarkLabel="Tudalennau"
        previous={{ href: '/1', text: 'Blaenorol' }}
        next={{ href: '/3', text: 'Nesaf' }}
        items={[
          { number: 1, href: '/1', visuallyHiddenText: 'Tudalen 1' },
          { number: 2, href: '/2', visuallyHiddenText: 'Tudalen 2', current: true },
        ]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Tudalennau' });
    expect(within(nav).getByRole('link', { name: 'Blaenorol' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Nesaf' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Tudalen 2' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows previous and next as labelled blocks when there are no numbered pages', () => {
    render(
      <Pagination
        previous={{ href: '/step-1', labelText: 'Check your bin day' }}
        next={{ href: '/step-3', labelText: 'Order a new bin' }}
      />,
    );
    expect(screen.getByRole('navigation').classList.contains('govuk-pagination--block')).toBe(true);
    const [previous, next] = screen.getAllByRole('link');
    expect(previous?.textContent).toBe('Previous page : Check your bin day');
    expect(next?.textContent).toBe('Next page : Order a new bin');
    expect(next?.getAttribute('href')).toBe('/step-3');
  });
});
