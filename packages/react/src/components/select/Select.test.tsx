import { cleanup, render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Select } from './Select';

const items = [
  { value: '', text: '' },
  { value: 'monthly', text: 'Monthly' },
  { value: 'yearly', text: 'Yearly' },
];

describe('Select', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('chooses the option matching its value through React’s defaultValue, without warnings', () => {
    const error = vi.spyOn(console, 'error');
    const { getByLabelText } = render(
      <Select name="instalments" label={{ text: 'How often?' }} value="yearly" items={items} />,
    );
    expect((getByLabelText('How often?') as HTMLSelectElement).value).toBe('yearly');
    expect(error).not.toHaveBeenCalled();
  });

  it('compares values as Nunjucks does: 2 matches "2", and no value chooses nothing', () => {
    const numbered = [
      { value: 1, text: 'One' },
      { value: '2', text: 'Two' },
    ];
    expect(renderToStaticMarkup(<Select name="n" label={{ text: 'N' }} value={2} items={numbered} />)).toContain(
      '<option value="2" selected="">Two</option>',
    );
    expect(renderToStaticMarkup(<Select name="n" label={{ text: 'N' }} value="" items={numbered} />)).not.toContain(
      'selected',
    );
  });

  it('marks each option itself when the chosen options do not share one value', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToStaticMarkup(
      <Select
        name="colour"
        label={{ text: 'Colour' }}
        items={[
          { value: 'red', text: 'Red', selected: true },
          { value: 'red', text: 'Also red' },
        ]}
      />,
    );
    expect(html).toContain('<option value="red" selected="">Red</option><option value="red">Also red</option>');
  });
});
