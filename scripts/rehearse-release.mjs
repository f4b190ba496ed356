/**
 * rehearse-release: the proof that a council's site installs the @lgds packages from a registry.
 *
 * scripts/pack-and-install.mjs installs tarballs; a council installs versions from a registry, where a
 * `workspace:` range left in a published package.json, a package Changesets did not publish, or a dependency on a
 * version that was never published breaks `npm install`. So this script rehearses a release end to end, changing
 * nothing in the checkout:
 *
 * 1. It starts Verdaccio 5 on a free loopback port, its storage in a temporary folder, with no uplinks: the @lgds
 *    packages are local only, and the council's project gets everything else from the npm registry it always uses
 *    (its `.npmrc` points only the @lgds scope at Verdaccio). Publishing takes a user, added over Verdaccio's HTTP
 *    API as `npm adduser` does; its token goes in the copies' `.npmrc` only. Verdaccio logs to verdaccio.log in its
 *    folder, and is stopped at the end whatever happens.
 * 2. In a copy of the workspace's release inputs (package.json, pnpm-workspace.yaml, .changeset/ and each publishable
 *    package with its build), it adds a changeset bumping every publishable package, runs `changeset version
 *    --snapshot rehearsal` and `changeset publish --tag rehearsal` (which publishes with `pnpm publish`), and reads
 *    each published package.json back from Verdaccio: every package there, no `workspace:` range left.
 * 3. It copies apps/example-council (Exampleshire Council's Next.js site) outside the workspace, points its `@lgds`
 *    ranges at the snapshot version and `npm install`s it, checking that every @lgds package came from Verdaccio at
 *    that version.
 * 4. It installs @lgds/docs from Verdaccio into a project of its own and serves it with `lgds-docs`.
 * 5. It builds the site (`npm run build`), failing on any warning, and prints the JavaScript each route sends.
 * 6. It starts the site (`npm start`) as production, with its integrations on against loopback fakes: the
 *    workspace's fake GOV.UK Pay (posting its signed webhooks to the site), fake OS Places and fake GOV.UK Notify
 *    (from packages/fakes' build, each checking every request against the service's published API), and a back
 *    office that verifies each post's signature and stores each submission once by its Idempotency-Key. It runs the
 *    site's Playwright suite (apps/example-council/e2e) against it, keeping the screenshots in
 *    artefacts/example-council-screenshots/, then checks that the back office received each submission the suite
 *    confirmed exactly once, that Notify emailed one confirmation to each resident who gave an email address, and
 *    that no fake saw a request its API does not allow; then stops everything.
 *
 * `node scripts/rehearse-release.mjs` (or `pnpm rehearse`) runs it after a build. LGDS_KEEP_TMP=1 keeps the
 * temporary folders; LGDS_REHEARSAL_SITE=<folder> rehearses another copy of the site (for developing the suite).
 *
 * Other scripts reuse steps 1 to 3, 5 and 6 with their own checks of the running site (scripts/lighthouse.mjs):
 *
 *   export async function rehearse({ againstSite, docs = true, devDependencies }): Promise<figures>
 *
 *   import { rehearse } from './rehearse-release.mjs';
 *   await rehearse({ againstSite: async ({ origin, siteDir, log }) => { ... } });
 *
 * `againstSite` is awaited while the built site runs at `origin` (http://127.0.0.1:<port>), `siteDir` is the site's
 * installed and built copy and `log` prints a line of the rehearsal's log; whatever it throws fails the rehearsal.
 * Options: `docs` (default true) serves @lgds/docs too; `devDependencies` adds packages to the site copy's
 * install. Without `againstSite`, the e2e suite runs. `rehearse` resolves with the figures it printed, or throws.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { installFlags, run, serveDocs, workspaceRoot, writeJson } from './pack-and-install.mjs';
import {
  freePort,
  killAllServers,
  randomSecret,
  startServer,
  waitUntilListening,
} from './pack-and-install-servers.mjs';

const siteSource = resolve(
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: a development switch for a root script, not a turbo task input.
  process.env.LGDS_REHEARSAL_SITE || join(workspaceRoot, 'apps', 'example-council'),
);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a debugging switch for a root script, not a turbo task input.
const keepTmp = process.env.LGDS_KEEP_TMP === '1';
const snapshotTag = 'rehearsal';
export const screenshotsArtefact = join(workspaceRoot, 'artefacts', 'example-council-screenshots');

// The e2e suite's tools are the rehearsal's, not the site's: apps/example-council/package.json lists what a council's
// site needs, and the suite is only this rehearsal's. So they are added to the copy's devDependencies before its one
// `npm install`, at the versions the workspace tests with (playwright-core 1.65.1, axe-core 4.14).
const e2eDevDependencies = { '@playwright/test': '1.65.1', '@axe-core/playwright': '4.14.0' };

// NODE_PATH would let Node find modules that the site's copy does not have; npm_config_* set by a parent `pnpm run`
// (its registry, its user config) are not a council's.
const baseEnv = Object.fromEntries(
  Object.entries({ ...process.env, NODE_PATH: undefined }).filter(
    ([name, value]) => value !== undefined && !/^npm_config_/i.test(name) && !/^npm_package_/i.test(name),
  ),
);

function log(line = '') {
  console.log(line === '' ? '' : `rehearsal: ${line}`);
}

// ---------------------------------------------------------------------------------------------------------------
// The whole rehearsal

/**
 * Runs the rehearsal: publishes the packages to a local Verdaccio, installs, builds and starts the example council's
 * site from there, and awaits `againstSite({ origin, siteDir, log })` while it runs (by default, the e2e suite).
 */
