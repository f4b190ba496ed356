/**
 * Checks that two renderings are the same page before they are timed against each other: same questions (labels,
 * hints, input names and values, error messages, summary rows and links), and the same markup once the differences
 * no browser shows are set aside (white space between tags, attribute order, React's `<!-- -->` text markers, how
 * an entity or a boolean attribute is spelled). A rough tokenizer, not an HTML parser: enough for pages this small.
 */

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? entity;
  });
}

const textOf = (html: string) =>
  decode(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

const all = (html: string, pattern: RegExp, read: (match: RegExpMatchArray) => string) =>
  [...html.matchAll(pattern)].map(read);

/** What a resident reads and posts on the page, in page order. */
export function pageFacts(html: string): Record<string, string[]> {
  return {
    headings: all(html, /<h1[^>]*>([\s\S]*?)<\/h1>/g, (m) => textOf(m[1] ?? '')),
    labels: all(html, /<label[^>]*>([\s\S]*?)<\/label>/g, (m) => textOf(m[1] ?? '')),
    hints: all(html, /<div[^>]*class="govuk-hint"[^>]*>([\s\S]*?)<\/div>/g, (m) => textOf(m[1] ?? '')),
    inputs: all(html, /<input\b[^>]*>/g, (m) => {
      const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const value = /\bvalue="([^"]*)"/.exec(m[0])?.[1] ?? '';
      return `${name}=${decode(value)}`;
    }),
    errors: all(html, /<p[^>]*class="govuk-error-message"[^>]*>([\s\S]*?)<\/p>/g, (m) => textOf(m[1] ?? '')),
    summaryRows: all(
      html,
      /<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g,
      (m) => `${textOf(m[1] ?? '')}: ${textOf(m[2] ?? '')}`,
    ),
    links: all(
      html,
      /<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g,
      (m) => `${decode(m[1] ?? '')} ${textOf(m[2] ?? '')}`,
    ),
    buttons: all(html, /<button[^>]*>([\s\S]*?)<\/button>/g, (m) => textOf(m[1] ?? '')),
  };
}

// Present or not is all that counts for these: React writes `novalidate=""`, Nunjucks `novalidate`.
const booleanAttributes = new Set(['novalidate', 'disabled', 'checked', 'selected', 'required', 'readonly']);

/** The page as tags (attributes sorted) and text runs (white space collapsed), with React's text markers dropped. */
export function markupTokens(html: string): string[] {
  const tokens: string[] = [];
  for (const [token] of html.replace(/<!-- -->/g, '').matchAll(/<[^>]+>|[^<]+/g)) {
    if (!token.startsWith('<')) {
      const text = decode(token).replace(/\s+/g, ' ').trim();
      if (text) tokens.push(text);
      continue;
    }
    const tag = /^<\/?\s*([a-z0-9-]+)/i.exec(token)?.[0] ?? token;
    const attributes = [...token.matchAll(/\s([a-z][a-z0-9-:]*)(?:="([^"]*)")?/gi)]
      .map(([, written = '', value = '']) => {
        // HTML attribute names ignore case: React writes `noValidate`.
        const name = written.toLowerCase();
        return booleanAttributes.has(name) ? name : `${name}="${decode(value)}"`;
      })
      .sort();
    tokens.push([tag.toLowerCase(), ...attributes].join(' '));
  }
  return tokens;
}

/**
 * Throws unless both renderings ask the same questions with the same names and show the same words and links, and
 * their markup matches token for token. `name` says which page, in the error.
 */
export function assertSamePage(name: string, nunjucksHtml: string, reactHtml: string): void {
  const expected = pageFacts(nunjucksHtml);
  const actual = pageFacts(reactHtml);
  if ((expected.labels?.length ?? 0) + (expected.summaryRows?.length ?? 0) === 0) {
    throw new Error(`${name}: the Nunjucks page has no questions or answers, so there is nothing to compare`);
  }
  for (const [fact, values] of Object.entries(expected)) {
    const found = actual[fact] ?? [];
    if (JSON.stringify(values) !== JSON.stringify(found)) {
      throw new Error(
        `${name}: ${fact} differ.\nNunjucks: ${JSON.stringify(values)}\nReact:    ${JSON.stringify(found)}`,
      );
    }
  }
  const nunjucksTokens = markupTokens(nunjucksHtml);
  const reactTokens = markupTokens(reactHtml);
  const at = nunjucksTokens.findIndex((token, index) => token !== reactTokens[index]);
  if (at !== -1 || nunjucksTokens.length !== reactTokens.length) {
    const index = at === -1 ? Math.min(nunjucksTokens.length, reactTokens.length) : at;
    throw new Error(
      `${name}: the markup differs at token ${index}.\nNunjucks: ${nunjucksTokens.slice(index, index + 3).join(' | ')}\nReact:    ${reactTokens.slice(index, index + 3).join(' | ')}`,
    );
  }
}
