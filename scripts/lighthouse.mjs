/**
 * Lighthouse figures for `pnpm bench`: Lighthouse 12 (npm) in the system Chromium, its default mobile preset
 * (simulated throttling, Lantern), on three pages of a council's site: the home page, garden waste's first page and
 * its check answers page. Thresholds: accessibility 100, best practices 95, performance 95 (SEO is not measured).
 *
 *   node scripts/lighthouse.mjs                    the site of scripts/rehearse-release.mjs (published packages,
 *                                                  installed from a local registry, built and started)
 *   node scripts/lighthouse.mjs --origin <url>     a site that is already running
 *
 * Options: `--home <path>` (default `/`), `--start <path>` garden waste's start (default: the first of
 * `/services/garden-waste-new` and `/garden-waste-new` that is there), `--runs <n>` Lighthouse runs per page, the
 * median taken (default 3). The browser is `CHROMIUM_PATH`, or `/usr/bin/chromium`.
 *
 * Check answers is reached only by answering the journey's questions in one session, so the script walks garden
 * waste first without JavaScript (as `packages/server/test/resident.ts` does: a GET, then each page's form posted
 * with its CSRF token and the session cookie, following the 303s), with Exampleshire's answers from
 * `packages/garden-waste/src/testing/journeys.ts`, and gives Lighthouse the session cookie as an extra header.
 *
 * It prints a table of the scores, and exits 1 if any is under its threshold, naming the failing audits.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Lighthouse's categories measured, with the least score each must have (0–100). */
export const thresholds = { performance: 95, accessibility: 100, 'best-practices': 95 };

const categoryNames = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
};

/** The CSRF token's field in each form: `CSRF_FIELD` of `@lgds/server`. */
const CSRF_FIELD = '_csrf';

const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu'];

// What the resident answers on each page of garden waste's new subscription under Exampleshire's rules: the walk
// "Exampleshire: 1 small bin already there, paying by card" (packages/garden-waste/src/testing/journeys.ts), with no
// concession. `addressFind` and `addressChoose` are asked only when the site has an address lookup (OS Places, or the
// service's local fake, whose addresses are at AA1 1AA); otherwise `address` is.
const answers = {
  addressFind: { postcode: 'AA1 1AA', building: '' },
  addressChoose: { uprn: firstOption },
  address: { line1: '1 High Street', line2: '', town: 'Exampleton', postcode: 'EX1 1AA' },
  property: { type: 'house' },
  container: { type: '140-litre-bin' },
  bins: { count: '1' },
  delivery: { needed: 'no' },
  concession: { type: 'none' },
  payment: { method: 'card' },
  contact: { contactBy: 'email', email: 'resident@example.com', reminders: 'no' },
};

/** The first real option of a select (not its "N addresses found" prompt, nor "I cannot find it"). */
function firstOption(options) {
  return options.find((value) => value !== '' && value !== 'none') ?? options[0] ?? '';
}

const decode = (text) =>
  text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** An HTML tag's attributes, by name (lower case). */