export async function rehearse({ againstSite = runEndToEnd, docs = true, devDependencies } = {}) {
  const extraDevDependencies = devDependencies ?? (againstSite === runEndToEnd ? e2eDevDependencies : {});
  const started = Date.now();
  const figures = {};
  const tmpRoot = mkdtempSync(join(realpathSync(tmpdir()), 'lgds-rehearsal-'));
  assertOutsideWorkspace(tmpRoot);
  const stopOnSignal = () => killAllServers();
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);
  const servers = [];
  try {
    log(`temporary folder ${tmpRoot}`);
    const registry = await phase(figures, 'registry', () => startRegistry(join(tmpRoot, 'verdaccio')));
    servers.push(registry.server);

    const versions = await phase(figures, 'publish', () => publishSnapshot(join(tmpRoot, 'workspace'), registry));
    const version = onlyVersion(versions);

    const siteDir = join(tmpRoot, 'example-council');
    await phase(figures, 'install', () => installSite(siteDir, registry, version, extraDevDependencies, figures));
    if (docs) await phase(figures, 'docs', () => installAndServeDocs(join(tmpRoot, 'docs'), registry, version));

    await phase(figures, 'build', () => buildSite(siteDir, figures));

    const live = await phase(figures, 'integrations', () => startIntegrations());
    servers.push(live);
    const site = await startSite(siteDir, join(tmpRoot, 'data'), live.env);
    servers.push(site.server);
    live.sendPaymentWebhooksTo(site.origin);
    await phase(figures, 'against the site', async () => {
      try {
        await againstSite({ origin: site.origin, siteDir, log });
      } catch (error) {
        throw withLog(error, 'the site', site.server);
      }
    });
    await phase(figures, 'deliveries', async () => {
      try {
        // What the e2e suite walked to a confirmation; another check of the site (Lighthouse's) is not counted.
        const walked = againstSite === runEndToEnd ? confirmedJourneys(siteDir) : undefined;
        figures.integrations = await live.check(walked);
      } catch (error) {
        throw withLog(error, 'the site', site.server);
      }
    });
    figures.total = seconds(Date.now() - started);
    log(`passed in ${figures.total} (${timingsOf(figures)})`);
    return figures;
  } catch (error) {
    log(`failed after ${seconds(Date.now() - started)} (${timingsOf(figures)})`);
    throw error;
  } finally {
    for (const server of servers.reverse()) await server.stop();
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    if (keepTmp) log(`LGDS_KEEP_TMP=1: kept ${tmpRoot}`);
    else rmSync(tmpRoot, { recursive: true, force: true, maxRetries: 3 });
  }
}

function timingsOf(figures) {
  return Object.entries(figures.timings ?? {})
    .map(([name, time]) => `${name} ${time}`)
    .join(', ');
}

async function phase(figures, name, runPhase) {
  log('');
  log(`— ${name} —`);
  const started = Date.now();
  try {
    return await runPhase();
  } finally {
    figures.timings ??= {};
    figures.timings[name] = seconds(Date.now() - started);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Verdaccio

async function startRegistry(dir) {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const config = join(dir, 'config.yaml');
  // No uplinks: nothing is proxied, so only what this rehearsal publishes is there, and any @lgds package it did
  // not publish is missing rather than fetched from npm. Publishing needs a user (htpasswd, in the folder).
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
      '    max_users: 1',
      'uplinks: {}',
      'packages:',
      "  '@lgds/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      // @lgds/docs carries the built Storybook.
      'max_body_size: 200mb',
      'web:',
      '  enable: false',
      'logs: { type: stdout, format: pretty, level: http }',
      '',
    ].join('\n'),
  );
  const bin = join(workspaceRoot, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  const logFile = join(dir, 'verdaccio.log');
  const server = startServer(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    env: baseEnv,
    logFile,
  });
  try {
    await waitUntilListening(server, `${origin}/-/ping`, 60_000);
    // As `npm adduser` does: the answer carries the token npm and pnpm publish with.
    const response = await fetch(`${origin}/-/user/org.couchdb.user:rehearsal`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'rehearsal', password: randomSecret(), type: 'user', roles: [] }),
    });
    const { token } = await response.json();
    if (response.status !== 201 || !token) throw new Error(`adding a user answered ${response.status}`);
    const { version } = JSON.parse(readFileSync(join(dirname(bin), '..', 'package.json'), 'utf8'));
    log(`Verdaccio ${version} at ${origin}, storage in ${dir}, log ${logFile}`);
    return { origin, token, server, logFile };
  } catch (error) {
    await server.stop();
    throw withLog(error, 'Verdaccio', server);
  }
}

