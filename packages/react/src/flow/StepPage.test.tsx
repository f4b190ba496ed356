import { createFlow, type StepView } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, today } from '@lgds/core-sample';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StepPage } from './StepPage';

const flow = createFlow(bulkyWaste, resolveRules(bulkyWaste), { today: () => today });
const t = flow.translator('en');

afterEach(cleanup);

/** A sample page with body text and a warning, as a declaration has. */
function withWords(view: StepView): StepView {
  return { ...view, body: ['We collect on weekdays.', 'Put items out by 7am.'], warning: 'You could be fined.' };
}

function page(view: StepView) {
  return render(<StepPage view={view} values={{}} errors={[]} t={t} action="" />).container;
}

describe('a page of one question with words of its own', () => {
  it('has the question as its heading, once, with the words inside the question and read out with it', () => {
    const container = page(withWords(flow.view('property')));
    const headings = container.querySelectorAll('h1');
    expect([...headings].map((heading) => heading.textContent?.trim())).toEqual(['What type of property is it?']);
    const legend = container.querySelector('legend');
    expect(legend?.contains(headings[0] as Node)).toBe(true);
    // The words follow the legend inside the fieldset, and the fieldset is described by them.
    const fieldset = container.querySelector('fieldset') as HTMLFieldSetElement;
    const described = document.getElementById(fieldset.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('We collect on weekdays.');
    expect(described?.textContent).toContain('You could be fined.');
    expect(fieldset.contains(described)).toBe(true);
  });

  it('has a label as its heading, with the words read out with the box', () => {
    const container = page(withWords(flow.view('items')));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.querySelector('label')?.textContent?.trim()).toBe('How many items do you want collected?');
    const box = screen.getByRole('textbox');
    const described = (box.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id));
    expect(described.map((element) => element?.textContent).join(' ')).toContain('Put items out by 7am.');
    expect(container.querySelectorAll('h1')).toHaveLength(1);
  });
});

describe('a page of several questions', () => {
  it('keeps its words under its own heading, before the questions', () => {
    const container = page(withWords(flow.view('address')));
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    const words = screen.getByText('We collect on weekdays.');
    expect(words.closest('label, legend, .govuk-hint')).toBeNull();
  });
});
