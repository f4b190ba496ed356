// `pnpm gen transaction`: a new transaction package, packages/<name>, that passes every gate as generated, with its
// stories in apps/docs, its changeset and its consumer example. The package is garden waste's architecture in
// miniature (rules as data, one-language browser entries, presets, tests beside the code, a README whose rules table
// is made from the schema): a contributor changes its steps, rules and words into their service's.
//
//   pnpm gen transaction                                    asks for each answer
//   pnpm gen transaction --args <name> <English name> <Welsh name> <first step id>
//
// Templates are in ./templates (Handlebars; `\{{` writes a literal `{{`). scripts/generator.test.mjs generates a
// package into a copy of the repository and runs every gate on it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { PlopTypes } from '@turbo/gen';

/** What the prompts give, with the paths `gen` adds. */
interface Answers {
  name: string;
  en: string;
  cy: string;
  step: string;
  turbo: { paths: { root: string } };
}

const packageName = /^[a-z][a-z0-9-]*$/;
const stepId = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Step ids that would clash with what the generated package names itself: its other pages (`closed`, `contact`), its
 * rules (`service`, `replyWithinDays`), the engine's message prefixes (`ui`, `error`, `date`, `month`) and its own
 * (`confirmation`), the names the steps' and the step stories' modules use (a step is a `const` there, and its story
 * is named after it in PascalCase), and words JavaScript reserves.
 */
const reservedStepIds = new Set([
  'closed',
  'contact',
  'service',
  'replyWithinDays',
  'confirmation',
  'ui',
  'error',
  'date',
  'month',
  'steps',
  'field',
  'defineStep',
  'defineJourney',
  'answersOf',
  'checkAnswers',
  'closedInCouncilWords',
  'contactWithErrors',
  'contactWithErrorsInWelsh',
  'stepPreview',
  'stepArgs',
  'stepPlay',
  'story',
  'meta',
  'storyObj',
  'payload',
  'anyTransaction',
  'rulesLayer',
  ...'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(
    ' ',
  ),
]);

/** Package names whose name in code (`en` for `en`) would clash with what the package's modules import or export. */
const reservedNames = new Set(['en', 'cy', 'presets', 'rules', 'steps', 'field']);

const root = (answers: PlopTypes.Answers) => (answers as Answers).turbo.paths.root;

/** Checks a package name, and that `packages/<name>` is not there already under the repository's root. */
function validName(rootDir: string) {
  return (input: string): true | string => {
    if (!packageName.test(input)) {
      return 'Use lower-case letters, digits and dashes, starting with a letter, like "bulky-waste".';
    }
    if (input.endsWith('-') || input.includes('--')) return 'Use single dashes between words, like "bulky-waste".';
    if (reservedNames.has(input)) return `"${input}" is taken: the package's own modules use it. Choose another name.`;
    if (existsSync(join(rootDir, 'packages', input))) return `packages/${input} already exists: choose another name.`;
    return true;
  };
}

