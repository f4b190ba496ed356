import { createRequire } from 'node:module';

// What a browser page is sent from a package's entry, bundled as a council's site would bundle it: with esbuild, React
// left out (the site has its own), and @lgds/core from its built dist unless left out too (so build core first, as
// the type check needs too). The esbuild is the one tsup builds the packages with, so no second copy is installed.
// For tests: transaction packages check that their one-language entries send no zod, no rules schema and no other
// language's words.

interface Metafile {
  /** Every file esbuild read, whether or not any of it reached the bundle. */
  inputs: Record<string, unknown>;
  /** The bundle, with the files that put code in it. */
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}
type Build = (options: Record<string, unknown>) => Promise<{ metafile: Metafile }>;

const esbuildOfTsup = createRequire(createRequire(import.meta.url).resolve('tsup'));
const { build } = esbuildOfTsup('esbuild') as { build: Build };

/** The files an entry reads (`external` left out) and the files whose code reaches its bundle, relative to `packageDir`. */
export async function bundleForBrowser(
  packageDir: string,
  entry: string,
  external: readonly string[],
): Promise<{ read: string[]; sent: string[] }> {
  const { metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: packageDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const [output] = Object.values(metafile.outputs);
  const sent = Object.entries(output?.inputs ?? {})
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path);
  return { read: Object.keys(metafile.inputs), sent };
}

/** Whether a file read or sent is zod's. */
export const isZod = (path: string) => path.includes('node_modules/zod/');
