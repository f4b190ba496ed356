import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationBanner } from './NotificationBanner';

afterEach(cleanup);

describe('NotificationBanner', () => {
  it('is a region labelled by its title', () => {
    render(<NotificationBanner text="You have 7 days left to send your application." />);
    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner.textContent).toContain('You have 7 days left');
  });

  it('is an alert titled "Success" (or a translation) for a success banner', () => {
    render(
      <NotificationBanner type="success" titleText="Llwyddiant" titleId="success-title">
        <h3 className="govuk-notification-banner__heading">Training outcome recorded</h3>
      </NotificationBanner>,
    );
    const banner = screen.getByRole('alert', { name: 'Llwyddiant' });
    expect(banner.className).toBe('govuk-notification-banner govuk-notification-banner--success');
    expect(screen.getByRole('heading', { level: 3, name: 'Training outcome recorded' })).toBeTruthy();
  });
});
