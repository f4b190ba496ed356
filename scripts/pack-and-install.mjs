/**
 * pack-and-install: the proof that councils can install the @lgds packages from npm.
 *
 * Unit tests run inside the workspace, where pnpm's symlinks hide packaging mistakes: a file left out of the
 * tarball, an `exports` entry pointing at something tsup never wrote, a `workspace:` range that npm cannot read,
 * CommonJS types that do not match, a dependency that loads as ESM but not as CommonJS. So this script does what a
 * council's developer would do: it packs every publishable package in packages/* with pnpm (as `pnpm publish`
 * would), installs the tarballs with plain npm into a fresh project outside the workspace, then imports, requires
 * and type-checks every entry point of every package, and serves the docs with @lgds/docs's `lgds-docs` command (a
 * package with no entry points, only a command). Last, it runs @lgds/server as a council would: the README's
 * Node example with `node server.mjs`, and its Next.js example built with `next build` and run with `next start`,
 * each walked by a resident's browser without JavaScript (see scripts/pack-and-install-servers.mjs).
 *
 * Run it after a build (`pnpm check:install`). LGDS_KEEP_TMP=1 keeps the temporary project for debugging.
 *
 * `--only <package>` (`@lgds/bulky-waste` or `bulky-waste`) checks one package the way a council would meet it: every
 * package is still packed and installed together, so it installs beside the others' tarballs, but only its entry
 * points are loaded, only its entries and consumer example are type-checked, and only its documents' code blocks
 * (its README, its TSDoc, its stories' guides). The council apps (garden waste's journey) and @lgds/server's
 * examples, which do not change with it, are left to the whole run. scripts/generator.test.mjs uses it for a new
 * package, in a copy of the repository where `npm test` has already run the whole of this script.
 */
import { spawnSync } from 'node:child_process';
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
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildCouncilApps } from './pack-and-install-apps.mjs';
import { typeCheckDocumentation } from './pack-and-install-docs.mjs';
import {
  fetchStylesheet,
  freePort,
  killAllServers,
  randomSecret,
  startServer,
  waitUntilListening,
  walkGardenWaste,
} from './pack-and-install-servers.mjs';

