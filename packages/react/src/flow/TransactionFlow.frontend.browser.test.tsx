import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { defineMessages, defineStep, defineTransaction } from '@lgds/core';
import * as field from '@lgds/core/fields';
import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, bulkyWasteRules, concessionCouncil, houseAnswers, today } from '@lgds/core-sample';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransactionFlow, type TransactionFlowProps } from './TransactionFlow';

// In Chromium with govuk-frontend's CSS and none of its JavaScript: the flow itself does what govuk-frontend's
// Radios, Checkboxes, Button and ErrorSummary would.

const rules = resolveRules(bulkyWaste, concessionCouncil);
type Props = Partial<TransactionFlowProps<typeof bulkyWaste>>;

function renderFlow(props: Props = {}) {
  render(<TransactionFlow transaction={bulkyWaste} rules={rules} today={today} onSubmit={() => {}} {...props} />);
  return userEvent.setup();
}

/** A question with "None of these" among its boxes. */
const support = defineTransaction({
  id: 'support',
  version: 1,
  title: { en: 'Ask for support', cy: 'Gofyn am gymorth' },
  rules: bulkyWasteRules,
  messages: defineMessages({
    en: {
      'needs.title': 'What help do you need?',
      'needs.needs.label': 'What help do you need?',
      'needs.needs.name': 'the help you need',
      'needs.needs.options.stairs': 'Carrying items down stairs',
      'needs.needs.options.lifting': 'Lifting heavy items',
      'needs.needs.options.none': 'None of these',
    },
    cy: {
      'needs.title': 'Pa help sydd ei angen arnoch?',
      'needs.needs.label': 'Pa help sydd ei angen arnoch?',
      'needs.needs.name': 'yr help sydd ei angen arnoch',
      'needs.needs.options.stairs': 'Cario eitemau i lawr y grisiau',
      'needs.needs.options.lifting': 'Codi eitemau trwm',
      'needs.needs.options.none': 'Dim un o’r rhain',
    },
  }),
  steps: {
    needs: defineStep({
      fields: () => ({
        needs: field.checkboxes({
          options: [{ value: 'stairs' }, { value: 'lifting' }, { value: 'none', exclusive: true, dividerBefore: true }],
        }),
      }),
    }),
  },
});

beforeAll(() => {
  document.body.className = 'govuk-template__body govuk-frontend-supported';
});

beforeEach(() => window.history.replaceState(null, '', '/'));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const box = (name: string) => screen.getByLabelText<HTMLInputElement>(name);

describe('TransactionFlow without govuk-frontend’s JavaScript', () => {
  it('an option that reveals a question says which and whether it is shown, and shows it only while chosen', async () => {
    const { address, property, items } = houseAnswers;
    const concession = { type: 'pension-credit' } as const;
    const user = renderFlow({ initialPosition: 'contact', initialAnswers: { address, property, items, concession } });
    const email = box('Email');
    const phone = box('Phone');
    await waitFor(() => expect(email.getAttribute('aria-controls')).toBe('conditional-contactBy'));
    expect(phone.getAttribute('aria-controls')).toBe('conditional-contactBy-2');
    expect([email.getAttribute('aria-expanded'), phone.getAttribute('aria-expanded')]).toEqual(['false', 'false']);
    expect(document.getElementById('conditional-contactBy')?.checkVisibility()).toBe(false);

    await user.click(email);
    await waitFor(() => expect(email.getAttribute('aria-expanded')).toBe('true'));
    expect(screen.getByLabelText('Email address').checkVisibility()).toBe(true);

    await user.click(phone);
    await waitFor(() => expect(email.getAttribute('aria-expanded')).toBe('false'));
    expect(phone.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('conditional-contactBy')?.checkVisibility()).toBe(false);
    expect(screen.getByLabelText('Phone number').checkVisibility()).toBe(true);
  });

  it('ticking "None of these" unticks the other boxes, and ticking another box unticks "None of these"', async () => {
    const onSubmit = vi.fn();
    render(<TransactionFlow transaction={support} rules={resolveRules(support)} today={today} onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.click(box('Carrying items down stairs'));
    await user.click(box('Lifting heavy items'));
    await user.click(box('None of these'));
    expect([box('Carrying items down stairs').checked, box('Lifting heavy items').checked]).toEqual([false, false]);
    expect(box('None of these').checked).toBe(true);

    await user.click(box('Lifting heavy items'));
    expect(box('None of these').checked).toBe(false);
    await user.click(box('None of these'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The flow's state agrees with the boxes: "None of these" alone is a good answer, so check answers follows.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your application' }),
    ).toBeTruthy();
    expect(screen.getByText('None of these')).toBeTruthy();
  });

  it('a double click on Continue sends the page once', async () => {
    const posts: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        posts.push(url);
        return { type: 'opaqueredirect' } as Response;
      }),
    );
    const user = renderFlow({
      href: (position) => `/bulky-waste/${position}`,
      server: { formFields: { _csrf: 'token' } },
    });
    await user.type(screen.getByLabelText('Address line 1'), '1 High Street');
    await user.type(screen.getByLabelText('Postcode'), 'ex11aa');
    const continueButton = screen.getByRole('button', { name: 'Continue' });
    continueButton.click();
    continueButton.click();
    await user.click(await screen.findByLabelText('House or bungalow'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(posts).toContain('/bulky-waste/property'));
    expect(posts).toEqual(['/bulky-waste/address', '/bulky-waste/property']);
  });

  it('an error summary link moves focus to the field and brings its question into view', async () => {
    const user = renderFlow({ initialPosition: 'property', initialAnswers: { address: houseAnswers.address } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const link = await screen.findByRole('link', { name: 'Select the type of property' });
    window.scrollTo(0, document.body.scrollHeight);
    await user.click(link);
    expect(document.activeElement).toBe(box('House or bungalow'));
    // The question, not just the first radio, is on screen, and the address bar did not change.
    const legend = document.querySelector('legend')?.getBoundingClientRect();
    expect(legend && legend.top >= 0 && legend.bottom <= window.innerHeight).toBe(true);
    expect(window.location.hash).toBe('');
  });
});
