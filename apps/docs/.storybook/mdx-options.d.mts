/** The options Storybook compiles the guides (stories/*.mdx) with: see mdx-options.mjs. */
export const mdxCompileOptions: { remarkPlugins: unknown[] };
