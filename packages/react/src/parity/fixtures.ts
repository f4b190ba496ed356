import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ParityEntry } from './types';

/** One govuk-frontend example: the macro's options and the HTML its template renders. */
export interface Fixture {
  name: string;
  options: Record<string, unknown>;
  html: string;
}

const require = createRequire(import.meta.url);
const componentsFolder = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist/govuk/components');

/** Every component we ship, with how to render its fixtures. */
export const parityEntries: readonly ParityEntry[] = Object.values(
  import.meta.glob<{ parity: ParityEntry }>('../components/*/parity.tsx', { eager: true }),
).map((module) => module.parity);

/**
 * Every component the installed govuk-frontend publishes fixtures for. Read from its files, not listed here, so a new
 * govuk-frontend release with a new component shows up as one we do not cover.
 */
export function frontendComponents(): string[] {
  return readdirSync(componentsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(componentsFolder, entry.name, 'fixtures.json')))
    .map((entry) => entry.name)
    .sort();
}

/** govuk-frontend's fixtures for one component. */
export function fixturesOf(component: string): Fixture[] {
  const file = join(componentsFolder, component, 'fixtures.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { fixtures: Fixture[] }).fixtures;
}
