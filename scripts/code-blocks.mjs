/**
 * code-blocks: the code a council copies from our documentation, found in one place so that every check of it
 * reads the same blocks. scripts/pack-and-install-docs.mjs type-checks them against the packed packages; the
 * packages' readme tests check that what they import exists.
 *
 * A block is a fenced block of a README or MDX guide, or a TSDoc `@example` in a package's source. Only the
 * languages in `compiledLanguages` are code a council compiles; the rest (sh, json, text) are shown, not run. A
 * block that cannot compile on its own says why in the source, on the line before it:
 * `<!-- not-compiled: reason -->` in Markdown, `{/* not-compiled: reason *\/}` in MDX.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The fence languages that are type-checked: what a council pastes into a TypeScript or JavaScript file. */
export const compiledLanguages = new Set(['ts', 'tsx', 'js', 'mjs']);

/**
 * Every file of documentation a council reads, relative to the workspace root: the READMEs (the root's, each
 * package's and each app's) and the Storybook guides.
 */
export function documentationFiles(workspaceRoot) {
  const readmesIn = (folder) =>
    subfolders(join(workspaceRoot, folder))
      .map((name) => `${folder}/${name}/README.md`)
      .filter((file) => existsSync(join(workspaceRoot, file)));
  return [
    'README.md',
    ...readmesIn('packages'),
    ...readmesIn('apps'),
    ...filesUnder(workspaceRoot, 'apps/docs/stories', (name) => name.endsWith('.mdx')),
  ];
}

/** Every published source file of every package, whose TSDoc a council reads in its editor (tests excluded). */
export function tsdocSourceFiles(workspaceRoot) {
  return subfolders(join(workspaceRoot, 'packages')).flatMap((name) =>
    filesUnder(workspaceRoot, `packages/${name}/src`, (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file)),
  );
}

/**
 * The code blocks of one file, by its name: fenced blocks in Markdown and MDX, `@example` blocks in TypeScript.
 * Each is `{ file, line, language, code, fileName?, skip? }`: `line` is where its code starts in the file.
 */
export function codeBlocksOf(workspaceRoot, file) {
  const text = readFileSync(join(workspaceRoot, file), 'utf8');
  const blocks = /\.tsx?$/.test(file) ? tsdocExamples(text, file.endsWith('.tsx') ? 'tsx' : 'ts') : fencedBlocks(text);
  return blocks.map((block) => ({ file, ...block }));
}

/** Every block of every documentation file and every TSDoc example, in the order a reader meets them. */
export function allCodeBlocks(workspaceRoot) {
  return [...documentationFiles(workspaceRoot), ...tsdocSourceFiles(workspaceRoot)].flatMap((file) =>
    codeBlocksOf(workspaceRoot, file),
  );
}

/**
 * The fenced blocks of a Markdown or MDX text: `{ line, language, meta, code, fileName?, skip? }`, where `meta` is
 * the rest of the fence's info string and `line` the first line of code (1-based).
 */
export function fencedBlocks(text, firstLine = 1) {
  const lines = text.split('\n');
  const blocks = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', language = '', meta = ''] = open;
    const body = [];
    let end = index + 1;
    while (end < lines.length && !isClosingFence(lines[end] ?? '', fence)) {
      body.push((lines[end] ?? '').replace(new RegExp(`^ {0,${indent.length}}`), ''));
      end += 1;
    }
    const code = body.length > 0 ? `${body.join('\n')}\n` : '';
    blocks.push(describeBlock({ line: firstLine + index + 1, language, meta, code }, skipReason(lines, index)));
    index = end;
  }
  return blocks;
}

/**
 * The `@example` blocks of the TSDoc comments in a TypeScript source: everything after the tag up to the next tag
 * or the end of the comment, or the fenced blocks in it when it has any.
 */
