import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A static file the service serves. */
export interface Asset {
  body: Uint8Array<ArrayBuffer> | string;
  type: string;
}

/** The address, under `{basePath}/assets/`, of the council stylesheet the pages link to. */
export const stylesheetFile = 'styles.css';

const types: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

// Only these names are ever read from disk, so no URL can reach another file; an image is served only when the
// stylesheet itself links to it.
const allowed = /^(styles\.css|govuk-frontend\.min\.js|init\.js|assets\/images\/[a-z0-9-]+\.(svg|png))$/;

/**
 * Serves @lgds/react's council stylesheet (govuk-frontend's CSS in Arial, without GDS Transport or the crest, which
 * only GOV.UK may use) with the images it links to, laid out as in @lgds/react's dist folder so that the
 * stylesheet's relative links follow the service's base path; and govuk-frontend's JavaScript, with `init.js` to
 * start its components once the page has loaded. Each file is read once and kept: they never change while the
 * process runs.
 */
export function createAssets(
  onError: (file: string, error: unknown) => void,
): (file: string) => Promise<Asset | undefined> {
  const cache = new Map<string, Promise<Asset>>();
  const folderOf = (name: string) => {
    // Node's own require, fetched at run time: bundlers (Next.js's Turbopack) would otherwise replace these
    // lookups with module numbers.
    const { createRequire } = process.getBuiltinModule('node:module');
    return dirname(createRequire(import.meta.url).resolve(name));
  };
  const load = async (file: string): Promise<Asset> => {
    const type = types[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    if (file === 'init.js') {
      return { type, body: "import { initAll } from './govuk-frontend.min.js';\ninitAll();\n" };
    }
    if (file === 'govuk-frontend.min.js') {
      const govuk = join(folderOf('govuk-frontend/package.json'), 'dist', 'govuk');
      return { type, body: await readFile(join(govuk, file), 'utf8') };
    }
    const stylesheetFolder = folderOf('@lgds/react/styles.css');
    if (file !== stylesheetFile) {
      const stylesheet = String((await asset(stylesheetFile)).body);
      if (!stylesheet.includes(`url("./${file}")`)) throw new Error(`the stylesheet does not link to ${file}`);
      return { type, body: new Uint8Array(await readFile(join(stylesheetFolder, file))) };
    }
    return { type, body: await readFile(join(stylesheetFolder, file), 'utf8') };
  };
  const asset = (file: string) => {
    let loaded = cache.get(file);
    if (!loaded) {
      loaded = load(file);
      cache.set(file, loaded);
      // A file that isn't there (an image name that doesn't exist) is not kept, so the cache can't grow without end.
      loaded.catch(() => cache.delete(file));
    }
    return loaded;
  };
  return async (file) => {
    if (!allowed.test(file)) return undefined;
    return asset(file).catch((error: unknown) => {
      // Images can be asked for by any name; the CSS and JavaScript must always be there, so say why they aren't.
      if (!file.startsWith('assets/')) onError(file, error);
      return undefined;
    });
  };
}