function attributesOf(tag) {
  const attributes = {};
  for (const [, name, , double, single, bare] of tag.matchAll(
    /([^\s=/<>"']+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
  )) {
    attributes[name.toLowerCase()] = decode(double ?? single ?? bare ?? '');
  }
  return attributes;
}

/**
 * The form on a page that carries the CSRF token: where it posts, its hidden fields, and its questions (text
 * inputs and textareas with their values, radios and checkboxes with their values, selects with their options).
 */
export function formOf(html) {
  for (const [, openTag, body] of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const form = attributesOf(openTag);
    if ((form.method ?? 'get').toLowerCase() !== 'post' || !body.includes(`name="${CSRF_FIELD}"`)) continue;
    const hidden = {};
    const texts = {};
    const choices = {};
    const checkboxes = {};
    for (const [tag] of body.matchAll(/<input\b[^>]*>/gi)) {
      const input = attributesOf(tag);
      if (!input.name) continue;
      const type = (input.type ?? 'text').toLowerCase();
      if (type === 'hidden') hidden[input.name] = input.value ?? '';
      else if (type === 'radio') choices[input.name] = [...(choices[input.name] ?? []), input.value ?? 'on'];
      else if (type === 'checkbox') checkboxes[input.name] = [...(checkboxes[input.name] ?? []), input.value ?? 'on'];
      else if (!['submit', 'button', 'file', 'image', 'reset'].includes(type)) texts[input.name] = input.value ?? '';
    }
    for (const [, tag, text] of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const { name } = attributesOf(tag);
      if (name) texts[name] = decode(text);
    }
    for (const [, tag, options] of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const { name } = attributesOf(tag);
      if (!name) continue;
      choices[name] = [...options.matchAll(/<option\b([^>]*)>([^<]*)/gi)].map(
        ([, attributes, label]) => attributesOf(attributes).value ?? decode(label).trim(),
      );
    }
    return { action: form.action, hidden, texts, choices, checkboxes };
  }
  return undefined;
}

/** What a page's form posts: the page's answers where they are known, else what the form already holds. */
function filledIn(form, step) {
  const given = answers[step];
  if (!given) throw new Error(`garden waste asked a question this script has no answer for: the "${step}" page`);
  const body = new URLSearchParams(form.hidden);
  for (const [name, value] of Object.entries(form.texts)) body.set(name, given[name] ?? value);
  for (const [name, options] of Object.entries(form.choices)) {
    const answer = given[name];
    const chosen = typeof answer === 'function' ? answer(options) : answer;
    if (chosen === undefined) continue;
    if (!options.includes(chosen)) {
      throw new Error(`the "${step}" page offers ${name} = ${options.join(', ')}, not ${chosen}`);
    }
    body.set(name, chosen);
  }
  for (const name of Object.keys(form.checkboxes)) if (given[name] !== undefined) body.append(name, given[name]);
  return body;
}

/** A resident's browser without JavaScript: keeps its cookies, and follows redirects when asked. */
class Resident {
  cookies = new Map();

  constructor(origin) {
    this.origin = origin;
  }

  get cookie() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async send(path, init = {}) {
    const url = new URL(path, this.origin);
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      if (/max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(equals + 1).trim());
    }
    const location = response.headers.get('location');
    return {
      url: url.href,
      status: response.status,
      location: location ? new URL(location, url).href : null,
      html: await response.text(),
    };
  }

  /** Opens a page, following redirects as a browser does. */
  async open(path) {
    let url = path;
    for (let hops = 0; hops < 10; hops++) {
      const page = await this.send(url);
      if (![301, 302, 303, 307, 308].includes(page.status)) return page;
      url = page.location;
    }
    throw new Error(`too many redirects from ${path}`);
  }
}

const titleOf = (html) => decode(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').trim();
const stepOf = (url) => new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';

/**
 * Walks garden waste's new subscription from its start to check answers, without JavaScript, and gives the first
 * page's address, check answers' address and the session's cookie.
 */
export async function walkToCheckAnswers(origin, start) {
  const resident = new Resident(origin);
  let page = await resident.open(start);
  if (page.status !== 200) throw new Error(`${start} answered ${page.status}`);
  const firstPage = page.url;
  const seen = [];
  while (stepOf(page.url) !== 'check-answers') {
    const step = stepOf(page.url);
    seen.push(step);
    if (seen.length > 30) throw new Error(`no check answers after ${seen.join(', ')}`);
    const form = formOf(page.html);
    if (!form) throw new Error(`${page.url} has no form (${page.status} ${titleOf(page.html)})`);
    const sent = await resident.send(new URL(form.action ?? page.url, page.url).href, {
      method: 'POST',
      body: filledIn(form, step).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (sent.status !== 303) {
      const error = /govuk-error-summary__list[\s\S]*?<\/ul>/.exec(sent.html)?.[0].replace(/<[^>]+>/g, ' ');
      throw new Error(
        `${step}: the answers were refused (${sent.status} ${titleOf(sent.html)}${error ? `: ${error.replace(/\s+/g, ' ').trim()}` : ''})`,
      );
    }
    page = await resident.open(sent.location);
    if (page.status !== 200) throw new Error(`${page.url} answered ${page.status}`);
  }
  return { firstPage, checkAnswers: page.url, cookie: resident.cookie, steps: seen };
}

/** The median of some numbers. */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs Lighthouse's default (mobile) preset on each page in the system Chromium, and gives each page's scores
 * (0–100) by category (the median of `runs` runs, with the lowest and highest), with the audits that cost points in
 * any category under its threshold.
 *
 * `pages`: `[{ name, url, cookie? }]`; a page with a cookie is audited with it sent on every request.
 *
 * Each run has a Chromium of its own (a fresh profile, as Lighthouse's own command line does): in one browser, only
 * the first page would ask for /favicon.ico, so a missing icon's console error would count against whichever page
 * was audited first, and not against the others.
 */
export async function lighthouseScores(origin, pages, { chromePath, runs = 1, log = () => {} } = {}) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
  ]);
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: where a root script finds the browser, not a turbo task input.
  const path = chromePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  process.env.CHROME_PATH = path;
  const results = [];
  for (const page of pages) {
    const url = new URL(page.url, origin).href;
    const measured = [];
    for (let run = 0; run < runs; run++) {
      log(`Lighthouse: ${page.name} (${url})${runs > 1 ? `, run ${run + 1} of ${runs}` : ''}`);
      const chrome = await chromeLauncher.launch({ chromePath: path, chromeFlags });
      let result;
      try {
        result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(thresholds),
          ...(page.cookie && { extraHeaders: { Cookie: page.cookie } }),
        });
      } finally {
        await chrome.kill();
      }
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      if (lhr.finalDisplayedUrl !== url) {
        throw new Error(`${url} led to ${lhr.finalDisplayedUrl}: the page measured is not the one asked for`);
      }
      measured.push(lhr);
    }
    const scoresOf = (category) => measured.map((lhr) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    const scores = {};
    const ranges = {};
    const failing = {};
    const lost = {};
    for (const category of Object.keys(thresholds)) {
      scores[category] = median(scoresOf(category));
      ranges[category] = [Math.min(...scoresOf(category)), Math.max(...scoresOf(category))];
      if (scores[category] >= 100) continue;
      // The audits that cost points, in the first run at or under the median: the scored audits that lost points
      // and, for performance, what Lighthouse says slows its metrics (weighed 0 themselves: render-blocking
      // requests, text compression and the like).
      const lhr = measured.find((one) => Math.round(one.categories[category].score * 100) <= scores[category]);
      const costly = (ref) =>
        ref.weight > 0 || Object.values(lhr.audits[ref.id]?.metricSavings ?? {}).some((saving) => saving > 0);
      const audits = lhr.categories[category].auditRefs
        .filter(costly)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => ({
          id: audit.id,
          title: audit.title,
          score: audit.score,
          value: audit.displayValue,
          items: Array.isArray(audit.details?.items) ? audit.details.items.slice(0, 3).map(itemOf) : [],
        }));
      if (scores[category] < thresholds[category]) failing[category] = audits;
      else lost[category] = audits;
    }
    results.push({
      name: page.name,
      url,
      scores,
      ranges,
      failing,
      lost,
      warnings: measured.flatMap((lhr) => lhr.runWarnings),
    });
  }
  return results;
}

