import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from './Tabs';

afterEach(cleanup);

describe('Tabs', () => {
  it('links each tab to its panel, and shows only the first panel before JavaScript runs', () => {
    const { container } = render(
      <Tabs
        items={[
          { id: 'this-week', label: 'This week', panel: { text: 'Rubbish and food waste.' } },
          {
            id: 'next-week',
            label: 'Next week',
            panel: { children: <p className="govuk-body">Recycling and garden waste.</p> },
          },
        ]}
      />,
    );
    expect(container.firstElementChild?.getAttribute('data-module')).toBe('govuk-tabs');
    expect(screen.getByRole('heading', { level: 2, name: 'Contents' })).toBeTruthy();
    const tabs = screen.getAllByRole('link');
    const panels = tabs.map((tab) => container.querySelector(tab.getAttribute('href') ?? 'none'));
    expect(panels.map((panel) => panel?.textContent)).toEqual([
      'Rubbish and food waste.',
      'Recycling and garden waste.',
    ]);
    expect(panels[0]?.classList.contains('govuk-tabs__panel--hidden')).toBe(false);
    expect(panels[1]?.classList.contains('govuk-tabs__panel--hidden')).toBe(true);
    expect(tabs[0]?.parentElement?.classList.contains('govuk-tabs__list-item--selected')).toBe(true);
    expect(tabs[1]?.parentElement?.classList.contains('govuk-tabs__list-item--selected')).toBe(false);
  });

  it('numbers panels without an id after idPrefix, and takes a Welsh title', () => {
    render(
      <Tabs
        idPrefix="casgliadau"
        title="Cynnwys"
        items={[
          { label: 'Yr wythnos hon', panel: { text: 'Sbwriel' } },
          { label: 'Yr wythnos nesaf', panel: { text: 'Ailgylchu' } },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Cynnwys' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Yr wythnos nesaf' }).getAttribute('href')).toBe('#casgliadau-2');
    expect(document.getElementById('casgliadau-2')?.textContent).toBe('Ailgylchu');
  });
});
