import { createRequire } from 'node:module';

// What a browser page is sent from a package's entry, bundled as a council's site would bundle it: with esbuild, React
// left out (the site has its own), and @lgds/core from its built dist unless left out too (so build core first, as
// the type check needs too). The esbuild is the one tsup builds the packages with, so no second copy is installed.
// For tests: transaction packages check that their one-language entries send no zod, no rules schema and no other
// language's words.

interface Output {
  /** The files that put code in this output. */
  inputs: Record<string, { bytesInOutput: number }>;
  /** The outputs it loads: statically (`import-statement`) or later (`dynamic-import`). */
  imports: { path: string; kind: string }[];
  /** The file it was built from, for the entry and for what an `import()` loads. */
  entryPoint?: string;
}
interface Metafile {
  /** Every file esbuild read, whether or not any of it reached the bundle. */
  inputs: Record<string, unknown>;
  /** The entry's output and the chunks split off it. */
  outputs: Record<string, Output>;
}
type Build = (
  options: Record<string, unknown>,
) => Promise<{ metafile: Metafile; outputFiles: { path: string; text: string }[] }>;

const esbuildOfTsup = createRequire(createRequire(import.meta.url).resolve('tsup'));
const { build } = esbuildOfTsup('esbuild') as { build: Build };

/**
 * The files an entry reads (`external` left out), the files whose code a page loads with it (`sent`: the entry's
 * output and the chunks it imports), and those whose code waits for an `import()` (`later`), relative to `packageDir`;
 * and the code a page loads at once (`sentCode`), minified, to look for words in.
 */
export async function bundleForBrowser(
  packageDir: string,
  entry: string,
  external: readonly string[],
): Promise<{ read: string[]; sent: string[]; later: string[]; sentCode: string }> {
  const { metafile, outputFiles } = await build({
    entryPoints: [entry],
    absWorkingDir: packageDir,
    bundle: true,
    splitting: true,
    outdir: 'browser-bundle',
    minify: true,
    format: 'esm',
    platform: 'browser',
    external,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const outputs = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.js'));
  // esbuild names what an import() loads an entry point too: the page's own is the one it was asked to build.
  const first = new Set(outputs.filter(([, output]) => output.entryPoint === entry).map(([path]) => path));
  for (const [path, output] of outputs) {
    if (!first.has(path)) continue;
    for (const loaded of output.imports) if (loaded.kind === 'import-statement') first.add(loaded.path);
  }
  const code = (paths: [string, Output][]) =>
    paths.flatMap(([, output]) =>
      Object.entries(output.inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([path]) => path),
    );
  const sentCode = outputFiles
    .filter((file) => [...first].some((path) => file.path.endsWith(`/${path}`)))
    .map((file) => file.text)
    .join('\n');
  return {
    read: Object.keys(metafile.inputs),
    sentCode,
    sent: code(outputs.filter(([path]) => first.has(path))),
    later: code(outputs.filter(([path]) => !first.has(path))),
  };
}

/** Whether a file read or sent is zod's. */
export const isZod = (path: string) => path.includes('node_modules/zod/');
