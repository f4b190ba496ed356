import { exampleAddresses, fixtureAddressLookup, type Payload } from '@lgds/core';
import { TransactionFlow } from '@lgds/react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { movingHome } from './cy';
import { answersAfter, flowFor, pagesBefore, rulesFor, today, walks } from './testing/walks';

// Moving home in Welsh with the council's address lookup, typed and clicked into <TransactionFlow>: the address
// being left is found by postcode and chosen from the list (the payload's UPRN is checked in address-lookup.test.ts).

let user: UserEvent;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  user = userEvent.setup();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('in Welsh: finds the address being left by postcode, chooses it from the list, then finds the forwarding address the same way', async () => {
  const walk = walks.exampleshireOutSold;
  const onSubmit = vi.fn<(payload: Payload<typeof movingHome>) => void>();
  const before = answersAfter(flowFor(walk.council), pagesBefore(walk, 'oldAddress'));
  render(
    <TransactionFlow
      transaction={movingHome}
      rules={rulesFor(walk.council)}
      today={today}
      onSubmit={onSubmit}
      addressLookup={fixtureAddressLookup(exampleAddresses)}
      initialAnswers={before}
      initialPosition="oldAddressFind"
    />,
  );
  expect(screen.getByRole('heading', { level: 1, name: 'Beth yw’r cyfeiriad rydych chi’n symud ohono?' })).toBeTruthy();
  await user.type(screen.getByLabelText('Cod post'), 'aa1 1aa');
  await user.type(screen.getByLabelText('Enw neu rif yr adeilad (dewisol)'), 'Orchard Court');
  await user.click(screen.getByRole('button', { name: 'Parhau' }));

  const list = (await screen.findByLabelText('Dewiswch gyfeiriad')) as HTMLSelectElement;
  expect([...list.options].map((option) => option.text)).toEqual([
    'Cyfeiriadau wedi’u canfod: 2',
    'Flat 1, Orchard Court, 7 Orchard Lane, Northmoor, AA1 1AA',
    'Flat 2A, Orchard Court, 7 Orchard Lane, Northmoor, AA1 1AA',
    'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
  ]);
  // No choice yet: GOV.UK's error, in Welsh.
  await user.click(screen.getByRole('button', { name: 'Parhau' }));
  expect(screen.getAllByText('Dewiswch gyfeiriad').length).toBeGreaterThan(1);
  await user.selectOptions(list, '100000000006');
  await user.click(screen.getByRole('button', { name: 'Parhau' }));

  // On to the forwarding address, found by postcode too.
  expect(await screen.findByRole('heading', { level: 1, name: 'Beth yw eich cyfeiriad anfon ymlaen?' })).toBeTruthy();
  expect(screen.getByLabelText('Cod post')).toBeTruthy();
});
