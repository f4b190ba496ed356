import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SkipLink } from './SkipLink';

afterEach(cleanup);

describe('SkipLink', () => {
  it('skips to #content by default', () => {
    render(<SkipLink text="Skip to main content" />);
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#content');
  });

  it('takes another target', () => {
    render(<SkipLink text="Neidio i’r prif gynnwys" href="#main" />);
    expect(screen.getByRole('link', { name: 'Neidio i’r prif gynnwys' }).getAttribute('href')).toBe('#main');
  });
});
