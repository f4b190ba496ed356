/**
 * build-styles: writes dist/styles.css, the one stylesheet a council imports (`import '@lgds/react/styles.css'`, or
 * a plain <link>), compiled from govuk-frontend's Sass by styles/compiled.scss: Arial (or the council's font) in
 * place of GDS Transport, no crest, and images linked relative to the stylesheet, copied beside it in
 * dist/assets/images.
 *
 * govuk-frontend's Sass keeps two Internet Explorer hacks, `@media screen\0 { … }` (details) and
 * `@media … and (min-width: 0\0) { … }` (service navigation), with no setting to leave them out. They are not valid
 * media queries, so Lightning CSS (Vite 8's minifier, Next's Turbopack) stops the build on them. Every other
 * browser already ignores those blocks, so removing them whole, as here, changes nothing a resident sees.
 *
 * Usage: `node scripts/build-styles.mjs [out-dir]` (default: dist). Any Sass warning fails the build.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as sass from 'sass';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const govukDir = join(dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist', 'govuk');
const outDir = resolve(packageDir, process.argv[2] ?? 'dist');

// Sass writes `\0` as U+FFFD in compressed output; `\9` is the other IE hack. Neither belongs in a media query.
const legacyHack = /\\0|\\9|\uFFFD/;
const imageUrl = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

const warnings = [];
const compiled = sass.compile(join(packageDir, 'styles', 'compiled.scss'), {
  loadPaths: [join(packageDir, 'node_modules')],
  style: 'compressed',
  logger: { warn: (message) => warnings.push(message), debug: () => {} },
});
if (warnings.length > 0) fail(`Sass warned:\n${warnings.join('\n')}`);

const { css, removed } = withoutLegacyHacks(compiled.css);
if (removed.length === 0) fail('found none of govuk-frontend’s Internet Explorer hacks: has govuk-frontend changed?');
if (legacyHack.test(css.replace(/"[^"]*"/g, ''))) fail('an Internet Explorer hack is left outside an @media rule');

mkdirSync(outDir, { recursive: true });
const images = copyImages(css);
writeFileSync(join(outDir, 'styles.css'), css);

const govuk = readFileSync(join(govukDir, 'govuk-frontend.min.css'));
console.log(
  `styles.css: ${size(css)} (govuk-frontend.min.css: ${size(govuk)}); removed ${removed.length} Internet Explorer ` +
    `hacks (${removed.join(', ')}); ${images.length} images${images.length ? ` (${images.join(', ')})` : ''}`,
);

/**
 * The stylesheet without its `@media` rules whose query is an Internet Explorer hack (each removed whole, with
 * everything nested in it), and the queries removed.
 */
function withoutLegacyHacks(text) {
  const removed = [];
  let result = '';
  let index = 0;
  while (index < text.length) {
    const at = text.indexOf('@media', index);
    if (at === -1) break;
    const open = text.indexOf('{', at);
    const query = text.slice(at + '@media'.length, open).trim();
    if (!legacyHack.test(query)) {
      result += text.slice(index, open + 1);
      index = open + 1;
      continue;
    }
    result += text.slice(index, at);
    index = endOfBlock(text, open);
    removed.push(`@media ${query.replace('\uFFFD', '\\0')}`);
  }
  return { css: result + text.slice(index), removed };
}

// The index just after the `}` that closes the block opened at `open`, skipping braces inside strings.
function endOfBlock(text, open) {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"' || char === "'") index = text.indexOf(char, index + 1);
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return index + 1;
  }
  fail(`unclosed block at ${open}`);
}

// Every image the stylesheet links to must be one of govuk-frontend's, at ./assets/images/, copied there.
function copyImages(text) {
  const names = [...new Set([...text.matchAll(imageUrl)].map((match) => match[1]))];
  for (const url of names) {
    if (!/^\.\/assets\/images\/[\w.-]+$/.test(url)) fail(`the stylesheet links to ${url}, outside ./assets/images`);
    mkdirSync(join(outDir, 'assets', 'images'), { recursive: true });
    copyFileSync(join(govukDir, url.slice('./'.length)), join(outDir, url));
  }
  return names;
}

function size(text) {
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  return `${kB(Buffer.byteLength(text))}, ${kB(gzipSync(text).length)} gzipped`;
}

function fail(message) {
  console.error(`build-styles: ${message}`);
  process.exit(1);
}
