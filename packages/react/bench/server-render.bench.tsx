/**
 * Server render: @lgds/react's pages with React's `renderToString` against govuk-frontend's own Nunjucks macros,
 * the same page from the same data. Each group prints "<fastest> N.NNx faster than <other>": that N is the ratio.
 *
 * Runs with NODE_ENV=production and the packages' built files loaded by Node (bench/vitest.config.ts), as on a
 * server: React's development build is several times slower and would make the comparison meaningless. Both sides
 * are checked, once, before anything is timed, to render the same page (bench/same-page.ts); a difference throws,
 * and no figures are printed.
 */
import { createRequire } from 'node:module';
import * as lgdsCore from '@lgds/core';
import * as lgdsReact from '@lgds/react';
import { bench, describe } from 'vitest';
import { pages } from './pages';
import { assertSamePage } from './same-page';

// React picks its build from NODE_ENV when first loaded: make sure it was the production one.
const loaded = Object.keys(createRequire(import.meta.url).cache);
if (process.env.NODE_ENV !== 'production' || loaded.some((file) => /react-dom.*development/.test(file))) {
  throw new Error('React must run its production build here: run with bench/vitest.config.ts');
}
// And that Node loaded the packages' built files itself, as a server does: a module Vite transformed runs slower
// (its imports become property reads), and only Node's own module namespaces are not extensible.
if (Object.isExtensible(lgdsCore) || Object.isExtensible(lgdsReact)) {
  throw new Error(
    '@lgds/core and @lgds/react must be loaded by Node, not Vite: see server.deps in bench/vitest.config.ts',
  );
}

for (const page of pages) {
  const nunjucks = page.nunjucks();
  assertSamePage(page.name, nunjucks, page.react());
  assertSamePage(`${page.name} (TransactionPage)`, nunjucks, page.reactWithEngine());
}

// Longer than tinybench's 500 ms default: on a shared machine, a longer run evens out other processes' bursts.
const timing = { time: 5_000, warmupTime: 1_000 };

for (const page of pages) {
  describe(page.name, () => {
    bench('Nunjucks: govuk-frontend macros', () => void page.nunjucks(), timing);
    bench('React: renderToString, page component', () => void page.react(), timing);
    bench('React: renderToString, <TransactionPage> (engine included)', () => void page.reactWithEngine(), timing);
  });
}
