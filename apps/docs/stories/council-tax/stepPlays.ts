import { type AnyTransaction, CHECK_ANSWERS, type Payload } from '@lgds/core';
import type { Meta } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { residentOf, type StepSetting } from './StepPreview';
import { flowOf, type Kind, storySetting } from './transactions';

/** The args of every council tax step story. */
export interface StepArgs {
  /** The page the journey opens on, or `check-answers`. */
  step: string;
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

export type StepPlay = NonNullable<Meta<StepArgs>['play']>;

/** The story's flow (its council's rules, on its resident's day) and language. */
function flowFor(kind: Kind, { globals, parameters }: Parameters<StepPlay>[0]) {
  const { council, locale } = storySetting(globals, kind);
  const setting = parameters.councilTax as StepSetting | undefined;
  const today = setting?.today ?? residentOf(kind, council, setting?.resident).today;
  return { flow: flowOf(kind, council, today, setting?.rulesChanges), locale };
}

/** The play functions of a transaction's step stories. */
export function stepPlays(kind: Kind) {
  /** The journey opens on the story's page (its heading), not on another or on a "does not ask this" note. */
  const opensOnItsPage: StepPlay = async (context) => {
    const { flow, locale } = flowFor(kind, context);
    const { step } = context.args;
    const title =
      step === CHECK_ANSWERS ? flow.translator(locale)('ui.checkAnswersTitle') : flow.view(step, locale).title;
    await expect(await context.canvas.findByRole('heading', { level: 1 })).toHaveTextContent(title);
  };

  /** Continues with nothing answered: the error summary appears. */
  const continueWithNothingAnswered: StepPlay = async (context) => {
    const { canvas, userEvent } = context;
    await opensOnItsPage(context);
    const { flow, locale } = flowFor(kind, context);
    const t = flow.translator(locale);
    await userEvent.click(canvas.getByRole('button', { name: t('ui.continue') }));
    const summary = await canvas.findByRole('alert');
    await expect(summary).toHaveTextContent(t('ui.errorSummaryTitle'));
  };

  /** Opens on its page, and the page shows these words (the council's own, or the package's with its rules). */
  const shows =
    (...texts: (string | RegExp)[]): StepPlay =>
    async (context) => {
      await opensOnItsPage(context);
      for (const text of texts) await expect(context.canvas.getByText(text)).toBeVisible();
    };

  return { opensOnItsPage, continueWithNothingAnswered, shows };
}
