/**
 * pack-and-install-docs: the proof that what our documentation shows compiles for a council.
 *
 * A council developer copies examples from the READMEs, the Storybook guides and the TSDoc their editor shows. An
 * example that imports a name the package does not export, or passes an option that does not exist, costs them an
 * afternoon in the types. So scripts/pack-and-install.mjs calls this with its fresh project, where the packed
 * tarballs are installed as npm installs them, and every ```ts, ```tsx, ```js and ```mjs block (found by
 * scripts/code-blocks.mjs) is written there as a file and type-checked with `tsc --noEmit`, strict, as a council's
 * bundled site compiles it. A failure names the document and the line of the example.
 *
 * Blocks of one document that name their file on their first line (`// lib/garden-waste.ts`, or
 * `title="garden-waste-rules.json"` on a JSON fence) are written at that path, so they import each other as the
 * document says.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { allCodeBlocks, compiledLanguages } from './code-blocks.mjs';
import { check, installFlags, nextVersion, plural, run, workspaceRoot, writeJson } from './pack-and-install.mjs';

// What the examples import besides our packages and their peers, with the versions a council would install today:
// Ajv and ajv-formats to check payloads against the published JSON Schemas, Next.js for its config's types.
const exampleDependencies = () => ['ajv@8', 'ajv-formats@3', `next@${nextVersion}`];

const docsFolder = 'docs';

/**
 * Type-checks every compiled code block of the documentation in the council's project, where the tarballs are
 * already installed; prints each skipped block with its reason and records one check per document. `wanted` picks
 * the documents (by their path from the workspace root): all of them unless it is given.
 */
export function typeCheckDocumentation(projectDir, wanted = () => true) {
  const blocks = allCodeBlocks(workspaceRoot).filter((block) => wanted(block.file));
  const compiled = blocks.filter((block) => compiledLanguages.has(block.language));
  for (const block of compiled.filter((each) => each.skip)) {
    console.log(`  - ${block.file}:${block.line}: not compiled (${block.skip})`);
  }
  const checked = compiled.filter((block) => !block.skip);
  const installed = check(`npm install ${exampleDependencies().join(', ')}, which the examples import`, () => {
    run('npm', ['install', ...installFlags, ...exampleDependencies()], projectDir);
  });
  if (!installed) return;

  const written = writeBlocks(blocks, checked, projectDir);
  writeJson(join(projectDir, 'tsconfig.docs.json'), {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      // Each block is a module of its own, even one without imports, as a file of the council's would be.
      moduleDetection: 'force',
      jsx: 'react-jsx',
      resolveJsonModule: true,
      allowJs: true,
      checkJs: true,
      isolatedModules: true,
      // The packages' own declarations are checked by the consumer type-check; here only the examples are.
      skipLibCheck: true,
      types: ['node'],
    },
    include: [`${docsFolder}/**/*`],
  });
  const errors = typeCheckErrors(projectDir);

  const documents = [...new Set(checked.map((block) => block.file))];
  for (const document of documents) {
    const own = written.filter((each) => each.block.file === document);
    check(`${document}: ${plural(own.length, 'code block')} compile`, () => {
      const failures = own.flatMap(({ path, block }) =>
        (errors.get(path) ?? []).map((error) => `${block.file}:${block.line + error.line - 1}: ${error.message}`),
      );
      if (failures.length > 0) throw new Error(failures.join('\n'));
    });
  }
  const elsewhere = [...errors].filter(([path]) => !written.some((each) => each.path === path));
  if (elsewhere.length > 0) {
    check('tsc reports nothing outside the examples', () => {
      throw new Error(elsewhere.flatMap(([path, list]) => list.map((error) => `${path}: ${error.message}`)).join('\n'));
    });
  }
}

// One folder a document; a block goes at the path it names, or block-<line>.<language>. Named JSON blocks are
// written too (not checked), as the data the examples import.
function writeBlocks(blocks, checked, projectDir) {
  const named = blocks.filter((block) => block.language === 'json' && block.fileName);
  rmSync(join(projectDir, docsFolder), { recursive: true, force: true });
  const written = [];
  for (const block of [...checked, ...named]) {
    const folder = join(docsFolder, block.file.replace(/[^\w.-]+/g, '_'));
    const path = join(folder, block.fileName ?? `block-${block.line}.${block.language}`)
      .split('\\')
      .join('/');
    mkdirSync(dirname(join(projectDir, path)), { recursive: true });
    writeFileSync(join(projectDir, path), block.code);
    if (compiledLanguages.has(block.language)) written.push({ path, block });
  }
  return written;
}

// tsc's errors by file, as `{ line, message }`. tsc exits non-zero when there are errors, which is expected here:
// they are reported per document, so this reads its output rather than failing on its exit code.
function typeCheckErrors(projectDir) {
  const tsc = join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.docs.json', '--pretty', 'false'], {
    cwd: projectDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const errors = new Map();
  let last;
  for (const line of `${result.stdout}${result.stderr}`.split('\n')) {
    const error = /^(.+?)\((\d+),(\d+)\): (error TS\d+: .*)$/.exec(line);
    if (error) {
      const path = relative(projectDir, join(projectDir, error[1] ?? ''))
        .split('\\')
        .join('/');
      last = { line: Number(error[2]), message: error[4] ?? '' };
      errors.set(path, [...(errors.get(path) ?? []), last]);
    } else if (last && /^\s+\S/.test(line)) {
      // tsc continues a long message on indented lines.
      last.message += `\n  ${line.trim()}`;
    } else if (line.trim() !== '') {
      errors.set('tsc', [...(errors.get('tsc') ?? []), { line: 0, message: line }]);
      last = undefined;
    }
  }
  if (result.status !== 0 && errors.size === 0) throw new Error(`tsc exited with ${result.status} and said nothing`);
  return errors;
}
