/**
 * readme-checks: what every package's src/readme.test.ts checks of its README, registered as vitest cases, so each
 * package's test says only what is its own (its transactions, its preset, its mistakes, its entry points).
 *
 * - `documentedImportsExist`: every name the documentation imports from an entry point is one it exports.
 * - `rulesTablesMatch`: the README's rules tables are what the rules schemas give.
 * - `rulesExamplesHold`: the README's examples (a rules file, the `RulesError` some mistakes give, and the payload
 *   the journey sends) are what the package really does.
 * - `transactionReadmeChecks`: all three, for a package of one transaction (what `pnpm gen transaction` makes).
 *
 * The checks need @lgds/core, which this folder cannot import (the workspace's root depends on no package): the
 * test lends it the functions it imports itself, so both use the very same module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fencedBlocks, missingImports } from './code-blocks.mjs';

const workspaceRoot = fileURLToPath(new URL('..', import.meta.url));

/** A README's text and its code blocks in a language, in order. */
function readReadme(readmeUrl) {
  const text = readFileSync(readmeUrl, 'utf8');
  const blocks = fencedBlocks(text);
  const codeBlocks = (language) => blocks.filter((block) => block.language === language).map((block) => block.code);
  return { text, codeBlocks };
}

/**
 * For each entry point (`'@lgds/garden-waste/en'`) and its module namespace: what the documentation imports exists.
 * A quick guard: scripts/pack-and-install.mjs type-checks every example against the packed package, in minutes.
 */
export function documentedImportsExist(entries) {
  it.each(Object.entries(entries))(
    'every name the documentation imports from %s is one it exports',
    (entry, exported) => {
      expect(missingImports(workspaceRoot, entry, exported)).toEqual([]);
    },
  );
}

/** For each marker (`rules-table`) and its transaction: the README's table between the markers is the schema's. */
export function rulesTablesMatch(readmeUrl, { withRulesTable }, tables) {
  const { text } = readReadme(readmeUrl);
  const script = readdirSync(new URL('scripts/', readmeUrl)).find((name) => /^rules-tables?\.mjs$/.test(name));
  it.each(Object.entries(tables))(
    `has, between its %s markers, the table the rules schema gives (run \`node scripts/${script}\` after a change)`,
    (marker, transaction) => {
      expect(text).toContain(`<!-- ${marker}:start -->`);
      expect(withRulesTable(text, transaction, marker)).toBe(text);
    },
  );
}

/**
 * The README's examples: its first `json` block is a council's rules file, its second the payload the journey sends
 * for the answers in it under those rules (on `today`, when what is offered depends on the day), and its `text` block
 * starting "The local rules for" the message of the `RulesError` that `mistakes`, over the preset and the rules
 * file, give.
 */
export function rulesExamplesHold(readmeUrl, core, { transaction, preset, mistakes, today }) {
  const { createFlow, payloadSchema, RulesError, resolveRules } = core;
  const { codeBlocks } = readReadme(readmeUrl);
  const [rulesExample = '', payloadExample = ''] = codeBlocks('json');

  describe('the README’s examples', () => {
    const myRules = JSON.parse(rulesExample);

    it('the rules file resolves, alone and over a preset', () => {
      expect(resolveRules(transaction, myRules)).toMatchObject(myRules);
      expect(resolveRules(transaction, preset, myRules)).toMatchObject(myRules);
    });

    it('the RulesError is the one those mistakes give', () => {
      const shown = codeBlocks('text').find((block) => block.startsWith('The local rules for'));
      let thrown;
      try {
        resolveRules(transaction, preset, myRules, mistakes);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RulesError);
      expect(thrown.message).toBe(shown?.trimEnd());
    });

    it('the payload is what the journey sends for those answers under the rules file', () => {
      const payload = JSON.parse(payloadExample);
      const flow = createFlow(transaction, resolveRules(transaction, myRules), today ? { today: () => today } : {});
      const sent = flow.submission(payload.answers, {
        reference: payload.reference,
        submittedAt: new Date(payload.submittedAt),
      });
      expect(sent).toEqual({ ok: true, payload });
      expect(payloadSchema(flow).safeParse(payload).success).toBe(true);
    });
  });
}

/** Every check of the README of a package of one transaction, whose rules table has the `rules-table` markers. */
export function transactionReadmeChecks(readmeUrl, core, { transaction, preset, mistakes, today, entries }) {
  rulesTablesMatch(readmeUrl, core, { 'rules-table': transaction });
  rulesExamplesHold(readmeUrl, core, { transaction, preset, mistakes, today });
  documentedImportsExist(entries);
}
