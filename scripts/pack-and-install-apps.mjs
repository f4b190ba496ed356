/**
 * Council apps for scripts/pack-and-install.mjs: the proof that a council's brand-new Vite app and brand-new Next.js
 * app (App Router) build with `import '@lgds/react/styles.css'` as their one line of styling, and show the garden
 * waste journey as packages/garden-waste/README.md tells them to (its code blocks, written as the README names them).
 *
 * One npm install serves both apps (they sit in one project, each in a folder of its own), then: `vite build`,
 * `next build` (Turbopack, Next's default) and `next build --webpack`. Each must build with no CSS warning or error,
 * and its CSS must be govuk-frontend's, link only to files the build emitted, and name neither GDS Transport nor the
 * crown or crest, which only GOV.UK may use. Next's page must have the journey's first question in its HTML, as
 * the server rendered it (`next start`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { codeBlocksOf } from './code-blocks.mjs';
import {
  check,
  checkAsync,
  createNextAppTsconfig,
  installFlags,
  nextVersion,
  run,
  workspaceRoot,
  writeJson,
} from './pack-and-install.mjs';
import { startNext, waitUntilListening } from './pack-and-install-servers.mjs';

const viteVersion = '8.3.8';
const viteReactVersion = '6.3.0';
const readme = 'packages/garden-waste/README.md';
// The README's files a council's app is made of; its API route is the council's back office, not part of this.
const journeyFiles = [
  'lib/garden-waste-rules.json',
  'lib/garden-waste.ts',
  'app/garden-waste/page.tsx',
  'app/garden-waste/journey.tsx',
];
const journeyPackages = ['@lgds/core', '@lgds/garden-waste', '@lgds/react'];
const env = { ...process.env, NODE_PATH: undefined, NEXT_TELEMETRY_DISABLED: '1' };
// What a bundler says when it cannot take a stylesheet as it is.
const cssComplaint = /lightningcss|\bcss\b.*(warn|error)|(warn|error).*\bcss\b|Unexpected token|@media zero hack/i;

/** `names` and every @lgds package they depend on, however deep, by the packed packages' own package.json. */
function withLgdsDependencies(packages, names) {
  const wanted = new Set(names);
  // A Set's iteration goes on to what is added while it runs.
  for (const name of wanted) {
    const pkg = packages.find((each) => each.name === name);
    const dependencies = pkg
      ? (JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')).dependencies ?? {})
      : {};
    for (const dependency of Object.keys(dependencies)) if (dependency.startsWith('@lgds/')) wanted.add(dependency);
  }
  return [...wanted];
}

/**
 * Makes the two apps in `dir` with the packed packages, builds them three ways and checks what was built.
 * `packages` are pack-and-install's packed packages (`{ name, tarball, dir }`).
 */
export async function buildCouncilApps(packages, dir) {
  const react = packages.find((pkg) => pkg.name === '@lgds/react');
  if (!react) return;
  const tested = JSON.parse(readFileSync(join(react.dir, 'package.json'), 'utf8')).devDependencies;
  const versions = (names) => names.map((name) => `${name}@${tested[name]}`);
  mkdirSync(dir, { recursive: true });
  writeJson(join(dir, 'package.json'), { name: 'council-apps', private: true, type: 'module' });
  // Only the packages the journey is made of (and the @lgds packages they depend on, which no registry has yet):
  // @lgds/server's database drivers would only slow the install.
  const needed = withLgdsDependencies(packages, journeyPackages);
  const tarballs = packages.filter((pkg) => needed.includes(pkg.name)).map((pkg) => pkg.tarball);
  const installed = check(`npm install vite, Next.js ${nextVersion} and ${needed.join(', ')}, once for both apps`, () =>
    timed(() =>
      run(
        'npm',
        [
          'install',
          ...installFlags,
          ...tarballs,
          `vite@${viteVersion}`,
          `@vitejs/plugin-react@${viteReactVersion}`,
          `next@${nextVersion}`,
          ...versions(['react', 'react-dom', 'govuk-frontend', '@types/react', '@types/react-dom', 'typescript']),
          '@types/node@20',
        ],
        dir,
        env,
      ),
    ),
  );
  if (!installed) return;

  const locale = journeyLocale();
  const question = firstQuestion(dir, locale);
  const viteApp = join(dir, 'vite');
  writeViteApp(viteApp);
  buildAndCheck('vite build', viteApp, [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], 'dist');

  const nextApp = join(dir, 'next');
  writeNextApp(nextApp);
  const next = join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  for (const args of [['build'], ['build', '--webpack']]) {
    const built = buildAndCheck(`next ${args.join(' ')}`, nextApp, [next, ...args], '.next');
    if (built) await checkServerRendered(`next ${args.join(' ')}`, nextApp, next, question);
  }
}

// Builds one app, then checks the CSS it wrote under `output`.
function buildAndCheck(name, appDir, args, output) {
  const built = check(`${name}: builds with no CSS warning or error`, () =>
    timed(() => {
      const log = run(process.execPath, args, appDir, env);
      const complaints = log.split('\n').filter((line) => cssComplaint.test(line));
      if (complaints.length > 0) throw new Error(`it said:\n${complaints.join('\n')}`);
    }),
  );
  if (!built) return false;
  return check(
    `${name}: its CSS is govuk-frontend’s, every url() is a file it emitted, no GDS Transport or crown`,
    () => {
      const sheets = filesUnder(join(appDir, output)).filter((file) => file.endsWith('.css'));
      const css = sheets.map((file) => readFileSync(file, 'utf8')).join('\n');
      if (!css.includes('.govuk-button')) throw new Error(`no govuk-frontend rules in ${sheets.length} CSS files`);
      // govuk-frontend's class names may say "crown" (.govuk-footer__crown); its font and images may not be here.
      const govukOnly = /GDS Transport|@font-face|crest|crown[\w-]*\.(svg|png)/i.exec(css);
      if (govukOnly) throw new Error(`it has ${govukOnly[0]}, which only GOV.UK may use`);
      const missing = sheets.flatMap((file) => unemittedUrls(file, appDir, output));
      if (missing.length > 0) throw new Error(`these url()s are not emitted files: ${missing.join(', ')}`);
      return `${sheets.length} CSS files, ${Math.round(css.length / 1024)} kB`;
    },
  );
}

// `next start`, then the journey's page as a browser without JavaScript gets it: the first question in its HTML.
async function checkServerRendered(name, appDir, next, question) {
  const { server, origin } = await startNext(next, appDir, env);
  try {
    await checkAsync(`${name}: /garden-waste is server-rendered with its first question, “${question}”`, async () => {
      await waitUntilListening(server, origin, 60_000);
      const response = await fetch(`${origin}/garden-waste`);
      const html = await response.text();
      if (response.status !== 200 || !html.includes(question)) {
        throw new Error(
          `GET /garden-waste: ${response.status}, without “${question}”\n${server.output().slice(-2000)}`,
        );
      }
      // Streamed into a Suspense boundary, the page would be in the HTML but hidden until JavaScript shows it.
      const streamed = html.search(/<div hidden id="S:/);
      if (streamed !== -1 && html.indexOf(question) > streamed) {
        throw new Error(
          'the first question is only in a streamed chunk, which a browser without JavaScript never shows',
        );
      }
    });
  } finally {
    await server.stop();
  }
}

// The url()s of a built stylesheet that are not files of the build: relative ones from the stylesheet, absolute
// ones from where the app serves its build (Vite's dist; Next's /_next/ is .next/).
function unemittedUrls(file, appDir, output) {
  return [...readFileSync(file, 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((match) => match[1].split(/[?#]/)[0])
    .filter((url) => !/^(data:|https?:)/.test(url))
    .filter((url) => {
      const path = url.startsWith('/_next/')
        ? join(appDir, '.next', url.slice('/_next/'.length))
        : url.startsWith('/')
          ? join(appDir, output, url)
          : resolve(dirname(file), url);
      return !existsSync(path);
    });
}

// The language the README's page shows the journey in.
// The language of the README's journey: the entry its client component imports the journey from.
function journeyLocale() {
  const journey = readmeFiles().get('app/garden-waste/journey.tsx') ?? '';
  return /from '@lgds\/garden-waste\/(en|cy)'/.exec(journey)?.[1] ?? 'en';
}

// The journey's first question: its address page's, in that language.
function firstQuestion(dir, locale) {
  const probe = `import { gardenWasteMessages } from '@lgds/garden-waste';
    console.log(gardenWasteMessages[${JSON.stringify(locale)}]['address.title']);`;
  return run(process.execPath, ['--input-type=module', '-e', probe], dir, env).trim();
}

// The README's blocks, by the file each says it is.
function readmeFiles() {
  const blocks = codeBlocksOf(workspaceRoot, readme).filter((block) => block.fileName);
  return new Map(blocks.map((block) => [block.fileName, block.code]));
}

function writeJourney(appDir) {
  const files = readmeFiles();
  for (const file of journeyFiles) {
    const code = files.get(file);
    if (code === undefined) throw new Error(`${readme} has no block for ${file}`);
    write(appDir, file, code);
  }
}

// As `npm create vite@latest -- --template react-ts` makes it, with the README's journey component as its page:
// in a single-page app the browser gives today's date (the README's page.tsx is a Next.js server component).
function writeViteApp(appDir) {
  writeJourney(appDir);
  write(
    appDir,
    'vite.config.ts',
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\n\nexport default defineConfig({ plugins: [react()] });\n",
  );
  write(
    appDir,
    'index.html',
    '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>Garden waste</title>\n  </head>\n  <body>\n    <div id="root"></div>\n    <script type="module" src="/src/main.tsx"></script>\n  </body>\n</html>\n',
  );
  write(
    appDir,
    'src/main.tsx',
    [
      "import '@lgds/react/styles.css';",
      "import { StrictMode } from 'react';",
      "import { todayIso } from '@lgds/core';",
      "import { createRoot } from 'react-dom/client';",
      "import { GardenWasteJourney } from '../app/garden-waste/journey';",
      "import { rules } from '../lib/garden-waste';",
      '',
      "createRoot(document.getElementById('root') as HTMLElement).render(",
      '  <StrictMode>',
      '    <GardenWasteJourney rules={rules} today={todayIso()} />',
      '  </StrictMode>,',
      ');',
      '',
    ].join('\n'),
  );
}

// As create-next-app makes it (App Router, TypeScript, no Tailwind or ESLint), with the README's journey at
// /garden-waste and the stylesheet imported by the layout, where create-next-app imports globals.css. Its fonts
// (next/font/google) are left out: they are fetched from Google at build time.
function writeNextApp(appDir) {
  writeJourney(appDir);
  writeJson(join(appDir, 'package.json'), {
    name: 'council-next',
    private: true,
    scripts: { dev: 'next dev', build: 'next build', start: 'next start' },
  });
  writeJson(join(appDir, 'tsconfig.json'), createNextAppTsconfig());
  write(
    appDir,
    'next.config.ts',
    // create-next-app 16's recommended defaults turn Cache Components on; a council's new app has them.
    [
      "import type { NextConfig } from 'next';",
      '',
      'const nextConfig: NextConfig = {',
      '  cacheComponents: true,',
      '  partialPrefetching: true,',
      '};',
      '',
      'export default nextConfig;',
      '',
    ].join('\n'),
  );
  write(
    appDir,
    'app/layout.tsx',
    [
      "import '@lgds/react/styles.css';",
      "import type { Metadata } from 'next';",
      '',
      "export const metadata: Metadata = { title: 'Exampleshire Council', description: 'Council services' };",
      '',
      'export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {',
      '  return (',
      '    <html lang="en" className="govuk-template">',
      '      <body className="govuk-template__body">{children}</body>',
      '    </html>',
      '  );',
      '}',
      '',
    ].join('\n'),
  );
  write(
    appDir,
    'app/page.tsx',
    'export default function Home() {\n  return <a href="/garden-waste">Garden waste</a>;\n}\n',
  );
}

function write(appDir, file, text) {
  mkdirSync(dirname(join(appDir, file)), { recursive: true });
  writeFileSync(join(appDir, file), text);
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !relative(dir, entry.parentPath).split(/[\\/]/).includes('cache'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function timed(runStep) {
  const started = Date.now();
  runStep();
  return `${((Date.now() - started) / 1000).toFixed(1)}s`;
}
