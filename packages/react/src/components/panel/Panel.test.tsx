import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from './Panel';

afterEach(cleanup);

describe('Panel', () => {
  it('confirms with a page heading and React content', () => {
    render(
      <Panel titleText="Application complete">
        Your reference number
        <br />
        <strong>HDJ2123F</strong>
      </Panel>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Application complete' })).toBeTruthy();
    expect(screen.getByText('HDJ2123F').tagName).toBe('STRONG');
  });

  it('offers an interruption panel’s actions as a button and a link', () => {
    render(
      <Panel
        classes="govuk-panel--interruption"
        titleText="Is your age correct?"
        actions={{ items: [{ text: 'Yes, this is correct' }, { text: 'No, change my age', href: '/age' }] }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Yes, this is correct' }).getAttribute('type')).toBe('button');
    expect(screen.getByRole('link', { name: 'No, change my age' }).getAttribute('href')).toBe('/age');
  });
});
