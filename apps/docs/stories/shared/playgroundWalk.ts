import type { Meta } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { Fact } from './RulesPlayground';

// The play function of every transaction's "from mistakes to a journey" playground story: one walk, given what the
// transaction's rules come to before and after, and the mistakes it makes on the way.

type Play = NonNullable<Meta['play']>;

export interface PlaygroundWalk {
  /** The council's own rules: some of what they come to, and the heading of the journey's first page. */
  start: readonly Fact[];
  firstPage: string;
  /** Rules with mistakes in them, and every problem the playground should list, by path. */
  mistakes: { rules: Record<string, unknown>; problems: readonly string[] };
  /** Rules put right, and some of what they come to. */
  mended: { rules: Record<string, unknown>; facts: readonly Fact[] };
}

/**
 * The story that starts from the `preset` council's rules, breaks them in two ways (not JSON, then wrong settings),
 * then mends them, checking what the playground says each time.
 */
export function fromMistakesToAJourney(preset: string, walk: PlaygroundWalk) {
  return { globals: { preset }, play: playgroundPlay(walk) };
}

/** That story's play function. */
function playgroundPlay({ start, firstPage, mistakes, mended }: PlaygroundWalk): Play {
  return async ({ canvas, userEvent, step }) => {
    const rules = canvas.getByLabelText('Rules (JSON)');
    const problems = async () =>
      within(await canvas.findByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent);
    const replaceRules = async (text: string) => {
      await userEvent.clear(rules);
      await userEvent.click(rules);
      await userEvent.paste(text);
    };
    const expectFacts = async (facts: readonly Fact[]) => {
      for (const [what, value] of facts) {
        const row = await canvas.findByText(what, { selector: 'dt' });
        await expect(row).toBeVisible();
        await expect(row.nextElementSibling?.textContent?.trim()).toBe(value);
      }
    };
    const expectJourney = async () =>
      expect(await canvas.findByRole('heading', { level: 1, name: firstPage })).toBeVisible();

    await step('The council’s own rules: what they come to, and the journey', async () => {
      await expectFacts(start);
      await expectJourney();
    });

    await step('Not JSON: one problem, and no journey', async () => {
      await replaceRules('{ "service": ');
      await waitFor(async () => expect((await problems())[0]).toMatch(/^\(the rules\): is not valid JSON/));
      await expect(canvas.getByRole('heading', { level: 1, name: 'The journey will show here' })).toBeVisible();
    });

    await step('Wrong settings: every one named by its path', async () => {
      await replaceRules(JSON.stringify(mistakes.rules));
      await waitFor(async () => expect(await problems()).toEqual(mistakes.problems));
    });

    await step('Right rules: what they come to now, and the journey again', async () => {
      await replaceRules(JSON.stringify(mended.rules));
      await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
      await expectFacts(mended.facts);
      await expectJourney();
    });
  };
}
