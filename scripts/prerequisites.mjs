/**
 * What `npm test` needs besides Node and npm: Chromium for the browser tests and PostgreSQL for the server's store
 * tests. Checked before anything else runs, so a newcomer learns in a second what to install rather than meeting a
 * Vitest "unhandled error" minutes later. When this machine lets us (root and apt-get), they are installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the browser tests look for Chromium: `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** The folder holding PostgreSQL's `initdb`: `PG_BIN`, or Debian's newest `/usr/lib/postgresql/<version>/bin`. */
export function postgresBin(env = process.env, exists = existsSync, list = safeList) {
  if (env.PG_BIN) return exists(join(env.PG_BIN, 'initdb')) ? env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  const versions = list(root)
    .filter((version) => /^\d+$/.test(version) && exists(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

function safeList(folder) {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** The Debian packages `npm test` needs, each with how to tell it is there. */
export const needs = [
  {
    name: 'Chromium',
    debianPackage: 'chromium',
    found: (env, exists) => exists(chromiumPath(env)),
    otherwise: 'or set CHROMIUM_PATH to a Chromium or Chrome binary',
  },
  {
    name: 'PostgreSQL',
    debianPackage: 'postgresql',
    found: (env, exists, list) => postgresBin(env, exists, list) !== undefined,
    otherwise: 'or set PG_BIN to a folder holding initdb and pg_ctl',
  },
];

/**
 * Decides what to do about missing prerequisites: nothing, install them with apt-get (only where installing is ours to
 * do: as root, or with password-less sudo as on CI machines, and with apt-get there), or stop with the exact command.
 *
 * @param options.asAdmin how to run a command as root: `[]` when we are root, `['sudo', '-n']`, or undefined.
 * @returns `{ missing: [] }`, `{ missing, install: [command, ...args][] }` or `{ missing, message }`.
 */
export function plan({ env = process.env, exists = existsSync, list = safeList, asAdmin, hasAptGet }) {
  const missing = needs.filter((need) => !need.found(env, exists, list));
  if (missing.length === 0) return { missing };
  const packages = missing.map((need) => need.debianPackage);
  if (asAdmin && hasAptGet) {
    return {
      missing,
      install: [
        [...asAdmin, 'apt-get', 'update', '-qq'],
        [...asAdmin, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', ...packages],
      ],
    };
  }
  const lines = [
    `npm test needs ${missing.map((need) => need.name).join(' and ')}, which this machine does not have. Install with:`,
    '',
    `  sudo apt-get install -y ${packages.join(' ')}`,
    '',
    ...missing.map((need) => `(${need.name}: ${need.otherwise}.)`),
  ];
  return { missing, message: lines.join('\n') };
}

/** Checks, installs what it may, and exits with the command to run when it may not. */
export function ensurePrerequisites() {
  const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const decision = plan({
    asAdmin: isRoot ? [] : succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined,
    hasAptGet: succeeds('apt-get', ['--version']),
  });
  if (decision.missing.length === 0) return;
  if (decision.message) {
    console.error(decision.message);
    process.exit(1);
  }
  console.log(`\nInstalling ${decision.missing.map((need) => need.name).join(' and ')} for the tests (apt-get).`);
  for (const [command, ...args] of decision.install) {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(
        `\n${[command, ...args].join(' ')} failed: install the packages yourself, then run npm test again.`,
      );
      process.exit(1);
    }
  }
}

// `node scripts/prerequisites.mjs` runs the check on its own, as CI does before `npm test`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) ensurePrerequisites();
