import { contentGenerators } from './content';
import { fieldGenerators } from './fields';
import { navigationGenerators } from './navigation';
import type { Generator } from './shared';

/** A generator of options for each govuk-frontend component we render, by its folder name. */
export const optionGenerators: Readonly<Record<string, Generator>> = {
  ...fieldGenerators,
  ...contentGenerators,
  ...navigationGenerators,
};