/** A service's name in one language: one line of words, with nothing Markdown, MDX or a message would read as code. */
function validServiceName(language: string) {
  return (input: string): true | string => {
    const text = input.trim();
    if (text.length < 3 || text.length > 80) return `Give the service's name in ${language}, in 3 to 80 characters.`;
    if (/[{}<>|/\\`"\n\r]/.test(text)) {
      return `The name in ${language} cannot contain { } < > | / \\ \` or " (they mean something in messages, Markdown or Storybook titles).`;
    }
    return true;
  };
}

function validStep(input: string): true | string {
  if (!stepId.test(input))
    return 'Use camelCase letters and digits, starting with a lower-case letter, like "request".';
  if (reservedStepIds.has(input)) return `"${input}" is taken: the package or JavaScript uses it. Choose another id.`;
  return true;
}

/** Words of a kebab-case name: `bulky-waste` → ["bulky", "waste"]. */
const words = (name: string) => name.split('-').filter(Boolean);
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * `bulky-waste-2` → `bulkyWaste2` (the transaction's name in code), and a camelCase step id as it is. Plop's own
 * `camelCase` writes `bulkyWaste_2`, so the templates use these.
 */
export const camel = (name: string) =>
  words(name)
    .map((word, index) => (index === 0 ? word : capitalise(word)))
    .join('');
/** `bulky-waste-2` → `BulkyWaste2` (its types), `whatIsWrong` → `WhatIsWrong` (its story). */
export const pascal = (name: string) => capitalise(camel(name));

/** The letters before each reference: the initials of the name's words (`bulky-waste` → BW), or its first two. */
export function referencePrefix(name: string): string {
  const letters = words(name)
    .map((word) => word.replace(/[^a-z]/g, ''))
    .filter(Boolean);
  const prefix = letters.length > 1 ? letters.map((word) => word.charAt(0)).join('') : (letters[0] ?? 'X').slice(0, 2);
  return prefix.slice(0, 6).toUpperCase();
}

/**
 * A JavaScript string literal as Biome writes it: single quotes, unless the text has more single quotes than double
 * (a name like "Report a council's bin" is written in double quotes).
 */
export function jsString(text: string): string {
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  const quote = singles > doubles ? '"' : "'";
  const escaped = text.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** Storybook's id for a title: lower case, each run of anything but letters and digits a dash. */
export function storyId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A version of a dependency as the model package, @lgds/garden-waste, pins it, so a new package keeps in step. */
function modelVersion(rootDir: string, dependency: string): string {
  const manifest = JSON.parse(readFileSync(join(rootDir, 'packages', 'garden-waste', 'package.json'), 'utf8'));
  const version = manifest.devDependencies?.[dependency] ?? manifest.dependencies?.[dependency];
  if (typeof version !== 'string') {
    throw new Error(
      `packages/garden-waste/package.json has no ${dependency}: add it there, or drop it from the template`,
    );
  }
  return version;
}

/**
 * A Markdown table with its columns padded to their widest cell, as the READMEs' tables are: a `{{#table}}` block's
 * rows are aligned after the names are put in.
 */
export function alignedTable(markdown: string): string {
  const rows = markdown
    .trim()
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  const isRule = (row: string[]) => row.every((cell) => /^-+$/.test(cell));
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(3, ...rows.filter((row) => !isRule(row)).map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    `| ${widths.map((width, column) => (isRule(row) ? '-'.repeat(width) : (row[column] ?? '').padEnd(width))).join(' | ')} |`;
  return `${rows.map(line).join('\n')}\n`;
}

/** The template data a helper is given: the answers, with `turbo.paths.root`. */
type HelperOptions = { data: { root: Answers } };
const isOptions = (value: unknown): value is HelperOptions =>
  typeof value === 'object' && value !== null && 'data' in value;
/** A helper's own arguments, without the Handlebars options that come last. */
const argumentsOf = (args: unknown[]) => args.filter((arg) => !isOptions(arg)).map(String);

/** Adds `@lgds/<name>` to the docs' dependencies, which are kept in alphabetical order. */
function addToDocs(answers: PlopTypes.Answers): string {
  const { name } = answers as Answers;
  const file = join(root(answers), 'apps', 'docs', 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const dependencies: Record<string, string> = { ...manifest.dependencies, [`@lgds/${name}`]: 'workspace:*' };
  manifest.dependencies = Object.fromEntries(
    Object.entries(dependencies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return `apps/docs/package.json: "@lgds/${name}": "workspace:*" in dependencies`;
}

const issueForms = '.github/ISSUE_TEMPLATE';

/**
 * The packages every transaction is made with, which are not transactions themselves. Lists of packages name the
 * transactions first: a new one goes after the last of them, before the first of these.
 */
const platformPackages = ['core', 'react', 'server'];

/**
 * Text for the replacement of a `modify` action: plop puts it in with `String.prototype.replace`, which reads `$` as
 * the start of a pattern (`$&`, `$1`), so a `$` in a service's name is doubled to stay a `$`.
 */
const replacement = (text: string) => text.replace(/\$/g, '$$$$');

/** A service's name without a full stop of its own, to go in a sentence. */
const withoutFullStop = (text: string) => text.replace(/\.+$/, '');

/** A service's name in a sentence of Markdown, with nothing read as emphasis or a link. */
const markdownText = (text: string) => withoutFullStop(text).replace(/[*_[\]~]/g, '\\$&');

/**
 * The new package's row in the root README's packages table: what it is, in words that are true of it as generated.
 * The contributor makes it say more (its local rules) as the transaction grows.
 */
export const readmeRow = (name: string, en: string) =>
  `| [\`@lgds/${name}\`](packages/${name}) | ${markdownText(en)}, in English and Welsh. Made with \`pnpm gen transaction\`. |`;

/**
 * A YAML flow scalar for an issue form's option: as it is when YAML reads it as plain text (no `:` or `#`, starting
 * with a letter or digit), otherwise in double quotes. A service's name has no `"` or `\` (see validServiceName).
 */
export function yamlText(text: string): string {
  const plain = /^[A-Za-z0-9][^:#]*$/.test(text) && text.trim() === text;
  return plain ? text : `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** The new transaction in the "Which transaction" dropdown: its service's name and its package, as the others are. */
export const transactionOption = (name: string, en: string) => yamlText(`${withoutFullStop(en)} (@lgds/${name})`);

/** A transaction package's name in a list (not one of the platform's packages), up to the `, " or ) that ends it. */
const transaction = `(?!(?:${platformPackages.join('|')})[\`")])[a-z0-9-]+`;

/**
 * Where a new package goes in each list of packages: after the last transaction, that is after a transaction's line
 * that no other transaction's line follows. `$1` is the list's indentation, for the new line.
 */
const after = {
  /** The root README's packages table, a row a package. */
  readmeRow: new RegExp(`(?<=^\\| \\[\`@lgds/${transaction}\`\\].*\\n)(?!\\| \\[\`@lgds/${transaction}\`\\])`, 'm'),
  /** An issue form's dropdown of packages: `- "@lgds/garden-waste"`. */
  packageOption: new RegExp(`(?<=^( +)- "@lgds/${transaction}"\\n)(?!\\1- "@lgds/${transaction}")`, 'm'),
  /** An issue form's dropdown of transactions: `- Garden waste (@lgds/garden-waste)`. */
  transactionOption: new RegExp(
    `(?<=^( +)- .*\\(@lgds/${transaction}\\)\\n)(?!\\1- .*\\(@lgds/${transaction}\\))`,
    'm',
  ),
};

/**
 * After a `modify` action has put `expected` into a file, checks that it is there: a pattern that no longer matches
 * (the README or a form was reworded) would otherwise add nothing and say nothing.
 */
function mustInclude(file: string, expected: (answers: Answers) => string, where: string) {
  return (text: string, data: PlopTypes.Answers): string => {
    const line = expected(data as Answers);
    if (!text.includes(line)) {
      throw new Error(
        `${file} has no ${where} any more, so the generator could not add:\n  ${line}\n` +
          `Add it by hand, and update the pattern in turbo/generators/config.ts.`,
      );
    }
    return text;
  };
}

/** Finds a tool in the workspace's own node_modules (so what it writes matches what the gates check). */
function workspaceRequire(rootDir: string, fromPackage: string) {
  const manifest = join(rootDir, fromPackage, 'package.json');
  if (!existsSync(join(rootDir, 'node_modules'))) {
    throw new Error('The workspace has no node_modules: run `pnpm install` first, then the generator again.');
  }
  return createRequire(manifest);
}

/** The part of esbuild's API used here (the workspace has esbuild only as tsup's, so not its types). */
interface Esbuild {
  build(options: {
    stdin: { contents: string; resolveDir: string; loader: 'ts' };
    bundle: true;
    platform: 'node';
    format: 'cjs';
    write: false;
    logLevel: 'silent';
    nodePaths: string[];
    plugins: {
      name: string;
      setup(build: {
        onResolve(options: { filter: RegExp }, resolve: (args: { path: string }) => { path: string }): void;
      }): void;
    }[];
  }): Promise<{ outputFiles: { text: string }[] }>;
}

/**
 * @lgds/core's entry points, as source files: the rules table is made before anything is built. Kept in step with
 * packages/core/tsup.config.ts's `entry`.
 */
const coreEntries: Record<string, string> = {
  '@lgds/core': 'src/index.ts',
  '@lgds/core/fields': 'src/fields/index.ts',
  '@lgds/core/server': 'src/server-only.ts',
};

/**
 * Writes the README's rules table with the mechanism every package's README uses (`withRulesTable` from
 * @lgds/core/server, which scripts/rules-table.mjs runs and src/readme.test.ts checks), from the new package's own
 * rules schema. Nothing is built yet, so the new transaction and @lgds/core are bundled from source with the esbuild
 * the packages are built with (tsup's), and run once.
 */
async function writeRulesTable(answers: PlopTypes.Answers): Promise<string> {
  const { name } = answers as Answers;
  const rootDir = root(answers);
  const packageDir = join(rootDir, 'packages', name);
  const coreDir = join(rootDir, 'packages', 'core');
  const fromCore = workspaceRequire(rootDir, 'packages/core');
  const esbuild = createRequire(fromCore.resolve('tsup'))('esbuild') as Esbuild;
  for (const source of Object.values(coreEntries)) {
    if (!existsSync(join(coreDir, source))) {
      throw new Error(`packages/core/${source} is gone: update coreEntries in turbo/generators/config.ts`);
    }
  }

  const transaction = camel(name);
  const built = await esbuild.build({
    stdin: {
      contents: [
        "import { withRulesTable } from '@lgds/core/server';",
        `import { ${transaction} } from './src/transaction';`,
        `export const write = (readme) => withRulesTable(readme, ${transaction});`,
      ].join('\n'),
      resolveDir: packageDir,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    // The new package has no node_modules until `pnpm install`: its zod is the one @lgds/core uses.
    nodePaths: [join(coreDir, 'node_modules')],
    plugins: [
      {
        name: 'lgds-core-from-source',
        setup(build) {
          build.onResolve({ filter: /^@lgds\/core(\/(fields|server))?$/ }, ({ path }) => ({
            path: join(coreDir, coreEntries[path] ?? 'src/index.ts'),
          }));
        },
      },
    ],
  });
  const [output] = built.outputFiles;
  if (!output) throw new Error('esbuild wrote nothing for the rules table');
  const scratch = mkdtempSync(join(tmpdir(), 'lgds-gen-'));
  try {
    const bundle = join(scratch, 'rules-table.cjs');
    writeFileSync(bundle, output.text);
    const { write } = createRequire(bundle)(bundle) as { write: (readme: string) => string };
    const readmeFile = join(packageDir, 'README.md');
    writeFileSync(readmeFile, write(readFileSync(readmeFile, 'utf8')));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return `packages/${name}/README.md: the rules table, from src/rules.ts`;
}

/** Every file the generator wrote, relative to the root, for Biome. */
function writtenFiles(answers: Answers): string[] {
  const rootDir = answers.turbo.paths.root;
  const under = (folder: string) =>
    readdirSync(join(rootDir, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(rootDir, join(entry.parentPath, entry.name)));
  return [
    ...under(join('packages', answers.name)),
    ...under(join('apps', 'docs', 'stories', answers.name)),
    join('apps', 'docs', 'package.json'),
    join('scripts', 'consumer', `${answers.name}.tsx`),
  ];
}

/**
 * Formats what was written with the workspace's Biome and organises its imports, so that names of any length come out
 * as `pnpm lint` wants them (the templates are formatted for names of usual length).
 */
function format(answers: PlopTypes.Answers): string {
  const rootDir = root(answers);
  const fromRoot = workspaceRequire(rootDir, '.');
  const biome = join(dirname(fromRoot.resolve('@biomejs/biome/package.json')), 'bin', 'biome');
  const files = writtenFiles(answers as Answers);
  const result = spawnSync(process.execPath, [biome, 'check', '--write', '--no-errors-on-unmatched', ...files], {
    cwd: rootDir,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`biome check --write failed:\n${result.stdout}${result.stderr}`);
  return `${files.length} files formatted with Biome`;
}

/**
 * The repository's root: two folders up from this file (`turbo/generators/`). The prompts are checked before `gen`
 * adds `turbo.paths.root` to the answers, and `gen --root` may be run from anywhere.
 */
function repositoryRoot(plop: PlopTypes.NodePlopAPI): string {
  const plopfile = plop.getPlopfilePath();
  const folder = /\.[cm]?[jt]s$/.test(plopfile) ? dirname(plopfile) : plopfile;
  return resolve(folder, '..', '..');
}

export default function generator(plop: PlopTypes.NodePlopAPI): void {
  plop.setHelper('camel', (name: string) => camel(name));
  plop.setHelper('pascal', (name: string) => pascal(name));
  plop.setHelper('table', function (this: unknown, options: { fn: (context: unknown) => string }) {
    return alignedTable(options.fn(this));
  });
  // The lines the `modify` actions add to the README and the issue forms.
  plop.setHelper('readmeRow', (name: string, en: string) => replacement(readmeRow(name, en)));
  plop.setHelper('transactionOption', (name: string, en: string) => replacement(transactionOption(name, en)));
  plop.setHelper('referencePrefix', (name: string) => referencePrefix(name));
  // Text a resident reads, in a TypeScript string; in JSON; as a Storybook id.
  plop.setHelper('js', (...args: unknown[]) => jsString(argumentsOf(args).join('')));
  plop.setHelper('json', (...args: unknown[]) => JSON.stringify(argumentsOf(args).join('')));
  plop.setHelper('storyId', (...args: unknown[]) => storyId(argumentsOf(args).join('')));
  // `{{version "vitest"}}`: the version @lgds/garden-waste pins.
  plop.setHelper('version', (dependency: string, options: HelperOptions) =>
    modelVersion(options.data.root.turbo.paths.root, dependency),
  );

  plop.setGenerator('transaction', {
    description: 'A new transaction package (packages/<name>) with its stories, changeset and consumer example',
    prompts: [
      {
        type: 'input',
        name: 'name',
        message: 'Package name, in kebab-case (it becomes @lgds/<name>), like "bulky-waste":',
        validate: validName(repositoryRoot(plop)),
      },
      {
        type: 'input',
        name: 'en',
        message: 'The service’s name in English, as its pages title it, like "Book a bulky waste collection":',
        validate: validServiceName('English'),
        filter: (input: string) => input.trim(),
      },
      {
        type: 'input',
        name: 'cy',
        message: 'The service’s name in Welsh, like "Trefnu casgliad gwastraff swmpus":',
        validate: validServiceName('Welsh'),
        filter: (input: string) => input.trim(),
      },
      {
        type: 'input',
        name: 'step',
        message: 'The first step’s id, in camelCase, like "request":',
        validate: validStep,
      },
    ],
    actions: [
      {
        type: 'addMany',
        destination: '{{turbo.paths.root}}/packages/{{name}}',
        base: 'templates/package',
        templateFiles: 'templates/package/**',
        globOptions: { dot: true },
        stripExtensions: ['hbs'],
        abortOnFail: true,
      },
      {
        type: 'addMany',
        destination: '{{turbo.paths.root}}/apps/docs/stories/{{name}}',
        base: 'templates/docs',
        templateFiles: 'templates/docs/**',
        globOptions: { dot: true },
        stripExtensions: ['hbs'],
        abortOnFail: true,
      },
      {
        type: 'add',
        path: '{{turbo.paths.root}}/scripts/consumer/{{name}}.tsx',
        templateFile: 'templates/consumer.tsx.hbs',
        abortOnFail: true,
      },
      {
        type: 'add',
        path: '{{turbo.paths.root}}/.changeset/{{name}}-first-release.md',
        templateFile: 'templates/changeset.md.hbs',
        abortOnFail: true,
      },
      addToDocs,
      // Where a contributor would otherwise forget it: the README's packages table and the issue forms' dropdowns.
      {
        type: 'modify',
        path: '{{turbo.paths.root}}/README.md',
        pattern: after.readmeRow,
        template: '{{{readmeRow name en}}}\n',
        transform: mustInclude('README.md', ({ name, en }) => readmeRow(name, en), 'packages table of transactions'),
        abortOnFail: true,
      },
      {
        type: 'modify',
        path: `{{turbo.paths.root}}/${issueForms}/problem-with-a-transaction.yml`,
        pattern: after.packageOption,
        template: '$1- "@lgds/{{name}}"\n',
        transform: mustInclude(
          `${issueForms}/problem-with-a-transaction.yml`,
          ({ name }) => `- "@lgds/${name}"\n`,
          '"Which package" dropdown of transaction packages',
        ),
        abortOnFail: true,
      },
      {
        type: 'modify',
        path: `{{turbo.paths.root}}/${issueForms}/local-rule-not-supported.yml`,
        pattern: after.transactionOption,
        template: '$1- {{{transactionOption name en}}}\n',
        transform: mustInclude(
          `${issueForms}/local-rule-not-supported.yml`,
          ({ name, en }) => `- ${transactionOption(name, en)}\n`,
          '"Which transaction" dropdown',
        ),
        abortOnFail: true,
      },
      writeRulesTable,
      format,
      (answers) =>
        `Next: run \`pnpm install\` to link @lgds/${(answers as Answers).name} into the workspace, then ` +
        `\`pnpm turbo run build test --filter=@lgds/${(answers as Answers).name}\`. ` +
        'Change its steps, rules and words into your service’s (see its README and CONTRIBUTING.md), and say what ' +
        'it does in its row of the README’s packages table.',
    ],
  });
}
