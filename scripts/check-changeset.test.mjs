import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { baseRef } from './check-changeset.mjs';

const script = fileURLToPath(new URL('./check-changeset.mjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

let repo;

function git(...args) {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A branch off main with one commit that writes or appends to the given files. */
function branch(name, files) {
  git('checkout', '--quiet', '-b', name, 'main');
  commit(files);
}

function commit(files) {
  for (const [path, text] of Object.entries(files)) {
    if (text.startsWith('---')) writeFileSync(join(repo, path), text);
    else appendFileSync(join(repo, path), text);
  }
  git('add', '--', ...Object.keys(files));
  git('commit', '--quiet', '-m', 'change');
}

/** Runs the check as a contributor would, from the temporary repository, with the root's installed changesets. */
function check(...args) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('pnpm check:changeset', () => {
  before(() => {
    // A one-commit copy of this repository's HEAD on a branch called main: no network, no install, and the same
    // in a clean clone, a CI checkout on a detached merge commit or a shallow one.
    repo = mkdtempSync(join(tmpdir(), 'check-changeset-'));
    const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: root, maxBuffer: 1 << 30 });
    assert.equal(archive.status, 0, String(archive.stderr));
    const untar = spawnSync('tar', ['-x', '-C', repo], { input: archive.stdout });
    assert.equal(untar.status, 0, String(untar.stderr));
    git('init', '--quiet', '--initial-branch=main');
    git('config', 'user.name', 'Check Changeset Test');
    git('config', 'user.email', 'check-changeset@example.invalid');
    git('config', 'commit.gpgsign', 'false');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'main');
  });

  after(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('fails and names the package when packages/core changed with no changeset', () => {
    branch('core-without-changeset', { 'packages/core/src/flow.ts': '\n// A change a council would notice.\n' });
    const { code, output } = check();
    assert.equal(code, 1, output);
    assert.match(output, /packages\/core \(@lgds\/core\) changed but no changeset describes it: run pnpm changeset/);
    assert.doesNotMatch(output, /packages\/react/);
  });

  it('passes once a changeset for @lgds/core is added', () => {
    commit({ '.changeset/core-change.md': "---\n'@lgds/core': patch\n---\n\nA change a council would notice.\n" });
    const { code, output } = check('--since=main');
    assert.equal(code, 0, output);
    assert.doesNotMatch(output, /changed but no changeset/);
  });

  it('passes when only a private app (apps/docs) changed', () => {
    branch('docs-only', { 'apps/docs/README.md': '\nA change to the docs.\n' });
    const { code, output } = check('--since', 'main');
    assert.equal(code, 0, output);
    assert.doesNotMatch(output, /changed but no changeset/);
  });

  it('passes, with a note, when a changed package is named by no changeset', () => {
    branch('core-and-react', {
      'packages/core/src/flow.ts': '\n// A change.\n',
      'packages/react/package.json': '\n',
      '.changeset/core-only.md': "---\n'@lgds/core': minor\n---\n\nA new optional rule.\n",
    });
    const { code, output } = check('--since=main');
    assert.equal(code, 0, output);
    assert.match(output, /Note: packages\/react \(@lgds\/react\) changed but no changeset names it/);
    assert.doesNotMatch(output, /packages\/core \(/);
  });

  it('fails clearly when the base cannot be found', () => {
    const { code, output } = check('--since=origin/no-such-branch');
    assert.equal(code, 1, output);
    assert.match(output, /cannot compare with "origin\/no-such-branch"/);
  });

  it('compares with main unless told otherwise', () => {
    assert.equal(baseRef([]), 'main');
    assert.equal(baseRef(['--since=origin/main']), 'origin/main');
    assert.equal(baseRef(['--since', 'v1']), 'v1');
  });
});
