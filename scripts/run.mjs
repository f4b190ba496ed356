#!/usr/bin/env node
// The README's two commands, `npm start` and `npm test`, run here. They need only Node and npm: pnpm is used
// from the PATH when it is there, or fetched by npx at the version package.json pins.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { ensurePrerequisites } from './prerequisites.mjs';

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pinnedPnpm = packageManager.replace(/^pnpm@/, '');

function hasPnpm() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return found.status === 0 && found.stdout.trim().startsWith('10.');
}

const pnpm = hasPnpm() ? ['pnpm'] : ['npx', '--yes', `pnpm@${pinnedPnpm}`];

/** Runs a command to the end, stopping everything if it fails. */
function exec(command, ...args) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const run = (...args) => exec(...pnpm, ...args);

/**
 * Runs long-lived commands side by side, each line of their output marked with its name. When one stops, the others
 * are stopped too; Ctrl-C stops them all. Resolves with the exit code: 0 when stopped by Ctrl-C or when every one
 * ended well, otherwise the first failure's.
 */
function together(commands) {
  return new Promise((resolve) => {
    const width = Math.max(...commands.map(({ name }) => name.length));
    const running = new Set();
    let stopping = false;
    let exitCode = 0;

    // Each command runs in a process group of its own (pnpm, its shell and what that starts), so stopping one
    // stops everything it started: pnpm does not pass signals on. On Windows, there are no process groups.
    const ownGroups = process.platform !== 'win32';
    const signalChild = (child, signal) => {
      try {
        if (ownGroups) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };
    const stopAll = (signal = 'SIGTERM') => {
      stopping = true;
      for (const child of running) signalChild(child, signal);
    };
    // If this script ends any other way (an error), it takes the commands with it.
    process.on('exit', () => {
      for (const child of running) signalChild(child, 'SIGTERM');
    });

    const forward = (stream, out, label) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split(/\r?\n/);
        rest = lines.pop() ?? '';
        for (const line of lines) out.write(`${label}${line}\n`);
      });
      stream.on('end', () => rest && out.write(`${label}${rest}\n`));
    };

    for (const { name, args } of commands) {
      const [command, ...rest] = [...pnpm, ...args];
      console.log(`> ${[command, ...rest].join(' ')}`);
      const child = spawn(command, rest, {
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: process.platform === 'win32',
        detached: ownGroups,
        // Piped, the children would think they are not in a terminal and drop their colours.
        env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
      });
      const label = `${name.padEnd(width)} | `;
      forward(child.stdout, process.stdout, label);
      forward(child.stderr, process.stderr, label);
      running.add(child);
      child.on('error', (error) => console.error(`${label}${error.message}`));
      child.on('exit', (code, signal) => {
        running.delete(child);
        if (!stopping) {
          const failed = code !== 0;
          if (failed) exitCode = code ?? 1;
          console.error(`${label}${failed ? `stopped with ${code ?? signal}` : 'stopped'}: stopping the rest.`);
          stopAll();
        }
        if (running.size === 0) resolve(exitCode);
      });
    }

    // Ctrl-C (or a signal to this script) is passed on to every command's process group.
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        if (!stopping) console.log(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping.`);
        stopAll(signal);
      });
    }
  });
}

const jobs = {
  // The main job: the docs councils browse, served on http://localhost:6006, and Exampleshire's runnable council
  // service on http://localhost:3000 (embedded database, no setup), side by side. Everything they need is built
  // first, once.
  start: async () => {
    run('install', '--frozen-lockfile');
    run('turbo', 'run', 'build', '--filter=docs^...', '--filter=service...');
    const code = await together([
      // --silent: the services' own output only, not pnpm's report of how each one stopped.
      { name: 'docs', args: ['--silent', '--filter', 'docs', 'dev'] },
      { name: 'service', args: ['--silent', '--filter', 'service', 'start'] },
    ]);
    process.exit(code);
  },
  // Every test and check CI runs: lint and format, types, unit and property tests, package checks, and
  // installing the packed packages into a fresh project the way a council would.
  test: () => {
    // Chromium and PostgreSQL first: minutes into the run is no time to learn they are missing.
    ensurePrerequisites();
    run('install', '--frozen-lockfile');
    run('run', 'lint');
    run('turbo', 'run', 'build', 'typecheck', 'typecheck:generators', 'test', 'check:package', '--concurrency=2');
    run('run', 'check:install');
    const scriptTests = readdirSync('scripts').filter((file) => file.endsWith('.test.mjs'));
    exec('node', '--test', ...scriptTests.map((file) => `scripts/${file}`));
  },
};

const job = jobs[process.argv[2]];
if (!job) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(jobs).join('|')}`);
  process.exit(2);
}
job();
