import type { CSSProperties } from 'react';

/**
 * govuk-frontend's `attributes` option: a value, or `{ value, optional }` where an optional attribute is left
 * out when empty and written bare when `true` (as `govukAttributes` does in the Nunjucks macros).
 */
export type Attributes = Readonly<
  Record<
    string,
    string | number | boolean | null | undefined | { value?: string | number | boolean | null; optional?: boolean }
  >
>;

// HTML attribute names whose React prop names differ. Anything else (data-*, aria-*) passes through as is. Most are
// the React name in lower case; only `class` and `for` differ otherwise.
const reactNames: Readonly<Record<string, string>> = /* @__PURE__ */ Object.fromEntries([
  ['class', 'className'],
  ['for', 'htmlFor'],
  ...'tabIndex readOnly maxLength minLength autoComplete autoCapitalize autoFocus spellCheck inputMode enterKeyHint contentEditable crossOrigin accessKey noValidate formNoValidate allowFullScreen playsInline itemScope hrefLang srcSet colSpan rowSpan dateTime'
    .split(' ')
    .map((reactName) => [reactName.toLowerCase(), reactName]),
]);

// React writes these bare from `true` and leaves them out for any falsy value (even `""`), while HTML counts the
// attribute as set whatever its value: so any value the macro would write becomes `true`.
const booleanAttributes = new Set(
  'hidden disabled required readonly checked selected multiple autofocus novalidate formnovalidate inert open async defer muted loop controls reversed allowfullscreen playsinline itemscope'.split(
    ' ',
  ),
);

// Names React keeps for itself, which it would never write as attributes.
const reservedNames = new Set(['children', 'key', 'ref', 'dangerouslysetinnerhtml', 'suppresshydrationwarning']);

/**
 * React props for the HTML attributes of one element: the caller's `attributes`, written as `govukAttributes` writes
 * them, and the element's own attributes (`own`, React props), which the macro writes first. A browser keeps the first
 * of two attributes with one name, so an own attribute wins over the caller's of that name (`class`,
 * `aria-describedby`…), unless it is `undefined`, which the macro leaves out. Own attributes the macro writes after
 * the caller's belong in the JSX before this spread instead.
 *
 * When `own` has `defaultValue` or `defaultChecked` (an uncontrolled form control), the caller's `value` or `checked`
 * becomes that default, which React writes as the same attribute.
 */
export function attributeProps(
  attributes: Attributes | undefined,
  own: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [given, raw] of Object.entries(attributes ?? {})) {
    const name = given.toLowerCase();
    const described = typeof raw === 'object' && raw !== null;
    const value = described ? raw.value : raw;
    const optional = described && raw.optional === true;
    // govukAttributes: an optional attribute without a value is left out.
    if (optional && (value === null || value === undefined || value === false)) continue;
    // Event handlers in text cannot be React props (React drops them from its HTML): a string here is never run.
    if (reservedNames.has(name) || name.startsWith('on')) continue;
    const text = value === null || value === undefined || (optional && value === true) ? '' : String(value);
    const uncontrolled = `default${name[0]?.toUpperCase()}${name.slice(1)}`;
    const key = uncontrolled in own ? uncontrolled : (reactNames[name] ?? name);
    if (name === 'style') props.style = styleObject(text);
    // React writes `hidden` only bare; `hidden="until-found"` goes under a name React does not know, which HTML
    // reads case-insensitively as `hidden` (React warns about the name in development only).
    else if (name === 'hidden' && text && text !== 'hidden') props.Hidden = text;
    else if (booleanAttributes.has(name)) props[key] = true;
    else props[key] = text;
    if (name === 'contenteditable') props.suppressContentEditableWarning = true;
  }
  for (const [key, value] of Object.entries(own)) if (value !== undefined) props[key] = value;
  return props;
}

/**
 * A `style` attribute's declarations as the style object React needs: `color: red; --gap: 1px` becomes
 * `{ color: 'red', '--gap': '1px' }`. Semicolons inside brackets or quotes (`url("a;b")`) stay in their value.
 */
function styleObject(css: string): CSSProperties {
  const style: Record<string, string> = {};
  for (const declaration of css.split(/;(?=(?:[^"'()]|"[^"]*"|'[^']*'|\([^)]*\))*$)/)) {
    const colon = declaration.indexOf(':');
    const property = declaration.slice(0, colon).trim();
    if (colon < 0 || !property) continue;
    // Custom properties keep their name; others are camel-cased, `-ms-` prefixes as React expects them (`msFlex`).
    const key = property.startsWith('--')
      ? property
      : property
          .toLowerCase()
          .replace(/^-ms-/, 'ms-')
          .replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    style[key] = declaration.slice(colon + 1).trim();
  }
  return style;
}
