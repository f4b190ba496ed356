import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageNavigation } from '../language-navigation/LanguageNavigation';
import { ServiceNavigation } from './ServiceNavigation';

const navigation = [
  { href: '/bins', text: 'Bins', active: true },
  { href: '/bins/missed', text: 'Report a missed collection', current: true },
  { href: '/council-tax', text: 'Council Tax' },
];

describe('ServiceNavigation', () => {
  afterEach(cleanup);

  it('marks the current page and the active section', () => {
    render(<ServiceNavigation serviceName="Bins and recycling" serviceUrl="/" navigation={navigation} />);
    expect(screen.getByRole('region', { name: 'Service information' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Bins and recycling' }).getAttribute('href')).toBe('/');
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Report a missed collection' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(menu).getByRole('link', { name: 'Bins' }).getAttribute('aria-current')).toBe('true');
    expect(within(menu).getByRole('link', { name: 'Council Tax' }).hasAttribute('aria-current')).toBe(false);
  });

  it('keeps the mobile menu toggle hidden until govuk-frontend’s script shows it', () => {
    render(<ServiceNavigation navigation={navigation} menuButtonText="Dewislen" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Dewislen' })).toBeDefined();
    expect(screen.getByRole('button', { hidden: true }).getAttribute('aria-controls')).toBe('navigation');
  });

  it('takes a React language navigation in the end slot', () => {
    render(
      <ServiceNavigation
        serviceName="Bins and recycling"
        navigation={navigation}
        slots={{
          end: {
            align: 'inline',
            children: (
              <LanguageNavigation
                items={[
                  { text: 'English', lang: 'en', current: true },
                  { text: 'Cymraeg', lang: 'cy', href: '/cy' },
                ]}
              />
            ),
          },
        }}
      />,
    );
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Cymraeg' }).getAttribute('hreflang')).toBe('cy');
  });

  it('takes HTML strings in slots beside its own markup, as the macro does', () => {
    const { container } = render(
      <ServiceNavigation
        navigation={navigation}
        slots={{ start: '<p class="start">Start</p>', navigationEnd: '<li><a href="/sign-out">Sign out</a></li>' }}
      />,
    );
    const list = container.querySelector('#navigation');
    expect(list?.lastElementChild?.textContent).toBe('Sign out');
    expect(within(list as HTMLElement).getAllByRole('listitem')).toHaveLength(4);
    expect(container.querySelector('.govuk-width-container')?.firstElementChild?.className).toBe('start');
  });

  it('refuses to mix an HTML string slot with React components in one place', () => {
    expect(() =>
      render(
        <ServiceNavigation
          navigation={navigation}
          slots={{ start: '<p>Start</p>', end: <LanguageNavigation items={[{ text: 'English', lang: 'en' }]} /> }}
        />,
      ),
    ).toThrow(/HTML string slot cannot sit beside React components/);
  });
});
