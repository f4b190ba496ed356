import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SummaryList } from './SummaryList';

afterEach(cleanup);

describe('SummaryList', () => {
  it('names each change link after its answer, and lines up rows without actions', () => {
    render(
      <SummaryList
        rows={[
          {
            key: { text: 'Name' },
            value: { text: 'Sarah Philips' },
            actions: { items: [{ href: '/name', text: 'Change', visuallyHiddenText: 'name' }] },
          },
          { key: { text: 'Date of birth' }, value: { children: <time dateTime="1947-03-05">5 March 1947</time> } },
          false,
        ]}
      />,
    );
    // jsdom's accessible-name computation drops the space before the hidden span, so compare the link's text.
    expect(screen.getByRole('link', { name: /^Change/ }).textContent).toBe('Change name');
    const row = screen.getByText('Date of birth').parentElement;
    expect(row?.className).toBe('govuk-summary-list__row govuk-summary-list__row--no-actions');
    expect(screen.getByText('5 March 1947').tagName).toBe('TIME');
  });

  it('wraps the list in a card whose title completes every action’s name', () => {
    render(
      <SummaryList
        card={{
          title: { text: 'University of Gloucestershire' },
          actions: { items: [{ href: '/delete', text: 'Delete' }] },
        }}
        rows={[
          {
            key: { text: 'Course' },
            value: { text: 'English' },
            actions: { items: [{ href: '/course', text: 'Change', visuallyHiddenText: 'course' }] },
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'University of Gloucestershire' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Delete/ }).textContent).toBe('Delete (University of Gloucestershire)');
    expect(screen.getByRole('link', { name: /^Change/ }).textContent).toBe(
      'Change course (University of Gloucestershire)',
    );
  });
});
