import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFlow } from '@lgds/core';
import { payloadSchema, RulesError, resolveRules, withRulesTable } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { fencedBlocks, missingImports } from '../../../scripts/code-blocks.mjs';
import * as welsh from './cy';
import * as english from './en';
import * as main from './index';
import { presets } from './presets';
import { bulkyWaste } from './transaction';

// The README is for councils: its rules table is generated from the rules schema, and its examples are checked here
// against what the package really does, so the two cannot drift apart.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspaceRoot = join(packageDir, '..', '..');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

/** The README's code blocks in a language, in order. */
function codeBlocks(language: string): string[] {
  return fencedBlocks(readme)
    .filter((block) => block.language === language)
    .map((block) => block.code);
}

const [rulesExample = '', payloadExample = ''] = codeBlocks('json');

it('has the rules table the rules schema gives (run `node scripts/rules-table.mjs` after changing rules.ts)', () => {
  expect(readme).toContain('<!-- rules-table:start -->');
  expect(withRulesTable(readme, bulkyWaste)).toBe(readme);
});

describe('the README’s examples', () => {
  const myRules = JSON.parse(rulesExample);

  it('the rules file resolves, alone and over a preset', () => {
    expect(resolveRules(bulkyWaste, myRules)).toMatchObject(myRules);
    expect(resolveRules(bulkyWaste, presets.exampleshire, myRules)).toMatchObject(myRules);
  });

  it('the RulesError is the one those mistakes give', () => {
    const mistakes = { maxItemsPerBooking: 0, cancellation: { daysBefor: 2 } };
    const shown = codeBlocks('text').find((block) => block.startsWith('The local rules for'));
    let thrown: unknown;
    try {
      resolveRules(bulkyWaste, presets.exampleshire, myRules, mistakes);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RulesError);
    expect((thrown as RulesError).message).toBe(shown?.trimEnd());
  });

  it('the payload is what the journey sends for those answers under the rules file', () => {
    const payload = JSON.parse(payloadExample);
    // The dates offered depend on the day: the example was sent on 15 October 2026.
    const flow = createFlow(bulkyWaste, resolveRules(bulkyWaste, myRules), { today: () => '2026-10-15' });
    const sent = flow.submission(payload.answers, {
      reference: payload.reference,
      submittedAt: new Date(payload.submittedAt),
    });
    expect(sent).toEqual({ ok: true, payload });
    expect(payloadSchema(flow).safeParse(payload).success).toBe(true);
  });
});

// A quick guard: scripts/pack-and-install.mjs type-checks every example against the packed package, in minutes.
it.each([
  ['@lgds/bulky-waste', main],
  ['@lgds/bulky-waste/en', english],
  ['@lgds/bulky-waste/cy', welsh],
])('every name the documentation imports from %s is one it exports', (entry, exported) => {
  expect(missingImports(workspaceRoot, entry, exported)).toEqual([]);
});
