import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { canonicalHtml } from '../parity/compare';
import { parityEntries } from '../parity/fixtures';
import { differentialExceptions } from './exceptions';
import { looseHtmlAsChildren } from './html-to-react';
import { renderMacro } from './nunjucks';
import { optionGenerators } from './options';
import { seededRandom } from './random';

// Random options rendered by govuk-frontend's own Nunjucks macros and by our components must give the same HTML,
// text spacing included (see ../parity/compare.ts for what counts). Each case has its own seed, printed on a
// mismatch: DIFFERENTIAL_SEED=<seed> DIFFERENTIAL_CASES=1 renders that case again.
const baseSeed = Number(process.env.DIFFERENTIAL_SEED ?? 20_260_601);
const cases = Number(process.env.DIFFERENTIAL_CASES ?? 500);
const tally = new Map<string, { cases: number; mismatches: number; excepted: number }>();

/** The lines around the first and last difference between two canonical renderings. */
function minimalDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) end += 1;
  const context = Math.max(0, start - 2);
  return [
    ...a.slice(context, start).map((line) => `  ${line}`),
    ...a.slice(start, a.length - end).map((line) => `- ${line}`),
    ...b.slice(start, b.length - end).map((line) => `+ ${line}`),
  ].join('\n');
}

const entries = parityEntries.filter((entry) => Object.hasOwn(optionGenerators, entry.component));

describe.each(entries.map((entry) => [entry.component, entry] as const))('%s', (component, entry) => {
  it(`renders ${cases} random option sets as govuk-frontend’s macro does`, () => {
    const generate = optionGenerators[component];
    if (!generate) throw new Error(`No options generator for ${component}`);
    // React warns in development about `hidden="until-found"`, written under a name it does not know.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const mismatches: string[] = [];
    const exceptions = differentialExceptions.filter((exception) => exception.component === component);
    let excepted = 0;
    for (let index = 0; index < cases; index += 1) {
      const seed = baseSeed + index;
      const options = JSON.parse(JSON.stringify(generate(seededRandom(seed)))) as Record<string, unknown>;
      const expected = canonicalHtml(renderMacro(component, options));
      // Our loose formGroup slots take children, not html: the test turns the generated html into children.
      const actual = canonicalHtml(renderToStaticMarkup(entry.render(looseHtmlAsChildren(structuredClone(options)))));
      if (expected !== actual && exceptions.some((exception) => exception.applies(options))) excepted += 1;
      else if (expected !== actual) {
        mismatches.push(`seed ${seed}: ${JSON.stringify(options)}\n${minimalDiff(expected, actual)}`);
      }
    }
    vi.restoreAllMocks();
    tally.set(component, { cases, mismatches: mismatches.length, excepted });
    expect(mismatches.slice(0, 3).join('\n\n')).toBe('');
    // 500 cases parse 1,000 documents in jsdom: 10–20 s a component on a busy 2-core machine.
  }, 300_000);
});

// Each exception must still describe a real difference: once govuk-frontend fixes its quirk, it goes.
describe.each(differentialExceptions.map((exception) => [exception.component, exception] as const))(
  '%s exception',
  (component, exception) => {
    it('still differs from the macro for options it applies to', () => {
      const entry = parityEntries.find((candidate) => candidate.component === component);
      const options = {
        name: 'more',
        label: { text: 'More' },
        formGroup: { attributes: { 'data-x': { value: 'y', optional: true } } },
      };
      expect(exception.applies(options)).toBe(true);
      const ours = entry && canonicalHtml(renderToStaticMarkup(entry.render(options)));
      expect(ours).not.toBe(canonicalHtml(renderMacro(component, options)));
      expect(ours).toContain('data-x="y"');
    });
  },
);

afterAll(() => {
  const rows = [...tally].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([name]) => name.length), 9);
  console.log(
    [
      `${'component'.padEnd(width)}  cases  mismatches  excepted   (seed ${baseSeed}; exceptions in exceptions.ts)`,
      ...rows.map(
        ([name, row]) =>
          `${name.padEnd(width)}  ${String(row.cases).padStart(5)}  ${String(row.mismatches).padStart(10)}  ${String(row.excepted).padStart(8)}`,
      ),
    ].join('\n'),
  );
});
