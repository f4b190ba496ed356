import { CHECK_ANSWERS, createFlow, handleStepPost, type TransactionAnswers } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, concessionCouncil, houseAnswers, today } from '@lgds/core-sample';
import { act, cleanup, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalHtml } from '../parity/compare';
import { TransactionFlow, type TransactionFlowProps } from './TransactionFlow';
import { type PagePosition, TransactionPage } from './TransactionPage';

const rules = resolveRules(bulkyWaste, concessionCouncil);
const flow = createFlow(bulkyWaste, rules, { today: () => today });
const answers: TransactionAnswers<typeof bulkyWaste> = { ...houseAnswers, concession: { type: 'pension-credit' } };
const positions: PagePosition<typeof bulkyWaste>[] = [...flow.path(answers), CHECK_ANSWERS];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function clientHtml(
  position: PagePosition<typeof bulkyWaste>,
  extra: Partial<TransactionFlowProps<typeof bulkyWaste>> = {},
) {
  const { container } = render(
    <TransactionFlow
      transaction={bulkyWaste}
      rules={rules}
      today={today}
      onSubmit={() => {}}
      initialPosition={position}
      initialAnswers={answers}
      {...extra}
    />,
  );
  // Live in the browser, an option that reveals a question also says so, as govuk-frontend's JavaScript would add,
  // and the page is marked as the flow's.
  for (const input of container.querySelectorAll('[aria-controls]')) {
    input.removeAttribute('aria-controls');
    input.removeAttribute('aria-expanded');
  }
  container.querySelector('[data-lgds-flow]')?.removeAttribute('data-lgds-flow');
  return container.innerHTML;
}

describe('TransactionPage, for forms posted without JavaScript', () => {
  it('renders a real form with names, stored answers and no client-side validation', () => {
    const html = renderToString(<TransactionPage flow={flow} position="contact" answers={answers} />);
    const page = new DOMParser().parseFromString(html, 'text/html');
    const form = page.querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('?step=contact');
    expect(form?.hasAttribute('novalidate')).toBe(true);
    expect(
      page.querySelector<HTMLInputElement>('input[name="contactBy"][value="email"]')?.hasAttribute('checked'),
    ).toBe(true);
    expect(page.querySelector<HTMLInputElement>('input[name="email"]')?.getAttribute('value')).toBe(
      'resident@example.com',
    );
    expect(page.querySelector('a.govuk-back-link')?.getAttribute('href')).toBe('?step=concession');
  });

  it('shows the handler’s errors and exactly what was posted', () => {
    const body = new URLSearchParams({ 'date-day': '31', 'date-month': 'Chwefror', 'date-year': '2027' });
    const result = handleStepPost(flow, 'collection', body, answers, { locale: 'cy' });
    if (result.ok) throw new Error('expected errors');
    const html = renderToString(
      <TransactionPage
        flow={flow}
        position="collection"
        answers={answers}
        locale="cy"
        errors={result.errors}
        values={result.values}
      />,
    );
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('.govuk-error-summary__list a')?.getAttribute('href')).toBe('#date-day');
    expect(page.querySelector('.govuk-error-message')?.textContent).toContain(
      'Rhaid i’r dyddiad casglu fod yn ddyddiad go iawn',
    );
    expect(page.querySelector<HTMLInputElement>('#date-month')?.getAttribute('value')).toBe('Chwefror');
    expect(page.querySelector('#date-day')?.classList.contains('govuk-input--error')).toBe(true);
    expect(page.querySelector('#date-year')?.classList.contains('govuk-input--error')).toBe(false);
  });

  it('adds a server’s hidden inputs first in a step page’s form and in the check answers form', () => {
    const formFields = { _csrf: 'token-123', journey: 'bulky' };
    for (const position of ['contact', CHECK_ANSWERS] as const) {
      const html = renderToString(
        <TransactionPage flow={flow} position={position} answers={answers} formFields={formFields} />,
      );
      const form = new DOMParser().parseFromString(html, 'text/html').querySelector('form');
      const hidden = [...(form?.querySelectorAll<HTMLInputElement>('input[type="hidden"]') ?? [])];
      expect(hidden.map((input) => [input.name, input.value])).toEqual([
        ['_csrf', 'token-123'],
        ['journey', 'bulky'],
      ]);
      expect(form?.firstElementChild).toBe(hidden[0]);
      expect(new FormData(form ?? undefined).get('_csrf')).toBe('token-123');
    }
  });

  it('adds no hidden inputs unless given some', () => {
    for (const position of ['contact', CHECK_ANSWERS] as const) {
      const html = renderToString(<TransactionPage flow={flow} position={position} answers={answers} />);
      const form = new DOMParser().parseFromString(html, 'text/html').querySelector('form');
      expect(form).not.toBeNull();
      expect(form?.querySelectorAll('input[type="hidden"]')).toHaveLength(0);
    }
  });

  it.each(positions)('renders the %s page as the browser does', (position) => {
    const server = renderToString(<TransactionPage flow={flow} position={position} answers={answers} />);
    expect(canonicalHtml(clientHtml(position))).toBe(canonicalHtml(server));
  });

  it('renders a page with a server’s errors as the browser does', () => {
    const result = handleStepPost(flow, 'address', { line1: '', postcode: 'nope' }, answers);
    if (result.ok) throw new Error('expected errors');
    const server = renderToString(
      <TransactionPage
        flow={flow}
        position="address"
        answers={answers}
        errors={result.errors}
        values={result.values}
      />,
    );
    const client = clientHtml('address', { initialErrors: result.errors, initialValues: result.values });
    // The browser has moved focus to the error summary, which adds tabindex="-1" until focus leaves it.
    expect(canonicalHtml(client.replace(' tabindex="-1"', ''))).toBe(canonicalHtml(server));
  });

  it.each(positions)('hydrates the server-rendered %s page without warnings', async (position) => {
    const errors = vi.spyOn(console, 'error');
    const element = (
      <TransactionFlow
        transaction={bulkyWaste}
        rules={rules}
        today={today}
        onSubmit={() => {}}
        initialPosition={position}
        initialAnswers={answers}
      />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: (error) => console.error(error) });
    });
    expect(errors).not.toHaveBeenCalled();
    container.remove();
  });
});

