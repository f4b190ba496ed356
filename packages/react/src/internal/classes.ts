/**
 * Joins class names, skipping empty ones, as govuk-frontend's templates build `class` attributes; also any other
 * space-separated list, such as the ids of `aria-describedby`.
 */
export function classNames(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