export function tsdocExamples(text, language = 'ts') {
  const examples = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const commentLine = lineAt(text, comment.index ?? 0);
    const lines = (comment[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    for (let index = 0; index < lines.length; index += 1) {
      if (!/^@example\b/.test(lines[index] ?? '')) continue;
      let end = index + 1;
      while (end < lines.length && !/^@\w/.test(lines[end] ?? '')) end += 1;
      const body = lines.slice(index + 1, end);
      while (body.length > 0 && body.at(-1)?.trim() === '') body.pop();
      const firstCodeLine = commentLine + index + 1;
      const fenced = fencedBlocks(body.join('\n'), firstCodeLine);
      examples.push(
        ...(fenced.length > 0
          ? fenced
          : [describeBlock({ line: firstCodeLine, language, meta: '', code: `${body.join('\n')}\n` })]),
      );
      index = end - 1;
    }
  }
  return examples;
}

/**
 * The names a block imports at run time, by module: `{ from, names, line }` for each `import … from` with named or
 * default bindings. Type-only imports are left out: only a compiler can check those.
 */
export function runtimeImports(code) {
  const imports = [];
  for (const statement of code.matchAll(/^import\s+(?!type\s)([\s\S]*?)\s+from\s+['"]([^'"]+)['"]/gm)) {
    const clause = statement[1] ?? '';
    const named = /\{([\s\S]*)\}/.exec(clause)?.[1] ?? '';
    const names = named
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '' && !part.startsWith('type '))
      .map((part) => part.split(/\s+as\s+/)[0] ?? part);
    const defaultName = /^([A-Za-z_$][\w$]*)\s*(,|$)/.exec(clause.trim());
    if (defaultName) names.push('default');
    if (names.length > 0) {
      imports.push({ from: statement[2] ?? '', names, line: lineAt(code, statement.index ?? 0) });
    }
  }
  return imports;
}

/**
 * The names the documentation's compiled blocks import at run time from one module that are not among `exports`
 * (the module's namespace), each with where it is: `{ where, name }`, `where` being `file:line`. A package's tests
 * call it to check its documentation in milliseconds, without building or packing it.
 */
export function missingImports(workspaceRoot, moduleName, exports) {
  return documentedImports(workspaceRoot, moduleName).filter(({ name }) => !Object.hasOwn(exports, name));
}

/** Every name the documentation's compiled blocks import at run time from one module: `{ where, name }`. */
export function documentedImports(workspaceRoot, moduleName) {
  return allCodeBlocks(workspaceRoot)
    .filter((block) => compiledLanguages.has(block.language) && !block.skip)
    .flatMap((block) =>
      runtimeImports(block.code)
        .filter((found) => found.from === moduleName)
        .flatMap((found) =>
          found.names.map((name) => ({ where: `${block.file}:${block.line + found.line - 1}`, name })),
        ),
    );
}

/**
 * Where a block says it lives in a council's project: a first line naming the file (`// lib/garden-waste.ts`), or
 * `title="garden-waste-rules.json"` on the fence. Blocks of one document can then import each other.
 */
function blockFileName(code, meta) {
  const titled = /\btitle="([^"]+)"/.exec(meta)?.[1];
  if (titled) return titled;
  return /^\/\/ ((?:[\w.@[\]-]+\/)*[\w.@[\]-]+\.(?:tsx?|m?js|json))(?=[\s,:;]|$)/.exec(code)?.[1];
}

function describeBlock(block, skip) {
  const language = block.language.toLowerCase();
  const fileName = blockFileName(block.code, block.meta);
  return { ...block, language, ...(fileName && { fileName }), ...(skip && { skip }) };
}

// The marker must be the last thing before the fence (blank lines aside), so it cannot silence a block by accident.
function skipReason(lines, fenceIndex) {
  let index = fenceIndex - 1;
  while (index >= 0 && (lines[index] ?? '').trim() === '') index -= 1;
  const marker = /^\s*(?:<!--|\{\/\*)\s*not-compiled:\s*(.+?)\s*(?:-->|\*\/\})\s*$/.exec(lines[index] ?? '');
  return marker?.[1];
}

function isClosingFence(line, fence) {
  const match = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return match !== null && match[1]?.[0] === fence[0] && (match[1]?.length ?? 0) >= fence.length;
}

function lineAt(text, offset) {
  return text.slice(0, offset).split('\n').length;
}

function subfolders(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

function filesUnder(workspaceRoot, folder, wanted) {
  const dir = join(workspaceRoot, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && wanted(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => relative(workspaceRoot, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
