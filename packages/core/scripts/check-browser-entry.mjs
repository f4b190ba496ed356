// Run by `check:package`, after the build: the built browser entries (the main one and `./fields`), as a council's
// bundler reads them for a browser page.
// Bundlers skip a whole file nothing is used from (the package has no side effects) but most cannot drop part of a
// file, so zod, which only a server needs, must not be imported by the main entry's own file or the chunks it shares
// with the server part, nor may the main entry import the server part: only server.js imports zod.
import { readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const importsOf = (file) =>
  [...readFileSync(new URL(file, dist), 'utf8').matchAll(/^(?:import|export)[^;]*?from\s*"([^"]+)"/gms)].map(
    ([, from]) => from,
  );

const entries = ['./index.js', './fields.js'];
const chunks = entries.flatMap((entry) => importsOf(entry).filter((from) => from.startsWith('./chunk-')));
const browserFiles = [...new Set([...entries, ...chunks])];
const zodImports = browserFiles.flatMap((file) =>
  importsOf(file)
    .filter((from) => from === 'zod' || from.startsWith('zod/'))
    .map((from) => `${file} imports ${from}`),
);
const problems = [
  ...zodImports,
  ...entries
    .filter((entry) => importsOf(entry).includes('./server.js'))
    .map((entry) => `${entry} imports the server part`),
  ...(importsOf('server.js').some((from) => from.startsWith('zod')) ? [] : ['server.js imports no zod: is it built?']),
];
if (problems.length > 0) {
  console.error(`@lgds/core's browser entries would send zod to browsers:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`@lgds/core: ${browserFiles.join(', ')} import no zod; server.js does`);
