import type { ReactElement } from 'react';

/** How the fixture parity test renders one govuk-frontend component's fixtures with ours. */
export interface ParityEntry {
  /** The govuk-frontend component folder, such as `button` or `date-input`. */
  component: string;
  /** Renders a fixture's macro options with our component. Props mirror the options, so this is usually `<Button {...options} />`. */
  render: (options: Record<string, unknown>) => ReactElement;
}
