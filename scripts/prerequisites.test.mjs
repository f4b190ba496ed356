import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plan, postgresBin } from './prerequisites.mjs';

const machine = (files, folders = {}) => ({
  exists: (path) => files.includes(path),
  list: (folder) => folders[folder] ?? [],
});
const everything = machine(['/usr/bin/chromium', '/usr/lib/postgresql/15/bin/initdb'], {
  '/usr/lib/postgresql': ['15'],
});
const bare = machine([]);

describe('what npm test needs before it starts', () => {
  it('goes ahead when Chromium and PostgreSQL are installed', () => {
    assert.deepEqual(plan({ env: {}, ...everything, asAdmin: undefined, hasAptGet: false }).missing, []);
  });

  it('stops at once with the exact command when it may not install them', () => {
    const decision = plan({ env: {}, ...bare, asAdmin: undefined, hasAptGet: true });
    assert.deepEqual(
      decision.missing.map((need) => need.name),
      ['Chromium', 'PostgreSQL'],
    );
    assert.equal(decision.install, undefined);
    assert.match(decision.message, /sudo apt-get install -y chromium postgresql/);
    assert.match(decision.message, /CHROMIUM_PATH/);
  });

  it('installs only what is missing where it may (root or password-less sudo, with apt-get)', () => {
    const decision = plan({
      env: {},
      ...machine(['/usr/bin/chromium']),
      asAdmin: ['sudo', '-n'],
      hasAptGet: true,
    });
    assert.deepEqual(decision.install?.at(-1)?.slice(0, 2), ['sudo', '-n']);
    assert.deepEqual(decision.install?.at(-1)?.slice(-1), ['postgresql']);
  });

  it('takes CHROMIUM_PATH and PG_BIN over the Debian places', () => {
    const own = machine(['/opt/chrome/chrome', '/opt/pg/bin/initdb']);
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome', PG_BIN: '/opt/pg/bin' };
    assert.deepEqual(plan({ env, ...own, asAdmin: undefined, hasAptGet: false }).missing, []);
    const wrong = plan({ env: { CHROMIUM_PATH: '/nowhere' }, ...everything, asAdmin: undefined, hasAptGet: false });
    assert.deepEqual(
      wrong.missing.map((need) => need.name),
      ['Chromium'],
    );
  });

  it('uses the newest PostgreSQL Debian has installed', () => {
    const two = machine(['/usr/lib/postgresql/15/bin/initdb', '/usr/lib/postgresql/17/bin/initdb'], {
      '/usr/lib/postgresql': ['15', '17', 'README'],
    });
    assert.equal(postgresBin({}, two.exists, two.list), '/usr/lib/postgresql/17/bin');
  });
});
