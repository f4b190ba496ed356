#!/usr/bin/env node
/**
 * lgds-docs: serves the LGDS Storybook that ships in this package (storybook/, next to this folder) over HTTP, on
 * loopback by default, with no internet. Any origin may read it (Access-Control-Allow-Origin: *), so a council's
 * own Storybook can compose it with `refs`. sirv serves the files and refuses paths outside the folder.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const usage = `Usage: lgds-docs [--port <port>] [--host <host>]

Serves the LGDS docs (a Storybook) for the installed @lgds/docs version, with no internet.

  --port <port>  the port to listen on (default 6006; 0 picks a free one)
  --host <host>  the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --help         shows this help

A council's own Storybook can compose these docs: add to its .storybook/main.ts
  refs: { lgds: { title: 'Council transactions (LGDS)', url: 'http://localhost:<port>' } }
`;

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`lgds-docs: ${message}\n\n${usage}`);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '6006' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const options = readOptions();

if (options.help) {
  process.stdout.write(usage);
  process.exit(0);
}

const port = Number(options.port);
if (!/^\d+$/.test(options.port) || port > 65_535)
  fail(`--port must be a whole number from 0 to 65535, got ${options.port}`);

const root = fileURLToPath(new URL('../storybook/', import.meta.url));
if (!existsSync(`${root}index.html`)) {
  console.error(`lgds-docs: no Storybook in ${root}: this copy of @lgds/docs was not built (run its build first).`);
  process.exit(1);
}

// `dotfiles: false` and sirv's own path handling keep every request inside root; unknown paths are 404.
const serve = sirv(root, { etag: true, dotfiles: false });

const server = createServer((request, response) => {
  response.setHeader('Access-Control-Allow-Origin', '*');
  serve(request, response, () => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.end('Not found\n');
  });
});

server.on('error', (error) => {
  console.error(`lgds-docs: could not listen on ${options.host}:${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, options.host, () => {
  const address = server.address();
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`LGDS docs: http://${shownHost}:${listening}`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // Should a connection hang on, do not wait for it.
  setTimeout(() => process.exit(0), 2000).unref();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