export const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = join(workspaceRoot, 'packages');
const consumerExamplesDir = join(workspaceRoot, 'scripts', 'consumer');
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a debugging switch for a root script, not a turbo task input.
const keepTmp = process.env.LGDS_KEEP_TMP === '1';
const typeCheckTools = { typescript: '5.9.3', '@types/node': '20' };
const fallbackPnpmVersion = '10.34.9';
// The Next.js a council's site runs the Next.js example on; the rest of its project takes the workspace's versions.
export const nextVersion = '16.4.6';
export const installFlags = ['--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];
const onWindows = process.platform === 'win32';

// NODE_PATH would let Node find modules that the fresh project does not have.
const childEnv = { ...process.env, NODE_PATH: undefined };

const results = { passed: 0, failed: [], timings: [] };

// Run as a script; imported (by pack-and-install-docs.mjs, for its helpers) it does nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await main();
  } catch (error) {
    console.error(`pack-and-install: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}

async function main() {
  const started = Date.now();
  const packages = findPublishablePackages();
  if (packages.length === 0) throw new Error(`no publishable packages in ${packagesDir}`);
  const only = onlyPackage(process.argv.slice(2), packages);

  // Without a listener, Ctrl-C kills Node at once and the finally block never removes the temporary files. With
  // one, the signal still stops the running child, whose failure ends the run through that finally block. Servers
  // run in process groups of their own, which Ctrl-C does not reach, so they are stopped here.
  process.on('SIGINT', killAllServers);
  process.on('SIGTERM', killAllServers);

  const tmpRoot = mkdtempSync(join(realpathSync(tmpdir()), 'lgds-install-'));
  try {
    assertOutsideWorkspace(tmpRoot);
    await runAllChecks(packages, tmpRoot, only);
  } finally {
    if (keepTmp) console.log(`\nLGDS_KEEP_TMP=1: kept ${tmpRoot}`);
    else rmSync(tmpRoot, { recursive: true, force: true, maxRetries: 3 });
  }
  printSummary(only ? [only] : packages, Date.now() - started);
}

// `--only <package>`: the package, by its name or its folder's; undefined without the option.
function onlyPackage(args, packages) {
  if (args.length === 0) return undefined;
  const [option, wanted, ...rest] = args;
  if (option !== '--only' || rest.length > 0) {
    throw new Error(`unknown arguments: ${args.join(' ')} (usage: pack-and-install.mjs [--only <package>])`);
  }
  const found = packages.find((pkg) => pkg.name === wanted || pkg.dirName === wanted);
  if (!found) {
    const names = packages.map((pkg) => pkg.name).join(', ');
    throw new Error(`--only ${wanted ?? '(nothing)'}: not a publishable package (${names})`);
  }
  return found;
}

async function runAllChecks(packages, tmpRoot, only) {
  const tarballsDir = join(tmpRoot, 'tarballs');
  const projectDir = join(tmpRoot, 'council-site');

  const pnpm = findPnpm();
  console.log(`Packing ${plural(packages.length, 'publishable package')} with ${pnpm.label}`);
  for (const pkg of packages) {
    const packed = check(`pack ${pkg.name}`, () => packPackage(pkg, pnpm, tarballsDir));
    if (!packed) return;
  }

  console.log(`\nInstalling the tarballs with npm into a fresh project (${projectDir})`);
  createProject(projectDir);
  const names = packages.map((pkg) => pkg.name).join(', ');
  const installed = check(`npm install ${names}`, () => installPackages(projectDir, packages));
  if (!installed) return;

  const checked = only ? [only] : packages;
  console.log(`\nLoading every entry point${only ? ` of ${only.name}` : ''} with Node`);
  for (const pkg of checked) checkEntryPoints(pkg, projectDir);

  console.log(`\nType-checking a TypeScript consumer${only ? ` of ${only.name}` : ''}`);
  typeCheckConsumers(checked, projectDir);

  // @lgds/docs has no entry points to load: what a council runs is its command.
  if (checked.some((pkg) => pkg.name === '@lgds/docs')) {
    console.log('\nServing the docs with the installed lgds-docs command');
    await timed('lgds-docs', () => serveDocs(projectDir));
  }

  if (only) {
    console.log(`\nType-checking every code example in ${only.name}'s README, guides and TSDoc`);
    typeCheckDocumentation(projectDir, (file) => documentOf(only, file));
    console.log(`\n--only ${only.name}: the council apps and @lgds/server's examples are left to the whole run`);
    return;
  }
  console.log('\nType-checking every code example in the READMEs, the guides and the TSDoc');
  typeCheckDocumentation(projectDir);

  console.log('\nBuilding a council’s new Vite app and Next.js app with @lgds/react/styles.css');
  await timed('Vite and Next.js apps', () => buildCouncilApps(packages, join(tmpRoot, 'council-apps')));

  const server = packages.find((pkg) => pkg.name === '@lgds/server');
  if (!server) return;
  console.log('\nRunning @lgds/server as a council would');
  await timed('Node example', () => runNodeExample(server, projectDir));
  await timed('Next.js example', () => runNextExample(server, packages, join(tmpRoot, 'council-next')));
}

// A package's own documents: its README and source (TSDoc), and its stories' guides in the docs.
function documentOf(pkg, file) {
  return file.startsWith(`packages/${pkg.dirName}/`) || file.startsWith(`apps/docs/stories/${pkg.dirName}/`);
}

// ---------------------------------------------------------------------------------------------------------------
// Finding and packing the packages

function findPublishablePackages() {
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const manifest = readJson(join(dir, 'package.json'));
      return { dirName: entry.name, dir, name: manifest.name, private: manifest.private === true };
    })
    .filter((pkg) => !pkg.private)
    .sort((a, b) => a.name.localeCompare(b.name));
}

// As in scripts/run.mjs: pnpm 10 from the PATH, or the version package.json pins, fetched by npx.
function findPnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env: childEnv, shell: onWindows });
  const version = probe.stdout?.trim() ?? '';
  if (probe.status === 0 && version.startsWith('10.')) return { command: 'pnpm', args: [], label: `pnpm ${version}` };
  const pinned = readJson(join(workspaceRoot, 'package.json')).packageManager?.match(/^pnpm@([^+]+)/)?.[1];
  const spec = `pnpm@${pinned ?? fallbackPnpmVersion}`;
  return { command: 'npx', args: ['--yes', spec], label: `npx ${spec}` };
}

