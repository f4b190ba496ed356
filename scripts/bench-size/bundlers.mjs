/**
 * The four ways scripts/bench-size/run.mjs builds a page, one function each: esbuild, Vite, and Next.js with
 * Turbopack and with webpack. Each takes the benchmark's project (one npm install, the pages' sources in
 * `sources/`, a journey's resolved rules beside it as `<page>-rules.json`) and gives, for every page, the bytes of
 * JavaScript a browser downloads for it, minified and gzipped at level 9, with React and React DOM left out.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createNextAppTsconfig, run, writeJson } from '../pack-and-install.mjs';
import { startNext, waitUntilListening } from '../pack-and-install-servers.mjs';

const env = { ...process.env, NODE_PATH: undefined, NEXT_TELEMETRY_DISABLED: '1' };

/**
 * esbuild: a minified ESM build for the browser, split where the page imports something later (`import()`);
 * react and react-dom (and their subpaths) stay imports. Counted: what the page loads at once.
 */
export function esbuildSizes(project, pages) {
  // esbuild's install puts its native binary here.
  const esbuild = join(project, 'node_modules', 'esbuild', 'bin', 'esbuild');
  return sizesOf(pages, (page) => {
    const dir = join(project, 'esbuild', page.name);
    writeBrowserEntry(dir, page);
    run(
      esbuild,
      [
        'main.tsx',
        '--bundle',
        '--minify',
        '--format=esm',
        '--platform=browser',
        '--jsx=automatic',
        '--define:process.env.NODE_ENV="production"',
        '--external:react',
        '--external:react-dom',
        '--splitting',
        '--outdir=dist',
        '--metafile=meta.json',
        '--log-level=error',
      ],
      dir,
      env,
    );
    const { outputs } = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
    const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'main.tsx');
    const loadedAtOnce = (file) =>
      outputs[file].imports
        .filter((each) => each.kind === 'import-statement' && !each.external)
        .map((each) => each.path);
    return loadedFirst(entry, loadedAtOnce).reduce((total, file) => total + gzipped(join(dir, file)), 0);
  });
}

/** `vite build` of a one-page app with @vitejs/plugin-react. Counted: the JavaScript the page loads at once. */
export function viteSizes(project, pages) {
  const vite = join(project, 'node_modules', 'vite', 'bin', 'vite.js');
  return sizesOf(pages, (page) => {
    const dir = join(project, 'vite', page.name);
    writeBrowserEntry(dir, page);
    write(
      dir,
      'index.html',
      '<!doctype html>\n<div id="root"></div>\n<script type="module" src="/main.tsx"></script>\n',
    );
    // Vite 8 bundles with Rolldown, whose options are `rolldownOptions` (`rollupOptions` is a deprecated alias).
    // A pattern, as Rolldown matches strings exactly: react-dom/client and react/jsx-runtime are external too.
    write(
      dir,
      'vite.config.mjs',
      [
        "import react from '@vitejs/plugin-react';",
        "import { defineConfig } from 'vite';",
        '',
        'export default defineConfig({',
        '  plugins: [react()],',
        '  build: { manifest: true, rolldownOptions: { external: [/^react(-dom)?(\\/.*)?$/] } },',
        '});',
        '',
      ].join('\n'),
    );
    run(process.execPath, [vite, 'build', '--logLevel', 'error'], dir, env);
    const manifest = JSON.parse(readFileSync(join(dir, 'dist', '.vite', 'manifest.json'), 'utf8'));
    const byKey = (key) => manifest[key];
    const files = loadedFirst('index.html', (key) => byKey(key).imports ?? []).map((key) => byKey(key).file);
    return files.reduce((total, file) => total + gzipped(join(dir, 'dist', file)), 0);
  });
}

/** `next build`: Turbopack, Next.js 16's default. */
export function nextTurbopackSizes(project, pages) {
  return nextSizes(project, pages, ['build']);
}

/** `next build --webpack`. */
export function nextWebpackSizes(project, pages) {
  return nextSizes(project, pages, ['build', '--webpack']);
}

// Next.js always ships React, React DOM and its own runtime, split into chunks as it likes. So a page's weight is
// what its server-rendered HTML makes the browser load, less what an empty page (a trivial client component) loads.
// Each page is an app of its own: in one app, a module that pages share is tree-shaken for all of them together.
function nextSizes(project, pages, buildArgs) {
  const next = join(project, 'node_modules', 'next', 'dist', 'bin', 'next');
  return sizesOf(pages, async (page) => {
    const app = join(project, 'next', page.name);
    writeNextApp(app, page);
    run(process.execPath, [next, ...buildArgs], app, env);
    const loaded = await scriptsLoaded(app, next, ['empty', page.name]);
    const everyPage = new Set(loaded.get('empty'));
    return loaded
      .get(page.name)
      .filter((file) => !everyPage.has(file))
      .reduce((total, file) => total + gzipped(join(app, '.next', file)), 0);
  });
}

