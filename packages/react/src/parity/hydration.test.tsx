import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixturesOf, parityEntries } from './fixtures';

// Tells React that this test drives rendering through act(), as Testing Library does for other tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => vi.restoreAllMocks());

// Every component renders on the server and hydrates in the browser with the same props, warning-free:
// what a council's Next.js or Remix site does with each of them.
describe.each(parityEntries.map((entry) => [entry.component, entry] as const))('%s hydrates', (_component, entry) => {
  it('from every fixture without warnings', async () => {
    const errors = vi.spyOn(console, 'error');
    for (const fixture of fixturesOf(entry.component)) {
      const element = entry.render(structuredClone(fixture.options));
      const container = document.createElement('div');
      container.innerHTML = renderToString(element);
      document.body.append(container);
      const root = await act(async () =>
        hydrateRoot(container, element, { onRecoverableError: (error) => console.error(fixture.name, error) }),
      );
      act(() => root.unmount());
      container.remove();
    }
    expect(errors.mock.calls.map((call) => call.map(String).join(' ').slice(0, 300))).toEqual([]);
  });
});
