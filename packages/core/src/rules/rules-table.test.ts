import { describe, expect, it } from 'vitest';
import { bulkyWaste } from '../sample/transaction';
import { rulesTable, withRulesTable } from './rules-table';

describe('rulesTable', () => {
  it('gives a council every setting with its type, range and default', () => {
    const lines = rulesTable(bulkyWaste).split('\n');
    expect(lines[0]).toMatch(/^\| Setting +\| Type +\| Default +\| What it does +\|$/);
    expect(lines.find((line) => line.startsWith('| `maxItems`'))).toMatch(
      /\| `maxItems` +\| whole number from 1 to 20 +\| `5` +\| The most items one collection takes\. +\|/,
    );
    expect(lines.find((line) => line.startsWith('| `concessions[].id`'))).toContain('(required)');
  });

  it('replaces the table between the markers, and only there', () => {
    const readme = 'Intro\n\n<!-- rules-table:start -->\n\nold\n\n<!-- rules-table:end -->\n\nOutro\n';
    const updated = withRulesTable(readme, bulkyWaste);
    expect(updated.startsWith('Intro\n\n<!-- rules-table:start -->\n\n| Setting')).toBe(true);
    expect(updated.endsWith('|\n\n<!-- rules-table:end -->\n\nOutro\n')).toBe(true);
    expect(withRulesTable(updated, bulkyWaste)).toBe(updated);
    expect(() => withRulesTable('no markers', bulkyWaste)).toThrow('needs the markers');
  });
});
