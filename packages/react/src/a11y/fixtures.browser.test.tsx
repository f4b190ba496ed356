import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import type { Result } from 'axe-core';
import { initAll } from 'govuk-frontend';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parityExceptions } from '../parity/skips';
import type { ParityEntry } from '../parity/types';
import { axeViolations, formatViolations } from './axe';
import { axeExceptions } from './exceptions';

// Every govuk-frontend fixture of every component we have, rendered by OUR component into a GOV.UK page in Chromium
// with govuk-frontend's CSS, then checked with axe-core twice: as served, and once govuk-frontend's JavaScript has
// enhanced it (it adds attributes such as aria-expanded and shows controls such as the mobile menu toggle).

interface Fixture {
  name: string;
  options: Record<string, unknown>;
  html: string;
}

const entries = Object.values(
  import.meta.glob<ParityEntry>('../components/*/parity.tsx', { eager: true, import: 'parity' }),
);
const fixtureFiles = import.meta.glob<Fixture[]>('/node_modules/govuk-frontend/dist/govuk/components/*/fixtures.json', {
  eager: true,
  import: 'fixtures',
});
const fixturesByComponent = new Map(
  Object.entries(fixtureFiles).map(([path, fixtures]) => [path.split('/').at(-2) ?? '', fixtures]),
);

// Rules about the whole page, which an isolated component inside a bare test page cannot meet or break: the page has
// no <h1>, no skip link, and the component is the only content. The React flow's page tests check these.
const pageLevelRules = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass'];

let main: HTMLElement;

beforeAll(() => {
  // A minimal GOV.UK page, as govuk-frontend's page template builds it, with its JavaScript reported as supported.
  document.documentElement.lang = 'en';
  document.documentElement.className = 'govuk-template';
  document.title = 'Accessibility of GOV.UK components';
  document.body.className = 'govuk-template__body govuk-frontend-supported';
  const width = document.createElement('div');
  width.className = 'govuk-width-container';
  main = document.createElement('main');
  main.className = 'govuk-main-wrapper';
  main.id = 'main-content';
  main.lang = 'en';
  width.append(main);
  document.body.append(width);
});

/** Axe violations of `container` as served, then of what govuk-frontend's JavaScript makes of it (marked as such). */
async function violationsInBothStates(container: HTMLElement): Promise<Result[]> {
  const served = await axeViolations(container, { disableRules: pageLevelRules });
  // Some hidden fixtures deliberately lack what a component's script needs; their markup is still checked.
  initAll({ scope: container, onError: () => {} });
  const enhanced = await axeViolations(container, { disableRules: pageLevelRules });
  const servedRules = new Set(served.map(({ id }) => id));
  return [
    ...served,
    ...enhanced
      .filter(({ id }) => !servedRules.has(id))
      .map((violation) => ({ ...violation, help: `${violation.help} (once govuk-frontend’s JavaScript ran)` })),
  ];
}

async function violationsOf(entry: ParityEntry, fixture: Fixture): Promise<Result[]> {
  const container = document.createElement('div');
  main.append(container);
  const root = createRoot(container);
  try {
    flushSync(() => root.render(entry.render(structuredClone(fixture.options))));
    return await violationsInBothStates(container);
  } finally {
    root.unmount();
    container.remove();
  }
}

// On failure, checks govuk-frontend's own HTML for the fixture too, to tell its markup's faults from ours.
async function explain(fixture: Fixture, violations: Result[]): Promise<string> {
  const container = document.createElement('div');
  container.innerHTML = fixture.html;
  main.append(container);
  try {
    const theirs = new Set((await violationsInBothStates(container)).map(({ id }) => id));
    const shared = violations.filter(({ id }) => theirs.has(id)).map(({ id }) => id);
    const ours = violations.filter(({ id }) => !theirs.has(id)).map(({ id }) => id);
    return [
      formatViolations(violations),
      shared.length
        ? `govuk-frontend’s own HTML breaks ${shared.join(', ')} too: if deliberate, list it in exceptions.ts.`
        : '',
      ours.length ? `govuk-frontend’s own HTML passes ${ours.join(', ')}: fix our component.` : '',
    ]
      .filter(Boolean)
      .join('\n');
  } finally {
    container.remove();
  }
}

describe.each(entries.map((entry) => [entry.component, entry] as const))('%s fixtures pass axe', (component, entry) => {
  const fixtures = fixturesByComponent.get(component) ?? [];
  const skipped = parityExceptions[component] ?? {};
  const exceptions = axeExceptions[component] ?? {};
  const everyFixture = exceptions['*']?.rules ?? [];
  const firedEverywhereRules = new Set<string>();

  it('has fixtures, and exceptions.ts names only real ones', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    const names = new Set(fixtures.map(({ name }) => name));
    expect(Object.keys(exceptions).filter((name) => name !== '*' && !names.has(name))).toEqual([]);
  });

  it.for(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async ([name, fixture], { skip }) => {
    // Fixtures our component cannot render (see src/parity/skips.ts) have nothing to check.
    const skipReason = skipped[name];
    if (skipReason !== undefined) skip(skipReason);
    const allowed = new Set([...everyFixture, ...(exceptions[name]?.rules ?? [])]);
    const violations = await violationsOf(entry, fixture);
    const unexpected = violations.filter((violation) => !allowed.has(violation.id));
    if (unexpected.length) throw new Error(await explain(fixture, unexpected));
    for (const violation of violations) if (everyFixture.includes(violation.id)) firedEverywhereRules.add(violation.id);
    const stale = (exceptions[name]?.rules ?? []).filter(
      (rule) => !violations.some((violation) => violation.id === rule),
    );
    expect(stale, `exceptions.ts lists rules that no longer fire for “${name}”`).toEqual([]);
  });

  afterAll(() => {
    const stale = everyFixture.filter((rule) => !firedEverywhereRules.has(rule));
    if (stale.length) {
      throw new Error(`exceptions.ts lists rules for every ${component} fixture that never fire: ${stale.join(', ')}`);
    }
  });
});
