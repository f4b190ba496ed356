import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, today } from '@lgds/core-sample';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldControlProps } from './FieldControl';
import { TransactionFlow } from './TransactionFlow';

// Counts how often each field renders, by its name.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('./FieldControl', async (importOriginal) => {
  const real = await importOriginal<typeof import('./FieldControl')>();
  return {
    ...real,
    FieldControl: (props: FieldControlProps) => {
      renders.set(props.view.name, (renders.get(props.view.name) ?? 0) + 1);
      return real.FieldControl(props);
    },
  };
});

afterEach(cleanup);

describe('the form of one step', () => {
  it('re-renders only the field being typed in', async () => {
    const user = userEvent.setup();
    render(
      <TransactionFlow transaction={bulkyWaste} rules={resolveRules(bulkyWaste)} today={today} onSubmit={() => {}} />,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('There is a problem');
    // Submitting settles (summary focused, title prefixed) before counting starts.
    await waitFor(() => expect(document.title).toMatch(/^Error:/));
    await new Promise((resolve) => setTimeout(resolve, 50));

    renders.clear();
    await user.type(screen.getByLabelText('Postcode'), 'EX1 1AA');
    expect(renders.get('postcode')).toBeGreaterThan(0);
    expect(renders.get('line1') ?? 0).toBe(0);
    expect(renders.get('town') ?? 0).toBe(0);
  });

  it('reveals a conditional question when its answer is chosen, re-rendering only that choice', async () => {
    const user = userEvent.setup();
    render(
      <TransactionFlow
        transaction={bulkyWaste}
        rules={resolveRules(bulkyWaste)}
        today={today}
        onSubmit={() => {}}
        initialAnswers={{
          address: { line1: '1 High Street', postcode: 'EX1 1AA' },
          property: { type: 'house' },
          items: { count: 1 },
        }}
      />,
    );
    const email = screen.getByLabelText('Email address');
    expect(email.closest('.govuk-radios__conditional')?.classList.contains('govuk-radios__conditional--hidden')).toBe(
      true,
    );
    renders.clear();
    await user.click(screen.getByLabelText('Email'));
    expect(email.closest('.govuk-radios__conditional')?.classList.contains('govuk-radios__conditional--hidden')).toBe(
      false,
    );
    expect(renders.get('contactBy')).toBeGreaterThan(0);
  });
});
