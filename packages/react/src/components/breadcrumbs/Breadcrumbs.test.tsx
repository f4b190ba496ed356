import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Breadcrumbs } from './Breadcrumbs';

afterEach(cleanup);

describe('Breadcrumbs', () => {
  it('links to the pages above, and marks the current page as such without linking it', () => {
    render(
      <Breadcrumbs
        items={[
          { text: 'Home', href: '/' },
          { text: 'Bins and recycling', href: '/bins' },
          { text: 'Report a missed bin' },
        ]}
      />,
    );
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const links = within(trail).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Bins and recycling', '/bins'],
    ]);
    const current = within(trail).getByText('Report a missed bin');
    expect(current.tagName).toBe('LI');
    expect(current.getAttribute('aria-current')).toBe('page');
  });

  it('collapses on mobile when asked, and takes a Welsh landmark label', () => {
    render(
      <Breadcrumbs
        collapseOnMobile
        labelText="Briwsion bara"
        items={[
          { text: 'Hafan', href: '/' },
          { text: 'Biniau', href: '/biniau' },
        ]}
      />,
    );
    const trail = screen.getByRole('navigation', { name: 'Briwsion bara' });
    expect(trail.className).toBe('govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile');
    expect(screen.getByRole('link', { name: 'Hafan' }).getAttribute('href')).toBe('/');
  });
});
