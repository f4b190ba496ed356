import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Feedback } from './Feedback';

afterEach(cleanup);

describe('Feedback', () => {
  it('asks for feedback under a level 2 heading, with a link as React content', () => {
    render(
      <Feedback titleText="Help us improve this service">
        <p className="govuk-body">
          Tell us about your experience. <a href="/feedback">Give us your feedback</a>
        </p>
      </Feedback>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Help us improve this service' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Give us your feedback' }).getAttribute('href')).toBe('/feedback');
  });

  it('puts plain text in a paragraph, escaped, at the heading level asked for', () => {
    render(
      <Feedback titleText="Helpwch ni i wella’r gwasanaeth hwn" headingLevel={3} text="Dywedwch <em>wrthym</em>" />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Helpwch ni i wella’r gwasanaeth hwn');
    const paragraph = screen.getByText('Dywedwch <em>wrthym</em>');
    expect(paragraph.tagName).toBe('P');
    expect(paragraph.className).toBe('govuk-body');
  });

  it('leaves out the body when there is no content', () => {
    const { container } = render(<Feedback titleText="Help us improve this service" />);
    expect(container.querySelector('.govuk-feedback__body')).toBeNull();
  });
});
