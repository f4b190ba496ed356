import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Header } from './Header';

describe('Header', () => {
  afterEach(cleanup);

  it('links the GOV.UK logo to the GOV.UK homepage unless told otherwise', () => {
    const { rerender } = render(<Header />);
    expect(screen.getByRole('link', { name: 'GOV.UK' })).toHaveProperty('href', `${location.protocol}//gov.uk/`);
    rerender(<Header homepageUrl="/" />);
    expect(screen.getByRole('link', { name: 'GOV.UK' }).getAttribute('href')).toBe('/');
  });

  it('puts the product name in the homepage link', () => {
    render(<Header productName="Pay" />);
    expect(screen.getByRole('link').textContent).toContain('Pay');
    expect(screen.getByRole('img', { name: 'GOV.UK' })).toBeDefined();
  });
});
