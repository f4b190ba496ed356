import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BackLink } from './BackLink';

afterEach(cleanup);

describe('BackLink', () => {
  it('says "Back" unless told otherwise', () => {
    render(<BackLink href="/previous" />);
    expect(screen.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe('/previous');
  });

  it('can be translated', () => {
    render(<BackLink href="/previous" text="Yn ôl" />);
    expect(screen.getByRole('link', { name: 'Yn ôl' })).toBeTruthy();
  });
});
