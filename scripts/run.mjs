#!/usr/bin/env node
// The README's two commands, `npm start` and `npm test`, run here. They need only Node and npm: pnpm is used
// from the PATH when it is there, or fetched by npx at the version package.json pins.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pinnedPnpm = packageManager.replace(/^pnpm@/, '');

function hasPnpm() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return found.status === 0 && found.stdout.trim().startsWith('10.');
}

const pnpm = hasPnpm() ? ['pnpm'] : ['npx', '--yes', `pnpm@${pinnedPnpm}`];

function run(...args) {
  const [command, ...rest] = [...pnpm, ...args];
  console.log(`\n> ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command, rest, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const jobs = {
  // The main job: the docs councils browse, served on http://localhost:6006 (the packages are built first).
  start: () => {
    run('install', '--frozen-lockfile');
    run('turbo', 'run', 'build', '--filter=docs^...');
    run('--filter', 'docs', 'dev');
  },
  // Every test and check CI runs: lint and format, types, unit and property tests, package checks, and
  // installing the packed packages into a fresh project the way a council would.
  test: () => {
    run('install', '--frozen-lockfile');
    run('run', 'lint');
    run('turbo', 'run', 'build', 'typecheck', 'test', 'check:package', '--concurrency=2');
    run('run', 'check:install');
  },
};

const job = jobs[process.argv[2]];
if (!job) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(jobs).join('|')}`);
  process.exit(2);
}
job();
