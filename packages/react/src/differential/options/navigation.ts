import type { Random } from '../random';
import { attributes, classes, contentOrEmpty, type Generator, list, maybe, text } from './shared';

// Components that take a resident to another page.

/** A pagination's previous or next link. */
const arrowLink = (random: Random) => ({
  ...maybe(random, () => contentOrEmpty(random)),
  labelText: maybe(random, () => random.pick(['', '1 o 3', text(random)])),
  href: random.pick(['/page', '/page', '']),
  attributes: attributes(random, ['class', 'href', 'rel']),
});

/** Options for the navigation components. */
export const navigationGenerators: Readonly<Record<string, Generator>> = {
  breadcrumbs: (random) => ({
    items: list(random, () => ({
      ...contentOrEmpty(random),
      href: maybe(random, () => random.pick(['/', '/council-tax', '']), 0.7),
      attributes: attributes(random, ['class', 'href']),
    })),
    collapseOnMobile: maybe(random, () => random.chance(), 0.3),
    labelText: maybe(random, () => random.pick(['', 'Briwsion bara', text(random)]), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class', 'aria-label']),
  }),
  pagination: (random) => ({
    items: maybe(
      random,
      () =>
        list(
          random,
          (index) =>
            random.chance(0.15)
              ? { ellipsis: true }
              : {
                  // A page number may be a number, as a council's loop gives it.
                  number: random.pick([index + 1, String(index + 1)]),
                  visuallyHiddenText: maybe(random, () => random.pick(['', `Tudalen ${index + 1}`, text(random)]), 0.3),
                  href: `/page-${index + 1}`,
                  current: maybe(random, () => random.chance(), 0.3),
                  attributes: attributes(random, ['class', 'href', 'aria-label', 'aria-current']),
                },
          5,
          [null, {}],
        ),
      0.7,
    ),
    previous: maybe(random, () => arrowLink(random)),
    next: maybe(random, () => arrowLink(random)),
    landmarkLabel: maybe(random, () => random.pick(['', 'Tudalennau', text(random)]), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class', 'aria-label']),
  }),
};
