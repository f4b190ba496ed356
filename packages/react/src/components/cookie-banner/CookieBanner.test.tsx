import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CookieBanner } from './CookieBanner';

afterEach(cleanup);

describe('CookieBanner', () => {
  it('posts the choice with named submit buttons, so it works without JavaScript', () => {
    render(
      <form method="post" action="/cookies">
        <CookieBanner
          messages={[
            {
              headingText: 'Cookies on Pay for garden waste',
              text: 'We’d like to use analytics cookies.',
              actions: [
                { text: 'Accept analytics cookies', type: 'submit', name: 'cookies[analytics]', value: 'yes' },
                { text: 'Reject analytics cookies', type: 'submit', name: 'cookies[analytics]', value: 'no' },
                { text: 'View cookies', href: '/cookies' },
              ],
            },
          ]}
        />
      </form>,
    );
    const banner = screen.getByRole('region', { name: 'Cookie banner' });
    expect(within(banner).getByRole('heading', { level: 2, name: 'Cookies on Pay for garden waste' })).toBeTruthy();
    const accept = within(banner).getByRole('button', { name: 'Accept analytics cookies' }) as HTMLButtonElement;
    const reject = within(banner).getByRole('button', { name: 'Reject analytics cookies' }) as HTMLButtonElement;
    expect([accept.type, accept.name, accept.value]).toEqual(['submit', 'cookies[analytics]', 'yes']);
    expect([reject.type, reject.name, reject.value]).toEqual(['submit', 'cookies[analytics]', 'no']);
    expect(within(banner).getByRole('link', { name: 'View cookies' }).getAttribute('href')).toBe('/cookies');
  });

  it('hides the confirmation messages until one is shown, which is then read out as an alert', () => {
    render(
      <CookieBanner
        ariaLabel="Cwcis ar Talu am wastraff gardd"
        messages={[
          { headingText: 'Cwcis ar Talu am wastraff gardd', text: 'Hoffem ddefnyddio cwcis dadansoddol.' },
          { text: 'Rydych wedi derbyn cwcis dadansoddol.', role: 'alert', hidden: true },
          { children: <p className="govuk-body">Rydych wedi gwrthod cwcis dadansoddol.</p>, hidden: true },
        ]}
      />,
    );
    const banner = screen.getByRole('region', { name: 'Cwcis ar Talu am wastraff gardd' });
    expect(banner.hasAttribute('data-nosnippet')).toBe(true);
    const accepted = screen.getByText('Rydych wedi derbyn cwcis dadansoddol.').closest('.govuk-cookie-banner__message');
    expect(accepted?.hasAttribute('hidden')).toBe(true);
    expect(accepted?.getAttribute('role')).toBe('alert');
    expect(screen.queryByRole('alert')).toBeNull();
    const rejected = screen
      .getByText('Rydych wedi gwrthod cwcis dadansoddol.')
      .closest('.govuk-cookie-banner__message');
    expect(rejected?.hasAttribute('hidden')).toBe(true);
  });

  it('can be hidden whole until JavaScript shows it', () => {
    render(<CookieBanner hidden messages={[{ text: 'We’d like to use analytics cookies.' }]} />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
