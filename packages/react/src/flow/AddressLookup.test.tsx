import {
  type AddressLookup,
  AddressLookupError,
  createFlow,
  defineJourney,
  defineStep,
  englishAddressWords,
  exampleAddresses,
  fixtureAddressLookup,
  inEnglish,
  inWelsh,
  type Payload,
  welshAddressWords,
  withAddressLookup,
} from '@lgds/core';
import * as field from '@lgds/core/fields';
import { homeAddressStep, homeAddressWords, homeAddressWordsInWelsh } from '@lgds/core-sample';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransactionFlow, type TransactionFlowProps } from './TransactionFlow';
import { TransactionPage } from './TransactionPage';

// A journey that asks for the resident's home by postcode, then their name.
const home = homeAddressStep;
const en = homeAddressWords;
const cy = homeAddressWordsInWelsh;
const journey = defineJourney({
  id: 'report-a-leak',
  version: 1,
  title: { en: 'Report a leak', cy: 'Rhoi gwybod am ollyngiad' },
  steps: {
    ...withAddressLookup('home', home),
    name: defineStep({ fields: (_rules: unknown) => ({ fullName: field.text() }) }),
  },
});
const leak = inEnglish(journey, englishAddressWords, en);
const leakInWelsh = inWelsh(journey, welshAddressWords, cy);

type Props = TransactionFlowProps<typeof leak>;

function renderFlow(overrides: Partial<Props> = {}) {
  const onSubmit = vi.fn<Props['onSubmit']>(async () => {});
  const props: Props = {
    transaction: leak,
    rules: {},
    today: '2026-10-15',
    onSubmit,
    addressLookup: fixtureAddressLookup(exampleAddresses),
    ...overrides,
  };
  return { onSubmit, user: userEvent.setup(), ...render(<TransactionFlow {...props} />) };
}

