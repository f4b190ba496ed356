/** A govuk-frontend template quirk we do not copy, and how to tell the options that meet it. */
export interface DifferentialException {
  component: string;
  /** Why our HTML differs, and why that is right. */
  reason: string;
  /** Whether a case's options meet the quirk. */
  applies: (options: Record<string, unknown>) => boolean;
}

/** The one list of places where our HTML knowingly differs from govuk-frontend's Nunjucks macros. Keep it short. */
export const differentialExceptions: readonly DifferentialException[] = ['character-count', 'password-input'].map(
  (component) => ({
    component,
    reason:
      'The macro copies `formGroup.attributes` into its own attribute list as text, so an attribute given as ' +
      '`{ value, optional }` is written as `data-x="[object Object]"`. We write it as govukAttributes does everywhere else.',
    applies: (options: Record<string, unknown>) => {
      const attributes = (options.formGroup as { attributes?: Record<string, unknown> } | undefined)?.attributes;
      return Object.values(attributes ?? {}).some((value) => typeof value === 'object' && value !== null);
    },
  }),
);