// `next start`, then each route's HTML: the chunks in its <script src>s and those its RSC payload names, which
// React loads for the page's client components.
async function scriptsLoaded(app, next, routes) {
  const { server, origin } = await startNext(next, app, env);
  try {
    await waitUntilListening(server, origin, 60_000);
    const loaded = new Map();
    for (const route of routes) {
      const response = await fetch(`${origin}/${route}`);
      const html = await response.text();
      if (response.status !== 200)
        throw new Error(`GET /${route}: ${response.status}\n${server.output().slice(-2000)}`);
      const chunks = [...html.matchAll(/static\/[\w\-./%~[\]@]+?\.js(?![\w.])/g)].map((match) => decodeURI(match[0]));
      loaded.set(route, [...new Set(chunks)]);
    }
    return loaded;
  } finally {
    await server.stop();
  }
}

// As scripts/pack-and-install-apps.mjs makes a council's Next.js app (create-next-app's tsconfig, Cache Components
// on), with a route for the page and an empty one. Only JavaScript is measured, so there is no stylesheet.
function writeNextApp(app, page) {
  mkdirSync(app, { recursive: true });
  writeJson(join(app, 'package.json'), { name: 'bench-size-next', private: true });
  writeJson(join(app, 'tsconfig.json'), createNextAppTsconfig());
  write(
    app,
    'next.config.ts',
    "import type { NextConfig } from 'next';\n\nexport default { cacheComponents: true, partialPrefetching: true } satisfies NextConfig;\n",
  );
  write(
    app,
    'app/layout.tsx',
    [
      "import type { ReactNode } from 'react';",
      '',
      'export default function RootLayout({ children }: { children: ReactNode }) {',
      '  return (',
      '    <html lang="en">',
      '      <body>{children}</body>',
      '    </html>',
      '  );',
      '}',
      '',
    ].join('\n'),
  );
  // govuk-frontend ships no types: a TypeScript app declares what it uses.
  write(app, 'govuk-frontend.d.ts', "declare module 'govuk-frontend' {\n  export function initAll(): void;\n}\n");
  write(app, 'app/empty/empty.tsx', "'use client';\n\nexport default function Empty() {\n  return <p>Empty</p>;\n}\n");
  write(app, 'app/empty/page.tsx', serverPage('./empty'));
  // From next/<page>/app/<page>/ to the project's sources/.
  write(app, `app/${page.name}/page.tsx`, serverPage(`../../../../sources/${page.name}`, page));
}

// A route's server component. A journey's resolves its rules from the full transaction of the package's main
// entry and, as packages/garden-waste/README.md's page does, renders for each request with today's date.
function serverPage(component, page) {
  if (!page?.journey) {
    return `import Page from '${component}';\n\nexport default function Route() {\n  return <Page />;\n}\n`;
  }
  const { transaction, entry } = page.journey;
  return [
    "import { todayIso } from '@lgds/core';",
    "import { resolveRules } from '@lgds/core/server';",
    `import { ${transaction} } from '${entry}';`,
    "import { connection } from 'next/server';",
    `import Page from '${component}';`,
    '',
    'export const instant = false;',
    '',
    'export default async function Route() {',
    '  await connection();',
    `  return <Page rules={resolveRules(${transaction}, {})} today={todayIso()} />;`,
    '}',
    '',
  ].join('\n');
}

// The browser's entry for esbuild and Vite: the page rendered into #root, a journey's rules imported as JSON.
function writeBrowserEntry(dir, page) {
  const source = `../../sources/${page.name}`;
  write(
    dir,
    'main.tsx',
    [
      "import { createRoot } from 'react-dom/client';",
      `import Page from '${source}';`,
      ...(page.journey ? [`import rules from '${source}-rules.json';`] : []),
      '',
      `createRoot(document.getElementById('root') as HTMLElement).render(<Page${page.journey ? ' rules={rules}' : ''} />);`,
      '',
    ].join('\n'),
  );
}

async function sizesOf(pages, measure) {
  const sizes = {};
  for (const page of pages) sizes[page.name] = await measure(page);
  return sizes;
}

// The entry and every chunk it imports statically, however deep: what loads with the page, not what an import()
// fetches later (Direct Debit's sort code table, fetched for its bank details page).
function loadedFirst(entry, staticImportsOf) {
  const found = new Set([entry]);
  for (const file of found) for (const next of staticImportsOf(file)) found.add(next);
  return [...found];
}

function gzipped(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function write(dir, file, text) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}
