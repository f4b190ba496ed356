/** Joins class names, skipping empty ones, as govuk-frontend's templates build `class` attributes. */
export function classNames(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
