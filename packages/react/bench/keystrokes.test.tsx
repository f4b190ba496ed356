/**
 * Renders per keystroke: <TransactionFlow> on the address page in jsdom, a resident typing 10 characters into
 * "Address line 1" with user-event, one key at a time. For each key it counts React's commits under a <Profiler>
 * around the whole flow, every component that rendered, and the renders of the typed field's own <FieldControl>
 * (bench/render-counter.ts). It prints the figures; it checks only that the typing really happened (the box holds
 * the text, the error came and went), not how fast: a few renders of one small form are nothing a resident notices.
 *
 * Runs React's development build (NODE_ENV=test): the production build's <Profiler> reports nothing. What renders is
 * the same in both.
 */
import { FieldControl, type FieldControlProps, TransactionFlow } from '@lgds/react';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { type Fiber, onCommit } from './render-counter';
import { answersAtAddress, gardenWaste, rules } from './transaction';

const typed = '1 High Str'; // 10 characters

interface KeyCount {
  commits: number;
  components: number;
  typedField: number;
  otherFields: number;
}

const isFieldControl = (fiber: Fiber, name: string) =>
  fiber.type === FieldControl && (fiber.memoizedProps as FieldControlProps).view.name === name;

let onProfilerCommit = () => {};

/** Counts what React does during `action`, and after it while the flow finishes any check it started. */
async function countDuring(action: () => Promise<void>, field: string): Promise<KeyCount> {
  const count: KeyCount = { commits: 0, components: 0, typedField: 0, otherFields: 0 };
  const stop = onCommit((rendered) => {
    count.components += rendered.length;
    count.typedField += rendered.filter((fiber) => isFieldControl(fiber, field)).length;
    count.otherFields += rendered.filter(
      (fiber) => fiber.type === FieldControl && !isFieldControl(fiber, field),
    ).length;
  });
  onProfilerCommit = () => {
    count.commits += 1;
  };
  await action();
  // The flow checks an answer again as it changes (after a failed Continue), asynchronously: let that finish.
  await act(() => new Promise((settled) => setTimeout(settled, 20)));
  stop();
  onProfilerCommit = () => {};
  return count;
}

/** Types `text` into the box one key at a time, and counts what each key made React do. */
async function typeCounting(text: string, box: HTMLInputElement, field: string): Promise<KeyCount[]> {
  const user = userEvent.setup();
  await user.click(box);
  const counts: KeyCount[] = [];
  for (const key of text) counts.push(await countDuring(() => user.keyboard(key), field));
  return counts;
}

function renderFlow() {
  render(
    <Profiler id="flow" onRender={() => onProfilerCommit()}>
      <TransactionFlow
        transaction={gardenWaste}
        rules={rules}
        initialPosition="address"
        initialAnswers={answersAtAddress}
        onSubmit={() => {}}
      />
    </Profiler>,
  );
  return screen.getByLabelText<HTMLInputElement>(/Address line 1/);
}

const sum = (counts: readonly KeyCount[], key: keyof KeyCount) =>
  counts.reduce((total, count) => total + count[key], 0);

function report(scenario: string, counts: readonly KeyCount[]): void {
  const per = (key: keyof KeyCount) => (sum(counts, key) / counts.length).toFixed(2);
  console.log(
    [
      `${scenario}: ${counts.length} keystrokes into "Address line 1"`,
      `  renders per keystroke: ${per('commits')} (whole form: React commits), ${per('typedField')} (the typed field)`,
      `  components rendered per keystroke: ${per('components')}; other fields' renders: ${sum(counts, 'otherFields')}`,
      `  commits, key by key: ${counts.map((count) => count.commits).join(' ')}`,
      `  typed field renders, key by key: ${counts.map((count) => count.typedField).join(' ')}`,
    ].join('\n'),
  );
}

afterEach(cleanup);

describe('renders per keystroke on the address page', () => {
  it('typing into an empty page', async () => {
    const box = renderFlow();
    const counts = await typeCounting(typed, box, 'line1');
    expect(box.value).toBe(typed);
    report('Empty page', counts);
  });

  it('typing to fix an error, after Continue with nothing filled in', async () => {
    const box = renderFlow();
    const user = userEvent.setup();
    const onContinue = await countDuring(() => user.click(screen.getByRole('button', { name: 'Continue' })), 'line1');
    expect(document.getElementById('line1-error')).not.toBeNull();
    // The counters see renders when there are some: Continue shows the error summary and marks every field.
    expect(onContinue.commits).toBeGreaterThan(0);
    expect(onContinue.typedField + onContinue.otherFields).toBeGreaterThanOrEqual(4);
    console.log(
      `Continue with nothing filled in, for comparison: ${onContinue.commits} commits, ${onContinue.components} components, ` +
        `${onContinue.typedField + onContinue.otherFields} field renders`,
    );
    const counts = await typeCounting(typed, box, 'line1');
    expect(box.value).toBe(typed);
    // The field's own error went as soon as it was answered; the other fields' errors stay until Continue.
    expect(document.getElementById('line1-error')).toBeNull();
    expect(document.getElementById('town-error')).not.toBeNull();
    report('After a failed Continue', counts);
  });
});
