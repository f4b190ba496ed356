import { cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';

afterEach(cleanup);

describe('ErrorSummary', () => {
  it('announces the problem and links each error to its field', () => {
    render(
      <ErrorSummary
        titleText="There is a problem"
        errorList={[{ text: 'Enter your full name', href: '#full-name' }, { text: 'Something else went wrong' }]}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('There is a problem');
    expect(screen.getByRole('link', { name: 'Enter your full name' }).getAttribute('href')).toBe('#full-name');
    expect(screen.getByText('Something else went wrong').tagName).toBe('LI');
  });

  it('gives the React flow a ref to focus, and takes a React description', () => {
    const containerRef = createRef<HTMLDivElement>();
    render(
      <ErrorSummary titleText="Mae problem" disableAutoFocus containerRef={containerRef}>
        Check <b>your answers</b>
      </ErrorSummary>,
    );
    expect(containerRef.current?.getAttribute('data-module')).toBe('govuk-error-summary');
    expect(containerRef.current?.getAttribute('data-disable-auto-focus')).toBe('true');
    expect(screen.getByText('your answers').parentElement?.tagName).toBe('P');
  });
});
