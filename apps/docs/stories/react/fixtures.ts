// govuk-frontend publishes, for each component, the examples its own tests and review app render: each has a name
// and the Nunjucks macro's options. Our components take those options as props, so a story can start from any of
// them. Import a component's `fixtures.json` and take an example by name:
//
//   import fixtures from 'govuk-frontend/dist/govuk/components/button/fixtures.json';
//   export const Start: Story = { args: fixture<ButtonProps>(fixtures, 'start') };

/** One of govuk-frontend's `fixtures.json` files. */
export interface FixturesFile {
  component: string;
  fixtures: readonly { name: string; options: unknown; hidden?: boolean }[];
}

/** The macro options of the govuk-frontend example called `name`, as props for our component. */
export function fixture<Props>(file: FixturesFile, name: string): Props {
  const found = file.fixtures.find((example) => example.name === name);
  if (!found) throw new Error(`govuk-frontend has no ${file.component} example called “${name}”`);
  return structuredClone(found.options) as Props;
}
