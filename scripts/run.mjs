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

/** The package whose tests take longest: `npm test` starts them first, beside everything else. */
const slowestTests = '@lgds/server';

// Each command runs in a process group of its own (pnpm, its shell and what that starts), so stopping one stops
// everything it started: pnpm does not pass signals on. On Windows, there are no process groups.
const ownGroups = process.platform !== 'win32';

/** Sends a signal to a child started by `startLabelled` and everything it started. */
function signalChild(child, signal) {
  try {
    if (ownGroups) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

/** Passes a child's output on, line by line, each line marked with its label. */
function forward(stream, out, label) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split(/\r?\n/);
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`${label}${line}\n`);
  });
  stream.on('end', () => rest && out.write(`${label}${rest}\n`));
}

/** Starts a command in its own process group, each line of its output marked with `label`. */
function startLabelled(label, [command, ...args]) {
  console.log(`${label}> ${[command, ...args].join(' ')}`);
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
    detached: ownGroups,
    // Piped, the children would think they are not in a terminal and drop their colours.
    env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
  });
  forward(child.stdout, process.stdout, label);
  forward(child.stderr, process.stderr, label);
  child.on('error', (error) => console.error(`${label}${error.message}`));
  return child;
}

/**
 * Runs lanes of commands side by side, each lane's commands one after another, each line of their output marked
 * with the lane's name; then `afterwards`, in order, each taken by the first lane to be free. The first failure stops every lane, as a failing step of `exec` stops the run; Ctrl-C (or a
 * signal to this script) stops them all too. `stopWhenOneEnds` is for long-lived commands (servers): when any one
 * of them ends, the others are stopped. Resolves with the exit code: 0 when every command ended well (or, for
 * long-lived ones, when stopped by Ctrl-C), otherwise the first failure's (or the signal's).
 */
function lanes(laneList, { stopWhenOneEnds = false, afterwards = [] } = {}) {
  const queue = [...afterwards];
  return new Promise((resolve) => {
    const width = Math.max(...laneList.map(({ name }) => name.length));
    const running = new Set();
    let stopping = false;
    let exitCode = 0;
    let lanesLeft = laneList.length;

    const stopAll = (signal = 'SIGTERM') => {
      stopping = true;
      for (const child of running) signalChild(child, signal);
    };
    // If this script ends any other way (an error), it takes the commands with it.
    process.on('exit', () => {
      for (const child of running) signalChild(child, 'SIGTERM');
    });

    const startLane = ({ name, commands: own }) => {
      const commands = [...own];
      const label = `${name.padEnd(width)} | `;
      const next = (index) => {
        // A lane that has run its own commands takes the next of the commands left for whichever lane is free first.
        if (index === commands.length && !stopping && queue.length > 0) commands.push(queue.shift());
        if (index === commands.length || stopping) {
          lanesLeft -= 1;
          if (lanesLeft === 0) resolve(exitCode);
          return;
        }
        const started = Date.now();
        const child = startLabelled(label, commands[index]);
        running.add(child);
        child.on('exit', (code, signal) => {
          running.delete(child);
          const failed = code !== 0;
          if (!stopping) {
            if (failed) {
              exitCode = code ?? 1;
              console.error(`${label}stopped with ${code ?? signal}: stopping the rest.`);
              stopAll();
            } else if (stopWhenOneEnds) {
              console.error(`${label}stopped: stopping the rest.`);
              stopAll();
            } else {
              console.log(`${label}done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
            }
          }
          next(index + 1);
        });
      };
      next(0);
    };
    for (const lane of laneList) startLane(lane);

    // Ctrl-C (or a signal to this script) is passed on to every command's process group.
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        if (!stopping) console.log(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping.`);
        // Stopping servers is how `npm start` ends; a run of checks stopped half-way has not passed.
        if (!stopWhenOneEnds && exitCode === 0) exitCode = signal === 'SIGINT' ? 130 : 143;
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
    const code = await lanes(
      [
        // --silent: the services' own output only, not pnpm's report of how each one stopped.
        { name: 'docs', commands: [[...pnpm, '--silent', '--filter', 'docs', 'dev']] },
        { name: 'service', commands: [[...pnpm, '--silent', '--filter', 'service', 'start']] },
      ],
      { stopWhenOneEnds: true },
    );
    process.exit(code);
  },
  // Every test and check CI runs: lint and format, types, unit and property tests, package checks, installing the
  // packed packages into a fresh project the way a council would, and last a release rehearsal: the packages
  // published to a local registry, and Exampleshire's site installed from it, built, started and walked in Chromium.
  test: async () => {
    // Chromium and PostgreSQL first: minutes into the run is no time to learn they are missing.
    ensurePrerequisites();
    run('install', '--frozen-lockfile');
    run('run', 'lint');
    // Every package and app is built once, first; after that nothing builds them again (`--only`: a task without
    // its dependencies), so a test never reads a dist folder that another task is writing.
    run('turbo', 'run', 'build', '--concurrency=2');
    // @lgds/server's tests take most of the run (its journeys walked in Chromium with and without JavaScript, and
    // its property test). On 2 cores vitest runs one test file at a time (its default is one worker fewer than the
    // cores), so they are a long chain, not one core's steady work: alone on a busy machine, 26 min of wall time for
    // 13 min of CPU time, most of it Chromium's. Left to turbo they started late, once other tests were done, then
    // ran on alone for minutes.
    // So they start now, in a lane of their own, beside every other package's checks; what is left (the server's own
    // type check and package check, check:install, the script tests, the release rehearsal) goes to whichever lane
    // is free first. The rehearsal is queued last (it takes about 6 minutes here), so it starts once a lane is free of
    // everything else, though it may run beside check:install.
    const turbo = (...args) => [...pnpm, 'turbo', 'run', ...args, '--only'];
    const scriptTests = readdirSync('scripts').filter((file) => file.endsWith('.test.mjs'));
    const code = await lanes(
      [
        { name: 'server', commands: [turbo('test', `--filter=${slowestTests}`)] },
        {
          name: 'rest',
          commands: [
            turbo(
              'typecheck',
              'typecheck:generators',
              'test',
              'check:package',
              `--filter=!${slowestTests}`,
              '--concurrency=2',
            ),
          ],
        },
      ],
      {
        afterwards: [
          turbo('typecheck', 'check:package', `--filter=${slowestTests}`),
          [...pnpm, 'run', 'check:install'],
          [process.execPath, '--test', ...scriptTests.map((file) => `scripts/${file}`)],
          [...pnpm, 'run', 'rehearse'],
        ],
      },
    );
    process.exit(code);
  },
};

const job = jobs[process.argv[2]];
if (!job) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(jobs).join('|')}`);
  process.exit(2);
}
job();
