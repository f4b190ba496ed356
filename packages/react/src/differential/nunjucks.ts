import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);
// The folder holding `govuk/`, so that templates import macros as `govuk/components/<name>/macro.njk`.
const dist = resolve(dirname(require.resolve('govuk-frontend/dist/govuk/macros/attributes.njk')), '../..');
const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(dist), { autoescape: true });
const compiled = new Map<string, nunjucks.Template>();

/** The macro name of a govuk-frontend component folder: `date-input` is `govukDateInput`. */
function macroName(component: string): string {
  return `govuk${component.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;
}

/**
 * Renders a govuk-frontend component through its own Nunjucks macro, as a council's Nunjucks site would. Each
 * component's template is compiled once.
 */
export function renderMacro(component: string, options: unknown): string {
  let template = compiled.get(component);
  if (!template) {
    const macro = macroName(component);
    const source = `{% from "govuk/components/${component}/macro.njk" import ${macro} %}{{ ${macro}(params) }}`;
    template = nunjucks.compile(source, environment);
    compiled.set(component, template);
  }
  return template.render({ params: options });
}
