// The parts of the release rehearsal that read a build's output: which lines warn, and what the site's enhance
// bundle sends. The rehearsal itself runs as the last step of `npm test`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { enhanceSizes, warningLines } from './rehearse-release.mjs';

test('a warning in a build is any line with ⚠, warn or Warning:, but not a route named so', () => {
  const output = [
    '▲ Next.js 16.4.6 (Turbopack)',
    ' ⚠ Using edge runtime on a page currently disables static generation for that page',
    'npm warn deprecated glob@7.2.3',
    'Warning: React does not recognize the `fooBar` prop',
    '(node:123) [DEP0040] DeprecationWarning: the punycode module is deprecated',
    '┌ ƒ /services/warnings',
    '├ ƒ /warn',
    '✓ Compiled successfully in 27.5s',
    'Compiled with 2 warnings',
  ].join('\n');
  assert.deepEqual(warningLines(output), [
    ' ⚠ Using edge runtime on a page currently disables static generation for that page',
    'npm warn deprecated glob@7.2.3',
    'Warning: React does not recognize the `fooBar` prop',
    '(node:123) [DEP0040] DeprecationWarning: the punycode module is deprecated',
    'Compiled with 2 warnings',
  ]);
});

test('the enhance bundle: what every service page loads, and each journey on demand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgds-enhance-'));
  try {
    mkdirSync(join(dir, 'enhance'));
    const write = (name, source) => writeFileSync(join(dir, 'enhance', name), source);
    write(
      'enhance.js',
      'import{a as b}from"./chunk-AAAAAAAA.js";b({"garden-waste-new":{en:async()=>(await import("./en-BBBBBBBB.js")).x}});',
    );
    write('chunk-AAAAAAAA.js', `export const a=${JSON.stringify('react '.repeat(200))};`);
    write('en-BBBBBBBB.js', 'import"./chunk-AAAAAAAA.js";import"./chunk-CCCCCCCC.js";export const j=1;');
    write('chunk-CCCCCCCC.js', 'export const c=2;');
    const sizes = enhanceSizes(dir);
    assert.equal(sizes.entry, join('enhance', 'enhance.js'));
    assert.deepEqual(
      sizes.journeys.map(({ name }) => name),
      ['garden-waste-new en'],
    );
    assert.ok(sizes.sharedKB > 0 && sizes.journeys[0].kB > 0);
    // The journey's own chunks only: the chunk every page already has is not counted again.
    assert.ok(sizes.journeys[0].kB < 0.2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no enhance bundle, no figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgds-enhance-'));
  try {
    assert.equal(enhanceSizes(dir), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
