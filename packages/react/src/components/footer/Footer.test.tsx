import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Footer } from './Footer';

describe('Footer', () => {
  afterEach(cleanup);

  it('shows the Open Government Licence and crown copyright by default', () => {
    render(<Footer />);
    expect(screen.getByRole('link', { name: 'Open Government Licence v3.0' }).getAttribute('rel')).toBe('license');
    expect(screen.getByRole('link', { name: '© Crown copyright' })).toBeDefined();
  });

  it('takes Welsh for every visible string', () => {
    render(
      <Footer
        meta={{ visuallyHiddenTitle: 'Dolenni cymorth', items: [{ href: '/cwcis', text: 'Cwcis' }] }}
        contentLicence={{
          children: (
            <>
              Mae’r holl gynnwys ar gael dan <a href="/ogl-cy">Drwydded y Llywodraeth Agored v3.0</a>
            </>
          ),
        }}
        copyright={{ text: '© Hawlfraint y Goron' }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Dolenni cymorth' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Cwcis' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Drwydded y Llywodraeth Agored v3.0' })).toBeDefined();
    expect(screen.getByRole('link', { name: '© Hawlfraint y Goron' })).toBeDefined();
    expect(screen.queryByText(/All content is available/)).toBeNull();
  });

  it('hides the licence entirely when contentLicence is null', () => {
    const { container } = render(<Footer contentLicence={null} />);
    expect(container.querySelector('.govuk-footer__licence-logo')).toBeNull();
    expect(container.querySelector('.govuk-footer__licence-description')).toBeNull();
  });

  it('only links navigation items that have both text and href', () => {
    render(
      <Footer
        navigation={[
          {
            title: 'Council services',
            items: [
              { href: '/bins', text: 'Bins' },
              { href: '', text: 'No link' },
            ],
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Council services' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Bins' })).toBeDefined();
    expect(screen.queryByText('No link')).toBeNull();
  });
});
