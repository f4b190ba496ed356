import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A static file the service serves. */
export interface Asset {
  body: Uint8Array<ArrayBuffer> | string;
  type: string;
}

const types: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
};

// Only these names are ever read from disk, so no URL can reach another file.
const allowed = /^(govuk-frontend\.min\.(css|js)|init\.js|images\/[a-z0-9-]+\.(svg|png|ico))$/;

/**
 * govuk-frontend's CSS for a council's service. GDS Transport is licensed for GOV.UK services only, so its
 * `@font-face` rules go and text falls back to Arial, as the Design System says services off GOV.UK should; and
 * the CSS's own `/assets/` links follow the service's base path.
 */
export function councilCss(css: string, assetsPath: string): string {
  return css
    .replace(/@font-face\{[^}]*\}/g, '')
    .replace(/font-family:GDS Transport,/g, 'font-family:')
    .replace(/font-family:GDS Transport([;}])/g, 'font-family:arial,sans-serif$1')
    .replace(/url\(\/assets\//g, `url(${assetsPath}/`);
}

/**
 * Serves govuk-frontend's CSS, JavaScript and images from the installed package, read once and kept (they never
 * change while the process runs). `init.js` starts govuk-frontend's components once the page has loaded.
 */
export function createAssets(
  assetsPath: string,
  onError: (file: string, error: unknown) => void,
): (file: string) => Promise<Asset | undefined> {
  const cache = new Map<string, Promise<Asset>>();
  const root = () => {
    // Node's own require, fetched at run time: bundlers (Next.js's Turbopack) would otherwise replace the lookup
    // of govuk-frontend's folder with a module number.
    const { createRequire } = process.getBuiltinModule('node:module');
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');
  };
  const load = async (file: string): Promise<Asset> => {
    const type = types[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    if (file === 'init.js') {
      return { type, body: "import { initAll } from './govuk-frontend.min.js';\ninitAll();\n" };
    }
    if (file === 'govuk-frontend.min.css') {
      return { type, body: councilCss(await readFile(join(root(), file), 'utf8'), assetsPath) };
    }
    const path = file.startsWith('images/') ? join(root(), 'assets', file) : join(root(), file);
    return { type, body: new Uint8Array(await readFile(path)) };
  };
  return async (file) => {
    if (!allowed.test(file)) return undefined;
    let asset = cache.get(file);
    if (!asset) {
      asset = load(file);
      cache.set(file, asset);
      // A file that isn't there (an image name that doesn't exist) is not kept, so the cache can't grow without end.
      asset.catch(() => cache.delete(file));
    }
    return asset.catch((error: unknown) => {
      // Images can be asked for by any name; the CSS and JavaScript must always be there, so say why they aren't.
      if (!file.startsWith('images/')) onError(file, error);
      return undefined;
    });
  };
}
