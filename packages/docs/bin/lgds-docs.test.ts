import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('./lgds-docs.mjs', import.meta.url));
const storybook = fileURLToPath(new URL('../storybook/', import.meta.url));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http, not fetch: fetch would normalise `/../package.json` to `/package.json` before sending it.
function get(origin: string, rawPath: string): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path: rawPath, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

// The URL the bin prints once it listens: `LGDS docs: http://127.0.0.1:<port>`.
function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`lgds-docs printed no URL within 30s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /LGDS docs: (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`lgds-docs exited with ${code} before listening:\n${output}`));
    });
  });
}

describe('lgds-docs, serving the built Storybook', () => {
  let child: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(`${storybook}index.json`)) {
      throw new Error(`no Storybook in ${storybook}: run the build first (pnpm build --filter @lgds/docs...)`);
    }
    child = spawn(process.execPath, [bin, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    origin = await waitForUrl(child);
  });

  afterAll(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it.each(['/', '/iframe.html'])('serves %s as HTML', async (path) => {
    const answer = await get(origin, path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.body).toMatch(/<html/i);
  });

  it('serves index.json, with the stories, to any origin (for Storybook composition)', async () => {
    const answer = await get(origin, '/index.json');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    const index = JSON.parse(answer.body) as { entries: Record<string, unknown> };
    expect(Object.keys(index.entries).some((id) => id.startsWith('components-button'))).toBe(true);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/..%2f..%2fpackage.json'])(
    'serves nothing outside its folder for %s',
    async (path) => {
      const answer = await get(origin, path);
      expect([400, 403, 404]).toContain(answer.status);
      expect(answer.body).not.toContain('"name"');
    },
  );

  it('answers 404 for an unknown path', async () => {
    const answer = await get(origin, '/no-such-page.html');
    expect(answer.status).toBe(404);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('lgds-docs --help', () => {
  it('prints its usage and exits 0', () => {
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: lgds-docs');
    expect(result.stdout).toContain('--port');
  });

  it('refuses an unknown option with exit code 2', () => {
    const result = spawnSync(process.execPath, [bin, '--bad'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bad'");
  });
});
