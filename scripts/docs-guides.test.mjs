// The Storybook guides (apps/docs/stories/*.mdx) as Storybook compiles them: with its own MDX compiler (the one
// @storybook/addon-docs bundles) and the options .storybook/main.ts gives it, from .storybook/mdx-options.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const docsDir = fileURLToPath(new URL('../apps/docs/', import.meta.url));
const fromDocs = createRequire(join(docsDir, 'package.json'));
const { default: mdxLoader } = await import(pathToFileURL(fromDocs.resolve('@storybook/addon-docs/mdx-loader')));
const { mdxCompileOptions } = await import(pathToFileURL(join(docsDir, '.storybook', 'mdx-options.mjs')));

/** A guide compiled to JavaScript, through the loader Storybook's builders use, as Storybook compiles it. */
function compileGuide(name) {
  const resourcePath = join(docsDir, 'stories', name);
  return new Promise((resolve, reject) => {
    const context = {
      resourcePath,
      getOptions: () => ({ mdxCompileOptions }),
      async: () => (error, code) => (error ? reject(error) : resolve(String(code))),
    };
    mdxLoader.call(context, readFileSync(resourcePath, 'utf8'));
  });
}

test('Storybook is given the guides’ MDX options', () => {
  const main = readFileSync(join(docsDir, '.storybook', 'main.ts'), 'utf8');
  assert.match(main, /import \{ mdxCompileOptions \} from '\.\/mdx-options\.mjs'/);
  assert.match(main, /mdxPluginOptions: \{ mdxCompileOptions \}/);
});

test('the Introduction’s “Who it is for” is a table, not lines of | characters', async () => {
  const code = await compileGuide('Introduction.mdx');
  assert.match(code, /_components\.table/);
  assert.match(code, /children: "You are"/);
  assert.doesNotMatch(code, /\| You are/);
});

test('the Introduction names council tax’s services beside garden waste', () => {
  const introduction = readFileSync(join(docsDir, 'stories', 'Introduction.mdx'), 'utf8');
  for (const service of ['garden waste', 'single person discount', 'moving home', 'Direct Debit']) {
    assert.ok(introduction.includes(service), `the Introduction does not mention ${service}`);
  }
});
