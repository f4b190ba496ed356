// The types of code-blocks.mjs, for the packages' readme tests, which are TypeScript.

/** One code block of a document or a TSDoc comment. */
export interface CodeBlock {
  /** The fence's language, lower-cased (`ts`, `json`, `sh`…); TSDoc examples are `ts` or `tsx`. */
  language: string;
  /** The rest of the fence's info string. */
  meta: string;
  /** The block's text, ending with a newline. */
  code: string;
  /** The line (1-based) of the block's first line of code in its file. */
  line: number;
  /** The file the block says it is (`// lib/garden-waste.ts`, or `title="…"` on the fence). */
  fileName?: string;
  /** Why the block is not compiled, from a `not-compiled:` marker before it. */
  skip?: string;
}

/** A code block and the file it is in, relative to the workspace root. */
export interface FiledCodeBlock extends CodeBlock {
  file: string;
}

/** A run-time import of a block: the module and the names taken from it (`default` for a default import). */
export interface RuntimeImport {
  from: string;
  names: string[];
  line: number;
}

export const compiledLanguages: ReadonlySet<string>;
export function documentationFiles(workspaceRoot: string): string[];
export function tsdocSourceFiles(workspaceRoot: string): string[];
export function codeBlocksOf(workspaceRoot: string, file: string): FiledCodeBlock[];
export function allCodeBlocks(workspaceRoot: string): FiledCodeBlock[];
export function fencedBlocks(text: string, firstLine?: number): CodeBlock[];
export function tsdocExamples(text: string, language?: string): CodeBlock[];
export function runtimeImports(code: string): RuntimeImport[];
export function documentedImports(workspaceRoot: string, moduleName: string): { where: string; name: string }[];
export function missingImports(
  workspaceRoot: string,
  moduleName: string,
  exports: object,
): { where: string; name: string }[];
