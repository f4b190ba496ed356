import { createFlow } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { sendEvidence } from '@lgds/core-sample';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepPage } from './StepPage';
import { TransactionFlow } from './TransactionFlow';

// A page that asks for evidence, in the browser: the GOV.UK file upload in a multipart form, checked before it is sent.
const evidence = sendEvidence;
const rules = resolveRules(evidence);

afterEach(cleanup);

const pdf = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });

describe('a file upload question', () => {
  it('is a GOV.UK file upload in a form that posts files without JavaScript', () => {
    const flow = createFlow(evidence, rules);
    const { container } = render(
      <StepPage view={flow.view('upload')} values={{}} errors={[]} t={flow.translator('en')} action="/upload" />,
    );
    expect(container.querySelector('form')?.getAttribute('enctype')).toBe('multipart/form-data');
    const input = screen.getByLabelText('Upload your evidence') as HTMLInputElement;
    expect(input.className).toBe('govuk-file-upload');
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('application/pdf,image/jpeg');
  });

  it('is checked in the browser, and without a server keeps each chosen file’s name, size and type', async () => {
    const onSubmit = vi.fn(async () => {});
    render(<TransactionFlow transaction={evidence} rules={rules} onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Upload your evidence'), pdf('too-big.pdf', 1024 * 1024 + 1));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findAllByText('The selected file must be smaller than 1MB')).toHaveLength(2);

    await user.upload(screen.getByLabelText('Upload your evidence'), pdf('tenancy.pdf', 2048));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('tenancy.pdf (2KB)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Accept and send' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [payload] = onSubmit.mock.calls[0] as unknown as [{ answers: unknown }];
    expect(payload.answers).toEqual({
      upload: { files: [{ id: 'chosen-0', name: 'tenancy.pdf', size: 2048, type: 'application/pdf' }] },
    });
  });
});
