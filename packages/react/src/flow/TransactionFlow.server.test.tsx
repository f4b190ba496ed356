import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, concessionCouncil, today } from '@lgds/core-sample';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransactionFlow } from './TransactionFlow';

// With a server session (`@lgds/server`'s enhance), JavaScript adds instant checking and moving on, while every
// answer still reaches the server, as the form would post it, and the server alone stores the application.

const href = (position: string, options?: { change?: boolean }) =>
  `/bulky-waste/${position}${options?.change ? '?change=1' : ''}`;

const saveButton = { text: 'Save and come back later', name: '_action', value: 'save' };

function renderServerFlow(secondaryAction?: typeof saveButton) {
  const onSubmit = vi.fn(async () => {});
  render(
    <TransactionFlow
      transaction={bulkyWaste}
      rules={resolveRules(bulkyWaste, concessionCouncil)}
      today={today}
      href={href}
      onSubmit={onSubmit}
      server={{ formFields: { _csrf: 'token-from-server' }, secondaryAction }}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

let posts: { url: string; body: string }[];
beforeEach(() => {
  window.history.replaceState(null, '', '/bulky-waste/address');
  posts = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      posts.push({ url, body: String(init.body) });
      return { type: 'opaqueredirect' } as Response;
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('TransactionFlow with a server session', () => {
  it('posts each answered page to the server, in order, with the server’s CSRF token, as the form would', async () => {
    const { user } = renderServerFlow();
    const form = screen.getByRole('button', { name: 'Continue' }).closest('form');
    expect(form?.querySelector('input[type="hidden"][name="_csrf"]')?.getAttribute('value')).toBe('token-from-server');
    await user.type(screen.getByLabelText('Address line 1'), '1 High Street');
    await user.type(screen.getByLabelText('Postcode'), 'ex11aa');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByLabelText('House or bungalow'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(posts).toHaveLength(2));
    expect(posts[0]?.url).toBe('/bulky-waste/address');
    const address = new URLSearchParams(posts[0]?.body);
    expect(address.get('_csrf')).toBe('token-from-server');
    expect(address.get('line1')).toBe('1 High Street');
    expect(address.get('postcode')).toBe('ex11aa');
    expect(posts[1]?.url).toBe('/bulky-waste/property');
  });

  it('does not post a page the resident got wrong: the browser shows the errors at once', async () => {
    const { user } = renderServerFlow();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('There is a problem')).toBeTruthy();
    expect(posts).toEqual([]);
  });

  it('posts "Save and come back later" as the page is, with the button, once the answers before it reach the server', async () => {
    // The address's post is slow to reach the server: the page load of a save made before it would cancel it.
    let arrive = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        posts.push({ url, body: String(init.body) });
        await new Promise<void>((resolve) => {
          arrive = resolve;
        });
        return { type: 'opaqueredirect' } as Response;
      }),
    );
    // Each submit event from the save button that reaches the page, and whether the flow held it back: one not held back is the
    // browser's own post (stopped here, as jsdom cannot load a page).
    const submitted: { action: string; body: string; heldBack: boolean }[] = [];
    const onSubmitEvent = (event: Event) => {
      const form = event.target as HTMLFormElement;
      const data = new FormData(form);
      const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
      if (!submitter?.name) return; // Continue: not what this test is about
      data.append(submitter.name, submitter.value);
      const body = new URLSearchParams(data as unknown as Record<string, string>).toString();
      submitted.push({ action: form.getAttribute('action') ?? '', body, heldBack: event.defaultPrevented });
      event.preventDefault();
    };
    window.addEventListener('submit', onSubmitEvent);
    const { user } = renderServerFlow(saveButton);
    await user.type(screen.getByLabelText('Address line 1'), '1 High Street');
    await user.type(screen.getByLabelText('Postcode'), 'ex11aa');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByLabelText('House or bungalow'));
    await user.click(screen.getByRole('button', { name: 'Save and come back later' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posts).toHaveLength(1);
    expect(submitted.map((each) => each.heldBack)).toEqual([true]);

    arrive();
    await waitFor(() => expect(submitted).toHaveLength(2));
    window.removeEventListener('submit', onSubmitEvent);
    const post = submitted[1];
    expect(post?.heldBack).toBe(false);
    expect(post?.action).toBe('/bulky-waste/property');
    const body = new URLSearchParams(post?.body);
    expect(body.get('_csrf')).toBe('token-from-server');
    expect(body.get('_action')).toBe('save');
    expect(body.get('type')).not.toBeNull();
  });
});
