import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type ComponentDoc, withCompilerOptions } from 'react-docgen-typescript';
import type { Plugin } from 'vite';

// Storybook's prop tables read `Component.__docgenInfo`, which its docgen plugins write into the component's own
// source file. Our stories import @lgds/react as a council does, from its built JavaScript, which carries no types;
// so this plugin reads the props (types, descriptions and defaults, from the TSDoc) from the package's published
// declarations instead, and `.storybook/preview.tsx` attaches them to the components.

const require = createRequire(import.meta.url);
const id = 'virtual:lgds-docgen';
const resolvedId = `\0${id}`;

function declarationsOf(packageName: string): string {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: { '.': { import: { types: string } } };
  };
  return join(dirname(manifestPath), manifest.exports['.'].import.types);
}

function componentDocs(file: string): Record<string, ComponentDoc> {
  const parser = withCompilerOptions(
    { strict: true, jsx: 4 /* react-jsx */, module: 99 /* ESNext */, moduleResolution: 100 /* Bundler */ },
    {
      savePropValueAsString: true,
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  );
  const docs = parser.parse(file).filter((doc) => /^[A-Z]/.test(doc.displayName) && Object.keys(doc.props).length);
  return Object.fromEntries(docs.map((doc) => [doc.displayName, doc]));
}

/** Serves `virtual:lgds-docgen`: the docgen of every component @lgds/react exports, by name. */
export function lgdsDocgen(): Plugin {
  return {
    name: 'lgds:docgen',
    resolveId: (source) => (source === id ? resolvedId : undefined),
    load(loadedId) {
      if (loadedId !== resolvedId) return undefined;
      // Story tests render stories, not prop tables.
      if (process.env.VITEST) return 'export default {};';
      const file = declarationsOf('@lgds/react');
      this.addWatchFile(file);
      return `export default ${JSON.stringify(componentDocs(file))};`;
    },
  };
}
