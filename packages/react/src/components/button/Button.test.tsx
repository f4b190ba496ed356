import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from './Button';

afterEach(cleanup);

describe('Button', () => {
  it('submits a form by default and becomes a link when given an href', () => {
    render(
      <>
        <Button text="Save and continue" />
        <Button text="Start now" href="/start" isStartButton />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Save and continue' }).getAttribute('type')).toBe('submit');
    const link = screen.getByRole('button', { name: 'Start now' });
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('/start');
  });

  it('tells assistive technology when it is disabled', () => {
    render(<Button text="Send" disabled />);
    const button = screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('passes React-only onClick and buttonRef to the button without changing its HTML', () => {
    const onClick = vi.fn();
    const buttonRef = createRef<HTMLButtonElement>();
    const { container } = render(<Button text="Send" preventDoubleClick onClick={onClick} buttonRef={buttonRef} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(buttonRef.current).toBe(container.firstChild);
    expect(buttonRef.current?.getAttribute('data-prevent-double-click')).toBe('true');
    expect(buttonRef.current?.getAttributeNames().sort()).toEqual([
      'class',
      'data-module',
      'data-prevent-double-click',
      'type',
    ]);
  });
});
