import { cleanup, render } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Textarea } from './Textarea';

describe('Textarea', () => {
  afterEach(cleanup);

  it('starts with its value and gives react-hook-form the element', () => {
    const inputRef = createRef<HTMLTextAreaElement>();
    const { getByLabelText } = render(
      <Textarea
        name="access"
        label={{ text: 'Where are your bins?' }}
        value={'Side gate\nLeft of the path'}
        inputRef={inputRef}
      />,
    );
    const textarea = getByLabelText('Where are your bins?') as HTMLTextAreaElement;
    expect(inputRef.current).toBe(textarea);
    expect(textarea.value).toBe('Side gate\nLeft of the path');
    expect(textarea.rows).toBe(5);
  });
});
