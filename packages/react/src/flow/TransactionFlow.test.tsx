import { CHECK_ANSWERS, createFlow, type Payload, type TransactionAnswers } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, concessionCouncil, houseAnswers, today } from '@lgds/core-sample';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransactionFlow, type TransactionFlowProps } from './TransactionFlow';

type Props = TransactionFlowProps<typeof bulkyWaste>;

function renderFlow(overrides: Partial<Props> = {}) {
  const onSubmit = overrides.onSubmit ?? vi.fn<Props['onSubmit']>(async () => {});
  const props: Props = {
    transaction: bulkyWaste,
    rules: resolveRules(bulkyWaste, concessionCouncil),
    today,
    onSubmit,
    ...overrides,
  };
  return { onSubmit, user: userEvent.setup(), ...render(<TransactionFlow {...props} />) };
}

async function continueOn(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /Continue|Parhau/ }));
}

async function answerUpToCheckAnswers(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Address line 1'), '1 High Street');
  await user.type(screen.getByLabelText('Postcode'), 'ex11aa');
  await continueOn(user);
  await user.click(screen.getByLabelText('House or bungalow'));
  await continueOn(user);
  await user.type(screen.getByLabelText('How many items do you want collected?'), '2');
  await continueOn(user);
  await user.click(screen.getByLabelText('Pension Credit'));
  await continueOn(user);
  await user.click(screen.getByLabelText('Email'));
  await user.type(screen.getByLabelText('Email address'), 'resident@example.com');
  await continueOn(user);
  await user.type(screen.getByLabelText('Day'), '10');
  await user.type(screen.getByLabelText('Month'), '3');
  await user.type(screen.getByLabelText('Year'), '2027');
  await continueOn(user);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('TransactionFlow', () => {
  it('walks the sample journey to check answers and sends the payload once', async () => {
    const { user, onSubmit } = renderFlow();
    expect(screen.getByRole('heading', { level: 1, name: 'What is the address for the collection?' })).toBeTruthy();
    await answerUpToCheckAnswers(user);

    expect(screen.getByRole('heading', { name: 'Check your answers before sending your application' })).toBeTruthy();
    const rows = screen.getAllByRole('term').map((term) => term.textContent?.trim());
    expect(rows).toContain('Number of items');
    expect(screen.getByText('10 March 2027')).toBeTruthy();
    expect(screen.getByText('£17.50')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Accept and send' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [payload, context] = vi.mocked(onSubmit).mock.calls[0] as [
      Payload<typeof bulkyWaste>,
      { idempotencyKey: string },
    ];
    expect(payload.answers).toEqual({
      address: { line1: '1 High Street', postcode: 'EX1 1AA' },
      property: { type: 'house' },
      items: { count: 2 },
      concession: { type: 'pension-credit' },
      contact: { contactBy: 'email', email: 'resident@example.com' },
      collection: { date: '2027-03-10' },
    });
    expect(payload.derived).toEqual({ pricePence: 1750 });
    expect(context.idempotencyKey).toBe(payload.reference);
    expect(await screen.findByRole('heading', { name: /Application complete/ })).toBeTruthy();
    expect(screen.getByText(payload.reference)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeTruthy();
    expect(screen.getByText(/We will collect your items on 10 March 2027/)).toBeTruthy();
  });

  it('shows GOV.UK errors in the summary and next to the field, moves focus and prefixes the title', async () => {
    const { user } = renderFlow();
    await continueOn(user);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const link = within(summary).getByRole('link', { name: 'Enter a postcode' });
    expect(link.getAttribute('href')).toBe('#postcode');
    await waitFor(() => expect(document.activeElement).toBe(summary.closest('.govuk-error-summary')));
    await waitFor(() => expect(document.title).toMatch(/^Error: What is the address for the collection\?/));
    expect(screen.getByLabelText('Postcode').getAttribute('aria-describedby')).toContain('postcode-error');

    await user.type(screen.getByLabelText('Postcode'), 'EX1 1AA');
    expect(document.getElementById('postcode-error')).toBeNull();
  });

  it('links a date error to the first wrong box', async () => {
    const { user } = renderFlow({
      initialAnswers: {
        address: { line1: '1 High Street', postcode: 'EX1 1AA' },
        property: { type: 'house' },
        items: { count: 1 },
        concession: { type: 'none' },
        contact: { contactBy: 'phone', phone: '07700 900 982' },
      },
    });
    await user.type(screen.getByLabelText('Day'), '10');
    await continueOn(user);
    const link = within(await screen.findByRole('alert')).getByRole('link');
    expect(link.textContent).toBe('The collection date must include a month and year');
    expect(link.getAttribute('href')).toBe('#date-month');
    // Only the boxes still to fill are marked, as a server marks them, and the marks follow what the resident types.
    const marked = () =>
      ['Day', 'Month', 'Year'].filter((box) => screen.getByLabelText(box).classList.contains('govuk-input--error'));
    expect(marked()).toEqual(['Month', 'Year']);
    await user.type(screen.getByLabelText('Month'), '3');
    await waitFor(() => expect(marked()).toEqual(['Year']));
  });

  it('moves focus to the new page’s main content, as a page load would', async () => {
    const { user } = renderFlow();
    await user.type(screen.getByLabelText('Address line 1'), '1 High Street');
    await user.type(screen.getByLabelText('Postcode'), 'EX1 1AA');
    await continueOn(user);
    await waitFor(() => expect(document.activeElement).toBe(document.querySelector('main')));
  });

  it('keeps answers going back and forward, with the back link and the browser', async () => {
    const { user } = renderFlow();
    await user.type(screen.getByLabelText('Address line 1'), '1 High Street');
    await user.type(screen.getByLabelText('Postcode'), 'EX1 1AA');
    await continueOn(user);
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect((screen.getByLabelText('Address line 1') as HTMLInputElement).value).toBe('1 High Street');

    await continueOn(user);
    await user.click(screen.getByLabelText('House or bungalow'));
    await continueOn(user);
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect((screen.getByLabelText('House or bungalow') as HTMLInputElement).checked).toBe(true);
  });

  it('returns to check answers after a change', async () => {
    const { user } = renderFlow();
    await answerUpToCheckAnswers(user);
    const change = screen
      .getAllByRole('link', { name: /Change/ })
      .find((link) => link.textContent?.includes('number of items'));
    await user.click(change as HTMLElement);
    const box = screen.getByLabelText('How many items do you want collected?');
    await user.clear(box);
    await user.type(box, '3');
    await continueOn(user);
    expect(screen.getByRole('heading', { name: 'Check your answers before sending your application' })).toBeTruthy();
    expect(screen.getByText('3')).toBeTruthy();
  });

  it('sends once however often the button is clicked', async () => {
    let finish: () => void = () => {};
    const onSubmit = vi.fn<Props['onSubmit']>(() => new Promise<void>((resolve) => (finish = resolve)));
    const { user } = renderFlow({ onSubmit });
    await answerUpToCheckAnswers(user);
    const send = screen.getByRole('button', { name: 'Accept and send' });
    await user.dblClick(send);
    await user.click(send);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect((send as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish());
  });

  it('keeps every answer when sending fails, and retries with the same idempotency key', async () => {
    const onSubmit = vi
      .fn<Props['onSubmit']>()
      .mockRejectedValueOnce(new Error('503'))
      .mockResolvedValueOnce(undefined);
    const { user } = renderFlow({ onSubmit });
    await answerUpToCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: 'Accept and send' }));
    expect(await screen.findByText(/Your application has not been sent/)).toBeTruthy();
    expect(screen.getByText('resident@example.com')).toBeTruthy();

    // A resident reads the message before trying again: a second press within a second is a double click, which
    // the button ignores as govuk-frontend's does.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await user.click(screen.getByRole('button', { name: 'Accept and send' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    const keys = vi.mocked(onSubmit).mock.calls.map(([, context]) => context.idempotencyKey);
    expect(keys[0]).toBe(keys[1]);
    expect(await screen.findByRole('heading', { name: /Application complete/ })).toBeTruthy();
  });

  it('keeps a draft in sessionStorage only when asked, and never uses localStorage', async () => {
    const { user, unmount } = renderFlow({ persist: 'session' });
    await user.type(screen.getByLabelText('Address line 1'), '1 High Street');
    await user.type(screen.getByLabelText('Postcode'), 'EX1 1AA');
    await continueOn(user);
    expect(window.sessionStorage.getItem('lgds:bulky-waste:draft')).toContain('1 High Street');
    expect(window.localStorage.length).toBe(0);
    unmount();

    renderFlow({ persist: 'session' });
    expect(await screen.findByLabelText('House or bungalow')).toBeTruthy();

    window.sessionStorage.clear();
    const { user: another } = renderFlow();
    await another.type(screen.getAllByLabelText('Address line 1')[0] as HTMLElement, 'x');
    expect(window.sessionStorage.length).toBe(0);
  });

  it('speaks Welsh', async () => {
    const { user } = renderFlow({ locale: 'cy' });
    expect(screen.getByRole('heading', { level: 1, name: 'Beth yw cyfeiriad y casgliad?' })).toBeTruthy();
    await continueOn(user);
    expect(within(await screen.findByRole('alert')).getByText('Mae problem wedi codi')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rhowch god post' })).toBeTruthy();
    await waitFor(() => expect(document.title).toMatch(/^Gwall: /));
  });

  it('starts where a server left off, with its errors and what was posted', () => {
    renderFlow({
      initialPosition: 'address',
      initialErrors: [
        { field: 'postcode', href: '#postcode', key: 'error.postcode', message: 'Enter a real postcode, like AA1 1AA' },
      ],
      initialValues: { line1: '1 High Street', postcode: 'nope' },
    });
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('nope');
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('Enter a real postcode, like AA1 1AA');
    expect(CHECK_ANSWERS).toBe('check-answers');
  });
});

/** How often `render` reads the clock: `Date.now()`, `Date()` or `new Date()` (Next.js refuses all three). */
function clockReads(render: () => void): number {
  let reads = 0;
  const RealDate = Date;
  vi.stubGlobal(
    'Date',
    new Proxy(RealDate, {
      construct: (target, args, newTarget) => {
        if (args.length === 0) reads++;
        return Reflect.construct(target, args, newTarget);
      },
      apply: () => {
        reads++;
        return RealDate();
      },
      get: (target, key) =>
        key === 'now'
          ? () => {
              reads++;
              return RealDate.now();
            }
          : Reflect.get(target, key),
    }),
  );
  try {
    render();
  } finally {
    vi.unstubAllGlobals();
  }
  return reads;
}

describe('TransactionFlow on a server, such as Next.js', () => {
  const rules = resolveRules(bulkyWaste, concessionCouncil);
  const answers: TransactionAnswers<typeof bulkyWaste> = { ...houseAnswers, concession: { type: 'pension-credit' } };
  const positions = [...createFlow(bulkyWaste, rules, { today: () => today }).path(answers), CHECK_ANSWERS] as const;

  it.each(positions)('renders the %s page without reading the clock when given today', (position) => {
    const page = (props: Partial<Props>) => (
      <TransactionFlow
        transaction={bulkyWaste}
        rules={rules}
        onSubmit={() => {}}
        initialPosition={position}
        initialAnswers={answers}
        {...props}
      />
    );
    expect(clockReads(() => renderToString(page({ today })))).toBe(0);
    // Without it the journey asks the clock, which a Next.js build refuses: the spy would see that.
    expect(clockReads(() => renderToString(page({})))).toBeGreaterThan(0);
  });

  it('renders the first page still to answer without reading the clock when given today', () => {
    const reads = clockReads(() =>
      renderToString(<TransactionFlow transaction={bulkyWaste} rules={rules} today={today} onSubmit={() => {}} />),
    );
    expect(reads).toBe(0);
  });
});
