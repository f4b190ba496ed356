// How Storybook compiles the guides (stories/*.mdx). In a file of its own so that scripts/docs-guides.test.mjs
// compiles them with exactly these options, through Storybook's own compiler.
import remarkGfm from 'remark-gfm';

/** MDX alone is CommonMark: GitHub-flavoured Markdown (tables, above all) needs remark-gfm. */
export const mdxCompileOptions = { remarkPlugins: [remarkGfm] };