/** The .npmrc lines that send the @lgds scope (or, with `everything`, every package) to Verdaccio. */
function npmrc(registry, { everything = false } = {}) {
  const host = registry.origin.replace(/^http:/, '');
  return [
    everything ? `registry=${registry.origin}/` : `@lgds:registry=${registry.origin}/`,
    `${host}/:_authToken=${registry.token}`,
    // The lockfile says where each package came from (a user config may leave that out), so the install can be checked.
    'omit-lockfile-registry-resolved=false',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Versioning and publishing, as a release does, in a copy

function publishablePackages() {
  const packagesDir = join(workspaceRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const manifest = JSON.parse(readFileSync(join(packagesDir, entry.name, 'package.json'), 'utf8'));
      return { dirName: entry.name, name: manifest.name, private: manifest.private === true };
    });
}

async function publishSnapshot(copyDir, registry) {
  const packages = publishablePackages();
  const publishable = packages.filter((pkg) => !pkg.private);
  mkdirSync(join(copyDir, 'packages'), { recursive: true });
  for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(workspaceRoot, file), join(copyDir, file));
  cpSync(join(workspaceRoot, '.changeset'), join(copyDir, '.changeset'), { recursive: true });
  const skipped = /[\\/](node_modules|\.turbo|coverage|__screenshots__|\.vitest-attachments)$/;
  for (const pkg of packages) {
    const from = join(workspaceRoot, 'packages', pkg.dirName);
    const to = join(copyDir, 'packages', pkg.dirName);
    // A private package (test fakes) is only there for Changesets to see the workspace as it is: its package.json.
    if (pkg.private) {
      mkdirSync(to, { recursive: true });
      cpSync(join(from, 'package.json'), join(to, 'package.json'));
    } else {
      if (!existsSync(join(from, 'package.json'))) throw new Error(`${pkg.name} has no package.json`);
      cpSync(from, to, { recursive: true, filter: (path) => !skipped.test(path) });
    }
  }
  // pnpm publish turns `workspace:` ranges into versions by reading each dependency's package.json in the
  // package's node_modules, as `pnpm install` links them: here, links to the copies, with their snapshot versions.
  for (const pkg of packages) {
    const scopeDir = join(copyDir, 'packages', pkg.dirName, 'node_modules', '@lgds');
    mkdirSync(scopeDir, { recursive: true });
    for (const other of packages) {
      if (other !== pkg)
        symlinkSync(join(copyDir, 'packages', other.dirName), join(scopeDir, other.name.split('/')[1]));
    }
  }
  // Changesets loads the changelog generator .changeset/config.json names from the workspace's node_modules.
  symlinkSync(join(workspaceRoot, 'node_modules'), join(copyDir, 'node_modules'));
  writeFileSync(join(copyDir, '.npmrc'), npmrc(registry, { everything: true }));

  // Even with no changeset pending, each package gets a snapshot version.
  writeFileSync(
    join(copyDir, '.changeset', 'rehearsal-every-package.md'),
    [
      '---',
      ...publishable.map((pkg) => `'${pkg.name}': patch`),
      '---',
      '',
      'The release rehearsal (scripts/rehearse-release.mjs) publishes every package.',
      '',
    ].join('\n'),
  );
  const changeset = join(workspaceRoot, 'node_modules', '.bin', 'changeset');
  const env = {
    ...baseEnv,
    npm_config_registry: `${registry.origin}/`,
    npm_config_userconfig: join(copyDir, '.npmrc'),
    // Changesets would otherwise ask npm whether the registry wants a one-time password.
    CI: 'true',
  };
  log(`changeset version --snapshot ${snapshotTag} (in ${copyDir})`);
  run(changeset, ['version', '--snapshot', snapshotTag], copyDir, env);
  log(`changeset publish --tag ${snapshotTag} --no-git-tag, to ${registry.origin}`);
  const published = run(changeset, ['publish', '--tag', snapshotTag, '--no-git-tag'], copyDir, env);
  const failures = published.split('\n').filter((line) => /error/i.test(line));
  if (failures.length > 0) throw new Error(`changeset publish reported:\n${failures.join('\n')}`);

  // What a council's npm will read: each package's document on the registry.
  const versions = {};
  const problems = [];
  for (const pkg of publishable) {
    const response = await fetchAgain(`${registry.origin}/${pkg.name.replace('/', '%2f')}`);
    if (response.status !== 200) {
      problems.push(`${pkg.name} is not on the registry (${response.status})`);
      continue;
    }
    const document = await response.json();
    const version = document['dist-tags']?.[snapshotTag];
    const manifest = document.versions?.[version];
    if (!manifest) {
      problems.push(`${pkg.name} has no version tagged ${snapshotTag}`);
      continue;
    }
    versions[pkg.name] = version;
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) {
        if (/^(workspace|catalog|link|file):/.test(range)) problems.push(`${pkg.name} ${field}.${name}: "${range}"`);
        else if (name.startsWith('@lgds/') && field !== 'devDependencies' && !range.endsWith(version)) {
          problems.push(`${pkg.name} ${field}.${name} is "${range}", not a range of ${version}`);
        }
      }
    }
  }
  if (problems.length > 0)
    throw new Error(`the published packages are not what a council can install:\n${problems.join('\n')}`);
  const width = Math.max(...Object.keys(versions).map((name) => name.length));
  for (const [name, version] of Object.entries(versions)) log(`  published ${name.padEnd(width)} ${version}`);
  return versions;
}

