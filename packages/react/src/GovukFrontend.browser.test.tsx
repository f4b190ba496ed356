import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, concessionCouncil, houseAnswers, today } from '@lgds/core-sample';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Button } from './components/button/Button';
import { Checkboxes } from './components/checkboxes/Checkboxes';
import { Input } from './components/input/Input';
import { Radios } from './components/radios/Radios';
import { TransactionFlow } from './flow/TransactionFlow';
import { GovukFrontend } from './GovukFrontend';

// A council's React page, as in the README: govuk-frontend-supported on <body>, <GovukFrontend> round everything, a
// journey, and GOV.UK components React renders after the page has loaded, in Chromium with govuk-frontend's CSS.

beforeAll(() => {
  document.body.className = 'govuk-template__body govuk-frontend-supported';
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function DeliveryQuestion() {
  return (
    <Radios
      name="delivery"
      fieldset={{ legend: { text: 'Where should we leave the bin?' } }}
      items={[
        {
          value: 'neighbour',
          text: 'With a neighbour',
          conditional: { children: <Input id="neighbour" name="neighbour" label={{ text: 'Neighbour’s address' }} /> },
        },
        { value: 'front', text: 'In front of the house' },
      ]}
    />
  );
}

function MoreQuestions() {
  return (
    <Checkboxes
      name="containers"
      fieldset={{ legend: { text: 'What do you need?' } }}
      items={[
        { value: 'bin', text: 'A bin' },
        { value: 'sacks', text: 'Sacks' },
        { divider: 'or' },
        { value: 'none', text: 'Nothing', behaviour: 'exclusive' },
      ]}
    />
  );
}

/** Renders one question after the page has loaded, and more when asked. */
function CouncilPage() {
  const [loaded, setLoaded] = useState(false);
  const [more, setMore] = useState(false);
  useEffect(() => setLoaded(true), []);
  return (
    <GovukFrontend>
      <TransactionFlow
        transaction={bulkyWaste}
        rules={resolveRules(bulkyWaste, concessionCouncil)}
        today={today}
        onSubmit={() => {}}
        initialPosition="concession"
        initialAnswers={{ address: houseAnswers.address, property: houseAnswers.property, items: houseAnswers.items }}
      />
      {loaded && <DeliveryQuestion />}
      <Button type="button" text="More questions" onClick={() => setMore(true)} />
      {more && <MoreQuestions />}
    </GovukFrontend>
  );
}

const visible = (label: string) => screen.getByLabelText(label).checkVisibility();

describe('GovukFrontend', () => {
  it('starts GOV.UK components React renders at any time, once each, and leaves the journey to the flow', async () => {
    const errors = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    render(<CouncilPage />);

    // Rendered just after the page loaded: govuk-frontend reveals the question while its option is chosen.
    const neighbour = await screen.findByLabelText<HTMLInputElement>('With a neighbour');
    await waitFor(() => expect(neighbour.getAttribute('aria-controls')).toBe('conditional-delivery'));
    expect(visible('Neighbour’s address')).toBe(false);
    await user.click(neighbour);
    expect(visible('Neighbour’s address')).toBe(true);
    await user.click(screen.getByLabelText('In front of the house'));
    expect(visible('Neighbour’s address')).toBe(false);

    // Rendered after a click, long after govuk-frontend loaded: "Nothing" unticks the other boxes.
    await user.click(screen.getByRole('button', { name: 'More questions' }));
    const nothing = screen.getByLabelText<HTMLInputElement>('Nothing');
    await waitFor(() => expect(nothing.closest('[data-govuk-checkboxes-init]')).not.toBeNull());
    await user.click(screen.getByLabelText('A bin'));
    await user.click(nothing);
    expect(screen.getByLabelText<HTMLInputElement>('A bin').checked).toBe(false);

    // The journey's question that reveals another appears only after a step change: the flow reveals it, once.
    await user.click(screen.getByLabelText('No, I do not get any of these'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const email = await screen.findByLabelText('Email');
    await user.click(email);
    await waitFor(() => expect(email.getAttribute('aria-expanded')).toBe('true'));
    expect(visible('Email address')).toBe(true);
    await user.click(screen.getByLabelText('Phone'));
    await waitFor(() => expect(visible('Phone number')).toBe(true));
    expect(visible('Email address')).toBe(false);
    expect(document.querySelector('.lgds-transaction [data-govuk-radios-init]')).toBeNull();

    // Each component started once: govuk-frontend reports one started twice as an error.
    expect(document.querySelectorAll('[data-govuk-radios-init]')).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
  });
});
