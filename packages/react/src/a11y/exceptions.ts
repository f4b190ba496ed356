/** A documented exception: axe rules a govuk-frontend fixture is allowed to break, and why. */
export interface AxeException {
  /** The axe rule ids to tolerate. */
  rules: readonly string[];
  /** Why this is govuk-frontend’s deliberate markup, or a false positive, rather than a fault in our component. */
  reason: string;
}

const testTarget =
  'The hidden test fixture points aria-controls at "test-target-element", which exists only on govuk-frontend’s ' +
  'own test page; it shows `attributes` reach the markup. In a real page the controlled element is there.';

const inactiveComponent =
  'govuk-frontend fades a disabled item’s label and hint to 50% opacity. WCAG 1.4.3 exempts text that is part of ' +
  'an inactive user interface component; axe exempts the disabled input’s label but not its hint.';

const ariaExpandedOnRadios =
  'govuk-frontend’s conditional reveal script sets aria-expanded on radio inputs, which ARIA does not allow on ' +
  'radios. govuk-frontend keeps it on purpose because screen readers announce it (alphagov/govuk-frontend#979).';

// The radios fixtures with a conditionally revealed question (an empty conditional renders no reveal).
const radiosWithConditionalReveals = [
  'with conditional items',
  'with conditional item checked',
  'with conditional items and pre-checked value',
  'with conditional items with special characters',
  'with optional form-group classes showing group error',
  'small with conditional reveal',
  'textarea in conditional',
];

const dropZoneButton =
  'govuk-frontend’s script builds the drop zone button from its status (“No file chosen”), a visually hidden comma ' +
  'and “Choose file”, and names it with aria-labelledby from the label and those same words. axe reads the visible ' +
  'text without the hidden comma, as “chosenChoose”, so it finds no match; every visible word is in the name.';

const enhancedFileUploads = [
  'enhanced',
  'enhanced, with error message and hint',
  'enhanced, multiple files',
  'enhanced, custom wrapper classes and attributes',
  'translated',
];

/**
 * THE one list of axe violations the fixture accessibility test tolerates, by govuk-frontend component folder and
 * fixture name (`'*'` for every fixture of a component). Anything not listed fails the test, and an exception that
 * no longer fires fails it too, so this list stays short and true. A violation in our own markup is fixed, not listed.
 */
export const axeExceptions: Readonly<Record<string, Readonly<Record<string, AxeException>>>> = {
  'file-upload': Object.fromEntries(
    enhancedFileUploads.map((name) => [name, { rules: ['label-content-name-mismatch'], reason: dropZoneButton }]),
  ),
  'password-input': {
    'with translations': {
      rules: ['label-content-name-mismatch'],
      reason:
        'The fixture’s Welsh shows “Datguddia” on the button but labels it “Datgelu cyfrinair”: two different words, ' +
        'to show that each option reaches the markup. Our Welsh story uses one word for both (“Dangos”).',
    },
  },
  pagination: {
    'with custom accessible labels on item links': {
      rules: ['label-content-name-mismatch'],
      reason:
        'The hidden test fixture labels page links “1st page”, “2nd page” while they show “1”, “2”, only to show that ' +
        '`visuallyHiddenText` reaches the markup. Pagination’s TSDoc asks for the shown number in the label.',
    },
  },
  button: {
    attributes: { rules: ['aria-valid-attr-value'], reason: testTarget },
    'link attributes': { rules: ['aria-valid-attr-value'], reason: testTarget },
  },
  checkboxes: { 'with disabled item': { rules: ['color-contrast'], reason: inactiveComponent } },
  radios: {
    'with disabled': { rules: ['color-contrast'], reason: inactiveComponent },
    ...Object.fromEntries(
      radiosWithConditionalReveals.map((name) => [
        name,
        { rules: ['aria-allowed-attr'], reason: ariaExpandedOnRadios },
      ]),
    ),
  },
  'service-navigation': {
    'with custom navigation toggle label': {
      rules: ['label-content-name-mismatch'],
      reason:
        'The hidden test fixture labels the menu toggle “Enter the NavZone” while it shows “Menu”, only to show ' +
        '`menuButtonLabel` reaches the markup; once the script shows the toggle on a narrow screen the label no ' +
        'longer contains the visible text (WCAG 2.5.3). Our TSDoc tells services to keep the visible text in it.',
    },
  },
  'notification-banner': {
    'custom role': {
      rules: ['landmark-banner-is-top-level'],
      reason:
        'The hidden test fixture passes role="banner" only to show the `role` option reaches the markup; a banner ' +
        'landmark inside <main> is misplaced by definition. Real banners keep the default role (region or alert).',
    },
    'custom tabindex': {
      rules: ['tabindex'],
      reason:
        'The hidden test fixture sets tabindex="2" only to show `attributes` reach the markup; a positive tabindex ' +
        'is never right in a real page.',
    },
  },
};
