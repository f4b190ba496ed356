// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createLogger } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The council stylesheet as scripts/build-styles.mjs writes it, into a folder of its own (dist may be mid-build).
const packageDir = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let css: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lgds-styles-'));
  execFileSync(process.execPath, ['scripts/build-styles.mjs', join(dir, 'dist')], { cwd: packageDir });
  css = readFileSync(join(dir, 'dist', 'styles.css'), 'utf8');
  // Compiling all of govuk-frontend's Sass takes seconds on a busy machine: the tests' own timeout, not the hooks'.
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the council stylesheet', () => {
  it('builds as it is in Vite’s production build, which minifies CSS with Lightning CSS', async () => {
    writeFileSync(join(dir, 'main.js'), "import './dist/styles.css';\n");
    const logged: string[] = [];
    const logger = createLogger('warn');
    const record = (message: string) => logged.push(message);
    Object.assign(logger, { warn: record, warnOnce: record, error: record });
    await build({
      root: dir,
      configFile: false,
      customLogger: logger,
      build: { outDir: 'out', rollupOptions: { input: join(dir, 'main.js') } },
    });
    expect(logged).toEqual([]);
    const built = readdirSync(join(dir, 'out', 'assets')).filter((file) => file.endsWith('.css'));
    expect(built).toHaveLength(1);
    expect(readFileSync(join(dir, 'out', 'assets', built[0] ?? ''), 'utf8')).toContain('.govuk-button{');
  });

  it('sets text in Arial, or the council’s --lgds-font-family, never GDS Transport (GOV.UK’s only)', () => {
    expect(css).not.toMatch(/GDS Transport|@font-face/);
    expect(css).toContain('font-family:var(--lgds-font-family, arial, sans-serif)');
  });

  it('shows no crest beside the copyright: the Royal Arms are for GOV.UK', () => {
    expect(css).not.toMatch(/crest|crown\.svg/);
    expect(css).toContain('.govuk-footer__copyright-logo::before{content:none}');
  });

  it('lets a council set govuk-frontend’s colours with its CSS custom properties', () => {
    expect(css).toContain('--govuk-brand-colour: #1d70b8');
    expect(css).toContain('var(--govuk-link-colour, ');
  });
});