/** One of an audit's items, in a few words: what it is about. */
function itemOf(item) {
  const url = item.url ?? item.sourceLocation?.url;
  const about = url ?? item.node?.snippet ?? item.description ?? item.source ?? JSON.stringify(item);
  const detail = item.description && url ? `: ${item.description}` : '';
  return `${String(about).slice(0, 160)}${detail.slice(0, 160)}`;
}

/** Whether garden waste starts at `path` on the site. */
async function isThere(origin, path) {
  const response = await fetch(new URL(path, origin), { redirect: 'manual' });
  await response.body?.cancel();
  return response.status !== 404;
}

/** Audits a running site's three pages; gives the results. */
export async function auditSite(origin, { home = '/', start, runs = 1, log = console.log } = {}) {
  const startPath =
    start ??
    (await isThere(origin, '/services/garden-waste-new').then((there) =>
      there ? '/services/garden-waste-new' : '/garden-waste-new',
    ));
  log(`Walking garden waste from ${startPath} to check answers, without JavaScript`);
  const walk = await walkToCheckAnswers(origin, startPath);
  log(`  through ${walk.steps.join(', ')}`);
  return lighthouseScores(
    origin,
    [
      { name: 'home', url: home },
      { name: 'garden waste: first page', url: walk.firstPage },
      { name: 'garden waste: check answers', url: walk.checkAnswers, cookie: walk.cookie },
    ],
    { runs, log },
  );
}

