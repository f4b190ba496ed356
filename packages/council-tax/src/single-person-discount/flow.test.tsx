import type { Payload } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { TransactionFlow } from '@lgds/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { singlePersonDiscountPresets as presets } from './presets';
import { type Council, today } from './testing';
import { singlePersonDiscount } from './transaction';

type Sent = Payload<typeof singlePersonDiscount>;
type User = ReturnType<typeof userEvent.setup>;

function renderFlow(council: Council, locale: 'en' | 'cy' = 'en') {
  const onSubmit = vi.fn<(payload: Sent) => Promise<void>>(async () => {});
  render(
    <TransactionFlow
      transaction={singlePersonDiscount}
      rules={resolveRules(singlePersonDiscount, presets[council])}
      locale={locale}
      today={today}
      onSubmit={onSubmit}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

async function continueOn(user: User) {
  await user.click(screen.getByRole('button', { name: /^(Continue|Parhau)$/ }));
}

function heading(name: string) {
  return screen.getByRole('heading', { level: 1, name });
}

/** The error summary's links and the message next to the field, which must say the same. */
function errorsShown(): string[] {
  const summary = within(screen.getByRole('alert'));
  return summary.getAllByRole('link').map((link) => link.textContent ?? '');
}

async function typeInto(user: User, label: string, text: string) {
  const box = screen.getByLabelText(label);
  await user.clear(box);
  await user.type(box, text);
}

async function typeDate(user: User, [day, month, year]: [string, string, string], locale: 'en' | 'cy' = 'en') {
  const [dayLabel, monthLabel, yearLabel] = locale === 'en' ? ['Day', 'Month', 'Year'] : ['Diwrnod', 'Mis', 'Blwyddyn'];
  await typeInto(user, dayLabel, day);
  await typeInto(user, monthLabel, month);
  await typeInto(user, yearLabel, year);
}

async function contactAndAddress(user: User, locale: 'en' | 'cy') {
  const words =
    locale === 'en'
      ? ['Full name', 'Email address', 'Address line 1', 'Town or city', 'Postcode']
      : ['Enw llawn', 'Cyfeiriad e-bost', 'Llinell 1 y cyfeiriad', 'Tref neu ddinas', 'Cod post'];
  const [fullName, email, line1, town, postcode] = words as [string, string, string, string, string];
  await typeInto(user, fullName, 'Sam Jones');
  await typeInto(user, email, 'sam@example.com');
  await continueOn(user);
  await typeInto(user, line1, '12 Chapel Row');
  await typeInto(user, town, 'Exampleton');
  await typeInto(user, postcode, 'ex1 1aa');
  await continueOn(user);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {}); // jsdom has no layout to scroll
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<TransactionFlow> with the single person discount', () => {
  it('Exampleshire, in English: a wrong account number is explained, then the claim is sent with evidence', async () => {
    const { user, onSubmit } = renderFlow('exampleshire');
    expect(heading('What is your council tax account number?')).toBeTruthy();
    expect(screen.getByText('It is 8 digits starting with 5. You can find it on your council tax bill.')).toBeTruthy();

    await typeInto(user, 'What is your council tax account number?', '61234567');
    await continueOn(user);
    const message = 'Enter your council tax account number in the correct format: 8 digits starting with 5';
    await expect.poll(() => errorsShown()).toEqual([message]);
    expect(document.getElementById('reference-error')?.textContent).toContain(message);

    await typeInto(user, 'What is your council tax account number?', '5123 4567');
    await continueOn(user);
    await contactAndAddress(user, 'en');

    expect(heading('When did you become the only adult living at the property?')).toBeTruthy();
    expect(
      screen.getByText('For example, 15 10 2026. The date must be between 15 October 2025 and 15 October 2026.'),
    ).toBeTruthy();
    await typeDate(user, ['1', '9', '2026']);
    await continueOn(user);

    expect(heading('Did another adult move out?')).toBeTruthy();
    await user.click(screen.getByLabelText('Yes'));
    await typeInto(user, 'Their full name (optional)', 'Alex Jones');
    await continueOn(user);

    expect(heading('What is their new address?')).toBeTruthy();
    await typeInto(user, 'Address line 1 (optional)', '4 Mill Lane');
    await typeInto(user, 'Postcode (optional)', 'ex2 4ab');
    await continueOn(user);

    expect(heading('Can you send us evidence that you are the only adult living at the property?')).toBeTruthy();
    expect(
      screen.getByText('For example, a tenancy agreement, mortgage statement or utility bill in your name only.'),
    ).toBeTruthy();
    await user.click(screen.getByLabelText('Yes'));
    await continueOn(user);

    expect(heading('Declaration')).toBeTruthy();
    expect(screen.getByText(/You could be fined up to £70/)).toBeTruthy();
    await user.click(screen.getByLabelText('I agree with this declaration'));
    await continueOn(user);

    expect(heading('Check your answers before sending your application')).toBeTruthy();
    const terms = screen.getAllByRole('term').map((term) => term.textContent?.trim());
    expect(terms).toEqual([
      'Council tax account number',
      'Full name',
      'Email address',
      'Phone number',
      'Address',
      'Date you became the only adult',
      'Another adult moved out',
      'Name of the adult who moved out',
      'Their new address',
      'Can send evidence',
      // Asked (optional) when the resident can send evidence: none uploaded here, so the council emails them.
      'Evidence',
      'Discount if you are eligible',
    ]);
    expect(screen.getByText('25% from 1 September 2026')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Accept and send' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [payload] = onSubmit.mock.calls[0] as [Sent];
    expect(payload.answers.account).toEqual({ reference: '51234567' });
    expect(payload.answers.forwardingAddress).toEqual({ line1: '4 Mill Lane', postcode: 'EX2 4AB' });
    expect(payload.derived).toEqual({ discountPercent: 25, discountFrom: '2026-09-01' });

    expect(await screen.findByRole('heading', { name: /Application complete/ })).toBeTruthy();
    expect(screen.getByText(payload.reference)).toBeTruthy();
    expect(
      screen.getByText('If you are eligible, we will reduce your bill by 25% from 1 September 2026.'),
    ).toBeTruthy();
    expect(screen.getByText('We will email you to tell you how to send your evidence.')).toBeTruthy();
  });

  it('Cyngor Sir Enghraifft, in Welsh: a date outside the window is explained, and no evidence is asked', async () => {
    const { user, onSubmit } = renderFlow('enghraifft', 'cy');
    expect(heading('Beth yw rhif eich cyfrif treth gyngor?')).toBeTruthy();
    await typeInto(user, 'Beth yw rhif eich cyfrif treth gyngor?', 'a123456789');
    await continueOn(user);
    await contactAndAddress(user, 'cy');

    expect(heading('Pryd daethoch chi’n unig oedolyn sy’n byw yn yr eiddo?')).toBeTruthy();
    await typeDate(user, ['13', '11', '2026'], 'cy');
    await continueOn(user);
    await expect
      .poll(() => errorsShown())
      .toEqual(['Rhaid i’r dyddiad y daethoch yn unig oedolyn fod rhwng 16 Gorffennaf 2026 a 12 Tachwedd 2026']);
    expect(within(screen.getByRole('alert')).getByRole('link').getAttribute('href')).toBe('#date-day');

    await typeDate(user, ['1', 'Tachwedd', '2026'], 'cy');
    await continueOn(user);

    expect(heading('A wnaeth oedolyn arall symud allan?')).toBeTruthy();
    await user.click(screen.getByLabelText('Naddo'));
    await continueOn(user);

    expect(heading('Datganiad')).toBeTruthy();
    expect(
      screen.getByText(
        'Rwy’n datgan mai fi yw’r unig oedolyn sy’n byw yn y cyfeiriad hwn a bod yr wybodaeth a roddais yn wir.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Os byddwch yn rhoi gwybodaeth ffug, gallwn ganslo eich gostyngiad/)).toBeTruthy();
    await user.click(screen.getByLabelText('Rwy’n cytuno â’r datganiad hwn'));
    await continueOn(user);

    expect(heading('Gwiriwch eich atebion cyn anfon eich cais')).toBeTruthy();
    expect(screen.getByText('25% o 1 Tachwedd 2026 ymlaen')).toBeTruthy();
    expect(screen.queryByText('Yn gallu anfon tystiolaeth')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Derbyn ac anfon' }));
    const [payload] = onSubmit.mock.calls[0] as [Sent];
    expect(payload.answers.evidence).toBeUndefined();
    expect(payload.derived).toEqual({ discountPercent: 25, discountFrom: '2026-11-01' });
    expect(await screen.findByRole('heading', { name: /Cais wedi’i gwblhau/ })).toBeTruthy();
    expect(
      screen.getByText('Os ydych yn gymwys, byddwn yn gostwng eich bil 25% o 1 Tachwedd 2026 ymlaen.'),
    ).toBeTruthy();
  });

  it('Northmoor, in English: evidence must be answered, and the pilot’s 30% is what the resident is told', async () => {
    const { user, onSubmit } = renderFlow('northmoor');
    await typeInto(user, 'What is your council tax account number?', '123456789');
    await continueOn(user);
    await contactAndAddress(user, 'en');
    expect(
      screen.getByText('For example, 15 10 2026. The date must be between 15 October 2024 and 29 October 2026.'),
    ).toBeTruthy();
    await typeDate(user, ['3', '3', '2025']);
    await continueOn(user);
    await user.click(screen.getByLabelText('No'));
    await continueOn(user);

    expect(heading('Can you send us evidence that you are the only adult living at the property?')).toBeTruthy();
    await continueOn(user);
    await expect.poll(() => errorsShown()).toEqual(['Select if you can send us evidence']);
    await user.click(screen.getByLabelText('No'));
    await continueOn(user);

    expect(
      screen.getByText(
        'Northmoor checks single person discounts against other records. A false claim can lead to a £70 penalty and prosecution.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByLabelText('I agree with this declaration'));
    await continueOn(user);
    expect(screen.getByText('30% from 3 March 2025')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Accept and send' }));
    const [payload] = onSubmit.mock.calls[0] as [Sent];
    expect(payload.answers.leaver).toEqual({ movedOut: 'no' });
    expect(payload.answers.evidence).toEqual({ canSend: 'no' });
    expect(payload.derived).toEqual({ discountPercent: 30, discountFrom: '2025-03-03' });
    expect(
      await screen.findByText('If you are eligible, we will reduce your bill by 30% from 3 March 2025.'),
    ).toBeTruthy();
    expect(
      screen.getByText('We may contact you to check that you are the only adult living at the property.'),
    ).toBeTruthy();
  });
});
