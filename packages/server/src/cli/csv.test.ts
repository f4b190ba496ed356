import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cellText, payloadLeaves, submissionsCsv } from './csv';

describe('cellText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1', "'＝1"],
    ['plain', 'plain'],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j is written %j', (value, cell) => {
    expect(cellText(value)).toBe(cell);
  });

  it('writes numbers, negative ones too, and true and false as they are, and null as nothing', () => {
    expect([cellText(-500), cellText(0.5), cellText(true), cellText(null)]).toEqual(['-500', '0.5', 'true', '']);
  });
});

describe('payloadLeaves', () => {
  it('flattens answers and derived by dot path, and nothing else', () => {
    const leaves = payloadLeaves({
      reference: 'GW-A23CD-X9RTP',
      submittedAt: '2026-07-01T09:05:00.000Z',
      answers: { address: { postcode: 'SY23 1AA' }, empty: {}, none: null, list: [], days: ['Mon', 'Tue'] },
      derived: { lines: [{ item: 'a' }, { item: 'b', more: [1, 2] }], mixed: [1, { two: 2 }] },
    });
    expect(Object.fromEntries(leaves)).toEqual({
      'answers.address.postcode': 'SY23 1AA',
      'answers.none': null,
      'answers.list': '',
      'answers.days': 'Mon; Tue',
      'derived.lines.0.item': 'a',
      'derived.lines.1.item': 'b',
      'derived.lines.1.more': '1; 2',
      'derived.mixed.0': 1,
      'derived.mixed.1.two': 2,
    });
  });
});

describe('submissionsCsv', () => {
  const submission = (answers: Record<string, unknown>) => ({
    reference: 'GW-A23CD-X9RTP',
    transaction: 'garden-waste-new',
    version: 1,
    submittedAt: new Date('2026-07-01T09:05:00.000Z'),
    locale: 'en' as const,
    status: 'confirmed' as const,
    payload: { answers, derived: {} },
  });

  it('escapes a list that starts like a formula as a whole', () => {
    const [, row] = parse(submissionsCsv([submission({ amounts: [-1, 2], names: ['=x', 'y'] })]), { bom: true });
    expect(row?.slice(5)).toEqual(["'-1; 2", "'=x; y"]);
  });

  it('is a header row alone when there is nothing to export', () => {
    expect(submissionsCsv([])).toBe('\uFEFFreference,transaction,version,submitted_at,locale\r\n');
  });
});
