#!/usr/bin/env node
// `pnpm check:changeset [--since=<ref>]`: every change to a published package needs a changeset, so that councils
// read about it in the changelog. It runs `changeset status --since=<ref>` (default `main`) from the root's
// node_modules/.bin on the repository the command is run in, passes through its exit code, and when it fails says
// which packages changed and what to do.
//
// How `changeset status` decides (@changesets/cli 2.29): it finds where HEAD diverged from <ref>
// (`git merge-base <ref> HEAD`), lists the files changed since then (committed or not), and fails when any
// versionable package changed (not private, with a version, not in .changeset/config.json's `ignore`) and no
// changeset was added at all. It does not check that each changed package has one: this script warns about those.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const changesetBin = fileURLToPath(
  new URL(`../node_modules/.bin/changeset${process.platform === 'win32' ? '.cmd' : ''}`, import.meta.url),
);

/** `--since=<ref>` or `--since <ref>`; `main` when not given. */
export function baseRef(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--since=')) return argv[i].slice('--since='.length);
    if (argv[i] === '--since' && argv[i + 1]) return argv[i + 1];
  }
  return 'main';
}

function git(cwd, ...args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, out: result.stdout.trim() };
}

/** The workspace's package folders, from pnpm-workspace.yaml's `packages:` list (`dir/*` and `dir` entries). */
function workspaceFolders(root) {
  const file = join(root, 'pnpm-workspace.yaml');
  if (!existsSync(file)) return [];
  const folders = [];
  let inPackages = false;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (/^\S/.test(line)) inPackages = /^packages:\s*$/.test(line);
    const entry = inPackages && line.match(/^\s+-\s+['"]?([^'"#\s]+)['"]?/);
    if (!entry || entry[1].startsWith('!')) continue;
    const glob = entry[1].replace(/\/$/, '');
    if (glob.endsWith('/*')) {
      const parent = glob.slice(0, -2);
      if (!existsSync(join(root, parent))) continue;
      for (const dirent of readdirSync(join(root, parent), { withFileTypes: true })) {
        if (dirent.isDirectory()) folders.push(`${parent}/${dirent.name}`);
      }
    } else if (!glob.includes('*')) {
      folders.push(glob);
    }
  }
  return folders.filter((folder) => existsSync(join(root, folder, 'package.json')));
}

/** Changeset files' front matter: the packages each one names (an empty changeset names none). */
function packagesNamedIn(text) {
  const frontMatter = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!frontMatter) return [];
  return frontMatter[1]
    .split(/\r?\n/)
    .map((line) => line.match(/^\s*['"]?([^'":\s]+)['"]?\s*:/)?.[1])
    .filter(Boolean);
}

/**
 * What changed since `ref`, the way changesets sees it: the published packages whose files changed (folder and
 * name), the packages the changesets added since then name, and whether one of those is empty. `undefined` when `ref` cannot be compared with HEAD.
 */
export function changesSince(root, ref) {
  const divergedAt = git(root, 'merge-base', ref, 'HEAD');
  if (!divergedAt.ok) return undefined;
  const files = git(root, 'diff', '--name-only', '--no-relative', divergedAt.out).out.split('\n').filter(Boolean);
  const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
  const ignore = config.ignore ?? [];
  const allowPrivate = config.privatePackages?.version ?? true;

  // Deepest folder first, so a file belongs to the innermost package, as in changesets.
  const folders = workspaceFolders(root).sort((a, b) => b.length - a.length);
  const changed = new Map();
  for (const file of files) {
    const folder = folders.find((candidate) => file.startsWith(`${candidate}/`));
    if (!folder || changed.has(folder)) continue;
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
    } catch {
      continue; // Unreadable: changeset status reports it.
    }
    const skipped = ignore.includes(pkg.name) || (pkg.private && !allowPrivate) || !pkg.version;
    if (!skipped) changed.set(folder, pkg.name);
  }

  const changesetFiles = git(root, 'diff', '--name-only', '--diff-filter=d', '--no-relative', divergedAt.out)
    .out.split('\n')
    .filter((file) => /^\.changeset\/[^/]+\.md$/.test(file) && file !== '.changeset/README.md');
  const namings = changesetFiles.map((file) => packagesNamedIn(readFileSync(join(root, file), 'utf8')));
  return {
    packages: [...changed].map(([folder, name]) => ({ folder, name })).sort((a, b) => a.folder.localeCompare(b.folder)),
    named: new Set(namings.flat()),
    // `pnpm changeset --empty`: the contributor says nothing here needs a release.
    hasEmpty: namings.some((names) => names.length === 0),
  };
}

function main() {
  const ref = baseRef(process.argv.slice(2));
  const top = git(process.cwd(), 'rev-parse', '--show-toplevel');
  if (!top.ok) {
    console.error('check:changeset: run this inside the repository (a git checkout).');
    process.exit(1);
  }
  const root = top.out;

  const changes = changesSince(root, ref);
  if (!changes) {
    console.error(
      `check:changeset: cannot compare with "${ref}": git has no such branch or commit here, or no history in ` +
        'common with it.\nFetch it first (for example git fetch origin main, then --since=origin/main), or name ' +
        'another with --since=<ref>. In CI, check out with fetch-depth: 0.',
    );
    process.exit(1);
  }

  const status = spawnSync(changesetBin, ['status', `--since=${ref}`], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (status.error) {
    console.error(`check:changeset: could not run ${changesetBin} (${status.error.message}). Run pnpm install.`);
    process.exit(1);
  }
  const code = status.status ?? 1;
  const undescribed = changes.packages.filter(({ name }) => !changes.named.has(name));

  if (code !== 0) {
    console.error('');
    if (undescribed.length === 0) {
      console.error(`check:changeset: changeset status failed (since ${ref}); see its message above.`);
    }
    for (const { folder, name } of undescribed) {
      console.error(`${folder} (${name}) changed but no changeset describes it: run pnpm changeset`);
    }
    if (undescribed.length > 0) {
      console.error(
        '\nPick the packages, the kind of change (major, minor or patch: see CONTRIBUTING.md) and write what a ' +
          'council\nreading the changelog will notice. If nothing a council uses changed (a test or a comment), ' +
          'run\npnpm changeset --empty instead. Commit the file it writes in .changeset/.',
      );
    }
    process.exit(code);
  }

  // changeset status passes once any changeset was added: say which changed packages none of them names.
  if (undescribed.length > 0 && !changes.hasEmpty) {
    console.warn('');
    for (const { folder, name } of undescribed) {
      console.warn(
        `Note: ${folder} (${name}) changed but no changeset names it. If a council will notice, run pnpm changeset.`,
      );
    }
  }
  process.exit(0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