/** The results as a table, with the failing audits under it; and whether every score met its threshold. */
export function report(results, { runs = 1 } = {}) {
  const categories = Object.keys(thresholds);
  const rows = [
    ['page', ...categories.map((category) => `${categoryNames[category]} (≥ ${thresholds[category]})`)],
    ...results.map((result) => [
      `${result.name} (${new URL(result.url).pathname})`,
      ...categories.map((category) => {
        const [lowest, highest] = result.ranges[category];
        const range = lowest === highest ? '' : ` (${lowest}–${highest})`;
        return `${result.scores[category]}${range}${category in result.failing ? ' ✗' : ''}`;
      }),
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const lines = [
    `Lighthouse ${runs > 1 ? `(median of ${runs} runs, lowest–highest when they differ)` : '(one run each)'}, mobile preset, simulated throttling:`,
    line(rows[0]),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ];
  let passed = true;
  const notes = [];
  for (const result of results) {
    for (const [category, audits] of Object.entries(result.failing)) {
      passed = false;
      lines.push(
        '',
        `${result.name}: ${categoryNames[category]} ${result.scores[category]}, under ${thresholds[category]}:`,
        ...audits.map(
          (audit) =>
            `  ${audit.id}: ${audit.title} (score ${Math.round(audit.score * 100)}${audit.value ? `, ${audit.value}` : ''})` +
            audit.items.map((item) => `\n    ${item}`).join(''),
        ),
      );
    }
    for (const [category, audits] of Object.entries(result.lost)) {
      const named = audits.map((audit) => `${audit.id}${audit.value ? ` (${audit.value})` : ''}`).join(', ');
      notes.push(
        `${result.name}: ${categoryNames[category]} ${result.scores[category]}, passing; points lost to ${named}`,
      );
    }
    for (const warning of new Set(result.warnings)) notes.push(`${result.name}: Lighthouse warns: ${warning}`);
  }
  if (notes.length > 0) lines.push('', ...notes);
  return { text: lines.join('\n'), passed };
}

async function main() {
  const { values } = parseArgs({
    options: {
      origin: { type: 'string' },
      home: { type: 'string', default: '/' },
      start: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number, got ${values.runs}`);
  const options = { home: values.home, start: values.start, runs };
  let results;
  if (values.origin) {
    results = await auditSite(values.origin, options);
  } else {
    const { rehearse } = await import('./rehearse-release.mjs');
    await rehearse({
      docs: false,
      againstSite: async ({ origin, log }) => {
        results = await auditSite(origin, { ...options, log: log ?? console.log });
      },
    });
    if (!results) throw new Error('the rehearsal ended without running the site');
  }
  const { text, passed } = report(results, { runs });
  console.log(text);
  if (!passed) {
    console.error('\nLighthouse: a score is under its threshold (see the audits above).');
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