// pnpm, not npm, packs: it rewrites `workspace:` ranges into real versions and applies publishConfig.
function packPackage(pkg, pnpm, tarballsDir) {
  const destination = join(tarballsDir, pkg.dirName);
  mkdirSync(destination, { recursive: true });
  run(pnpm.command, [...pnpm.args, 'pack', '--pack-destination', destination], pkg.dir);

  const tarballs = readdirSync(destination).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`expected one tarball in ${destination}, found ${tarballs.length}`);
  pkg.tarball = join(destination, tarballs[0]);
  // What npm will see is the packed package.json, which can differ from the source one.
  pkg.manifest = readPackedManifest(pkg.tarball);

  const unpublishable = unpublishableRanges(pkg.manifest);
  if (unpublishable.length > 0) throw new Error(`the packed package.json still has ${unpublishable.join(', ')}`);
  return `${tarballs[0]}, ${Math.round(statSync(pkg.tarball).size / 1024)} kB`;
}

// An npm tarball is a gzipped tar with package/package.json in it: walking the 512-byte headers is enough to read it.
function readPackedManifest(tarball) {
  const archive = gunzipSync(readFileSync(tarball));
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const name = tarString(archive, offset, 100);
    if (name === '') break;
    const prefix = tarString(archive, offset + 345, 155);
    const size = Number.parseInt(tarString(archive, offset + 124, 12).trim() || '0', 8);
    const body = offset + 512;
    if ((prefix ? `${prefix}/${name}` : name) === 'package/package.json') {
      return JSON.parse(archive.subarray(body, body + size).toString('utf8'));
    }
    offset = body + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${tarball} has no package/package.json`);
}

function tarString(buffer, start, length) {
  const field = buffer.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function unpublishableRanges(manifest) {
  const fields = ['dependencies', 'peerDependencies', 'optionalDependencies'];
  return fields.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([, range]) => /^(workspace|catalog|link):/.test(range))
      .map(([name, range]) => `${field}.${name}: "${range}"`),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The council's project

function assertOutsideWorkspace(dir) {
  const fromWorkspace = relative(workspaceRoot, dir);
  if (!fromWorkspace.startsWith('..') && !isAbsolute(fromWorkspace)) {
    throw new Error(`the temporary directory ${dir} is inside the workspace, so Node would find its node_modules`);
  }
}

function createProject(projectDir) {
  mkdirSync(projectDir, { recursive: true });
  // The type-check tools are listed here so that the one `npm install` below installs them too.
  writeJson(join(projectDir, 'package.json'), {
    name: 'council-site',
    private: true,
    type: 'module',
    devDependencies: typeCheckTools,
  });
}

// One npm install for everything: npm then satisfies one package's dependency on another (say @lgds/react on
// @lgds/core@0.0.0) from the tarballs, which it could not do from the public registry.
function installPackages(projectDir, packages) {
  const peers = peerDependencySpecs(packages);
  const tarballs = packages.map((pkg) => pkg.tarball);
  const started = Date.now();
  run('npm', ['install', ...installFlags, ...tarballs, ...peers], projectDir);
  assertTarballsWereInstalled(projectDir, packages);

  const extras = [...peers, ...Object.entries(typeCheckTools).map(([name, range]) => `${name}@${range}`)];
  return `with ${extras.join(', ')}; ${seconds(Date.now() - started)}`;
}

// Peers (react, react-dom) are the council's to install. A peer's types often come from @types: when a package
// lists @types/<peer> as a peer or dev dependency, install that too, or the type-check could not see the peer.
function peerDependencySpecs(packages) {
  const ours = new Set(packages.map((pkg) => pkg.name));
  const specs = new Map();
  for (const { manifest } of packages) {
    for (const [name, range] of Object.entries(manifest.peerDependencies ?? {})) {
      if (ours.has(name) || specs.has(name)) continue;
      specs.set(name, range);
      const typesName = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
      const typesRange = manifest.peerDependencies?.[typesName] ?? manifest.devDependencies?.[typesName];
      if (typesRange && !specs.has(typesName)) specs.set(typesName, typesRange);
    }
  }
  return [...specs].map(([name, range]) => `${name}@${range}`);
}

// If npm had fetched one of our packages from the registry instead, this check would be testing the wrong code.
function assertTarballsWereInstalled(projectDir, packages) {
  const lockedPackages = readJson(join(projectDir, 'package-lock.json')).packages ?? {};
  for (const pkg of packages) {
    const copies = Object.entries(lockedPackages).filter(
      ([path]) => path === `node_modules/${pkg.name}` || path.endsWith(`/node_modules/${pkg.name}`),
    );
    const fromTarball = copies.length === 1 && String(copies[0][1].resolved ?? '').startsWith('file:');
    if (!fromTarball) {
      const found = copies.map(([path, entry]) => `${path} (${entry.resolved ?? entry.version})`).join(', ');
      throw new Error(`${pkg.name} should be installed once, from its tarball; found ${found || 'nothing'}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Loading the entry points

function checkEntryPoints(pkg, projectDir) {
  for (const entry of entryPointsOf(pkg.manifest)) {
    if (entry.skip) {
      console.log(`  - ${entry.spec}: skipped (${entry.skip})`);
      continue;
    }
    if (entry.kind === 'asset') {
      check(`resolve ${entry.spec}`, () => {
        const probe = `console.log(JSON.stringify({ file: require.resolve(${JSON.stringify(entry.spec)}) }));`;
        loadInNode('require', probe, entry.spec, projectDir);
      });
      continue;
    }
    const imported = entry.import && check(`import ${entry.spec}`, () => loadEntry('import', entry, projectDir));
    const required = entry.require && check(`require ${entry.spec}`, () => loadEntry('require', entry, projectDir));
    // tsup builds both formats from one source, so a difference here means one of the builds is wrong.
    if (imported && required) {
      check(`import and require ${entry.spec} give the same names`, () =>
        compareNames(entry.names.import, entry.names.require),
      );
    }
  }
}

// The entry points a council can load: one per subpath of the `exports` map, with the conditions it offers.
function entryPointsOf(manifest) {
  return Object.entries(exportsMapOf(manifest))
    .filter(([subpath]) => subpath !== './package.json')
    .map(([subpath, target]) => {
      const spec = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      return describeEntry(spec, subpath, target);
    });
}

function exportsMapOf(manifest) {
  const { exports } = manifest;
  if (exports === undefined) return { '.': manifest.main ?? './index.js' };
  // `exports` may also be a single target or a conditions object, both meaning the "." subpath.
  const isObject = typeof exports === 'object' && exports !== null && !Array.isArray(exports);
  return isObject && Object.keys(exports)[0]?.startsWith('.') ? exports : { '.': exports };
}

function describeEntry(spec, subpath, target) {
  if (subpath.includes('*')) return { spec, skip: 'pattern subpath: only concrete subpaths can be loaded' };
  const { conditions, files } = collectTargets(target);
  if (files.length === 0) return { spec, skip: 'no runtime file: types only or blocked' };
  if (!files.some((file) => /\.[cm]?js$/.test(file))) return { spec, kind: 'asset' };
  // An entry with neither condition serves the same file to import and require.
  const neither = !conditions.has('import') && !conditions.has('require');
  return {
    spec,
    kind: 'js',
    import: conditions.has('import') || neither,
    require: conditions.has('require') || neither,
    names: {},
  };
}

function collectTargets(target, found = { conditions: new Set(), files: [] }, forTypes = false) {
  if (typeof target === 'string') {
    if (!forTypes && !/\.d\.[cm]?ts$/.test(target)) found.files.push(target);
  } else if (Array.isArray(target)) {
    for (const fallback of target) collectTargets(fallback, found, forTypes);
  } else if (target && typeof target === 'object') {
    for (const [condition, value] of Object.entries(target)) {
      found.conditions.add(condition);
      collectTargets(value, found, forTypes || condition === 'types');
    }
  }
  return found;
}

function loadEntry(mode, entry, projectDir) {
  const specJson = JSON.stringify(entry.spec);
  const probe =
    mode === 'import'
      ? `import * as m from ${specJson}; import { fileURLToPath } from 'node:url';
         report(m, fileURLToPath(import.meta.resolve(${specJson})));`
      : `report(require(${specJson}), require.resolve(${specJson}));`;
  const reporter = `function report(m, file) {
    const names = Object.keys(Object(m));
    if (names.length === 0 && typeof m !== 'function') throw new Error('it loaded, but has no exports');
    console.log(JSON.stringify({ names, callable: typeof m === 'function', file }));
  }`;
  const { names, callable } = loadInNode(mode, `${reporter}\n${probe}`, entry.spec, projectDir);
  entry.names[mode] = names;
  return callable ? `callable, ${plural(names.length, 'export')}` : plural(names.length, 'export');
}

// Runs a probe in a fresh Node with the council's project as cwd; the probe's last line is JSON naming the file it
// loaded, which must be in the project's node_modules and not somewhere Node found by walking up.
function loadInNode(mode, probe, spec, projectDir) {
  const inputType = mode === 'import' ? 'module' : 'commonjs';
  const output = run(process.execPath, [`--input-type=${inputType}`, '-e', probe], projectDir);
  const result = JSON.parse(output.trim().split('\n').at(-1));
  if (relative(join(projectDir, 'node_modules'), result.file).startsWith('..')) {
    throw new Error(`${spec} resolved to ${result.file}, outside the council's node_modules`);
  }
  return result;
}

function compareNames(importNames, requireNames) {
  const ignored = new Set(['default', '__esModule']);
  const fromImport = new Set(importNames.filter((name) => !ignored.has(name)));
  const fromRequire = new Set(requireNames.filter((name) => !ignored.has(name)));
  const onlyImport = [...fromImport].filter((name) => !fromRequire.has(name));
  const onlyRequire = [...fromRequire].filter((name) => !fromImport.has(name));
  if (onlyImport.length + onlyRequire.length > 0) {
    const list = (names) => names.join(', ') || '-';
    throw new Error(`only from import: ${list(onlyImport)}\nonly from require: ${list(onlyRequire)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Type-checking

function typeCheckConsumers(packages, projectDir) {
  const entries = packages.flatMap((pkg) =>
    entryPointsOf(pkg.manifest)
      .filter((entry) => entry.kind === 'js')
      .map((entry) => ({ ...entry, identifier: identifierFor(entry.spec) })),
  );
  const esmEntries = entries.filter((entry) => entry.import);
  const cjsEntries = entries.filter((entry) => entry.require);

  const esmFiles = [];
  if (esmEntries.length > 0) esmFiles.push(writeConsumer(projectDir, 'consumer.ts', esmConsumer(esmEntries)));
  esmFiles.push(...copyConsumerExamples(packages, projectDir));
  const cjsFiles =
    cjsEntries.length > 0 ? [writeConsumer(projectDir, 'consumer-cjs.cts', cjsConsumer(cjsEntries))] : [];

  writeJson(join(projectDir, 'tsconfig.json'), {
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      jsx: 'react-jsx',
      skipLibCheck: false,
      types: ['node'],
    },
    files: [...esmFiles, ...cjsFiles],
  });
  // Council sites mostly use a bundler: it resolves with the `import` conditions, without Node's file-extension rules.
  writeJson(join(projectDir, 'tsconfig.bundler.json'), {
    extends: './tsconfig.json',
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' },
    files: esmFiles,
  });

  runTypeCheck('NodeNext', 'tsconfig.json', [...esmFiles, ...cjsFiles], packages, projectDir);
  if (esmFiles.length > 0) runTypeCheck('Bundler', 'tsconfig.bundler.json', esmFiles, packages, projectDir);
}

function esmConsumer(entries) {
  return [
    '// Written by scripts/pack-and-install.mjs: every ESM entry point, imported as a council site would.',
    ...entries.map((entry) => `import * as ${entry.identifier} from '${entry.spec}';`),
    '',
    '// An entry whose types export nothing (an empty .d.ts) makes its line here a type error.',
    'type HasExports<Namespace> = [keyof Namespace] extends [never] ? false : true;',
    ...entries.map((entry) => `const ${entry.identifier}HasTypes: HasExports<typeof ${entry.identifier}> = true;`),
    '',
    'export const exportNames: Record<string, { names: string[]; typed: boolean }> = {',
    ...entries.map(
      (entry) => `  '${entry.spec}': { names: Object.keys(${entry.identifier}), typed: ${entry.identifier}HasTypes },`,
    ),
    '};',
    '',
  ].join('\n');
}

// A .cts file is CommonJS under NodeNext, so these imports check the `require` types (.d.cts).
function cjsConsumer(entries) {
  return [
    '// Written by scripts/pack-and-install.mjs: every CommonJS entry point, required as a council site would.',
    ...entries.map((entry) => `import ${entry.identifier} = require('${entry.spec}');`),
    '',
    'type HasExports<Namespace> = [keyof Namespace] extends [never] ? false : true;',
    ...entries.map((entry) => `const ${entry.identifier}HasTypes: HasExports<typeof ${entry.identifier}> = true;`),
    '',
    'const exportNames: Record<string, { names: string[]; typed: boolean }> = {',
    ...entries.map(
      (entry) => `  '${entry.spec}': { names: Object.keys(${entry.identifier}), typed: ${entry.identifier}HasTypes },`,
    ),
    '};',
    'export = exportNames;',
    '',
  ].join('\n');
}

// scripts/consumer/<package dir>.ts(x) is a package's realistic example of council code; it is type-checked too.
function copyConsumerExamples(packages, projectDir) {
  const copied = [];
  for (const pkg of packages) {
    for (const extension of ['ts', 'tsx']) {
      const example = join(consumerExamplesDir, `${pkg.dirName}.${extension}`);
      if (!existsSync(example)) continue;
      copied.push(writeConsumer(projectDir, `consumer-${pkg.dirName}.${extension}`, readFileSync(example, 'utf8')));
    }
  }
  return copied;
}

function writeConsumer(projectDir, fileName, source) {
  writeFileSync(join(projectDir, fileName), source);
  return fileName;
}

function runTypeCheck(resolution, tsconfig, files, packages, projectDir) {
  const tsc = join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc');
  const label = `tsc, ${resolution} resolution: ${files.join(', ')}`;
  const ok = check(label, () => {
    run(process.execPath, [tsc, '-p', tsconfig, '--pretty', 'false'], projectDir);
  });
  if (!ok) {
    // Name the packages the errors mention, so the failure summary says whose types are broken.
    const failure = results.failed.at(-1);
    const output = failure.details;
    const named = packages.filter((pkg) => output.includes(pkg.name) || output.includes(`consumer-${pkg.dirName}.`));
    if (named.length > 0) failure.label = `${named.map((pkg) => pkg.name).join(', ')}: ${label}`;
  }
}

function identifierFor(spec) {
  const words = spec
    .replace(/^@[^/]+\//, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const camel = words.map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
  return /^[A-Za-z_]/.test(camel) ? camel : `_${camel}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Running @lgds/server as a council would: the README's examples, copied from packages/server/examples

// `node server.mjs` in the council's project, configured as its README says: PORT, SESSION_SECRET and DATA_DIR.
async function runNodeExample(server, projectDir) {
  cpSync(join(server.dir, 'examples', 'node', 'server.mjs'), join(projectDir, 'server.mjs'));
  const port = await freePort();
  const env = { ...childEnv, PORT: String(port), SESSION_SECRET: randomSecret(), DATA_DIR: join(projectDir, 'data') };
  await serveAndWalk('node server.mjs', [process.execPath, 'server.mjs'], {
    cwd: projectDir,
    env,
    port,
    basePath: '',
    logsItsAddress: true,
  });
}

// A Next.js app of the council's own: the example's files, built by `next build` (Turbopack, as Next defaults to)
// with no secret or database to hand, as in a CI job, then run by `next start` with them.
async function runNextExample(server, packages, appDir) {
  createNextApp(server, appDir);
  const installed = check(`npm install next@${nextVersion} and the tarballs (${appDir})`, () =>
    installNextApp(appDir, packages),
  );
  if (!installed) return;

  const next = join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const dataDir = join(appDir, 'data');
  const env = { ...childEnv, NEXT_TELEMETRY_DISABLED: '1', DATA_DIR: dataDir, SESSION_SECRET: undefined };
  const built = check('next build, with no SESSION_SECRET, opens no store', () => {
    const started = Date.now();
    run(process.execPath, [next, 'build'], appDir, env);
    if (existsSync(dataDir)) throw new Error(`next build opened the store: ${dataDir} exists`);
    return seconds(Date.now() - started);
  });
  if (!built) return;

  const port = await freePort();
  await serveAndWalk('next start', [process.execPath, next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: { ...env, SESSION_SECRET: randomSecret() },
    port,
    basePath: '/services',
  });
}

// `npx lgds-docs` in the council's project: the installed command serves the packed Storybook, and its index.json
// to any origin, as a council's own Storybook fetches it to compose ours. Exported for scripts/rehearse-release.mjs,
// which serves the docs installed from its registry: `env` is the command's environment, and `check(label, running,
// runCheck)` runs each check (by default this script's, which records a failure and goes on; the rehearsal's throws).
// Resolves true when every check passed.
export async function serveDocs(projectDir, { env = childEnv, check = checkServer } = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // On Windows npm's bin is a .cmd, which spawn cannot start without a shell: run the script it points at.
  const [command, ...args] = onWindows
    ? [process.execPath, join(projectDir, 'node_modules', '@lgds', 'docs', 'bin', 'lgds-docs.mjs')]
    : [join(projectDir, 'node_modules', '.bin', 'lgds-docs')];
  const running = startServer(command, [...args, '--port', String(port)], {
    cwd: projectDir,
    env,
    logFile: join(projectDir, 'lgds-docs.log'),
  });
  try {
    const listening = await check(`lgds-docs --port ${port} listens on ${origin}`, running, async () => {
      const waited = await waitUntilListening(running, origin, 60_000);
      if (!running.output().includes(`LGDS docs: ${origin}`))
        throw new Error(`it did not print its address, ${origin}`);
      return seconds(waited);
    });
    if (!listening) return false;
    return await check(`${origin}/index.json lists the stories, to any origin`, running, async () => {
      const response = await fetch(`${origin}/index.json`, { signal: AbortSignal.timeout(10_000) });
      if (response.status !== 200) throw new Error(`it answered ${response.status}`);
      const allowed = response.headers.get('access-control-allow-origin');
      if (allowed !== '*') throw new Error(`Access-Control-Allow-Origin is ${allowed ?? 'missing'}, not *`);
      const ids = Object.keys((await response.json()).entries ?? {});
      if (!ids.some((id) => id.startsWith('components-button'))) {
        throw new Error(`no components-button story among its ${ids.length} entries`);
      }
      return `${ids.length} entries`;
    });
  } finally {
    await running.stop();
  }
}

/**
 * The tsconfig.json create-next-app writes for a TypeScript app. A function, not a constant: it is hoisted, so
 * scripts that this one imports can call it while this module's body is still running.
 */
export function createNextAppTsconfig() {
  return {
    compilerOptions: {
      target: 'ES2017',
      lib: ['dom', 'dom.iterable', 'esnext'],
      allowJs: true,
      skipLibCheck: true,
      strict: true,
      noEmit: true,
      esModuleInterop: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      resolveJsonModule: true,
      isolatedModules: true,
      jsx: 'react-jsx',
      incremental: true,
      plugins: [{ name: 'next' }],
    },
    include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
    exclude: ['node_modules'],
  };
}

// As create-next-app makes it, with the example's app/, lib/ and next.config.ts, and the workspace's versions of
// what @lgds/server is tested with.
function createNextApp(server, appDir) {
  const tested = readJson(join(server.dir, 'package.json')).devDependencies;
  const versionsOf = (names) => Object.fromEntries(names.map((name) => [name, tested[name]]));
  mkdirSync(appDir, { recursive: true });
  writeJson(join(appDir, 'package.json'), {
    name: 'council-next',
    private: true,
    scripts: { build: 'next build', start: 'next start' },
    dependencies: { next: nextVersion, ...versionsOf(['govuk-frontend', 'react', 'react-dom']) },
    devDependencies: versionsOf(['@types/node', '@types/react', '@types/react-dom', 'typescript']),
  });
  writeJson(join(appDir, 'tsconfig.json'), createNextAppTsconfig());
  // Only the example's own files, should someone have built it where it is.
  const ownFile = (path) => !/[\\/](node_modules|\.next)$/.test(path);
  cpSync(join(server.dir, 'examples', 'next'), appDir, { recursive: true, filter: ownFile });
}

// Its own npm install, of the app's package.json and every tarball (so one @lgds package's dependency on another
// is met from the tarballs, as in the first install).
function installNextApp(appDir, packages) {
  const started = Date.now();
  run('npm', ['install', ...installFlags, ...packages.map((pkg) => pkg.tarball)], appDir);
  assertTarballsWereInstalled(appDir, packages);
  return seconds(Date.now() - started);
}

// Starts a council's server on loopback, waits for it to answer, walks it as a resident, and stops it (with every
// process it started) whatever happens.
async function serveAndWalk(name, [command, ...args], { cwd, env, port, basePath, logsItsAddress = false }) {
  const origin = `http://127.0.0.1:${port}`;
  const running = startServer(command, args, { cwd, env, logFile: join(cwd, `${name.replace(/\W+/g, '-')}.log`) });
  try {
    const listening = await checkServer(`${name} listens on ${origin}`, running, async () => {
      const waited = await waitUntilListening(running, origin, 60_000);
      if (logsItsAddress && !running.output().includes(origin)) {
        throw new Error(`it did not log its address, ${origin}`);
      }
      return seconds(waited);
    });
    if (listening) await walkAsResident(running, origin, basePath);
  } finally {
    await running.stop();
  }
}

// Garden waste as a resident without JavaScript, then the CSS its pages link to. A failure shows the server's log.
async function walkAsResident(running, origin, basePath) {
  let stylesheet;
  const walked = await checkServer(
    `a resident without JavaScript starts ${basePath}/garden-waste-new and gives an address`,
    running,
    async () => {
      const walk = await walkGardenWaste(origin, basePath);
      stylesheet = walk.stylesheet;
      return walk.steps;
    },
  );
  if (!walked) return;
  const expected = `${basePath}/assets/styles.css`;
  await checkServer(`${expected} is govuk-frontend's CSS`, running, () => {
    if (stylesheet !== expected) throw new Error(`the pages link to ${stylesheet ?? 'no stylesheet'}, not ${expected}`);
    return fetchStylesheet(origin, expected);
  });
}

// `checkAsync`, with the last lines of the server's log added to a failure.
function checkServer(label, running, runCheck) {
  return checkAsync(label, async () => {
    try {
      return await runCheck();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message}\nits log:\n${indent(lastLines(running.output().trim() || '(empty)', 30), 2)}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reporting and helpers

// Runs one check, prints ✓ or ✗, and records a failure instead of stopping, so one run shows every problem.
export function check(label, runCheck) {
  try {
    return passed(label, runCheck());
  } catch (error) {
    return failed(label, error);
  }
}

// As check, for a check that has to wait.
export async function checkAsync(label, runCheck) {
  try {
    return passed(label, await runCheck());
  } catch (error) {
    return failed(label, error);
  }
}

function passed(label, detail) {
  results.passed += 1;
  console.log(`  ✓ ${label}${detail ? ` (${detail})` : ''}`);
  return true;
}

function failed(label, error) {
  const details = error instanceof Error ? error.message : String(error);
  results.failed.push({ label, details });
  console.log(`  ✗ ${label}\n${indent(details, 6)}`);
  return false;
}

// Runs one part of a phase and keeps how long it took, for the summary.
async function timed(name, runPart) {
  const started = Date.now();
  try {
    await runPart();
  } finally {
    results.timings.push(`${name} ${seconds(Date.now() - started)}`);
  }
}

function printSummary(packages, elapsed) {
  const checks = results.passed + results.failed.length;
  const timings = results.timings.length > 0 ? ` (${results.timings.join(', ')})` : '';
  if (results.failed.length === 0) {
    console.log(
      `\npack-and-install: ${plural(packages.length, 'package')}, ${checks} checks passed in ${seconds(elapsed)}${timings}`,
    );
    return;
  }
  console.error(`\npack-and-install: FAILED, ${results.failed.length} of ${checks} checks failed${timings}:`);
  for (const failure of results.failed) console.error(`  ✗ ${failure.label}`);
  process.exitCode = 1;
}

export function run(command, args, cwd, env = childEnv) {
  // npm, npx and pnpm are .cmd files on Windows, which Node starts only through a shell, so quote for cmd.exe.
  const viaShell = onWindows && command !== process.execPath;
  const shellArgs = viaShell ? args.map((arg) => (/^[\w@./:\\=-]+$/.test(arg) ? arg : `"${arg}"`)) : args;
  const options = { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, shell: viaShell };
  const result = spawnSync(command, shellArgs, options);
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    const shown = [command, ...args].map((arg) => (arg.includes('\n') ? '<script>' : arg)).join(' ');
    // Node's stack frames point into its own loader, not at the problem.
    const output = `${result.stdout}${result.stderr}`.replace(/^ {4}at .*\n?/gm, '').trim();
    throw new Error(`${shown} exited with ${result.status ?? result.signal}\n${lastLines(output, 40)}`);
  }
  return result.stdout;
}

function lastLines(text, count) {
  const lines = text.split('\n');
  if (lines.length <= count) return text;
  return [`… (${lines.length - count} lines before)`, ...lines.slice(-count)].join('\n');
}

function indent(text, spaces) {
  return text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}

export function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function seconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)}s`;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
