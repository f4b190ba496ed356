// apps/example-council as its README describes it: a council's site, outside the workspace, that depends on the
// packages' published versions, with each service in a file of 15 lines or fewer. (Installing it from a registry,
// building and walking it is scripts/rehearse-release.mjs's work.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const siteDir = join(root, 'apps', 'example-council');
const read = (...path) => readFileSync(join(...path), 'utf8');
const lineCount = (text) => text.replace(/\n$/, '').split('\n').length;
const site = JSON.parse(read(siteDir, 'package.json'));
const readme = read(siteDir, 'README.md');
const serviceFiles = readdirSync(join(siteDir, 'services')).filter((file) => file.endsWith('.ts'));

/** The workspace's own packages, by name: their versions are what a release publishes. */
const workspacePackages = new Map(
  readdirSync(join(root, 'packages')).map((dir) => {
    const manifest = JSON.parse(read(root, 'packages', dir, 'package.json'));
    return [manifest.name, manifest];
  }),
);

test('the site is left out of the pnpm workspace, so pnpm never links it to the packages’ sources', () => {
  assert.match(read(root, 'pnpm-workspace.yaml'), /^\s*- ["']!apps\/example-council["']$/m);
});

test('it depends on each @lgds package by a ^x.y.z range of its version, as a council installs them from npm', () => {
  const ranges = Object.entries({ ...site.dependencies, ...site.devDependencies }).filter(([name]) =>
    name.startsWith('@lgds/'),
  );
  assert.ok(ranges.length > 0);
  for (const [name, range] of ranges) {
    const manifest = workspacePackages.get(name);
    assert.ok(manifest, `${name} is not a package of this repository`);
    assert.ok(!manifest.private, `${name} is private: no council can install it`);
    assert.equal(range, `^${manifest.version}`, `${name}: the range of its version, not ${range}`);
  }
});

test('every @lgds package the site imports is one of its dependencies', () => {
  const sources = ['enhance.ts', 'proxy.ts', 'next.config.ts']
    .concat(serviceFiles.map((file) => join('services', file)))
    .concat(readdirSync(join(siteDir, 'lib')).map((file) => join('lib', file)))
    .concat(readdirSync(join(siteDir, 'components')).map((file) => join('components', file)));
  for (const file of sources) {
    for (const [, name] of read(siteDir, file).matchAll(/from '(@lgds\/[^/']+)/g)) {
      assert.ok(site.dependencies[name], `${file} imports ${name}, which package.json does not depend on`);
    }
  }
});

test('each service is a file of 15 lines or fewer, and the README gives its lines and its rules file’s', () => {
  assert.ok(serviceFiles.length >= 6, 'garden waste new and renewal, bulky waste, and the three council tax services');
  for (const file of serviceFiles) {
    const source = read(siteDir, 'services', file);
    const lines = lineCount(source);
    assert.ok(lines <= 15, `services/${file} has ${lines} lines`);
    const row = readme.split('\n').find((line) => line.startsWith(`| \`services/${file}\` |`));
    assert.ok(row, `the README's table has no row for services/${file}`);
    assert.equal(row.split('|')[2]?.trim(), String(lines), `the README's line count for services/${file}`);
    const rules = source.match(/from '\.\.\/(rules\/[^']+\.json)'/)?.[1];
    assert.ok(rules, `services/${file} takes its rules from a file in rules/`);
    const shown = row.match(new RegExp(`\`${rules.replace('.', '\\.')}\` \\((\\d+) lines\\)`))?.[1];
    if (shown) assert.equal(Number(shown), lineCount(read(siteDir, rules)), `the README's line count for ${rules}`);
  }
});

test('each service is listed by lib/service.ts and loaded on demand by enhance.ts', () => {
  const service = read(siteDir, 'lib', 'service.ts');
  const enhance = read(siteDir, 'enhance.ts');
  for (const file of serviceFiles) {
    const id = file.replace(/\.ts$/, '');
    assert.match(service, new RegExp(`from '\\.\\./services/${id}'`), `lib/service.ts lists services/${file}`);
    assert.match(enhance, new RegExp(`'${id}': \\{`), `enhance.ts loads ${id}'s journey`);
  }
});
