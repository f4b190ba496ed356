/**
 * bench:size: how much JavaScript a council's page costs a resident on an old phone. It builds and packs the
 * journey packages as `pnpm publish` would, installs the tarballs with npm into a project outside the workspace
 * (with three anchor form libraries and govuk-frontend to compare with), builds each page in ./pages with esbuild,
 * Vite and Next.js (Turbopack and webpack), and prints one markdown table of kB minified and gzipped, with React
 * and React DOM left out.
 *
 * `pnpm bench:size`. BENCH_SIZE_BUNDLERS=esbuild,vite (any of esbuild, vite, next-turbopack, next-webpack) measures
 * with only those; BENCH_SIZE_KEEP=1 keeps the temporary project. Progress goes to stderr, the table to stdout.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installFlags, nextVersion, run, workspaceRoot, writeJson } from '../pack-and-install.mjs';
import { killAllServers } from '../pack-and-install-servers.mjs';
import { esbuildSizes, nextTurbopackSizes, nextWebpackSizes, viteSizes } from './bundlers.mjs';

const { BENCH_SIZE_BUNDLERS, BENCH_SIZE_KEEP } = process.env;

// The pages, in the table's order; each is pages/<name>.tsx. A journey page imports `browserEntry` (one language,
// no rules schema) where the packed package exports it, else `entry`, the main entry with the full transaction,
// which also resolves the journey's rules. This is the one place to change when a journey's entries change.
const pages = [
  {
    name: 'garden-waste',
    journey: { transaction: 'gardenWasteNew', entry: '@lgds/garden-waste', browserEntry: '@lgds/garden-waste/en' },
  },
  {
    name: 'direct-debit',
    journey: {
      transaction: 'directDebit',
      entry: '@lgds/council-tax/direct-debit',
      browserEntry: '@lgds/council-tax/direct-debit/en',
    },
  },
  { name: 'rhf-zod' },
  { name: 'tanstack-form' },
  { name: 'formik' },
  { name: 'govuk-frontend' },
];
const anchors = ['rhf-zod', 'tanstack-form', 'formik'];

const bundlers = [
  { key: 'esbuild', label: 'esbuild', measure: esbuildSizes },
  { key: 'vite', label: 'Vite', measure: viteSizes },
  { key: 'next-turbopack', label: 'Next Turbopack', measure: nextTurbopackSizes },
  { key: 'next-webpack', label: 'Next webpack', measure: nextWebpackSizes },
];

// The packages the pages import, with what they depend on (garden waste and council tax share the Direct Debit mandate).
const packed = ['core', 'react', 'direct-debit', 'garden-waste', 'council-tax'];
// As scripts/pack-and-install-apps.mjs builds a council's Vite app (it does not export them).
const viteVersion = '8.3.8';
const viteReactVersion = '6.3.0';

const started = Date.now();
const chosen = chooseBundlers(BENCH_SIZE_BUNDLERS);
if (chosen.length === 0) process.exit(2);
// A listener keeps Ctrl-C from killing Node at once: the running child stops, and the finally block tidies up.
process.on('SIGINT', killAllServers);
process.on('SIGTERM', killAllServers);
const tmp = mkdtempSync(join(realpathSync(tmpdir()), 'lgds-bench-size-'));
try {
  const project = join(tmp, 'project');
  progress('building the packages');
  run('pnpm', ['turbo', 'run', 'build', '--filter=./packages/*'], workspaceRoot);
  progress(`packing ${packed.map((dir) => `@lgds/${dir}`).join(', ')}`);
  const tarballs = packed.map((dir) => packTarball(dir, join(tmp, 'tarballs')));
  progress(`installing them with npm in ${project}`);
  install(project, tarballs);
  const imports = writeSources(project);
  writeRules(project);
  const sizes = {};
  for (const bundler of chosen) {
    progress(`building the pages with ${bundler.label}`);
    sizes[bundler.key] = await bundler.measure(project, pages);
  }
  console.log(table(sizes, imports, installedVersions(project)));
  progress(`took ${minutes(Date.now() - started)}`);
} catch (error) {
  console.error(`bench:size: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (BENCH_SIZE_KEEP === '1') progress(`BENCH_SIZE_KEEP=1: kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}

function chooseBundlers(list) {
  if (!list) return bundlers;
  const keys = list.split(',').map((key) => key.trim());
  const unknown = keys.filter((key) => !bundlers.some((bundler) => bundler.key === key));
  if (unknown.length > 0) {
    console.error(`bench:size: BENCH_SIZE_BUNDLERS has ${unknown.join(', ')}; use ${bundlers.map((b) => b.key)}`);
    return [];
  }
  return bundlers.filter((bundler) => keys.includes(bundler.key));
}

// As pack-and-install.mjs packs (it does not export its packPackage): pnpm rewrites `workspace:` ranges.
function packTarball(dir, tarballsDir) {
  const destination = join(tarballsDir, dir);
  mkdirSync(destination, { recursive: true });
  run('pnpm', ['pack', '--pack-destination', destination], join(workspaceRoot, 'packages', dir));
  return join(
    destination,
    readdirSync(destination).find((file) => file.endsWith('.tgz')),
  );
}

// One npm install, so npm takes @lgds/react's dependency on @lgds/core from the tarballs. Versions are the ones
// the workspace tests with; the anchors' libraries are their latest major. @types/node is for Next's type-check.
function install(project, tarballs) {
  const reactTested = readJson(join(workspaceRoot, 'packages', 'react', 'package.json')).devDependencies;
  const rootTested = readJson(join(workspaceRoot, 'package.json')).devDependencies;
  mkdirSync(project, { recursive: true });
  writeJson(join(project, 'package.json'), { name: 'bench-size', private: true, type: 'module' });
  const specs = [
    ...tarballs,
    ...['react', 'react-dom', '@types/react', '@types/react-dom', 'govuk-frontend'].map(
      (name) => `${name}@${reactTested[name]}`,
    ),
    `zod@${lockedVersion('packages/core', 'zod')}`,
    `react-hook-form@${lockedVersion('packages/react', 'react-hook-form')}`,
    '@hookform/resolvers@5',
    'formik@2',
    '@tanstack/react-form@1',
    'esbuild@0.27',
    `vite@${viteVersion}`,
    `@vitejs/plugin-react@${viteReactVersion}`,
    `next@${nextVersion}`,
    `typescript@${rootTested.typescript}`,
    '@types/node@20',
  ];
  run('npm', ['install', ...installFlags, ...specs], project);
}

// The exact version pnpm-lock.yaml has for one of a workspace package's dependencies.
function lockedVersion(importer, name) {
  const lock = readFileSync(join(workspaceRoot, 'pnpm-lock.yaml'), 'utf8');
  const block = lock.split(`\n  ${importer}:\n`)[1]?.split(/\n {2}\S/)[0] ?? '';
  const version = new RegExp(`\\n {6}${name}:\\n {8}specifier: .*\\n {8}version: ([^\\s(]+)`).exec(block)?.[1];
  if (!version) throw new Error(`pnpm-lock.yaml has no version of ${name} for ${importer}`);
  return version;
}

// Copies ./pages to the project's sources/, pointing each journey page at the entry its package has; returns the
// entry each journey page imports.
function writeSources(project) {
  const sources = join(project, 'sources');
  cpSync(join(import.meta.dirname, 'pages'), sources, { recursive: true });
  const imports = {};
  for (const { name, journey } of pages.filter((page) => page.journey)) {
    const file = join(sources, `${name}.tsx`);
    const source = readFileSync(file, 'utf8');
    if (!source.includes(`'${journey.browserEntry}'`))
      throw new Error(`pages/${name}.tsx does not import ${journey.browserEntry}`);
    imports[name] = hasSubpath(project, journey.browserEntry) ? journey.browserEntry : journey.entry;
    writeFileSync(file, source.replace(`'${journey.browserEntry}'`, `'${imports[name]}'`));
  }
  return imports;
}

// Whether an installed package's `exports` has the subpath of `specifier`, such as './en' of '@lgds/garden-waste/en'.
function hasSubpath(project, specifier) {
  const [scope, name, ...subpath] = specifier.split('/');
  const manifest = readJson(join(project, 'node_modules', scope, name, 'package.json'));
  return Object.hasOwn(manifest.exports ?? {}, ['.', ...subpath].join('/'));
}

// Each journey's rules, resolved from the full transaction as a council's build would, for the browser pages to
// import as plain data.
function writeRules(project) {
  for (const { name, journey } of pages.filter((page) => page.journey)) {
    const script = [
      "import { writeFileSync } from 'node:fs';",
      "import { resolveRules } from '@lgds/core/server';",
      `import { ${journey.transaction} } from '${journey.entry}';`,
      `writeFileSync('sources/${name}-rules.json', JSON.stringify(resolveRules(${journey.transaction}, {})));`,
    ].join('\n');
    run(process.execPath, ['--input-type=module', '-e', script], project);
  }
}

function installedVersions(project) {
  const names = ['react', 'esbuild', 'vite', 'next', 'zod', 'react-hook-form', '@hookform/resolvers', 'formik'];
  names.push('@tanstack/react-form', 'govuk-frontend');
  return names
    .map((name) => `${name} ${readJson(join(project, 'node_modules', name, 'package.json')).version}`)
    .join(', ');
}

function table(sizes, imports, versions) {
  const reference = chosen[0];
  const header = ['page', ...chosen.map((bundler) => bundler.label), `vs anchors (${reference.label})`];
  const rows = pages.map(({ name, journey }) => {
    const ratios = journey
      ? anchors.map((anchor) => `${(sizes[reference.key][name] / sizes[reference.key][anchor]).toFixed(2)}× ${anchor}`)
      : [];
    return [name, ...chosen.map((bundler) => kB(sizes[bundler.key][name])), ratios.join(', ') || '–'];
  });
  const journeyImports = Object.entries(imports).map(([name, specifier]) => `${name} imports \`${specifier}\``);
  return [
    `| ${header.join(' | ')} |`,
    `| --- | ${chosen.map(() => '---:').join(' | ')} | --- |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    'kB (1000 bytes) of JavaScript, minified, each file gzipped at level 9 and summed; React and React DOM left out.',
    '- esbuild (ESM for the browser, split at import()) and Vite: the JavaScript the page loads at once, its entry',
    "  and the chunks that imports (with Vite's modulepreload polyfill); react and react-dom external. Both render the",
    "  page with createRoot; a journey's rules are a JSON import, resolved beforehand. What an import() fetches later",
    "  (Direct Debit's sort code table, for its bank details page) is not counted, in any bundler.",
    '- Next.js (App Router, Cache Components on), each page an app of its own: the page is a client component',
    "  rendered by a server component, which resolves a journey's rules (they reach the browser in the HTML's RSC",
    '  payload, not counted). Counted: the chunks the server-rendered HTML loads (its <script src>s and the chunks',
    '  its RSC payload names), less those an empty page with a trivial client component in the same app loads:',
    '  that takes out React, React DOM and Next.js. Chunks loaded later (import()) are not counted.',
    `- vs anchors: a journey page's size over each anchor form's, both built with ${reference.label}.`,
    `- ${journeyImports.join('; ')}. Versions: ${versions}.`,
  ].join('\n');
}

function kB(bytes) {
  return (bytes / 1000).toFixed(1);
}

function progress(message) {
  console.error(`bench:size: ${message}`);
}

function minutes(milliseconds) {
  const seconds = Math.round(milliseconds / 1000);
  return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
