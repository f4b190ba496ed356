import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TaskList } from './TaskList';

afterEach(cleanup);

describe('TaskList', () => {
  it('links only the tasks that can be started, each described by its hint and status', () => {
    render(
      <TaskList
        items={[
          { title: { text: 'Your address' }, href: '/address', status: { text: 'Completed' } },
          {
            title: { text: 'Bins' },
            hint: { text: 'How many garden waste bins you need' },
            href: '/bins',
            status: { tag: { text: 'Not started', classes: 'govuk-tag--blue' } },
          },
          {
            title: { text: 'Pay' },
            status: { text: 'Cannot start yet', classes: 'govuk-task-list__status--cannot-start-yet' },
          },
        ]}
      />,
    );
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Your address', 'Bins']);
    const bins = screen.getByRole('link', { name: 'Bins' });
    expect(bins.getAttribute('aria-describedby')).toBe('task-list-2-hint task-list-2-status');
    expect(screen.getByText('Not started').tagName).toBe('STRONG');
    expect(document.getElementById('task-list-2-status')?.textContent).toBe('Not started');
    expect(document.getElementById('task-list-1-status')?.textContent).toBe('Completed');
    expect(screen.getByText('Pay').closest('a')).toBeNull();
    expect(document.getElementById('task-list-3-status')?.textContent).toBe('Cannot start yet');
  });

  it('numbers ids by position, counting tasks left out, under its own prefix', () => {
    const needsPermit = false;
    render(
      <TaskList
        idPrefix="garden-waste"
        items={[
          needsPermit && { title: { text: 'Permit' }, href: '/permit', status: { text: 'Completed' } },
          { title: { text: 'Bins' }, href: '/bins', status: { text: 'Completed' } },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Bins' }).getAttribute('aria-describedby')).toBe('garden-waste-2-status');
  });
});
