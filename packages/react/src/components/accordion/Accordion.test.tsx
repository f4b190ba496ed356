import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Accordion } from './Accordion';

afterEach(cleanup);

describe('Accordion', () => {
  it('gives each section a heading whose button and content govuk-frontend’s JavaScript can find by id', () => {
    const { container } = render(
      <Accordion
        id="bin-days"
        headingLevel={3}
        items={[
          { heading: { text: 'Rubbish' }, content: { text: 'Collected every other Tuesday.' } },
          false,
          {
            heading: { text: 'Recycling' },
            summary: { text: 'Paper, cans and plastic bottles' },
            content: { children: <p className="govuk-body">Put your box out by 7am.</p> },
            expanded: true,
          },
        ]}
      />,
    );
    const accordion = container.querySelector('#bin-days');
    expect(accordion?.getAttribute('data-module')).toBe('govuk-accordion');
    const headings = screen.getAllByRole('heading', { level: 3 });
    // Spaced as the template's line breaks space them, so the script's "Show" does not run into the heading.
    expect(headings.map((heading) => heading.textContent)).toEqual([' Rubbish ', ' Recycling ']);
    // A falsy item is skipped but keeps its number, as in the macro.
    expect(headings[1]?.querySelector('.govuk-accordion__section-button')?.id).toBe('bin-days-heading-3');
    expect(container.querySelector('#bin-days-summary-3')?.textContent?.trim()).toBe('Paper, cans and plastic bottles');
    expect(container.querySelector('#bin-days-content-3')?.textContent).toBe('Put your box out by 7am.');
    expect(container.querySelector('#bin-days-content-1 > p')?.textContent).toBe('Collected every other Tuesday.');
    const sections = container.querySelectorAll('.govuk-accordion__section');
    expect(sections[0]?.classList.contains('govuk-accordion__section--expanded')).toBe(false);
    expect(sections[1]?.classList.contains('govuk-accordion__section--expanded')).toBe(true);
  });

  it('passes Welsh words for its controls, and whether to remember open sections, to the script', () => {
    const { container } = render(
      <Accordion
        id="casgliadau"
        rememberExpanded={false}
        showAllSectionsText="Dangos pob adran"
        hideAllSectionsText="Cuddio pob adran"
        showSectionText="Dangos"
        hideSectionText="Cuddio"
        items={[{ heading: { text: 'Sbwriel' }, content: { text: 'Bob yn ail ddydd Mawrth.' } }]}
      />,
    );
    const accordion = container.querySelector('#casgliadau');
    expect(accordion?.getAttribute('data-i18n.show-all-sections')).toBe('Dangos pob adran');
    expect(accordion?.getAttribute('data-i18n.hide-all-sections')).toBe('Cuddio pob adran');
    expect(accordion?.getAttribute('data-i18n.show-section')).toBe('Dangos');
    expect(accordion?.getAttribute('data-i18n.hide-section')).toBe('Cuddio');
    expect(accordion?.hasAttribute('data-i18n.show-section-aria-label')).toBe(false);
    expect(accordion?.getAttribute('data-remember-expanded')).toBe('false');
  });
});