const button = (name: RegExp = /Continue|Parhau/) => screen.getByRole('button', { name });

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('finding an address by postcode with JavaScript', () => {
  it('finds the addresses, waits for the lookup with the button disabled, and sends the chosen one with its UPRN', async () => {
    let answer: (found: Awaited<ReturnType<AddressLookup['findAddresses']>>) => void = () => {};
    const slow: AddressLookup = { findAddresses: () => new Promise((resolve) => (answer = resolve)) };
    const { user, onSubmit } = renderFlow({ addressLookup: slow });
    expect(screen.getByRole('heading', { level: 1, name: 'What is your address?' })).toBeTruthy();
    await user.type(screen.getByLabelText('Postcode'), 'aa1 1aa');
    await user.type(screen.getByLabelText('Building name or number (optional)'), 'orchard court');
    await user.click(button());
    // Nothing broken while it waits: the same page, its button disabled, the form busy.
    expect((button() as HTMLButtonElement).disabled).toBe(true);
    expect(button().closest('form')?.getAttribute('aria-busy')).toBe('true');
    await act(async () => answer(exampleAddresses.filter((address) => address.uprn === '100000000007')));

    const list = screen.getByLabelText('Select an address') as HTMLSelectElement;
    expect([...list.options].map((option) => option.text)).toEqual([
      '1 address found',
      'Flat 2A, Orchard Court, 7 Orchard Lane, Northmoor, AA1 1AA',
      'I cannot find the address in the list',
    ]);
    expect(screen.getByText('Postcode: AA1 1AA')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change postcode' })).toBeTruthy();
    await user.selectOptions(list, '100000000007');
    await user.click(button());
    await user.type(screen.getByLabelText('Full name'), 'Sam Jones');
    await user.click(button());

    const row = screen.getByText('Address').closest('.govuk-summary-list__row') as HTMLElement;
    expect(within(row).getByText(/Flat 2A, Orchard Court/)).toBeTruthy();
    expect(within(row).getByRole('link').getAttribute('href')).toBe('?step=homeFind&change=1#postcode');
    await user.click(button(/Accept and send/));
    const [payload] = onSubmit.mock.calls[0] as [Payload<typeof leak>, unknown];
    expect(payload.answers.homeChoose).toEqual({
      uprn: '100000000007',
      line1: 'Flat 2A, Orchard Court',
      line2: '7 Orchard Lane',
      town: 'Northmoor',
      postcode: 'AA1 1AA',
    });
  });

  it('"I cannot find the address in the list" leads to the address page with the postcode kept', async () => {
    const { user, onSubmit } = renderFlow();
    await user.type(screen.getByLabelText('Postcode'), 'aa1 1aa');
    await user.click(button());
    await user.selectOptions(await screen.findByLabelText('Select an address'), 'none');
    await user.click(button());
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('AA1 1AA');
    await user.type(screen.getByLabelText('Address line 1'), 'Orchard Barn');
    await user.type(screen.getByLabelText('Town or city'), 'Northmoor');
    await user.click(button());
    await user.type(screen.getByLabelText('Full name'), 'Sam Jones');
    await user.click(button());
    await user.click(button(/Accept and send/));
    const [payload] = onSubmit.mock.calls[0] as [Payload<typeof leak>, unknown];
    expect(payload.answers.home).toEqual({ line1: 'Orchard Barn', town: 'Northmoor', postcode: 'AA1 1AA' });
  });

  it('refuses to go on without an address chosen, with GOV.UK’s error', async () => {
    const { user } = renderFlow();
    await user.type(screen.getByLabelText('Postcode'), 'aa1 1aa');
    await user.click(button());
    await screen.findByLabelText('Select an address');
    await user.click(button());
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Select an address' })).toBeTruthy();
  });

  it('no address found: says so, links back to search again, and keeps the postcode and building typed', async () => {
    const { user } = renderFlow();
    await user.type(screen.getByLabelText('Postcode'), 'zz9 9zz');
    await user.type(screen.getByLabelText('Building name or number (optional)'), 'Mill House');
    await user.click(button());
    expect(
      await screen.findByText('No address found for ZZ9 9ZZ. Enter the address below, or search again.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Address line 1') as HTMLInputElement).value).toBe('Mill House');
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('ZZ9 9ZZ');
    await user.click(screen.getByRole('link', { name: 'Search again' }));
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('ZZ9 9ZZ');
  });

  it('the lookup not working: a notification, and the address page with the postcode kept, in Welsh', async () => {
    const broken: AddressLookup = { findAddresses: () => Promise.reject(new AddressLookupError('503')) };
    const { user } = renderFlow({ addressLookup: broken, transaction: leakInWelsh });
    await user.type(screen.getByLabelText('Cod post'), 'aa1 1aa');
    await user.click(button());
    expect(
      await screen.findByText('Ni allwn ddod o hyd i gyfeiriadau ar hyn o bryd. Rhowch y cyfeiriad isod.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Cod post') as HTMLInputElement).value).toBe('AA1 1AA');
  });

  it('without a lookup, asks for the address by hand as before', () => {
    renderFlow({ addressLookup: undefined });
    expect(screen.getByLabelText('Address line 1')).toBeTruthy();
    expect(screen.queryByLabelText('Building name or number (optional)')).toBeNull();
  });
});

describe('finding an address by postcode without JavaScript', () => {
  it('renders the list of addresses found as a GOV.UK select in a form that posts, with a link back to the postcode', () => {
    const html = renderToStaticMarkup(
      <TransactionPage
        flow={createFlow(leakInWelsh, {}, { today: () => '2026-10-15', addressLookup: true })}
        position="homeChoose"
        answers={{ homeFind: { postcode: 'AA1 1AA', found: exampleAddresses.slice(0, 2) } } as never}
        locale="cy"
      />,
    );
    expect(html).toContain('<form noValidate="" action="?step=homeChoose" method="post">');
    expect(html).toContain('<select class="govuk-select" id="uprn" name="uprn" aria-describedby="uprn-hint">');
    expect(html).toContain('<option value="">Cyfeiriadau wedi’u canfod: 2</option>');
    expect(html).toContain('<option value="100000000001">1 Orchard Lane, Northmoor, AA1 1AA</option>');
    expect(html).toContain('<option value="none">Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr</option>');
    expect(html).toContain('<a class="govuk-link" href="?step=homeFind">Newid y cod post</a>');
  });
});
