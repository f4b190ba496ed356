#!/usr/bin/env node
/**
 * After `changeset version` (`pnpm version-packages`), points apps/example-council's @lgds dependencies at the versions
 * about to be released (`^x.y.z`), as a council updating its site would. The site is outside the workspace, so
 * Changesets does not see it; scripts/example-council.test.mjs fails until its ranges match the packages' versions.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const siteManifest = join(root, 'apps', 'example-council', 'package.json');
const versions = new Map(
  readdirSync(join(root, 'packages')).map((dir) => {
    const { name, version } = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    return [name, version];
  }),
);

const site = JSON.parse(readFileSync(siteManifest, 'utf8'));
for (const dependencies of [site.dependencies, site.devDependencies]) {
  for (const name of Object.keys(dependencies ?? {})) {
    if (!name.startsWith('@lgds/')) continue;
    const version = versions.get(name);
    if (!version) throw new Error(`apps/example-council depends on ${name}, which is not a package here`);
    if (dependencies[name] !== `^${version}`) console.log(`${name}: ${dependencies[name]} → ^${version}`);
    dependencies[name] = `^${version}`;
  }
}
writeFileSync(siteManifest, `${JSON.stringify(site, null, 2)}\n`);