describe('TransactionPage shows where the resident really is, as handleStepPost decides', () => {
  const heading = (html: string) =>
    new DOMParser().parseFromString(html, 'text/html').querySelector('h1, legend, label.govuk-label--l')?.textContent;
  const addressHeading = 'What is the address for the collection?';
  const pageFor = (position: string, given: TransactionAnswers<typeof bulkyWaste>) =>
    heading(
      renderToString(
        <TransactionPage flow={flow} position={position as PagePosition<typeof bulkyWaste>} answers={given} />,
      ),
    );

  it('shows the first page still to answer for a page that does not exist, instead of failing', () => {
    expect(pageFor('no-such-page', {})).toBe(addressHeading);
    expect(pageFor('no-such-page', answers)).toBe('Check your answers before sending your application');
  });

  it('shows the first page still to answer, not check answers, before everything is answered', () => {
    expect(pageFor(CHECK_ANSWERS, {})).toBe(addressHeading);
    expect(pageFor(CHECK_ANSWERS, { address: houseAnswers.address })).toBe('What type of property is it?');
  });

  it('shows a page further on only once the resident has reached it', () => {
    expect(pageFor('collection', { address: houseAnswers.address })).toBe('What type of property is it?');
    expect(pageFor('property', { address: houseAnswers.address })).toBe('What type of property is it?');
    expect(pageFor('address', answers)).toBe(addressHeading);
  });

  it('is what TransactionFlow shows for a page it cannot be on, such as a draft’s renamed step', () => {
    render(
      <TransactionFlow
        transaction={bulkyWaste}
        rules={rules}
        today={today}
        onSubmit={() => {}}
        initialPosition={'renamed-step' as PagePosition<typeof bulkyWaste>}
        initialAnswers={{ address: houseAnswers.address }}
      />,
    );
    expect(document.querySelector('legend')?.textContent).toBe('What type of property is it?');
  });
});
