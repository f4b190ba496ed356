import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalHtml } from './compare';
import { parityEntries as entries, fixturesOf, frontendComponents } from './fixtures';
import { parityExceptions } from './skips';

const tally = new Map<string, { matched: number; total: number; skipped: number }>();

// The promise is that we never lag behind govuk-frontend: when a release adds a component, this fails and names it.
describe('the installed govuk-frontend', () => {
  it('has no component we do not ship', () => {
    const ours = new Set(entries.map((entry) => entry.component));
    expect(frontendComponents().filter((component) => !ours.has(component))).toEqual([]);
  });
});

describe.each(entries.map((entry) => [entry.component, entry] as const))(
  '%s matches govuk-frontend’s fixtures',
  (component, entry) => {
    const exceptions = parityExceptions[component] ?? {};
    const fixtures = fixturesOf(component);
    const counts = { matched: 0, total: 0, skipped: 0 };
    tally.set(component, counts);

    it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (name, fixture) => {
      if (Object.hasOwn(exceptions, name)) {
        counts.skipped += 1;
        return;
      }
      counts.total += 1;
      const ours = canonicalHtml(renderToStaticMarkup(entry.render(structuredClone(fixture.options))));
      expect(ours).toBe(canonicalHtml(fixture.html));
      counts.matched += 1;
    });
  },
);

afterAll(() => {
  const rows = [...tally].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([name]) => name.length), 9);
  const lines = rows.map(
    ([name, { matched, total, skipped }]) =>
      `${name.padEnd(width)}  ${`${matched}/${total}`.padStart(7)}${skipped ? `  (${skipped} skipped)` : ''}`,
  );
  const matched = rows.reduce((sum, [, counts]) => sum + counts.matched, 0);
  // Out of every fixture govuk-frontend publishes, not only those of components we ship.
  const total = frontendComponents().reduce((sum, component) => sum + fixturesOf(component).length, 0);
  const skipped = rows.reduce((sum, [, counts]) => sum + counts.skipped, 0);
  console.log(
    [
      `${'component'.padEnd(width)}  matched`,
      ...lines,
      '',
      `${matched}/${total} fixtures match (${skipped} skipped; see src/parity/skips.ts)`,
    ].join('\n'),
  );
});
