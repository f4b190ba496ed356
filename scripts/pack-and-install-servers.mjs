/**
 * Helpers for the last phase of scripts/pack-and-install.mjs, which runs @lgds/server as a council would: start a
 * council's server as a child process, wait until it answers, walk it as a resident's browser without JavaScript,
 * and stop it (and every process it started) whatever happens.
 *
 * Everything here talks to loopback only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const onWindows = process.platform === 'win32';
const loopback = '127.0.0.1';

/** The servers started and not yet stopped, so that an interrupted or crashing run still ends them. */
const running = new Set();

process.on('exit', killAllServers);

/** A random secret of 48 characters, as a council keeps in SESSION_SECRET. */
export function randomSecret() {
  return randomBytes(36).toString('base64url');
}

/** A port on loopback that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, loopback, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server in its own process group, with its output going to logFile (a file, not a pipe, so a chatty
 * server never blocks on a full pipe while this script is busy). `stop()` ends the whole group.
 */
export function startServer(command, args, { cwd, env, logFile }) {
  const log = openSync(logFile, 'w');
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log], detached: true, windowsHide: true });
  closeSync(log);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code));
    child.once('error', (error) => resolve(error.message));
  });
  const server = {
    child,
    exited,
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    output: () => readFileSync(logFile, 'utf8'),
    stop: () => stopServer(server),
  };
  running.add(server);
  return server;
}

/** `next start` for a built Next.js app, on a free loopback port: the server (as `startServer` gives it) and its origin. */
export async function startNext(next, appDir, env) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = startServer(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env,
    logFile: join(appDir, 'next-start.log'),
  });
  return { server, origin };
}

/** Ends a server's whole process group: politely, then, after a few seconds, not. */
async function stopServer(server) {
  running.delete(server);
  signalGroup(server.child, 'SIGTERM');
  const stopped = await Promise.race([server.exited.then(() => true), sleep(5000).then(() => false)]);
  // The group may outlive its leader (`next start` runs workers), so it is killed either way.
  signalGroup(server.child, 'SIGKILL');
  if (!stopped) await Promise.race([server.exited, sleep(5000)]);
}

/** Kills every server still running at once: for when the run is interrupted or dies. */
export function killAllServers() {
  for (const server of running) signalGroup(server.child, 'SIGKILL');
  running.clear();
}

function signalGroup(child, signal) {
  if (child.pid === undefined) return;
  if (onWindows) {
    if (signal === 'SIGKILL') spawnSync('taskkill', ['/pid', String(child.pid), '/t', '/f'], { stdio: 'ignore' });
    else child.kill(signal);
    return;
  }
  try {
    process.kill(-child.pid, signal); // a negative id signals the process group the detached child leads
  } catch (error) {
    if (error.code !== 'ESRCH') throw error; // ESRCH: the group has already gone
  }
}

/** Waits until the server answers any HTTP request at origin; returns how long that took, in milliseconds. */
export async function waitUntilListening(server, origin, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (server.hasExited()) throw new Error(`it exited (${await server.exited}) before listening`);
    try {
      await fetch(origin, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      return Date.now() - started;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`nothing answered at ${origin} within ${timeoutMs / 1000}s`);
}

/**
 * A resident's browser without JavaScript: it keeps cookies, follows no redirect by itself, and posts forms as
 * `application/x-www-form-urlencoded`.
 */
class Browser {
  cookies = new Map();

  constructor(origin) {
    this.origin = origin;
  }

  async request(method, path, form) {
    const headers = new Headers();
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const body = form && new URLSearchParams(form);
    if (body) headers.set('content-type', 'application/x-www-form-urlencoded');
    const response = await fetch(new URL(path, this.origin), {
      method,
      headers,
      body,
      redirect: 'manual',
      // The first request waits for the store: PGlite creating its database takes seconds, and more on a busy machine.
      signal: AbortSignal.timeout(120_000),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const equals = pair.indexOf('=');
      if (/;\s*Max-Age=0/i.test(cookie)) this.cookies.delete(pair.slice(0, equals));
      else this.cookies.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
    const text = await response.text();
    const location = response.headers.get('location');
    return {
      what: `${method} ${path}`,
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      // Where a redirect goes, as a path on this origin (a server may send it relative or absolute).
      location: location === null ? null : pathOf(new URL(location, new URL(path, this.origin))),
      text,
    };
  }
}

function pathOf(url) {
  return `${url.pathname}${url.search}`;
}

function expectStatus(response, status) {
  if (response.status !== status) {
    throw new Error(`${response.what} answered ${response.status}, not ${status}\n${response.text.slice(0, 600)}`);
  }
}

function expectRedirect(response, path) {
  expectStatus(response, 303);
  if (response.location !== path) {
    throw new Error(`${response.what} sent the resident to ${response.location}, not ${path}`);
  }
}

/** The value of an attribute of the first tag that matches, HTML entities in it decoded. */
function attribute(html, tagPattern, name) {
  const tag = html.match(tagPattern)?.[0];
  const value = tag?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  return value
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}

/**
 * Starts garden waste at `{basePath}/garden-waste-new` and answers the address as a resident without JavaScript:
 * 303 to the address page with a session cookie, the page's form with its CSRF token, a post of the address, 303
 * to the property page, and that page asking its question. Returns the stylesheet the pages link to.
 */
export async function walkGardenWaste(origin, basePath) {
  const walkStarted = Date.now();
  const browser = new Browser(origin);
  const start = `${basePath}/garden-waste-new`;

  const started = await browser.request('GET', start);
  expectRedirect(started, `${start}/address`);
  if (browser.cookies.size === 0) throw new Error(`${started.what} set no session cookie`);

  const addressPage = await browser.request('GET', started.location);
  expectStatus(addressPage, 200);
  const form = /<form\s[^>]*method="post"[^>]*>/i;
  const action = attribute(addressPage.text, form, 'action');
  const csrf = attribute(addressPage.text, /<input\s[^>]*name="_csrf"[^>]*>/, 'value');
  if (!action || !csrf) throw new Error(`${addressPage.what} has no form with a _csrf field`);

  const address = { _csrf: csrf, line1: '1 High Street', town: 'Exampleton', postcode: 'EX1 1AA' };
  const posted = await browser.request('POST', action, address);
  expectRedirect(posted, `${start}/property`);

  const propertyPage = await browser.request('GET', posted.location);
  expectStatus(propertyPage, 200);
  if (!propertyPage.text.includes('What type of property is it?')) {
    throw new Error(`${propertyPage.what} does not ask what type of property it is`);
  }
  const stylesheet = attribute(propertyPage.text, /<link\s[^>]*rel="stylesheet"[^>]*>/, 'href');
  const statuses = [started, addressPage, posted, propertyPage].map((response) => response.status).join(', ');
  return { stylesheet, steps: `${statuses} in ${((Date.now() - walkStarted) / 1000).toFixed(1)}s` };
}

/** Fetches govuk-frontend's CSS as the service serves it. */
export async function fetchStylesheet(origin, path) {
  const css = await new Browser(origin).request('GET', path);
  expectStatus(css, 200);
  if (!css.type.startsWith('text/css')) throw new Error(`${css.what} is ${css.type || 'untyped'}, not text/css`);
  if (!css.text.includes('.govuk-template')) throw new Error(`${css.what} is not govuk-frontend's CSS`);
  return `${css.type}, ${Math.round(css.text.length / 1024)} kB`;
}

function sleep(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
