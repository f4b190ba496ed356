// `pnpm gen transaction` (turbo/generators) makes a package that passes every gate as generated. This test proves it
// on a copy of the repository: it clones the committed HEAD into a temporary folder (as CI's clean clone is), runs the
// generator there with the workspace's own CLI, installs, and runs on the new package what CI runs on every package
// (lint, typecheck, build, test, check:package), then the root's lint, the docs' type check, the new stories in
// Chromium with axe, the docs' build (Storybook, with the new rules reference), and check:install for the new package
// (`--only`: every package packed and installed with npm, then the new one's entry points loaded and its consumer
// example and its README's examples type-checked; the council apps and @lgds/server's examples, which the new package
// does not change, are left to `npm test`'s own check:install). It prints how long each gate took. It also checks
// that the generator names the new package in the root README's packages table and in the issue forms' dropdowns.
//
// The other packages are built first, before the generator runs, from this checkout's turbo cache where it has them
// (read only: nothing is written here), so on CI, after `turbo run build`, they cost nothing. The new package's own
// tasks then run with `--only`: `pnpm install` rewrites the lockfile for the new package, which changes every
// package's hash, and would otherwise build them all again. That install needs the registry's metadata for the new
// package's dependencies (`--offline` fails: a frozen install never fetched it), not their files, which the store has;
// check:install needs the registry too, as it does in `npm test`.
//
// LGDS_KEEP_TMP=1 keeps the temporary copy for debugging.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a debugging switch for a root script, not a turbo task input.
const keepTmp = process.env.LGDS_KEEP_TMP === '1';

