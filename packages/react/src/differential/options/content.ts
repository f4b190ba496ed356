import type { Random } from '../random';
import {
  attributes,
  classes,
  content,
  contentOrEmpty,
  type Generator,
  i18nText,
  ids,
  list,
  maybe,
  text,
} from './shared';

// Components that show content: buttons, banners, lists and the like.

const action = (random: Random) => ({
  href: '#change',
  ...content(random),
  visuallyHiddenText: maybe(random, () => text(random)),
  classes: classes(random),
  attributes: attributes(random, ['class', 'href']),
});

const actions = (random: Random) =>
  maybe(random, () => ({
    items: Array.from({ length: random.int(0, 3) }, () => action(random)),
    classes: classes(random),
  }));

/** Options for the content components. */
export const contentGenerators: Readonly<Record<string, Generator>> = {
  button: (random) => ({
    ...content(random),
    href: maybe(random, () => '/start', 0.3),
    type: maybe(random, () => random.pick(['button', 'submit', 'reset']), 0.3),
    name: maybe(random, () => 'action', 0.3),
    value: maybe(random, () => 'save', 0.3),
    disabled: maybe(random, () => true, 0.2),
    preventDoubleClick: maybe(random, () => random.chance(), 0.2),
    isStartButton: maybe(random, () => true, 0.2),
    id: maybe(random, () => random.pick(ids), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class', 'data-module', 'id', 'type', 'name', 'value', 'role']),
  }),
  'error-summary': (random) => ({
    ...content(random, 'titleText', 'titleHtml'),
    ...maybe(random, () => content(random, 'descriptionText', 'descriptionHtml')),
    errorList: Array.from({ length: random.int(0, 3) }, () => ({
      href: maybe(random, () => '#field', 0.7),
      ...content(random),
      attributes: attributes(random, ['href']),
    })),
    disableAutoFocus: maybe(random, () => random.chance(), 0.2),
    classes: classes(random),
    attributes: attributes(random, ['class', 'data-module']),
  }),
  'summary-list': (random) => ({
    rows: Array.from({ length: random.int(1, 3) }, () => ({
      key: { ...content(random), classes: classes(random) },
      value: { ...content(random), classes: classes(random) },
      actions: actions(random),
      classes: classes(random),
    })),
    card: maybe(random, () => ({
      title: maybe(random, () => ({ ...content(random), headingLevel: maybe(random, () => random.int(1, 6)) })),
      actions: actions(random),
      classes: classes(random),
      attributes: attributes(random, ['class']),
    })),
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  'warning-text': (random) => ({
    ...content(random),
    iconFallbackText: maybe(random, () => random.pick(['Rhybudd', 'Warning & <more>'])),
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  'phase-banner': (random) => ({
    ...content(random),
    tag: { ...content(random), classes: classes(random) },
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  tag: (random) => ({ ...content(random), classes: classes(random), attributes: attributes(random, ['class']) }),
  'inset-text': (random) => ({
    ...content(random),
    id: maybe(random, () => random.pick(ids)),
    classes: classes(random),
    attributes: attributes(random, ['class', 'id']),
  }),
  details: (random) => ({
    ...content(random, 'summaryText', 'summaryHtml'),
    ...content(random),
    id: maybe(random, () => random.pick(ids)),
    open: maybe(random, () => random.chance(), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class', 'id', 'open']),
  }),
  panel: (random) => ({
    ...content(random, 'titleText', 'titleHtml'),
    ...maybe(random, () => content(random)),
    headingLevel: maybe(random, () => random.int(1, 6), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  'back-link': (random) => ({
    ...maybe(random, () => content(random)),
    href: maybe(random, () => '/previous'),
    classes: classes(random),
    attributes: attributes(random, ['class', 'href']),
  }),
  'skip-link': (random) => ({
    ...content(random),
    href: maybe(random, () => '#content'),
    classes: classes(random),
    attributes: attributes(random, ['class', 'href', 'data-module']),
  }),
  'notification-banner': (random) => ({
    ...maybe(random, () => content(random, 'titleText', 'titleHtml')),
    ...content(random),
    type: maybe(random, () => 'success', 0.3),
    role: maybe(random, () => 'alert', 0.2),
    titleId: maybe(random, () => 'banner-title', 0.2),
    titleHeadingLevel: maybe(random, () => random.int(1, 6), 0.2),
    disableAutoFocus: maybe(random, () => random.chance(), 0.2),
    classes: classes(random),
    attributes: attributes(random, ['class', 'role', 'data-module', 'aria-labelledby']),
  }),
  accordion: (random) => ({
    id: random.pick(ids),
    headingLevel: maybe(random, () => random.int(1, 6), 0.3),
    rememberExpanded: maybe(random, () => random.chance(), 0.3),
    hideAllSectionsText: i18nText(random),
    hideSectionText: i18nText(random),
    hideSectionAriaLabelText: i18nText(random),
    showAllSectionsText: i18nText(random),
    showSectionText: i18nText(random),
    showSectionAriaLabelText: i18nText(random),
    items: list(
      random,
      () => ({
        heading: contentOrEmpty(random),
        summary: maybe(random, () => contentOrEmpty(random)),
        content: contentOrEmpty(random, 'text', 'html', { numbers: false }),
        expanded: maybe(random, () => random.chance(), 0.3),
      }),
      4,
      [null, false, ''],
    ),
    classes: classes(random),
    attributes: attributes(random, ['class', 'id', 'data-module']),
  }),
  'cookie-banner': (random) => ({
    ariaLabel: maybe(random, () => random.pick(['', 'Cwcis ar Cyngor', text(random)]), 0.3),
    hidden: maybe(random, () => random.chance(), 0.2),
    messages: list(
      random,
      () => ({
        ...maybe(random, () => contentOrEmpty(random, 'headingText', 'headingHtml')),
        ...contentOrEmpty(random),
        actions: maybe(random, () =>
          list(random, () => ({
            text: text(random),
            type: maybe(random, () => random.pick(['button', 'submit']), 0.4),
            href: maybe(random, () => random.pick(['/cookies', '']), 0.4),
            name: maybe(random, () => 'cookies', 0.3),
            value: maybe(random, () => random.pick(['accept', 'reject']), 0.3),
            classes: classes(random),
            attributes: attributes(random, ['class', 'href', 'type', 'name', 'value', 'data-module']),
          })),
        ),
        hidden: maybe(random, () => random.chance(), 0.2),
        role: maybe(random, () => 'alert', 0.2),
        classes: classes(random),
        attributes: attributes(random, ['class', 'role']),
      }),
      3,
    ),
    classes: classes(random),
    attributes: attributes(random, ['class', 'role', 'aria-label', 'data-nosnippet']),
  }),
  'exit-this-page': (random) => ({
    ...maybe(random, () => contentOrEmpty(random)),
    redirectUrl: maybe(random, () => random.pick(['https://www.gov.wales/', '']), 0.3),
    id: maybe(random, () => random.pick(ids), 0.3),
    activatedText: i18nText(random),
    timedOutText: i18nText(random),
    pressTwoMoreTimesText: i18nText(random),
    pressOneMoreTimeText: i18nText(random),
    classes: classes(random),
    attributes: attributes(random, ['class', 'id', 'data-module']),
  }),
  feedback: (random) => ({
    ...contentOrEmpty(random, 'titleText', 'titleHtml'),
    ...maybe(random, () => contentOrEmpty(random, 'text', 'html', { numbers: false })),
    headingLevel: maybe(random, () => random.int(1, 6), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  table: (random) => {
    // A cell's text may be a number, as a council's template passes totals.
    const cell = (header: boolean) => () => ({
      ...(random.chance(0.15) ? { text: random.pick([0, 12, 1250.5]) } : contentOrEmpty(random)),
      format: maybe(random, () => 'numeric', 0.3),
      classes: maybe(random, () => random.pick(['govuk-!-width-one-half', 'app-a'])),
      colspan: maybe(random, () => random.int(1, 3), 0.2),
      rowspan: maybe(random, () => random.int(1, 3), 0.2),
      attributes: {
        ...attributes(random, header ? ['class', 'scope', 'colspan'] : ['class', 'colspan']),
        // React drops a `rowspan` that is not a number (HTML reads it as 1 anyway), so a caller's is a number.
        ...(random.chance(0.1) && { rowspan: random.pick(['2', 3]) }),
      },
    });
    return {
      caption: maybe(random, () => random.pick(['', text(random)])),
      captionClasses: maybe(random, () => 'govuk-table__caption--m', 0.3),
      firstCellIsHeader: maybe(random, () => random.chance(), 0.4),
      head: maybe(random, () => list(random, cell(true))),
      rows: list(random, () => list(random, cell(false)), 4, [null, false]),
      classes: classes(random),
      attributes: attributes(random, ['class']),
    };
  },
  tabs: (random) => ({
    id: maybe(random, () => random.pick(ids), 0.3),
    idPrefix: maybe(random, () => random.pick(ids)),
    title: maybe(random, () => random.pick(['', 'Cynnwys', text(random)]), 0.3),
    items: list(
      random,
      (index) => ({
        id: maybe(random, () => `tab-${index}`, 0.7),
        label: text(random),
        attributes: attributes(random, ['class', 'href']),
        panel: { ...contentOrEmpty(random), attributes: attributes(random, ['class', 'id']) },
      }),
      4,
      [null, false],
    ),
    classes: classes(random),
    attributes: attributes(random, ['class', 'id', 'data-module']),
  }),
  'task-list': (random) => ({
    idPrefix: maybe(random, () => random.pick(ids), 0.3),
    items: list(
      random,
      () => ({
        title: { ...contentOrEmpty(random), classes: classes(random) },
        hint: maybe(random, () => content(random), 0.3),
        status: random.pick([
          () => ({ tag: { ...content(random), classes: classes(random), attributes: attributes(random, ['class']) } }),
          () => ({ ...contentOrEmpty(random), classes: classes(random) }),
        ])(),
        href: maybe(random, () => '#task'),
        classes: classes(random),
      }),
      4,
      [null, false],
    ),
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
};
