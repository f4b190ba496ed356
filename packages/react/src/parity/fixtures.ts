import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ParityEntry } from './types';

/** One govuk-frontend example: the macro's options and the HTML its template renders. */
export interface Fixture {
  name: string;
  options: Record<string, unknown>;
  html: string;
}

const require = createRequire(import.meta.url);

/** Every component we ship, with how to render its fixtures. */
export const parityEntries: readonly ParityEntry[] = Object.values(
  import.meta.glob<{ parity: ParityEntry }>('../components/*/parity.tsx', { eager: true }),
).map((module) => module.parity);

/** govuk-frontend's fixtures for one component. */
export function fixturesOf(component: string): Fixture[] {
  const file = require.resolve(`govuk-frontend/dist/govuk/components/${component}/fixtures.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { fixtures: Fixture[] }).fixtures;
}