// A name with digits, a service name with an apostrophe, a camelCase step of two words: the awkward cases.
const answers = {
  name: 'bench-repairs-2',
  en: "Report a broken bench in a council's park",
  cy: 'Rhoi gwybod am fainc wedi torri ym mharc y cyngor',
  step: 'whatIsWrong',
};
const scope = `@lgds/${answers.name}`;

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Runs a command to the end; resolves with its output, or rejects with the end of it. */
function run(command, args, cwd, { allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
    const child = spawn(command, args, { cwd, env, shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      // Some tools colour their output whatever they are told.
      output = output.replace(ansiColour, '');
      if (code === 0 || allowFailure) resolve({ code, output });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-6000)}`));
    });
  });
}

const timings = [];

/** Runs one step, recording how long it took. */
async function timed(label, step) {
  const started = Date.now();
  try {
    return await step();
  } finally {
    const seconds = (Date.now() - started) / 1000;
    timings.push([label, seconds]);
    console.log(`  ${label}: ${seconds.toFixed(1)} s`);
  }
}

/** The durations of the tasks of the last `turbo run --summarize` in a folder, from its run summary. */
function turboTaskTimes(dir) {
  const runs = join(dir, '.turbo', 'runs');
  const last = readdirSync(runs).sort().at(-1);
  const summary = JSON.parse(readFileSync(join(runs, last), 'utf8'));
  return summary.tasks.map((task) => [task.task, (task.execution.endTime - task.execution.startTime) / 1000]);
}

test('pnpm gen transaction makes a package that passes every gate, with its stories', {
  timeout: 20 * 60_000,
}, async () => {
  const tmp = mkdtempSync(join(realpathSync(tmpdir()), 'lgds-generator-'));
  const copy = join(tmp, 'repo');
  const started = Date.now();
  try {
    console.log(`Generating ${scope} in a clone of HEAD (${copy})`);
    await timed('git clone of HEAD', () => run('git', ['clone', '--quiet', '--no-local', repo, copy], tmp));
    await timed('pnpm install (frozen, offline)', () =>
      run('pnpm', ['install', '--frozen-lockfile', '--offline'], copy),
    );
    await timed('build the other packages (from this checkout’s turbo cache where it has them)', () =>
      run(
        'pnpm',
        [
          'turbo',
          'run',
          'build',
          '--filter=./packages/*',
          `--cache-dir=${join(repo, '.turbo', 'cache')}`,
          '--cache=local:r',
          '--output-logs=errors-only',
        ],
        copy,
      ),
    );

    const gen = join(repo, 'node_modules', '.bin', 'gen');
    const generated = await timed('gen run transaction', () =>
      run(gen, ['run', 'transaction', '--root', copy, '--args', ...Object.values(answers)], copy),
    );
    assert.match(generated.output, /Next: run `pnpm install`/);
    const again = ['run', 'transaction', '--root', copy, '--args', answers.name, 'Again', 'Eto', 'again'];
    const refused = await run(gen, again, copy, { allowFailure: true });
    assert.notEqual(refused.code, 0, 'the generator should refuse a package that exists');
    assert.match(refused.output, /already exists/);

    const docsManifest = JSON.parse(readFileSync(join(copy, 'apps', 'docs', 'package.json'), 'utf8'));
    assert.equal(docsManifest.dependencies[scope], 'workspace:*');
    const docsDependencies = Object.keys(docsManifest.dependencies);
    assert.deepEqual(docsDependencies, [...docsDependencies].sort(), 'the docs’ dependencies stay sorted');
    const changeset = readFileSync(join(copy, '.changeset', `${answers.name}-first-release.md`), 'utf8');
    assert.match(changeset, new RegExp(`^---\\n'${scope}': minor\\n---\\n`));
    assert.ok(existsSync(join(copy, 'scripts', 'consumer', `${answers.name}.tsx`)), 'a consumer example is written');
    // Where a contributor would forget it: the README's packages table, after the other transactions (before
    // @lgds/server), and the issue forms' dropdowns.
    const readme = readFileSync(join(copy, 'README.md'), 'utf8').split('\n');
    const row = `| [\`${scope}\`](packages/${answers.name}) | ${answers.en}, in English and Welsh. Made with \`pnpm gen transaction\`. |`;
    const server = readme.findIndex((line) => line.startsWith('| [`@lgds/server`]'));
    assert.equal(readme[server - 1], row, 'the README names the new package before @lgds/server');
    const table = readme.filter((line) => line.startsWith('| '));
    for (const line of table) assert.equal(line.split(' | ').length, 2, `a row of two cells: ${line}`);
    const forms = join(copy, '.github', 'ISSUE_TEMPLATE');
    const problem = readFileSync(join(forms, 'problem-with-a-transaction.yml'), 'utf8');
    assert.ok(
      problem.includes(`        - "@lgds/bulky-waste"\n        - "${scope}"\n        - "@lgds/core"\n`),
      problem,
    );
    const localRule = readFileSync(join(forms, 'local-rule-not-supported.yml'), 'utf8');
    const option = `        - ${answers.en} (${scope})\n        - Another transaction\n`;
    assert.ok(localRule.includes(option), localRule);
    // Every form that lists the packages lists the new one.
    for (const form of readdirSync(forms).filter((file) => file.endsWith('.yml'))) {
      const text = readFileSync(join(forms, form), 'utf8');
      if (text.includes('@lgds/garden-waste')) assert.ok(text.includes(scope), `${form} does not name ${scope}`);
    }

    // Network only for registry metadata the frozen install never needed: every package is already in the store.
    await timed('pnpm install (the new package, from the store)', () =>
      run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], copy),
    );

    await timed(`turbo run lint typecheck build test check:package --filter=${scope}`, async () => {
      await run(
        'pnpm',
        [
          'turbo',
          'run',
          'lint',
          'typecheck',
          'build',
          'test',
          'check:package',
          `--filter=${scope}`,
          '--only',
          '--summarize',
          '--output-logs=errors-only',
        ],
        copy,
      );
      for (const [task, seconds] of turboTaskTimes(copy)) console.log(`    ${task}: ${seconds.toFixed(1)} s`);
    });
    await timed('pnpm lint (Biome on the whole repository)', () => run('pnpm', ['run', 'lint'], copy));
    await timed('docs typecheck', () => run('pnpm', ['--filter', 'docs', 'run', 'typecheck'], copy));
    const stories = await timed(`the new stories in Chromium, with axe`, () =>
      run('pnpm', ['--filter', 'docs', 'exec', 'vitest', 'run', `stories/${answers.name}/`], copy),
    );
    const passed = /Tests\s+(\d+) passed/.exec(stories.output)?.[1];
    assert.ok(Number(passed) >= 16, `expected every story to run and pass, got:\n${stories.output.slice(-3000)}`);
    await timed('docs build (Storybook: every story and MDX page)', () =>
      run('pnpm', ['--filter', 'docs', 'run', 'build'], copy),
    );
    const built = readFileSync(join(copy, 'apps', 'docs', 'storybook-static', 'index.json'), 'utf8');
    const service = answers.en.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    for (const id of [`${service}-rules-reference--docs`, `${service}-rules-playground--playground`]) {
      assert.ok(built.includes(`"${id}"`), `the docs have no ${id}`);
    }
    const reference = readFileSync(join(copy, 'apps', 'docs', 'stories', answers.name, 'RulesReference.mdx'), 'utf8');
    assert.ok(reference.includes(`?path=/story/${service}-rules-playground--playground`), 'links to its playground');
    // The README's examples and the consumer example type-checked against the packages packed and installed with
    // npm, as a council's site would.
    const installed = await timed(`pnpm check:install --only ${scope}`, () =>
      run('node', ['scripts/pack-and-install.mjs', '--only', scope], copy),
    );
    assert.match(installed.output, new RegExp(`✓ import and require ${scope} give the same names`));
    assert.match(installed.output, new RegExp(`✓ tsc, Bundler resolution: .*consumer-${answers.name}\\.tsx`));
    assert.match(installed.output, new RegExp(`packages/${answers.name}/README\\.md: \\d+ code blocks compile`));
  } finally {
    console.log(`  in all: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (keepTmp) console.log(`LGDS_KEEP_TMP=1: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
});
