import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuild } from '../../tsup.config';
import { pgliteStore } from '../store/pglite';
import { fillStore, welshGardenWaste } from './testing';

// The `lgds-service` bin as a council's staff run it: the command built by tsup with the package's own options, and
// the bin that starts it, run as a program of its own (by its `#!/usr/bin/env node` line, as npm links it), against
// a PGlite data folder.

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let buildDir: string;
let bin: string;
let dataDir: string;

beforeAll(async () => {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const binPath: string = manifest.bin['lgds-service'];
  expect(binPath).toBe('./bin/lgds-service.mjs');
  // Built into a folder of its own (dist may be mid-build), inside the package, so that the bin finds the
  // package's dependencies as an installed one does. tsup takes the dependencies to leave out from the
  // package.json where it runs, as the package's own build does.
  expect(process.cwd()).toBe(packageDir);
  await mkdir(join(packageDir, 'node_modules', '.cache'), { recursive: true });
  buildDir = await mkdtemp(join(packageDir, 'node_modules', '.cache', 'lgds-cli-'));
  await build({ ...cliBuild, outDir: join(buildDir, 'dist'), config: false, silent: true });
  bin = join(buildDir, binPath);
  await mkdir(dirname(bin), { recursive: true });
  await copyFile(join(packageDir, binPath), bin);
  await chmod(bin, 0o755); // as npm does when it links a bin

  dataDir = await mkdtemp(join(tmpdir(), 'lgds-cli-data-'));
  const store = await pgliteStore({ dataDir });
  await fillStore(store);
  await store.close();
}, 300_000);

afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs the bin with DATA_DIR set; resolves with its exit code and outputs, whatever the code. */
function run(args: string[], env: Record<string, string> = { DATA_DIR: dataDir }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      bin,
      args,
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

describe('lgds-service', { timeout: 120_000 }, () => {
  it('starts with the line that makes it a program', async () => {
    expect((await readFile(bin, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('lists, shows, exports and retries against a data folder', async () => {
    const listed = await run(['submissions', 'list']);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout).toMatch(
      /GW-A23CD-X9RTP\s+garden-waste-new\s+2026-07-01 10:05\s+Welsh\s+email dead \(3 attempts\)/,
    );

    const shown = await run(['submissions', 'show', welshGardenWaste.reference]);
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toContain('"postcode": "SY23 1AA"');

    const exported = await run(['submissions', 'export', '--format', 'csv', '--since', '2026-07-01']);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const [welsh] = parse(exported.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(welsh).toMatchObject({ reference: 'GW-A23CD-X9RTP', 'answers.name.last': 'Llŷr' });

    expect(await run(['deliveries', 'retry', welshGardenWaste.reference])).toMatchObject({
      code: 0,
      stdout: '1 dead delivery of GW-A23CD-X9RTP is pending again: the service will try it next.\n',
    });
  });

  it('exits 1 for an unknown reference and 2 for a mistake, with no stack trace', async () => {
    const unknown = await run(['submissions', 'show', 'GW-NOPE']);
    expect(unknown).toMatchObject({ code: 1, stdout: '', stderr: 'No submission has the reference "GW-NOPE".\n' });
    const mistaken = await run(['submissions', 'list', '--limt', '3']);
    expect(mistaken).toMatchObject({ code: 2, stdout: '' });
    expect(mistaken.stderr).toMatch(/^Unknown option '--limt'\.\n\nUsage: lgds-service/);
    const nowhere = await run(['submissions', 'list'], {});
    expect(nowhere).toMatchObject({ code: 1, stdout: '' });
    expect(nowhere.stderr).toMatch(/^Which database\?/);
  });

  it('says plainly that the folder is in use while the service has it open', async () => {
    const service = await pgliteStore({ dataDir }); // this test process stands for the running service
    try {
      const refused = await run(['submissions', 'list']);
      expect(refused).toMatchObject({ code: 1, stdout: '' });
      expect(refused.stderr).toContain(`is in use by process ${process.pid}`);
      expect(refused.stderr).toContain('stop the service while you use lgds-service');
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await service.close();
    }
    expect((await run(['submissions', 'list'])).code).toBe(0);
  });
});
