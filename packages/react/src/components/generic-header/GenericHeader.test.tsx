import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GenericHeader } from './GenericHeader';

describe('GenericHeader', () => {
  afterEach(cleanup);

  it('links the logo to the root of the site unless told otherwise', () => {
    const { rerender } = render(<GenericHeader logoText="Northmoor District Council" />);
    expect(screen.getByRole('link', { name: 'Northmoor District Council' }).getAttribute('href')).toBe('/');
    rerender(<GenericHeader logoText="Northmoor District Council" url="https://www.northmoor.gov.uk" />);
    expect(screen.getByRole('link', { name: 'Northmoor District Council' }).getAttribute('href')).toBe(
      'https://www.northmoor.gov.uk',
    );
  });

  it('has no GOV.UK crown or GOV.UK name', () => {
    const { container } = render(<GenericHeader logoText="Northmoor District Council" />);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).not.toContain('GOV.UK');
    expect(container.querySelector('.govuk-header')).toBeNull();
  });

  it('puts React children in the logo link in place of the text', () => {
    render(
      <GenericHeader logoText="Ignored">
        <img src="/logo.png" alt="Northmoor District Council" /> Bins and recycling
      </GenericHeader>,
    );
    const link = screen.getByRole('link');
    expect(link.querySelector('img')?.getAttribute('alt')).toBe('Northmoor District Council');
    expect(link.textContent).toContain('Bins and recycling');
    expect(link.textContent).not.toContain('Ignored');
  });
});