function onlyVersion(versions) {
  const distinct = [...new Set(Object.values(versions))];
  if (distinct.length !== 1) throw new Error(`expected one snapshot version, found ${distinct.join(', ')}`);
  return distinct[0];
}

// ---------------------------------------------------------------------------------------------------------------
// 3. The council's site, installed from the registry

async function installSite(siteDir, registry, version, extraDevDependencies, figures) {
  const manifestPath = join(siteSource, 'package.json');
  if (!existsSync(manifestPath)) throw new Error(`no site to rehearse: ${manifestPath} does not exist`);
  const original = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const ranges = Object.entries({ ...original.dependencies, ...original.devDependencies }).filter(([name]) =>
    name.startsWith('@lgds/'),
  );
  if (ranges.length === 0) throw new Error(`${manifestPath} depends on no @lgds package`);
  const unlike = ranges.filter(([, range]) => !/^\^\d+\.\d+\.\d+$/.test(range));
  if (unlike.length > 0) {
    const listed = unlike.map(([name, range]) => `${name}: "${range}"`).join(', ');
    throw new Error(`the site must depend on @lgds packages as a council does, with ^x.y.z ranges: ${listed}`);
  }

  // Outside the workspace, so nothing is found in its node_modules; without what a build or a run left behind.
  const leftBehind =
    /^[\\/](\.next|e2e-output|test-results|playwright-report|\.data|data|build\.log)$|[\\/]node_modules$/;
  cpSync(siteSource, siteDir, {
    recursive: true,
    filter: (path) => path === siteSource || !leftBehind.test(path.slice(siteSource.length)),
  });
  const manifest = JSON.parse(readFileSync(join(siteDir, 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      if (name.startsWith('@lgds/')) manifest[field][name] = `^${version}`;
    }
  }
  manifest.devDependencies = { ...manifest.devDependencies, ...extraDevDependencies };
  writeJson(join(siteDir, 'package.json'), manifest);
  log(
    `the copy's @lgds ranges: ${ranges.map(([, range]) => range).join(', ')} → ^${version} (${ranges.length} packages)`,
  );
  const extras = Object.entries(extraDevDependencies);
  if (extras.length > 0) log(`for the e2e suite, also ${extras.map(([name, range]) => `${name}@${range}`).join(', ')}`);

  // A lockfile from the site's own development locks @lgds at versions this registry never had: those entries go.
  const lockPath = join(siteDir, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    for (const path of Object.keys(lock.packages ?? {})) {
      if (/(^|\/)node_modules\/@lgds\//.test(path)) delete lock.packages[path];
    }
    writeJson(lockPath, lock);
  }
  writeFileSync(join(siteDir, '.npmrc'), npmrc(registry));

  const started = Date.now();
  run('npm', ['install', ...installFlags], siteDir, { ...baseEnv, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  figures.installSeconds = (Date.now() - started) / 1000;
  log(`npm install took ${figures.installSeconds.toFixed(1)} s`);
  assertFromRegistry(
    siteDir,
    registry,
    version,
    ranges.map(([name]) => name),
  );
}

// Every @lgds package in the install, the site's own and those they depend on, at the snapshot version, from Verdaccio.
function assertFromRegistry(projectDir, registry, version, wanted) {
  const lock = JSON.parse(readFileSync(join(projectDir, 'package-lock.json'), 'utf8')).packages ?? {};
  const problems = [];
  const found = [];
  for (const [path, entry] of Object.entries(lock)) {
    const name = path.match(/(?:^|\/)node_modules\/(@lgds\/[^/]+)$/)?.[1];
    if (!name) continue;
    found.push(name);
    if (!String(entry.resolved ?? '').startsWith(`${registry.origin}/`)) {
      problems.push(`${path} was resolved from ${entry.resolved ?? 'nowhere'}`);
    }
    const installed = join(projectDir, path, 'package.json');
    const installedVersion = existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : 'nothing';
    if (installedVersion !== version) problems.push(`${path} is ${installedVersion}, not ${version}`);
  }
  for (const name of wanted) if (!found.includes(name)) problems.push(`${name} was not installed`);
  if (problems.length > 0) throw new Error(`the install is not the rehearsal's release:\n${problems.join('\n')}`);
  log(`installed from ${registry.origin}: ${[...new Set(found)].sort().join(', ')}, all ${version}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 4. The docs, installed from the registry and served

async function installAndServeDocs(projectDir, registry, version) {
  mkdirSync(projectDir, { recursive: true });
  writeJson(join(projectDir, 'package.json'), { name: 'council-docs', private: true });
  writeFileSync(join(projectDir, '.npmrc'), npmrc(registry));
  run('npm', ['install', ...installFlags, `@lgds/docs@${version}`], projectDir, baseEnv);
  assertFromRegistry(projectDir, registry, version, ['@lgds/docs']);

  // scripts/pack-and-install.mjs's serveDocs: the installed command, on a free port, answering /index.json to any
  // origin. Each of its checks throws here, with the command's log, instead of being recorded and passed over.
  await serveDocs(projectDir, {
    env: baseEnv,
    check: async (label, server, runCheck) => {
      try {
        log(`✓ ${label} (${await runCheck()})`);
        return true;
      } catch (error) {
        throw withLog(error, 'lgds-docs', server);
      }
    },
  });
  log(`npx lgds-docs served @lgds/docs@${version}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 5. The build

async function buildSite(siteDir, figures) {
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: siteDir,
    env: { ...baseEnv, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  figures.buildSeconds = (Date.now() - started) / 1000;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  writeFileSync(join(siteDir, 'build.log'), output);
  for (const line of output.trimEnd().split('\n')) console.log(`  build | ${line}`);
  if (result.status !== 0) throw new Error(`npm run build exited with ${result.status ?? result.signal}`);
  log(`npm run build took ${figures.buildSeconds.toFixed(1)} s`);

  // On a CI machine (CI or a CI vendor's variables set), Next.js advises keeping .next/cache between a pipeline's
  // runs when it finds none. The rehearsal builds a fresh copy every time on purpose, so that advice is said and let
  // be; any other warning fails it.
  const lines = warningLines(output);
  const warnings = lines.filter((line) => !noBuildCacheAdvice.test(line));
  if (warnings.length < lines.length) log('next build: no build cache, as a fresh copy has none');
  if (warnings.length > 0) throw new Error(`the build warned:\n${warnings.join('\n')}`);
  figures.routes = routeSizes(siteDir);
  printRoutes(figures.routes);
}

/** Next.js's advice in CI when `.next/cache` is missing: https://nextjs.org/docs/messages/no-cache */
const noBuildCacheAdvice = /No build cache found\. Please configure build caching/;

/**
 * The lines of a build's output that warn: ⚠, "warn" or "Warning:" in any case, but not in the route table's rows,
 * where a route's name may hold such a word.
 */
export function warningLines(output) {
  return output
    .split('\n')
    .filter((line) => !/^\s*[┌├└│]/.test(line))
    .filter((line) => /⚠|\bwarn(ed|ing|ings)?\b|warning:/i.test(line));
}

/**
 * The JavaScript each route of an App Router build sends, from what `next build` leaves in .next: each page's client
 * reference manifest lists the chunks its client components need, and the build manifest the chunks every page
 * loads (the framework, React). Sizes are gzip, as they go over the wire.
 */
export function routeSizes(siteDir) {
  const nextDir = join(siteDir, '.next');
  const buildManifest = readJsonIfThere(join(nextDir, 'build-manifest.json')) ?? {};
  // Polyfills load only in browsers without modules (`nomodule`), so they are not counted, as Next did not.
  const shared = new Set(buildManifest.rootMainFiles ?? []);
  const appPaths = readJsonIfThere(join(nextDir, 'app-path-routes-manifest.json')) ?? {};
  const routes = [];
  for (const [entry, route] of Object.entries(appPaths)) {
    if (!entry.endsWith('/page') || route.startsWith('/_global-error')) continue;
    const chunks = new Set(shared);
    const manifestFile = join(nextDir, 'server', 'app', `${entry}_client-reference-manifest.js`);
    if (existsSync(manifestFile)) {
      const source = readFileSync(manifestFile, 'utf8');
      for (const match of source.matchAll(/"((?:\/_next\/)?static\/chunks\/[^"]+\.js)"/g)) {
        chunks.add(match[1].replace(/^\/_next\//, ''));
      }
    }
    const files = [...chunks].map((chunk) => join(nextDir, chunk)).filter((file) => existsSync(file));
    const gzip = files.reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0);
    const own = files
      .filter((file) => !shared.has(relative(nextDir, file)))
      .reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0);
    routes.push({ route, kB: gzip / 1024, ownKB: own / 1024, chunks: files.length });
  }
  const sharedKB =
    [...shared]
      .map((chunk) => join(nextDir, chunk))
      .filter((file) => existsSync(file))
      .reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0) / 1024;
  return {
    routes: routes.sort((a, b) => a.route.localeCompare(b.route)),
    sharedKB,
    enhance: enhanceSizes(join(siteDir, 'public')),
  };
}

/**
 * The service's pages (route handlers, not Next.js pages) load the site's enhance bundle when the browser runs
 * JavaScript: `public/enhance.js`, or `public/enhance/enhance.js` split by esbuild into what every page loads (the
 * entry and the chunks it imports) and a chunk a journey loads when its page needs it (`import()`). Gzip sizes.
 */
export function enhanceSizes(publicDir) {
  const single = join(publicDir, 'enhance.js');
  const dir = join(publicDir, 'enhance');
  const entry = existsSync(join(dir, 'enhance.js')) ? join(dir, 'enhance.js') : existsSync(single) ? single : undefined;
  if (!entry) return undefined;
  const gzipKB = (file) => gzipSync(readFileSync(file)).length / 1024;
  const staticImports = (file, seen = new Set()) => {
    if (seen.has(file) || !existsSync(file)) return seen;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+)["']/g)) {
      staticImports(join(dirname(file), match[1]), seen);
    }
    return seen;
  };
  const shared = staticImports(entry);
  const sharedKB = [...shared].reduce((total, file) => total + gzipKB(file), 0);
  const journeys = [];
  for (const file of shared) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/import\(\s*["'](\.\/[^"']+)["']\s*\)/g)) {
      const chunk = join(dirname(file), match[1]);
      if (!existsSync(chunk)) continue;
      // Named by the loader's key just before it (enhance({ 'garden-waste-new': { en: () => import(…) } })), if any,
      // and the chunk's own name (en, cy).
      const before = source.slice(Math.max(0, match.index - 300), match.index);
      const key = [...before.matchAll(/"([a-z][\w-]*)":\{/g)].at(-1)?.[1];
      const known = journeys.find((journey) => journey.file === chunk);
      if (known) {
        if (key && !known.keys.includes(key)) known.keys.push(key);
        continue;
      }
      const base = match[1]
        .slice(2)
        .replace(/-\w{6,}\.js$/, '')
        .replace(/\.js$/, '');
      const own = [...staticImports(chunk)].filter((each) => !shared.has(each));
      const kB = own.reduce((total, each) => total + gzipKB(each), 0);
      journeys.push({ file: chunk, base, keys: key ? [key] : [], kB });
    }
  }
  for (const journey of journeys) journey.name = [journey.keys.join(', '), journey.base].filter(Boolean).join(' ');
  return {
    entry: relative(publicDir, entry),
    sharedKB,
    journeys: journeys.sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function printRoutes({ routes, sharedKB, enhance }) {
  if (routes.length === 0) {
    log('no App Router pages found in .next/app-path-routes-manifest.json: no route table');
    return;
  }
  const names = [...routes.map(({ route }) => route), ...(enhance?.journeys ?? []).map(({ name }) => `  + ${name}`)];
  const width = Math.max(...names.map((name) => name.length), 12);
  log(`JavaScript per route (gzip; every page loads ${sharedKB.toFixed(1)} kB shared by all):`);
  log(`  ${'route'.padEnd(width)}  JS kB (gzip)  of it the page's own`);
  for (const { route, kB, ownKB } of routes) {
    log(`  ${route.padEnd(width)}  ${kB.toFixed(1).padStart(12)}  ${ownKB.toFixed(1).padStart(19)}`);
  }
  if (enhance) {
    log(
      `  ${'/services/…'.padEnd(width)}  ${enhance.sharedKB.toFixed(1).padStart(12)}  (public/${enhance.entry} and what it imports)`,
    );
    for (const { name, kB } of enhance.journeys) {
      log(`  ${`  + ${name}`.padEnd(width)}  ${`+${kB.toFixed(1)}`.padStart(12)}  (when a page of it loads)`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Running it

async function startSite(siteDir, dataDir, integrationsEnv) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // `npm start` is `next start`, which takes PORT; on loopback only, as everything here.
  const server = startServer('npm', ['start', '--', '--hostname', '127.0.0.1'], {
    cwd: siteDir,
    env: {
      ...baseEnv,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      SESSION_SECRET: randomSecret(),
      DATA_DIR: dataDir,
      PUBLIC_URL: origin,
      ...integrationsEnv,
    },
    logFile: join(siteDir, 'next-start.log'),
  });
  try {
    const waited = await waitUntilListening(server, origin, 120_000);
    log(`npm start: the site answers at ${origin} (after ${seconds(waited)})`);
    return { server, origin };
  } catch (error) {
    await server.stop();
    throw withLog(error, 'the site', server);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The live service's integrations, on loopback

// The fakes are the workspace's own (@lgds/fakes, private and never published, so not in the registry): imported
// from its build by path, as the root package does not depend on it. Each checks every request against the
// service's published API. The back office verifies signatures with the built @lgds/server's verifyWebhook.
const fakesEntry = join(workspaceRoot, 'packages', 'fakes', 'dist', 'index.js');
const serverEntry = join(workspaceRoot, 'packages', 'server', 'dist', 'index.js');

/** Exampleshire's confirmation email templates on the fake Notify, in English and Welsh. */
const notifyTemplates = {
  en: { id: randomUUID(), subject: '((service_name))', body: 'Your reference is ((reference))' },
  cy: { id: randomUUID(), subject: '((service_name))', body: 'Eich cyfeirnod yw ((reference))' },
};

/**
 * Starts a fake GOV.UK Pay, a fake OS Places, a fake GOV.UK Notify and a back office on 127.0.0.1, and resolves with
 * the environment variables that point the site at them (`env`), `sendPaymentWebhooksTo(origin)` (Pay's webhooks to
 * the site once it runs), `check(walked)` (after the run: see below) and `stop()`.
 */
async function startIntegrations() {
  for (const entry of [fakesEntry, serverEntry]) {
    if (!existsSync(entry)) throw new Error(`${relative(workspaceRoot, entry)} is missing: build the packages first`);
  }
  const fakes = await import(pathToFileURL(fakesEntry).href);
  const { verifyWebhook, SIGNATURE_HEADER } = await import(pathToFileURL(serverEntry).href);
  const started = [];
  const stop = async () => {
    for (const each of started.reverse()) await each.stop().catch(() => undefined);
  };
  try {
    const pay = await fakes.startFakeGovukPay();
    started.push(pay);
    const places = await fakes.startFakeOsPlaces();
    started.push(places);
    const notify = await fakes.startFakeNotify({
      templates: Object.fromEntries(
        Object.values(notifyTemplates).map(({ id, subject, body }) => [id, { type: 'email', subject, body }]),
      ),
    });
    started.push(notify);
    const webhookSecret = randomSecret();
    const office = await startBackOffice(webhookSecret, { verifyWebhook, SIGNATURE_HEADER });
    started.push(office);
    const payWebhookSecret = randomSecret();
    const env = {
      GOVUK_PAY_API_KEY: pay.apiKey,
      GOVUK_PAY_BASE_URL: pay.url,
      GOVUK_PAY_WEBHOOK_SECRET: payWebhookSecret,
      OS_PLACES_API_KEY: places.apiKey,
      OS_PLACES_BASE_URL: places.baseUrl,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_CONFIRMATION_TEMPLATE_EN: notifyTemplates.en.id,
      NOTIFY_CONFIRMATION_TEMPLATE_CY: notifyTemplates.cy.id,
      WEBHOOK_URL: office.url,
      WEBHOOK_SECRET: webhookSecret,
    };
    log(`fake GOV.UK Pay at ${pay.url}, fake OS Places at ${places.baseUrl}, fake GOV.UK Notify at ${notify.url}`);
    log(`back office at ${office.url}, verifying each post's ${SIGNATURE_HEADER}`);
    return {
      env,
      sendPaymentWebhooksTo(origin) {
        pay.postWebhooksTo({ to: `${origin}/services/payments/webhook`, secret: payWebhookSecret });
      },
      check: (walked) => checkIntegrations({ walked, pay, places, notify, office }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A council's back office as @lgds/server's README tells councils to write one: each post's `LGDS-Signature`
 * verified (a post that fails is answered 401 and counted), and each submission stored once by its
 * `Idempotency-Key` (its reference), a post of one already stored answered 200 and counted as a duplicate.
 */
async function startBackOffice(secret, { verifyWebhook, SIGNATURE_HEADER }) {
  const office = { url: '', stored: new Map(), posts: 0, duplicates: 0, badSignatures: 0 };
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      office.posts += 1;
      try {
        const body = Buffer.concat(chunks).toString('utf8');
        const header = request.headers[SIGNATURE_HEADER.toLowerCase()];
        const verdict = await verifyWebhook({ secret, body, header });
        if (!verdict.ok) {
          office.badSignatures += 1;
          response.writeHead(401).end();
          return;
        }
        const reference = String(request.headers['idempotency-key'] ?? '');
        if (office.stored.has(reference)) {
          office.duplicates += 1;
          response.writeHead(200).end();
        } else {
          office.stored.set(reference, JSON.parse(body));
          response.writeHead(201).end();
        }
      } catch {
        response.writeHead(500).end();
      }
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  office.url = `http://127.0.0.1:${server.address().port}/submissions`;
  office.stop = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  };
  return office;
}

/**
 * The journeys the e2e suite walked to a confirmation, from the lines its pages.ts writes for the global teardown
 * (e2e-output/counts/*.jsonl in the site's folder): each with the reference it was given and whether the resident
 * gave an email address.
 */
export function confirmedJourneys(siteDir) {
  const dir = join(siteDir, 'e2e-output', 'counts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line))
    .filter((line) => line.journey !== undefined && line.kind === 'transaction');
}

/** Waits up to `timeout` ms for `done()`, checking every half second; resolves with whether it came true. */
async function eventually(done, timeout = 60_000) {
  const until = Date.now() + timeout;
  while (!done()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return true;
}

/**
 * After the run: the back office received each confirmed submission exactly once, every signature verified; Notify
 * emailed one confirmation per submission that gave an email address and nothing else; and no fake saw a request
 * its published API does not allow. Delivery is the outbox worker's, after the confirmation page: waited for, up to
 * a minute. Without `walked` (another check than the e2e suite), what arrived is checked but not counted against it.
 */
async function checkIntegrations({ walked, pay, places, notify, office }) {
  const references = walked?.map((journey) => journey.reference) ?? [];
  const emailed = walked?.filter((journey) => journey.email) ?? [];
  const emails = () => notify.sent.filter((message) => message.type === 'email');
  const started = Date.now();
  const delivered = await eventually(
    () => office.stored.size >= references.length && emails().length >= emailed.length,
  );
  const waited = seconds(Date.now() - started);
  const problems = [];
  if (walked) {
    if (references.some((reference) => !reference)) problems.push('a journey was counted without its reference');
    const unique = new Set(references);
    if (unique.size !== references.length) problems.push('two journeys were given the same reference');
    const missing = references.filter((reference) => !office.stored.has(reference));
    if (missing.length > 0) {
      problems.push(
        `the back office did not receive ${missing.length} of ${references.length} submissions` +
          `${delivered ? '' : ' within a minute'}: ${missing.join(', ')}`,
      );
    }
    const unknown = [...office.stored.keys()].filter((reference) => !unique.has(reference));
    if (unknown.length > 0)
      problems.push(`the back office received submissions no journey made: ${unknown.join(', ')}`);
    const sentTo = new Map();
    for (const message of emails()) sentTo.set(message.reference, (sentTo.get(message.reference) ?? 0) + 1);
    for (const journey of emailed) {
      const count = sentTo.get(journey.reference) ?? 0;
      if (count !== 1)
        problems.push(`Notify sent ${count} confirmation emails for ${journey.journey} (${journey.reference}), not 1`);
    }
    const unasked = emails().filter((message) => !emailed.some((journey) => journey.reference === message.reference));
    if (unasked.length > 0) {
      problems.push(
        `Notify sent emails for no journey that gave an email address: ${unasked.map((m) => m.reference).join(', ')}`,
      );
    }
  }
  if (office.duplicates > 0) problems.push(`the back office received ${office.duplicates} duplicate posts`);
  if (office.badSignatures > 0)
    problems.push(`${office.badSignatures} posts to the back office failed their signature check`);
  for (const [name, fake] of [
    ['GOV.UK Pay', pay],
    ['OS Places', places],
    ['GOV.UK Notify', notify],
  ]) {
    if (fake.violations.length > 0) {
      problems.push(
        `the fake ${name} saw ${fake.violations.length} requests its spec does not allow:\n  ${fake.violations.join('\n  ')}`,
      );
    }
  }
  if (pay.webhookFailures.length > 0) {
    problems.push(
      `the site refused ${pay.webhookFailures.length} of Pay's webhooks:\n  ${pay.webhookFailures.join('\n  ')}`,
    );
  }

  const statuses = pay.payments.map((payment) => payment.state.status);
  const cancelled = pay.payments.filter((payment) => payment.state.code === 'P0030').length;
  const figures = {
    journeys: references.length,
    backOffice: office.stored.size,
    posts: office.posts,
    duplicates: office.duplicates,
    badSignatures: office.badSignatures,
    emails: emails().length,
    emailsWanted: emailed.length,
    paymentsMade: statuses.filter((status) => status === 'success').length,
    paymentsCancelled: cancelled,
    paymentsStarted: pay.payments.length,
    postcodesLookedUp: places.requests.length,
    violations: pay.violations.length + places.violations.length + notify.violations.length,
  };
  log(
    `back office: ${figures.backOffice} submissions from ${figures.posts} posts` +
      `${walked ? ` (${figures.journeys} journeys reached a confirmation)` : ''}, ${figures.duplicates} duplicates, ` +
      `${figures.badSignatures} bad signatures (after ${waited})`,
  );
  log(
    `GOV.UK Notify: ${figures.emails} confirmation emails${walked ? ` (${figures.emailsWanted} journeys gave an email address)` : ''}`,
  );
  log(
    `GOV.UK Pay: ${figures.paymentsStarted} card payments started, ${figures.paymentsMade} paid, ` +
      `${figures.paymentsCancelled} cancelled on the card page`,
  );
  log(`OS Places: ${figures.postcodesLookedUp} postcode searches`);
  log(`the fakes saw ${figures.violations} requests their published APIs do not allow`);
  if (problems.length > 0) throw new Error(`the integrations do not add up:\n- ${problems.join('\n- ')}`);
  return figures;
}

/** The default check of the running site: its Playwright suite, with its screenshots kept for CI. */
export async function runEndToEnd({ origin, siteDir }) {
  const started = Date.now();
  const screenshots = join(siteDir, 'e2e-output', 'screenshots');
  // Not spawnSync: the fakes and the back office the site talks to run in this process, and answer only while its
  // event loop runs.
  const suite = spawn('npx', ['playwright', 'test'], {
    cwd: siteDir,
    env: { ...baseEnv, BASE_URL: origin, SCREENSHOTS_DIR: screenshots, CI: 'true' },
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const [code, signal] = await new Promise((done, failed) => {
    suite.once('error', failed);
    suite.once('close', (...ended) => done(ended));
  });
  log(`npx playwright test took ${seconds(Date.now() - started)}`);
  const kept = keepScreenshots(screenshots);
  if (code !== 0) throw new Error(`npx playwright test exited with ${code ?? signal}`);
  return kept;
}

function keepScreenshots(from) {
  rmSync(screenshotsArtefact, { recursive: true, force: true });
  if (!existsSync(from)) {
    log(`no screenshots in ${from}`);
    return 0;
  }
  cpSync(from, screenshotsArtefact, { recursive: true });
  const count = countFiles(screenshotsArtefact, '.png');
  log(`${count} screenshots kept in ${screenshotsArtefact}`);
  return count;
}

function countFiles(dir, extension) {
  return readdirSync(dir, { withFileTypes: true }).reduce((count, entry) => {
    if (entry.isDirectory()) return count + countFiles(join(dir, entry.name), extension);
    return count + (entry.name.endsWith(extension) ? 1 : 0);
  }, 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function assertOutsideWorkspace(dir) {
  if (!relative(workspaceRoot, dir).startsWith('..')) {
    throw new Error(`the temporary folder ${dir} is inside the workspace, so Node would find its node_modules`);
  }
}

function withLog(error, name, server) {
  const message = error instanceof Error ? error.message : String(error);
  const lines = server.output().trim().split('\n').slice(-40).join('\n    ');
  return new Error(`${message}\n  ${name}'s log, last lines:\n    ${lines || '(empty)'}`);
}

// A GET, tried up to three times: a kept-alive connection the server has since closed fails the first try.
async function fetchAgain(url, tries = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, { signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      if (attempt >= tries) throw new Error(`GET ${url} failed: ${error.cause?.message ?? error.message}`);
    }
  }
}

function readJsonIfThere(path) {
  return existsSync(path) && statSync(path).isFile() ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function seconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await rehearse();
  } catch (error) {
    console.error(`\nrehearsal: FAILED: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
