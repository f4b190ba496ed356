import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tag } from './Tag';

afterEach(cleanup);

describe('Tag', () => {
  it('shows a status with a colour modifier', () => {
    render(<Tag text="Completed" classes="govuk-tag--green" />);
    expect(screen.getByText('Completed').className).toBe('govuk-tag govuk-tag--green');
  });

  it('takes React children', () => {
    render(
      <Tag>
        <span>In progress</span>
      </Tag>,
    );
    expect(screen.getByText('In progress').parentElement?.tagName).toBe('STRONG');
  });
});
