// Exceptions to the axe check every story test runs (parameters.a11y in .storybook/preview.tsx). An exception here
// must name govuk-frontend's deliberate markup or a rule that cannot apply, never a fault in our components.

/** Axe rule settings, as `parameters.a11y.config.rules` takes them. */
export interface AxeRuleSetting {
  id: string;
  enabled?: boolean;
  selector?: string;
}

/** A component story is a fragment of a page: it has no `<h1>` of its own. */
export const fragmentOfAPage: AxeRuleSetting = { id: 'page-has-heading-one', enabled: false };

/**
 * govuk-frontend's conditional reveal script sets `aria-expanded` on radio inputs, which ARIA does not allow on
 * radios. govuk-frontend keeps it on purpose, because screen readers announce it (alphagov/govuk-frontend#979), and
 * @lgds/react's own fixture tests list the same exception. Only the radio inputs are spared; the rule still checks
 * everything else on the page.
 */
export const radiosWithConditionalReveal: AxeRuleSetting = {
  id: 'aria-allowed-attr',
  selector: ':not(input.govuk-radios__input)',
};

/**
 * govuk-frontend's JavaScript names the drop zone button it builds by the label and the button's own words
 * (alphagov/govuk-frontend#5652): "Upload a file, No file chosen, Choose file or drop file". Axe reads the button's
 * visible words with no space between the status and the pseudo-button, which sit side by side in spans of their
 * own ("No file chosenChoose file or drop file"), so finds "chosenChoose" missing from the name, though every word a
 * resident sees is in it. Only that button is spared; the rule still checks everything else.
 */
export const dropZoneButtonName: AxeRuleSetting = {
  id: 'label-content-name-mismatch',
  selector: ':not(button.govuk-file-upload-button)',
};

/** `parameters` for a story with these axe rule settings (they replace the project's list, so it is repeated). */
export function axeRules(...rules: AxeRuleSetting[]) {
  return { a11y: { config: { rules } } };
}
